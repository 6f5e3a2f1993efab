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
    // no right-to-left letter (nor mark, embedding or isolate) comes before Hebrew's block: most
    // paragraphs are answered without copying their text or running the bidi algorithm (the PDF's
    // page-break rules ask three or four times per paragraph, the Word file once)
    boolean beyondLatin = false;
    for (Span span : para.spans()) {
      if (span instanceof Span.Text t && anyFrom(t.text(), RIGHT_TO_LEFT_START)) {
        beyondLatin = true;
        break;
      }
    }
    if (!beyondLatin) {
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

  /** The first code unit that can be a right-to-left letter or control (Hebrew's block). */
  private static final char RIGHT_TO_LEFT_START = '\u0590';

  private static boolean anyFrom(String text, char first) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= first) {
        return true;
      }
    }
    return false;
  }
}
