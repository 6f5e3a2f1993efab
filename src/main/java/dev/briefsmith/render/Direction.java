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
    StringBuilder text = new StringBuilder();
    for (Span span : para.spans()) {
      if (span instanceof Span.Text t) {
        text.append(t.text());
      }
    }
    return !text.isEmpty()
        && !new Bidi(text.toString(), Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight();
  }
}
