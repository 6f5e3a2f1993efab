package dev.briefsmith.yaml;

import dev.briefsmith.yaml.YNode.Entry;
import dev.briefsmith.yaml.YNode.YMap;
import dev.briefsmith.yaml.YNode.YScalar;
import dev.briefsmith.yaml.YNode.YSeq;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The fields of one YAML mapping, read against the list of fields its kind accepts: unknown fields
 * are reported (with "did you mean" for near misses), missing required ones too, and every value is
 * read with its field path, e.g. {@code issues[2].positions.north.stance}. Not thread-safe: one per
 * mapping read.
 */
public final class Fields {
  private final YMap map;
  private final String path;
  private final Problems problems;
  private final Map<String, YNode> values = new LinkedHashMap<>();
  private final Map<String, String> misspelt = new LinkedHashMap<>();

  /**
   * Reads the mapping's keys; {@code kind} names the item in messages ("brief", "side", ...), and
   * {@code known} lists its fields in documentation order.
   */
  public Fields(YMap map, String path, String kind, List<String> known, Problems problems) {
    this.map = map;
    this.path = path;
    this.problems = problems;
    for (Entry e : map.entries()) {
      String key = e.key().value();
      if (known.contains(key)) {
        values.put(key, e.value());
        continue;
      }
      Optional<String> near =
          Suggest.closest(key, known.stream().filter(k -> !map.has(k)).toList());
      near.ifPresent(n -> misspelt.put(n, key));
      problems.error(
          e.key().pos(),
          path(key)
              + ": unknown field"
              + near.map(n -> "; did you mean \"" + n + "\"?").orElse("")
              + (near.isPresent()
                  ? ""
                  : "; " + noun(kind) + " fields are: " + String.join(", ", known)));
    }
  }

  /**
   * The fields of {@code node} if it is a mapping; otherwise reports what was expected and returns
   * null.
   */
  public static Fields of(
      YNode node, String path, String kind, List<String> known, Problems problems) {
    if (node instanceof YMap map) {
      return new Fields(map, path, kind, known, problems);
    }
    problems.error(
        node.pos(),
        path
            + ": expected a mapping of fields ("
            + String.join(", ", known)
            + "), got "
            + node.describe());
    return null;
  }

  private static String noun(String kind) {
    return kind.contains(" ") || kind.equals("brief") || kind.equals("template")
        ? kind
        : "the " + kind.replace('_', ' ');
  }

  /** The mapping itself. */
  public YMap map() {
    return map;
  }

  /** The mapping's own path, e.g. {@code actors[3]} ("" for the root). */
  public String path() {
    return path;
  }

