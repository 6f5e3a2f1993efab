package dev.briefsmith.render.pdf;

import dev.briefsmith.compose.Document;
import dev.briefsmith.compose.Document.Block;
import dev.briefsmith.compose.Document.Cell;
import dev.briefsmith.compose.Document.Row;
import dev.briefsmith.compose.Furniture;
import dev.briefsmith.compose.Span;
import java.util.List;

/**
 * Whether a document needs the Unicode bidi algorithm: OpenPDF runs it (and with it Arabic shaping)
 * on every line laid out with a run direction, which costs a tenth of a brief's PDF time; text
 * without a right-to-left character lays out the same without it.
 */
final class Bidi {
  private Bidi() {}

  /** Whether any text the document prints has a character bidi or shaping needs. */
  static boolean needed(Document doc) {
    Furniture f = doc.furniture();
    return any(f.banner()) || any(f.headerText()) || any(f.footerText()) || any(doc.blocks());
  }

  private static boolean any(List<Block> blocks) {
    for (Block b : blocks) {
      boolean needed =
          switch (b) {
            case Document.Cover c ->
                any(c.title())
                    || c.subtitle().map(Bidi::any).orElse(false)
                    || c.series().map(Bidi::any).orElse(false)
                    || any(c.dateLine())
                    || any(c.audienceLabel())
                    || c.authors().stream().anyMatch(Bidi::any)
                    || c.note().map(Bidi::any).orElse(false);
            case Document.Heading h -> any(h.text());
            case Document.Paragraph p -> spans(p.spans());
            case Document.BulletList l -> l.items().stream().anyMatch(Bidi::spans);
            case Document.NoteList n -> n.notes().stream().anyMatch(x -> spans(x.spans()));
            case Document.Table t ->
                t.caption().map(Bidi::any).orElse(false) || rows(t.header()) || rows(t.body());
            case Document.Figure fig -> fig.caption().map(Bidi::any).orElse(false);
            case Document.Callout c -> c.title().map(Bidi::any).orElse(false) || any(c.body());
            case Document.Contents c -> c.entries().stream().anyMatch(e -> any(e.text()));
            case Document.PageBreak p -> false;
          };
      if (needed) {
        return true;
      }
    }
    return false;
  }

  private static boolean rows(List<Row> rows) {
    for (Row row : rows) {
      for (Cell cell : row.cells()) {
        if (cell.lines().stream().anyMatch(Bidi::spans)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean spans(List<Span> spans) {
    return spans.stream().anyMatch(s -> s instanceof Span.Text t && any(t.text()));
  }

  /** Whether {@code text} has a right-to-left character, an Arabic digit or a bidi control. */
  static boolean any(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x0590) {
        continue;
      }
      switch (Character.getDirectionality(c)) {
        case Character.DIRECTIONALITY_RIGHT_TO_LEFT,
            Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC,
            Character.DIRECTIONALITY_ARABIC_NUMBER,
            Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING,
            Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE,
            Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING,
            Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE,
            Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT,
            Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE,
            Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE,
            Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE,
            Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE -> {
          return true;
        }
        default -> {}
      }
    }
    return false;
  }
}
