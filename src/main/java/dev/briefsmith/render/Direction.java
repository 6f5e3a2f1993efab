package dev.briefsmith.render;

import dev.briefsmith.compose.Document.Paragraph;
import dev.briefsmith.compose.Span;
import java.text.Bidi;

/** The reading direction of a paragraph, the same for every renderer. */
public final class Direction {
  private Direction() {}

  /**
   * Whether a paragraph reads right to left: its first strong character belongs to a right-to-left
   * script (a quotation in Persian, say), by the Unicode bidi algorithm's rule (P2, P3).
   */
  public static boolean rightToLeft(Paragraph para) {
    // a paragraph without a right-to-left letter reads left to right: most are answered without
    // copying their text or running the bidi algorithm (the PDF's page-break rules ask three or
    // four times per paragraph, the Word file once)
    boolean mayBe = false;
    for (Span span : para.spans()) {
      if (span instanceof Span.Text t && mayHaveRightToLeft(t.text())) {
        mayBe = true;
        break;
      }
    }
    if (!mayBe) {
      return false;
    }
    StringBuilder text = new StringBuilder();
    for (Span span : para.spans()) {
      if (span instanceof Span.Text t) {
        text.append(t.text());
      }
    }
    return !new Bidi(text.toString(), Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight();
  }

  /**
   * Whether {@code text} may hold a strong right-to-left character (bidi class R or AL), which
   * alone can make a paragraph read right to left: Hebrew's block to Arabic Extended-A
   * (U+0590-U+08FF), the right-to-left mark, the Hebrew and Arabic presentation forms
   * (U+FB1D-U+FDFF, U+FE70-U+FEFF), and any surrogate (the right-to-left scripts beyond the BMP;
   * checked by the bidi algorithm). Typographic quotes and dashes (U+2010-U+201F), which most
   * paragraphs hold, are not among them.
   */
  static boolean mayHaveRightToLeft(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '\u0590') {
        continue;
      }
      if (c <= '\u08ff'
          || c == '\u200f'
          || (c >= '\ud800' && c <= '\udfff')
          || (c >= '\ufb1d' && c <= '\ufdff')
          || (c >= '\ufe70' && c <= '\ufeff')) {
        return true;
      }
    }
    return false;
  }
}