  /** The path of a field of this mapping. */
  public String path(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** Whether the field is present. */
  public boolean has(String key) {
    return values.containsKey(key);
  }

  /** Whether the field is absent but an unknown field was reported as its misspelling. */
  public boolean isMisspelt(String key) {
    return misspelt.containsKey(key);
  }

  /** The field's node, or null. */
  public YNode node(String key) {
    return values.get(key);
  }

  /** Reports the field missing, unless it was already reported as misspelt. */
  public void missing(String key, String hint) {
    if (!misspelt.containsKey(key)) {
      problems.error(
          map.pos(),
          (path.isEmpty() ? "" : path + ": ") + "missing required field \"" + key + "\"" + hint);
    }
  }

  /** A required field's value, or null after reporting it missing or wrong. */
  public <T> T required(String key, BiFunction<YNode, String, T> read) {
    YNode node = values.get(key);
    if (node == null) {
      missing(key, "");
      return null;
    }
    return read.apply(node, path(key));
  }

  /** An optional field's value, empty when absent or wrong (wrong values are reported). */
  public <T> Optional<T> optional(String key, BiFunction<YNode, String, T> read) {
    YNode node = values.get(key);
    return node == null ? Optional.empty() : Optional.ofNullable(read.apply(node, path(key)));
  }

  /** An optional list's readable items; an absent list is empty. */
  public <T> List<T> list(String key, BiFunction<YNode, String, T> read) {
    YNode node = values.get(key);
    return node == null ? List.of() : items(node, path(key), read, 0);
  }

  /** A required list with at least {@code min} entries. */
  public <T> List<T> requiredList(String key, BiFunction<YNode, String, T> read, int min) {
    YNode node = values.get(key);
    if (node == null) {
      missing(key, "");
      return List.of();
    }
    return items(node, path(key), read, min);
  }

  private <T> List<T> items(
      YNode node, String listPath, BiFunction<YNode, String, T> read, int min) {
    if (!(node instanceof YSeq seq)) {
      problems.error(node.pos(), listPath + ": expected a list, got " + node.describe());
      return List.of();
    }
    if (seq.items().size() < min) {
      problems.error(
          node.pos(),
          listPath
              + ": expected at least "
              + min
              + (min == 1 ? " entry" : " entries")
              + ", got "
              + seq.items().size());
    }
    List<T> out = new ArrayList<>();
    for (int i = 0; i < seq.items().size(); i++) {
      T item = read.apply(seq.items().get(i), listPath + "[" + i + "]");
      if (item != null) {
        out.add(item);
      }
    }
    return out;
  }

  // ---- scalar values, shared by every reader ----

  /** Non-blank text, or null after reporting what was there instead. */
  public static String text(YNode node, String path, Problems problems) {
    if (node instanceof YScalar s && s.kind() == YNode.Kind.STRING) {
      if (s.value().isBlank()) {
        problems.error(node.pos(), path + ": must not be empty; remove the field or write text");
        return null;
      }
      Optional<Characters.Found> bad = Characters.forbidden(s.value());
      if (bad.isPresent()) {
        problems.error(
            node.pos(),
            path
                + ": text may not contain "
                + bad.get().describe()
                + " (\""
                + Excerpt.of(s.value(), 40)
                + "\"); remove it");
        return null;
      }
      Characters.bidiControl(s.value())
          .ifPresent(
              b ->
                  problems.warning(
                      node.pos(),
                      path
                          + ": "
                          + b.describe()
                          + " makes the printed text read differently from what is written here;"
                          + " remove it unless the text really needs it"));
      return s.value();
    }
    if (node instanceof YScalar s && s.kind() != YNode.Kind.NULL) {
      problems.error(
          node.pos(),
          path
              + ": expected text, got "
              + node.describe()
              + "; put it in quotes: \""
              + Excerpt.of(s.value())
              + "\"");
      return null;
    }
    problems.error(node.pos(), path + ": expected text, got " + node.describe());
    return null;
  }

  /**
   * A BCP 47 language tag, normalised ("en-gb" is "en-GB"), or null after reporting it with {@code
   * examples} of good ones.
   */
  public static String languageTag(YNode node, String path, String examples, Problems problems) {
    String value = text(node, path, problems);
    if (value == null) {
      return null;
    }
    try {
      java.util.Locale locale = new java.util.Locale.Builder().setLanguageTag(value).build();
      if (!locale.getLanguage().isEmpty()) {
        return locale.toLanguageTag();
      }
    } catch (java.util.IllformedLocaleException e) {
      // reported below
    }
    problems.error(
        node.pos(),
        path + ": \"" + value + "\" is not a BCP 47 language tag (e.g. " + examples + ")");
    return null;
  }

  /** One of an enum's words (its lower-case names), or null after listing the choices. */
  public static <E extends Enum<E>> E word(
      YNode node, String path, Class<E> type, Problems problems) {
    String value = text(node, path, problems);
    if (value == null) {
      return null;
    }
    List<String> words = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      String word = constant.name().toLowerCase(Locale.ROOT);
      if (word.equals(value)) {
        return constant;
      }
      words.add(word);
    }
    problems.error(
        node.pos(),
        path
            + ": \""
            + value
            + "\" is not allowed"
            + Suggest.didYouMean(value, words)
            + "; expected one of: "
            + String.join(", ", words));
    return null;
  }

  /** A number from {@code min} to {@code max}, or null after reporting what was there. */
  public static Double number(YNode node, String path, double min, double max, Problems problems) {
    if (node instanceof YScalar s && (s.kind() == YNode.Kind.INT || s.kind() == YNode.Kind.FLOAT)) {
      try {
        double v = Double.parseDouble(s.value());
        if (v >= min && v <= max) {
          return v;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    problems.error(
        node.pos(),
        path
            + ": expected a number from "
            + format(min)
            + " to "
            + format(max)
            + ", got "
            + node.describe());
    return null;
  }

  /** A whole number from {@code min} to {@code max}, or null after reporting what was there. */
  public static Integer integer(YNode node, String path, int min, int max, Problems problems) {
    if (node instanceof YScalar s && s.kind() == YNode.Kind.INT) {
      try {
        int v = Integer.parseInt(s.value());
        if (v >= min && v <= max) {
          return v;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    problems.error(
        node.pos(),
        path + ": expected a whole number from " + min + " to " + max + ", got " + node.describe());
    return null;
  }

  /** true or false, or null after reporting what was there. */
  public static Boolean bool(YNode node, String path, Problems problems) {
    if (node instanceof YScalar s && s.kind() == YNode.Kind.BOOL) {
      return Boolean.parseBoolean(s.value());
    }
    problems.error(node.pos(), path + ": expected true or false, got " + node.describe());
    return null;
  }

  private static String format(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }
}
