package dev.briefsmith.compose;

import static dev.briefsmith.compose.ComposeContext.cell;

import dev.briefsmith.compose.Document.Align;
import dev.briefsmith.compose.Document.Cell;
import dev.briefsmith.compose.Document.Paragraph;
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
  static MatrixCell of(Optional<Integer> stance, ComposeContext c) {
    return of(stance, c, Optional.empty());
  }

  /** The cell of a side's {@code stance}, saying so when its factions and actors are divided. */
  static MatrixCell of(Optional<Integer> stance, ComposeContext c, Optional<Division> division) {
    return new MatrixCell(
        StanceStyle.symbol(stance),
        c.stanceLabel(stance),
        StanceStyle.fill(stance),
        division.map(
            d -> DIVIDED_SYMBOL + " " + c.labels.format("matrix.divided", "range", d.range(c))));
  }

  /**
   * A position matrix cell: symbol and word on one line, the mark of a change since the previous
   * edition on the next (if the stance moved), then the division (the side's stated stance stays:
   * it is what the side says, the division what its members say), then {@code more} lines, left.
   */
  Cell wide(Optional<Span> changeMark, List<List<Span>> more) {
    List<List<Span>> lines = new ArrayList<>();
    // the symbol repeats the word for the eye: a screen reader reads the word alone
    lines.add(
        List.of(
            new Span.Text(
                symbol + " " + word,
                true,
                false,
                Optional.empty(),
                Optional.empty(),
                Optional.of(word))));
    changeMark.ifPresent(m -> lines.add(List.of(m)));
    // regular type: the side's own stance stays the cell's first reading
    divided.ifPresent(d -> lines.add(List.of(Span.text(d))));
    lines.addAll(more);
    return cell(lines, fill, Align.LEFT);
  }

  /** A faction matrix cell: the symbol above the word, centred. */
  Cell narrow() {
    // the symbol repeats the word below it: a screen reader reads the word once
    Span mark =
        new Span.Text(symbol, true, false, Optional.empty(), Optional.empty(), Optional.of(""));
    return cell(List.of(List.of(mark), List.of(Span.text(word))), fill, Align.CENTER);
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
  static Cell alignment(ComposeContext c, Alignment a, List<String> divided, int sides) {
    List<List<Span>> lines = new ArrayList<>();
    String verdict = ComposeContext.capitalise(c.word("alignment", a.level()));
    if (!divided.isEmpty()) {
      verdict =
          c.labels.format(
              "alignment.divided", "verdict", verdict, "sides", dividedSides(c, divided, sides));
    }
    lines.add(List.of(Span.bold(verdict)));
    a.spread()
        .ifPresent(
            sp ->
                lines.add(
                    List.of(
                        Span.text(
                            c.labels.format("alignment.spread", "spread", c.format.number(sp))))));
    return cell(lines, StanceStyle.fill(a), Align.CENTER);
  }

  /** "North", "North and South", "both sides", "all sides". */
  private static String dividedSides(ComposeContext c, List<String> names, int sides) {
    if (names.size() == sides && sides == 2) {
      return c.labels.get("alignment.both_sides");
    }
    if (names.size() == sides && sides > 2) {
      return c.labels.get("alignment.all_sides");
    }
    return c.list(names);
  }

  /**
   * The legend under a matrix: the scale's symbols and words, what a division means when the matrix
   * shows one, and what alignment means.
   */
  static Paragraph legend(ComposeContext c, boolean alignment, boolean divisions) {
    List<String> scale = new ArrayList<>();
    for (int v = 2; v >= -2; v--) {
      MatrixCell m = of(Optional.of(v), c);
      scale.add(m.symbol() + " " + m.word());
    }
    scale.add(StanceStyle.noneSymbol() + " " + c.stanceLabel(Optional.empty()));
    StringBuilder b =
        new StringBuilder(
            c.labels.format(
                "legend.scale",
                "scale",
                String.join(c.labels.get("legend.scale_separator"), scale)));
    if (divisions) {
      b.append(' ')
          .append(
              c.labels.format(
                  "legend.divided",
                  "symbol",
                  DIVIDED_SYMBOL,
                  "spread",
                  c.format.number(Division.SPREAD)));
    }
    b.append(' ').append(c.labels.get(alignment ? "legend.alignment" : "legend.blank"));
    return Paragraph.of(b.toString(), ParaStyle.SMALL);
  }
}
