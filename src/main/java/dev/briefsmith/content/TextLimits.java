package dev.briefsmith.content;

import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The longest text each field accepts, in characters. A brief is read by people and printed on
 * pages: a 500-character title is a mistake (or an attack on the layout), caught with its line and
 * column before anything renders, so every later stage works on text of bounded length.
 */
final class TextLimits {
  private static final Pattern INDEX = Pattern.compile("\\[\\d+]");

  /** By field name; a field not listed here gets {@link #OTHER}. */
  private static final Map<String, Integer> LIMITS =
      Map.ofEntries(
          Map.entry("title", 200),
          Map.entry("subtitle", 300),
          Map.entry("series", 200),
          Map.entry("name", 150),
          Map.entry("full_name", 300),
          Map.entry("role", 300),
          Map.entry("affiliation", 300),
          Map.entry("keywords", 100),
          Map.entry("label", 100),
          Map.entry("question", 500),
          Map.entry("quote", 3_000),
          Map.entry("lead_in", 200),
          Map.entry("line", 1_000),
          Map.entry("trigger", 1_000),
          Map.entry("consequence", 1_000),
          Map.entry("signposts", 500),
          Map.entry("publisher", 300),
          Map.entry("url", 2_000),
          Map.entry("archive", 255),
          Map.entry("reliability", 300),
          Map.entry("summary", 10_000),
          Map.entry("text", 10_000),
          Map.entry("event", 3_000),
          Map.entry("narrative", 30_000),
          Map.entry("body", 200_000));

  /** The limit of a field that has none of its own: a stance label, the format line. */
  static final int OTHER = 200;

  private TextLimits() {}

  /** The limit for the field at {@code path}, e.g. {@code actors[3].name} or {@code title}. */
  static int of(String path) {
    String last = INDEX.matcher(path.substring(path.lastIndexOf('.') + 1)).replaceAll("");
    return LIMITS.getOrDefault(last, OTHER);
  }

  /** The limit, if the value is over it. */
  static OptionalInt exceeded(String path, String value) {
    int limit = of(path);
    return value.length() > limit ? OptionalInt.of(limit) : OptionalInt.empty();
  }
}
