package dev.briefsmith.yaml;

import java.util.Locale;
import java.util.Optional;

/**
 * The characters text may hold. Control characters (C0 and C1, except tab and line feed), Unicode
 * noncharacters and lone surrogates are refused: they print as nothing or as boxes, and Word files
 * cannot hold most of them. Bidirectional embedding, override and isolate controls are allowed but
 * warned about, since they make the printed text read differently from its source.
 */
public final class Characters {
  private Characters() {}

  /** A character found in text, with its place: the 1-based character number in the value. */
  public record Found(int index, int codePoint, String what) {
    /** "U+0000 (a control character) at character 12". */
    public String describe() {
      return String.format(Locale.ROOT, "U+%04X (%s) at character %d", codePoint, what, index);
    }
  }

  /** The first character that text may not hold, if any. */
  public static Optional<Found> forbidden(String value) {
    int n = 0;
    for (int i = 0; i < value.length(); ) {
      char c = value.charAt(i);
      n++;
      if (c >= 0x20 && c < 0x7f) {
        // printable ASCII, most of any brief's text: none of the checks below can refuse it
        i++;
        continue;
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        int cp = value.codePointAt(i);
        if (isNoncharacter(cp)) {
          return Optional.of(new Found(n, cp, "a Unicode noncharacter"));
        }
        i += 2;
        continue;
      }
      if (Character.isSurrogate(c)) {
        return Optional.of(new Found(n, c, "half of a surrogate pair, not a character"));
      }
      if (c != '\t' && c != '\n' && (c < 0x20 || (c >= 0x7f && c <= 0x9f))) {
        return Optional.of(new Found(n, c, "a control character"));
      }
      if (isNoncharacter(c)) {
        return Optional.of(new Found(n, c, "a Unicode noncharacter"));
      }
      i++;
    }
    return Optional.empty();
  }

  /** The first bidirectional control character, if any. */
  public static Optional<Found> bidiControl(String value) {
    int n = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!Character.isLowSurrogate(c)) {
        n++;
      }
      if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
        return Optional.of(new Found(n, c, "a bidirectional control"));
      }
    }
    return Optional.empty();
  }

  private static boolean isNoncharacter(int cp) {
    return (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) == 0xfffe;
  }
}
