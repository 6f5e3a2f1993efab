package dev.briefsmith.compose;

import static dev.briefsmith.compose.ComposeContext.cell;
import static dev.briefsmith.compose.ComposeContext.centred;

import dev.briefsmith.audience.Section;
import dev.briefsmith.compose.Document.Align;
import dev.briefsmith.compose.Document.Cell;
import dev.briefsmith.compose.Document.Paragraph;
import dev.briefsmith.compose.Document.Row;
import dev.briefsmith.compose.Document.Table;
import dev.briefsmith.compose.Document.TableStyle;
import dev.briefsmith.content.Brief;
import dev.briefsmith.content.Issue;
import dev.briefsmith.content.Position;
import dev.briefsmith.content.Side;
import dev.briefsmith.content.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The position matrix: issues by sides, split into parts by {@link MatrixParts}, and alignment. */
final class PositionMatrixComposer {
  private PositionMatrixComposer() {}

  static void compose(ComposeContext c, Section s) {
    Brief brief = c.brief;
    if (brief.issues().isEmpty()) {
      return;
    }
    c.heading(s, 1);
    boolean compact = s.flag("compact");
    // marks only where there is an edition to compare with
    boolean marks = s.flag("changes") && !c.changes.firstEdition();
    brief.issues().forEach(issue -> c.use(issue.sensitivity()));
    // across all sides, not a part's: the alignment in the last part qualifies every side
    Map<String, Map<String, Division>> divisions = new LinkedHashMap<>();
    for (Issue issue : brief.issues()) {
      Map<String, Division> bySide = new LinkedHashMap<>();
      for (Side side : brief.sides()) {
        Division.of(c, issue, side).ifPresent(d -> bySide.put(side.id(), d));
      }
      divisions.put(issue.id(), bySide);
    }
    List<List<Side>> parts =
        MatrixParts.split(
            brief.sides(),
            widestSideWord(c, compact),
            c.template.page().textWidthPt(),
            c.template.theme().baseSizePt(),
            compact);
    for (int part = 0; part < parts.size(); part++) {
      List<Side> sides = parts.get(part);
      boolean last = part == parts.size() - 1;
      List<Cell> header = new ArrayList<>(List.of(Cell.of(c.labels.get("matrix.issue"))));
      sides.forEach(side -> header.add(centred(side.name())));
      if (last) {
        header.add(centred(c.labels.get("matrix.alignment")));
      }
      List<Row> rows = new ArrayList<>();
      for (Issue issue : brief.issues()) {
        rows.add(row(c, issue, divisions.get(issue.id()), sides, compact, last, marks));
      }
      c.add(
          new Table(
              MatrixParts.weights(sides.size(), compact, last),
              List.of(new Row(header)),
              rows,
              TableStyle.GRID,
              true,
              MatrixParts.scale(sides.size(), compact),
              parts.size() == 1 ? Optional.empty() : Optional.of(partCaption(c, parts, part)),
              true));
    }
    if (s.flag("legend")) {
      boolean anyDivided = divisions.values().stream().anyMatch(d -> !d.isEmpty());
      c.add(MatrixCell.legend(c, true, anyDivided));
      if (marks && anyMarked(c)) {
        c.add(
            Paragraph.of(
                ChangeWords.of(c).legend(c.changes.since().orElseThrow()), ParaStyle.SMALL));
      }
    }
  }

  /** One issue's row of a matrix part: the issue, each side's stance, and the alignment. */
  private static Row row(
      ComposeContext c,
      Issue issue,
      Map<String, Division> divisions,
      List<Side> sides,
      boolean compact,
      boolean alignment,
      boolean marks) {
    List<Cell> cells = new ArrayList<>();
    List<List<Span>> label = new ArrayList<>();
    label.add(List.of(Span.bold(issue.rowLabel())));
    if (!compact && issue.label().isPresent()) {
      label.add(List.of(Span.italic(issue.question())));
    }
    if (marks && c.changes.issueAdded(issue.id())) {
      label.add(List.of(c.accent(ChangeWords.of(c).newIssue())));
    }
    cells.add(cell(label, Optional.empty(), Align.LEFT));
    for (Side side : sides) {
      Position p = issue.positionOf(side.id());
      List<List<Span>> more = new ArrayList<>();
      if (!compact) {
        p.summary().ifPresent(t -> more.add(c.inline(t)));
      }
      Optional<Division> division = Optional.ofNullable(divisions.get(side.id()));
      Optional<Span> mark =
          marks
              ? c.changes
                  .stanceMove(issue.id(), side.id())
                  .map(m -> c.accent(ChangeWords.of(c).mark(m)))
              : Optional.empty();
      cells.add(MatrixCell.of(p.stance(), c, division).wide(mark, more));
    }
    if (alignment) {
      List<String> divided =
          c.brief.sides().stream()
              .filter(side -> divisions.containsKey(side.id()))
              .map(Side::name)
              .toList();
      cells.add(
          MatrixCell.alignment(
              c, c.selected.alignment(issue.id()), divided, c.brief.sides().size()));
    }
    return new Row(cells);
  }

  /** Whether some cell of the matrix carries a change mark. */
  private static boolean anyMarked(ComposeContext c) {
    return c.brief.issues().stream()
        .anyMatch(
            i ->
                c.changes.issueAdded(i.id())
                    || c.brief.sides().stream()
                        .anyMatch(sd -> c.changes.stanceMove(i.id(), sd.id()).isPresent()));
  }

  /** The widest word a side's column prints, in ems: names, stance words, summaries. */
  private static float widestSideWord(ComposeContext c, boolean compact) {
    Brief brief = c.brief;
    float widest = 0;
    for (Side side : brief.sides()) {
      widest = Math.max(widest, MatrixParts.widestWord(side.name(), true));
    }
    for (int v = -2; v <= 2; v++) {
      widest = Math.max(widest, MatrixParts.widestWord(c.stanceLabel(Optional.of(v)), true));
    }
    widest = Math.max(widest, MatrixParts.widestWord(c.stanceLabel(Optional.empty()), true));
    if (!compact) {
      for (Issue issue : brief.issues()) {
        for (Side side : brief.sides()) {
          Optional<Text> summary = issue.positionOf(side.id()).summary();
          if (summary.isPresent()) {
            widest = Math.max(widest, MatrixParts.widestWord(summary.get().plain(), false));
          }
        }
      }
    }
    return widest;
  }

  private static String partCaption(ComposeContext c, List<List<Side>> parts, int part) {
    int from = 1;
    for (int p = 0; p < parts.size() && p < part; p++) {
      from += parts.get(p).size();
    }
    int sides = parts.stream().mapToInt(List::size).sum();
    return c.labels.format(
        part == parts.size() - 1 ? "matrix.last_part" : "matrix.part",
        "part",
        c.format.number(part + 1),
        "parts",
        c.format.number(parts.size()),
        "from",
        c.format.number(from),
        "to",
        c.format.number(from + parts.get(part).size() - 1),
        "sides",
        c.format.number(sides));
  }
}
