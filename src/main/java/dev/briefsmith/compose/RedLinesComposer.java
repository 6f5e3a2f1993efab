package dev.briefsmith.compose;

import static dev.briefsmith.compose.ComposeContext.cell;

import dev.briefsmith.audience.Section;
import dev.briefsmith.compose.Document.Align;
import dev.briefsmith.compose.Document.Cell;
import dev.briefsmith.compose.Document.Row;
import dev.briefsmith.compose.Document.Table;
import dev.briefsmith.compose.Document.TableStyle;
import dev.briefsmith.content.Brief;
import dev.briefsmith.content.RedLine;
import dev.briefsmith.content.Side;
import dev.briefsmith.content.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The red lines: a table by side, with trigger and consequence unless compact. */
final class RedLinesComposer {
  private RedLinesComposer() {}

  static void compose(ComposeContext c, Section s) {
    Brief brief = c.brief;
    if (brief.redLines().isEmpty()) {
      return;
    }
    c.heading(s, 1);
    boolean compact = s.flag("compact");
    List<Row> rows = new ArrayList<>();
    for (Side side : brief.sides()) {
      for (RedLine r : brief.redLines()) {
        if (r.side().equals(side.id())) {
          rows.add(row(c, r, side, compact));
        }
      }
    }
    Cell sideHeader = Cell.of(c.labels.get("red_lines.side"));
    Cell lineHeader = Cell.of(c.labels.get("red_lines.red_line"));
    Cell firmnessHeader = Cell.of(c.labels.get("red_lines.firmness"));
    List<Cell> header =
        compact
            ? List.of(sideHeader, lineHeader, firmnessHeader)
            : List.of(
                sideHeader,
                lineHeader,
                Cell.of(c.labels.get("red_lines.trigger_and_consequence")),
                firmnessHeader);
    // The side column fits the longest side name without breaking it.
    float side =
        Math.max(1f, brief.sides().stream().mapToInt(x -> x.name().length()).max().orElse(8) / 8f);
    List<Float> weights = compact ? List.of(side, 4.5f, 1.1f) : List.of(side, 2.6f, 3f, 1.1f);
    c.add(
        new Table(
            weights,
            List.of(new Row(header)),
            rows,
            TableStyle.RULED,
            true,
            compact ? 0.95f : 0.9f,
            Optional.empty()));
  }

  private static Row row(ComposeContext c, RedLine r, Side side, boolean compact) {
    c.use(r.sensitivity());
    List<String> sources =
        r.evidence().stream()
            .flatMap(ev -> c.statement(ev).flatMap(Statement::source).stream())
            .toList();
    List<Span> line = c.withNotes(List.of(Span.text(r.line())), sources);
    List<Cell> cells = new ArrayList<>();
    cells.add(cell(List.of(List.of(Span.bold(side.name()))), Optional.empty(), Align.LEFT));
    cells.add(cell(List.of(line), Optional.empty(), Align.LEFT));
    if (!compact) {
      List<List<Span>> tc = new ArrayList<>();
      r.trigger()
          .ifPresent(
              t -> tc.add(List.of(Span.italic(c.labels.get("red_lines.if") + " "), Span.text(t))));
      r.consequence()
          .ifPresent(
              x ->
                  tc.add(List.of(Span.italic(c.labels.get("red_lines.then") + " "), Span.text(x))));
      if (tc.isEmpty()) {
        tc.add(List.of(Span.text("")));
      }
      cells.add(cell(tc, Optional.empty(), Align.LEFT));
    }
    cells.add(Cell.of(r.firmness().map(f -> c.word("firmness", f)).orElse("")));
    return new Row(cells);
  }
}
