package dev.briefsmith.compose;

import dev.briefsmith.audience.SectionKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The words of one edition: its locale's catalogues merged along their fallback chain (fr-CA, fr,
 * en), then the template's own labels. Immutable and thread-safe.
 */
public final class Labels {
  private final String locale;
  private final Map<String, String> messages;

  /** Labels for {@code locale} from {@code catalogues}, most specific first, then overrides. */
  Labels(String locale, List<LabelCatalogue> catalogues, Map<String, String> overrides) {
    this.locale = Objects.requireNonNull(locale, "locale");
    Map<String, String> merged = new LinkedHashMap<>(LabelCatalogue.ENGLISH.messages());
    for (int i = catalogues.size() - 1; i >= 0; i--) {
      merged.putAll(catalogues.get(i).messages());
    }
    merged.putAll(overrides);
    this.messages = Map.copyOf(merged);
  }

  /** The English labels. */
  public static Labels english() {
    return new Labels("en", List.of(), Map.of());
  }

  /** The edition's locale, a BCP 47 tag. */
  public String locale() {
    return locale;
  }

  /** The message of {@code key}; a key no catalogue has is a bug. */
  public String get(String key) {
    String m = messages.get(key);
    if (m == null) {
      throw new IllegalArgumentException("no label " + key);
    }
    return m;
  }

  /**
   * The words of {@code key}'s message before and after its one {@code {placeholder}} (the
   * quotation marks around "{quote}"), for a caller that sets what goes between as a span of its
   * own.
   */
  public List<String> around(String key, String placeholder) {
    String m = get(key);
    String mark = "{" + placeholder + "}";
    int at = m.indexOf(mark);
    if (at < 0 || m.indexOf(mark, at + 1) >= 0) {
      throw new IllegalArgumentException(key + " does not hold " + mark + " once: " + m);
    }
    return List.of(m.substring(0, at), m.substring(at + mark.length()));
  }

  /** The message of {@code key} filled with {@code pairs}: name, value, name, value... */
  public String format(String key, String... pairs) {
    if (pairs.length % 2 != 0) {
      throw new IllegalArgumentException("names and values come in pairs");
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      values.put(pairs[i], pairs[i + 1]);
    }
    return Message.fill(get(key), values);
  }

  /**
   * The key of a counted message, {@code key.one} or {@code key.other}, by the locale's plural rule
   * (CLDR's, through ICU: French and Persian say "one" for 0 and 1, English for 1 only); a category
   * the catalogues have no key for (few, many) takes {@code key.other}.
   */
  public String plural(String key, int n) {
    String category =
        com.ibm.icu.text.PluralRules.forLocale(com.ibm.icu.util.ULocale.forLanguageTag(locale))
            .select(n);
    return key + (category.equals("one") ? ".one" : ".other");
  }

  /** The catalogue's word for a stance on the -2..+2 scale, or for no stated position. */
  public String stance(java.util.Optional<Integer> stance) {
    if (stance.isEmpty()) {
      return get("stance.none");
    }
    return get(
        "stance."
            + switch (stance.get()) {
              case -2 -> "minus_2";
              case -1 -> "minus_1";
              case 0 -> "zero";
              case 1 -> "plus_1";
              default -> "plus_2";
            });
  }

  /** The default heading of a section. */
  public String section(SectionKind kind) {
    return get("section." + kind.word());
  }
}
