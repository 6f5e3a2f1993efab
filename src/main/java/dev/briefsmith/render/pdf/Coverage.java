package dev.briefsmith.render.pdf;

import org.openpdf.text.pdf.BaseFont;

/**
 * Which characters a font has glyphs for, remembered as they are asked: OpenPDF answers each
 * question with a boxed lookup in the font's cmap, and every character of a brief is asked about
 * two or three times. Thread-safe: the answers are computed from the font's immutable tables, and a
 * racing thread at worst computes one again (a byte array's elements are written whole).
 */
final class Coverage {
  private static final byte UNKNOWN = 0;
  private static final byte HAS = 1;
  private static final byte LACKS = 2;

  private final BaseFont font;
  private final byte[] basic = new byte[0x10000];

  Coverage(BaseFont font) {
    this.font = font;
  }

  /** The font asked about. */
  BaseFont font() {
    return font;
  }

  /** Whether the font has a glyph for the code point {@code c}. */
  boolean has(int c) {
    if (c >= basic.length) {
      return font.charExists(c);
    }
    byte known = basic[c];
    if (known == UNKNOWN) {
      known = font.charExists(c) ? HAS : LACKS;
      basic[c] = known;
    }
    return known == HAS;
  }

  /** Whether the font has a glyph for every character of {@code text} but line breaks. */
  boolean hasAll(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (c != '\n' && !has(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }
}
