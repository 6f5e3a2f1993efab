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
record MatrixCell(String symbol, String word, Optional<Rgb> fill, Optional<String> divided) {

  /**
   * The symbol of a side divided on an issue: a double bar, unlike any stance's symbol even at low
   * resolution (a division sign reads as "+" there).
   */
  static final String DIVIDED_SYMBOL = "\u2016";

  /** The cell of {@code stance}, in the brief's stance words. */
  static MatrixCell of(Optional<Integer> stance, Brief brief) {
    return of(stance, brief, Optional.empty());
  }

  /** The cell of a side's {@code stance}, saying so when its factions and actors are divided. */
  static MatrixCell of(Optional<Integer> stance, Brief brief, Optional<Division> division) {
    return new MatrixCell(
        StanceStyle.symbol(stance),
        brief.stanceLabel(stance),
        StanceStyle.fill(stance),
        division.map(d -> DIVIDED_SYMBOL + " divided: " + d.range()));
  }

  /**
   * A position matrix cell: symbol and word on one line, the mark of a change since the previous
   * edition on the next (if the stance moved), then the division (the side's stated stance stays:
   * it is what the side says, the division what its members say), then {@code more} lines, left.
   */
  Cell wide(Optional<Span> changeMark, List<List<Span>> more) {
    List<List<Span>> lines = new ArrayList<>();
    lines.add(List.of(Span.bold(symbol + " " + word)));
    changeMark.ifPresent(m -> lines.add(List.of(m)));
    // regular type: the side's own stance stays the cell's first reading
    divided.ifPresent(d -> lines.add(List.of(Span.text(d))));
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

  /**
   * An alignment cell: the level's word, qualified when sides are divided ("Aligned, but North
   * divided"), the spread below it, in the level's grey.
   *
   * @param divided the names of the divided sides, in brief order
   * @param sides how many sides the brief has
   */
  static Cell alignment(Alignment a, List<String> divided, int sides) {
    List<List<Span>> lines = new ArrayList<>();
    String verdict = ComposeContext.capitalise(a.level().word());
    if (!divided.isEmpty()) {
      verdict += ", but " + dividedSides(divided, sides) + " divided";
    }
    lines.add(List.of(Span.bold(verdict)));
    a.spread().ifPresent(sp -> lines.add(List.of(Span.text("spread " + sp))));
    return cell(lines, StanceStyle.fill(a), Align.CENTER);
  }

  /** "North", "North and South", "both sides", "all sides". */
  private static String dividedSides(List<String> names, int sides) {
    if (names.size() == sides && sides == 2) {
      return "both sides";
    }
    if (names.size() == sides && sides > 2) {
      return "all sides";
    }
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " and "
        + names.get(names.size() - 1);
  }

  /**
   * The legend under a matrix: the scale's symbols and words, what a division means when the matrix
   * shows one, and what alignment means.
   */
  static Paragraph legend(Brief brief, boolean alignment, boolean divisions) {
    StringBuilder b = new StringBuilder("Scale: ");
    for (int v = 2; v >= -2; v--) {
      MatrixCell m = of(Optional.of(v), brief);
      b.append(m.symbol()).append(' ').append(m.word()).append(" \u00b7 ");
    }
    b.append(StanceStyle.noneSymbol()).append(" no stated position.");
    if (divisions) {
      b.append(" ")
          .append(DIVIDED_SYMBOL)
          .append(" divided: the side's factions and actors span ")
          .append(Division.SPREAD)
          .append(" or more points on the issue (lowest to highest).");
    }
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
