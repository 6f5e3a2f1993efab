package dev.briefsmith.compose;

import static dev.briefsmith.compose.ComposeContext.cell;

import dev.briefsmith.compose.Document.Align;
import dev.briefsmith.compose.Document.Cell;
import dev.briefsmith.compose.Document.Paragraph;
import dev.briefsmith.content.Brief;
import dev.briefsmith.select.Alignment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A stance as a matrix cell prints it: its symbol, its word and its fill, decided here for the
 * position matrix and the faction matrix alike (and for their legend), so both formats and both
 * matrices say the same. {@link StanceStyle} holds the symbols and fills themselves.
 */
record MatrixCell(String symbol, String word, Optional<Rgb> fill) {

  /** The cell of {@code stance}, in the brief's stance words. */
  static MatrixCell of(Optional<Integer> stance, Brief brief) {
    return new MatrixCell(
        StanceStyle.symbol(stance), brief.stanceLabel(stance), StanceStyle.fill(stance));
  }

  /** A position matrix cell: symbol and word on one line, then {@code more} lines, left. */
  Cell wide(List<List<Span>> more) {
    List<List<Span>> lines = new ArrayList<>();
    lines.add(List.of(Span.bold(symbol + " " + word)));
    lines.addAll(more);
    return cell(lines, fill, Align.LEFT);
  }

  /** A faction matrix cell: the symbol above the word, centred. */
  Cell narrow() {
    return cell(List.of(List.of(Span.bold(symbol)), List.of(Span.text(word))), fill, Align.CENTER);
  }

  /** A faction matrix cell with no assessment: blank. */
  static Cell blank() {
    return cell(List.of(List.of(Span.text(""))), Optional.empty(), Align.CENTER);
  }

  /** An alignment cell: the level's word, the spread below it, in the level's grey. */
  static Cell alignment(Alignment a) {
    List<List<Span>> lines = new ArrayList<>();
    lines.add(List.of(Span.bold(ComposeContext.capitalise(a.level().word()))));
    a.spread().ifPresent(sp -> lines.add(List.of(Span.text("spread " + sp))));
    return cell(lines, StanceStyle.fill(a), Align.CENTER);
  }

  /** The legend under a matrix: the scale's symbols and words, and what alignment means. */
  static Paragraph legend(Brief brief, boolean alignment) {
    StringBuilder b = new StringBuilder("Scale: ");
    for (int v = 2; v >= -2; v--) {
      MatrixCell m = of(Optional.of(v), brief);
      b.append(m.symbol()).append(' ').append(m.word()).append(" \u00b7 ");
    }
    b.append(StanceStyle.noneSymbol()).append(" no stated position.");
    if (alignment) {
      b.append(
          " Alignment is the spread of the sides' stated stances (highest minus lowest):"
              + " 0-1 aligned, 2 partly aligned, 3-4 opposed; not assessable with fewer than two"
              + " stated stances.");
    } else {
      b.append(" A blank cell: no assessment for that faction or actor.");
    }
    return Paragraph.of(b.toString(), ParaStyle.SMALL);
  }
}
