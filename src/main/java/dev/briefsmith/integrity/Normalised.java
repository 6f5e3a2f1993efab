package dev.briefsmith.integrity;

import java.text.Normalizer;

/**
 * Text as quotes are compared: composed Unicode (NFC), typographic quotes and apostrophes made
 * straight, every dash and hyphen a hyphen-minus, soft hyphens and zero-width characters dropped,
 * and each run of white space one space. Nothing else changes: case, words and punctuation stay, so
 * a match is still verbatim.
 */
final class Normalised {
  private Normalised() {}

  /** The normalised form of {@code text}, without leading or trailing space. */
  static String of(String text) {
    String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(composed.length());
    boolean space = false;
    for (int i = 0; i < composed.length(); i++) {
      char c = composed.charAt(i);
      char mapped = map(c);
      if (mapped == 0) {
        continue;
      }
      if (mapped == ' ') {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(mapped);
    }
    return out.toString();
  }

  /** The character as compared: ' ' for white space, 0 for one that is dropped. */
  private static char map(char c) {
    return switch (c) {
      case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '\u02bc', '\u00b4', '`' -> '\'';
      case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\u00ab', '\u00bb' -> '"';
      case '\u2010',
          '\u2011',
          '\u2012',
          '\u2013',
          '\u2014',
          '\u2015',
          '\u2212',
          '\ufe58',
          '\ufe63',
          '\uff0d' ->
          '-';
      case '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff' -> 0;
      default -> Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c;
    };
  }
}
