package dev.briefsmith.compose;

import static dev.briefsmith.compose.ComposeContext.cell;

import dev.briefsmith.audience.Section;
import dev.briefsmith.compose.Document.Align;
import dev.briefsmith.compose.Document.Cell;
import dev.briefsmith.compose.Document.Row;
import dev.briefsmith.compose.Document.Table;
import dev.briefsmith.compose.Document.TableStyle;
import dev.briefsmith.content.TimelineEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The timeline: a table of dates and events, with their notes. */
final class TimelineComposer {
  private TimelineComposer() {}

  static void compose(ComposeContext c, Section s) {
    List<TimelineEntry> entries = c.brief.context().timeline();
    if (entries.isEmpty()) {
      return;
    }
    c.heading(s, 1);
    List<Row> rows = new ArrayList<>();
    for (TimelineEntry t : entries) {
      c.use(t.sensitivity());
      List<Span> event = c.withNotes(c.inline(t.event()), t.sources());
      rows.add(
          new Row(
              List.of(
                  cell(
                      List.of(List.of(Span.bold(c.format.date(t.date())))),
                      Optional.empty(),
                      Align.LEFT),
                  cell(List.of(event), Optional.empty(), Align.LEFT))));
    }
    c.add(
        new Table(
            List.of(1f, 4f),
            List.of(
                new Row(
                    List.of(
                        Cell.of(c.labels.get("timeline.date")),
                        Cell.of(c.labels.get("timeline.event"))))),
            rows,
            TableStyle.RULED,
            true,
            1f,
            Optional.empty(),
            true));
  }
}
