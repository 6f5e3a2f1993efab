package dev.briefsmith.compose;

import static dev.briefsmith.compose.ComposeContext.cell;
import static dev.briefsmith.compose.ComposeContext.centred;

import dev.briefsmith.audience.Section;
import dev.briefsmith.compose.Document.Align;
import dev.briefsmith.compose.Document.Cell;
import dev.briefsmith.compose.Document.Row;
import dev.briefsmith.compose.Document.Table;
import dev.briefsmith.compose.Document.TableStyle;
import dev.briefsmith.content.Brief;
import dev.briefsmith.content.Issue;
import dev.briefsmith.content.Side;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The faction matrix: every faction or actor assessed in by_faction, by side, by issue. */
final class FactionMatrixComposer {
  private FactionMatrixComposer() {}

  static void compose(ComposeContext c, Section s) {
    Brief brief = c.brief;
    Map<String, String> rowsById = new LinkedHashMap<>();
    for (Issue issue : brief.issues()) {
      for (String key : issue.byFaction().keySet()) {
        rowsById.computeIfAbsent(key, c::factionOrActorLabel);
      }
    }
    if (rowsById.isEmpty()) {
      return;
    }
    c.heading(s, 1);
    List<Float> weights = new ArrayList<>(List.of(2.2f));
    List<Cell> header = new ArrayList<>(List.of(Cell.of(c.labels.get("matrix.faction_or_actor"))));
    for (Issue issue : brief.issues()) {
      c.use(issue.sensitivity());
      weights.add(1.4f);
      header.add(centred(issue.rowLabel()));
    }
    List<Row> rows = new ArrayList<>();
    for (Side side : brief.sides()) {
      for (var entry : rowsById.entrySet()) {
        if (c.sideOf(entry.getKey()).equals(Optional.of(side.id()))) {
          rows.add(row(c, entry.getKey(), entry.getValue(), side));
        }
      }
    }
    int columns = brief.issues().size();
    float scale = columns <= 4 ? 0.9f : columns <= 6 ? 0.8f : 0.7f;
    // a grid whose header repeats and whose rows never split
    c.add(
        new Table(
            weights,
            List.of(new Row(header)),
            rows,
            TableStyle.GRID,
            true,
            scale,
            Optional.empty(),
            true));
    if (s.flag("legend")) {
      c.add(MatrixCell.legend(c, false, false));
    }
  }

  private static Row row(ComposeContext c, String id, String label, Side side) {
    c.faction(id).ifPresent(f -> c.use(f.sensitivity()));
    c.actor(id).ifPresent(a -> c.use(a.sensitivity()));
    List<Cell> cells = new ArrayList<>();
    cells.add(
        cell(
            List.of(List.of(Span.bold(label)), List.of(Span.text(side.name()))),
            Optional.empty(),
            Align.LEFT));
    for (Issue issue : c.brief.issues()) {
      cells.add(
          issue.byFaction().containsKey(id)
              ? MatrixCell.of(issue.byFaction().get(id), c).narrow()
              : MatrixCell.blank());
    }
    return new Row(cells);
  }
}
