package dev.briefsmith.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A label's message: text with named placeholders such as {@code {page}}, filled in by name. Plain
 * braces, not {@link java.text.MessageFormat}, whose apostrophe rules would eat the French
 * apostrophe ("l'issue").
 */
public final class Message {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)\\}");

  private Message() {}

  /** The placeholder names of {@code message}, in order of appearance. */
  public static List<String> placeholders(String message) {
    List<String> names = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(message);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /** What is wrong with a message's braces, if anything. */
  public static Optional<String> check(String message) {
    String rest = PLACEHOLDER.matcher(message).replaceAll("");
    if (rest.contains("{") || rest.contains("}")) {
      return Optional.of(
          "a brace that opens no placeholder; placeholders are {name}, lower-case letters and _");
    }
    return Optional.empty();
  }

  /**
   * Why {@code message} cannot stand for {@code reference} (the English message), if it cannot: a
   * broken brace, an unknown placeholder, or one left out.
   */
  public static Optional<String> mismatch(String message, String reference) {
    Optional<String> broken = check(message);
    if (broken.isPresent()) {
      return broken;
    }
    TreeSet<String> wanted = new TreeSet<>(placeholders(reference));
    TreeSet<String> got = new TreeSet<>(placeholders(message));
    for (String name : got) {
      if (!wanted.contains(name)) {
        return Optional.of(
            "unknown placeholder {"
                + name
                + "}"
                + dev.briefsmith.yaml.Suggest.closest(name, wanted)
                    .map(n -> "; did you mean {" + n + "}?")
                    .orElse(
                        wanted.isEmpty()
                            ? "; this label takes no placeholders"
                            : "; this label's placeholders are {"
                                + String.join("}, {", wanted)
                                + "}"));
      }
    }
    for (String name : wanted) {
      if (!got.contains(name)) {
        return Optional.of(
            "the placeholder {"
                + name
                + "} is missing; this label's placeholders are {"
                + String.join("}, {", wanted)
                + "}");
      }
    }
    return Optional.empty();
  }

  /** {@code message} with each placeholder replaced by its value in {@code values}. */
  public static String fill(String message, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(message);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalArgumentException("no value for {" + m.group(1) + "} in " + message);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
