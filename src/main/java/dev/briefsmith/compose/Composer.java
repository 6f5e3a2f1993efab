package dev.briefsmith.compose;

import dev.briefsmith.audience.AudienceTemplate;
import dev.briefsmith.audience.Section;
import dev.briefsmith.audience.SectionKind;
import dev.briefsmith.audience.TextTemplate;
import dev.briefsmith.compose.Document.Align;
import dev.briefsmith.compose.Document.Block;
import dev.briefsmith.compose.Document.BulletList;
import dev.briefsmith.compose.Document.Callout;
import dev.briefsmith.compose.Document.Cell;
import dev.briefsmith.compose.Document.Contents;
import dev.briefsmith.compose.Document.ContentsEntry;
import dev.briefsmith.compose.Document.Cover;
import dev.briefsmith.compose.Document.Figure;
import dev.briefsmith.compose.Document.Heading;
import dev.briefsmith.compose.Document.Note;
import dev.briefsmith.compose.Document.NoteList;
import dev.briefsmith.compose.Document.PageBreak;
import dev.briefsmith.compose.Document.Paragraph;
import dev.briefsmith.compose.Document.Row;
import dev.briefsmith.compose.Document.Table;
import dev.briefsmith.compose.Document.TableStyle;
import dev.briefsmith.content.Actor;
import dev.briefsmith.content.Author;
import dev.briefsmith.content.Brief;
import dev.briefsmith.content.Faction;
import dev.briefsmith.content.Issue;
import dev.briefsmith.content.KeyJudgment;
import dev.briefsmith.content.Likelihood;
import dev.briefsmith.content.Position;
import dev.briefsmith.content.RedLine;
import dev.briefsmith.content.Scenario;
import dev.briefsmith.content.Sensitivity;
import dev.briefsmith.content.Side;
import dev.briefsmith.content.Source;
import dev.briefsmith.content.Statement;
import dev.briefsmith.content.Text;
import dev.briefsmith.content.ThirdParty;
import dev.briefsmith.content.TimelineEntry;
import dev.briefsmith.select.Alignment;
import dev.briefsmith.select.SelectedBrief;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Composes a brief, as one audience may see it, into a format-neutral {@link Document}: the
 * template's sections in its order, every word, row, fill and number decided here, once, so the PDF
 * and the Word file say the same thing. Stateless and thread-safe; each call works on its own
 * state.
 */
public final class Composer {

  /** Composes {@code selected} for {@code template}; {@code created} stamps the metadata. */
  public Document compose(SelectedBrief selected, AudienceTemplate template, Instant created) {
    return new Run(selected, template).document(created);
  }

  /** Default section headings. */
  static String defaultTitle(SectionKind kind) {
    return switch (kind) {
      case COVER -> "Cover";
      case CONTENTS -> "Contents";
      case SUMMARY -> "Bottom line";
      case KEY_JUDGMENTS -> "Key judgments";
      case CONTEXT -> "Context";
      case TIMELINE -> "Timeline";
      case FACTIONS -> "Sides, factions and actors";
      case STATEMENTS -> "What they said";
      case POSITION_MATRIX -> "Positions by issue";
      case FACTION_MATRIX -> "Positions by faction";
      case RED_LINES -> "Red lines";
      case OUTLOOK -> "Outlook";
      case SCENARIOS -> "Scenarios";
      case SIGNPOSTS -> "Signposts: what to watch";
      case STANCE_CHART -> "Stances at a glance";
      case ESTIMATIVE_LANGUAGE -> "Estimative language";
      case SOURCES -> "Sources";
    };
  }

  /** One composition: the blocks so far, the endnote numbers, the most sensitive item used. */
  private static final class Run {
    private final SelectedBrief selected;
    private final Brief brief;
    private final AudienceTemplate template;
    private final boolean notes;
    private final boolean probabilities;
    private final List<Block> blocks = new ArrayList<>();
    private final Map<String, Integer> noteNumbers = new LinkedHashMap<>();
    private int sourcesAt = -1;
    private int contentsAt = -1;
    private boolean contentsSubsections;
    private Sensitivity highest = Sensitivity.PUBLIC;

    Run(SelectedBrief selected, AudienceTemplate template) {
      this.selected = selected;
      this.brief = selected.brief();
      this.template = template;
      this.notes = template.has(SectionKind.SOURCES);
      this.probabilities =
          template.sections().stream()
              .anyMatch(s -> s.kind() == SectionKind.KEY_JUDGMENTS && s.flag("probabilities"));
    }

    Document document(Instant created) {
      boolean fullCover = false;
      for (Section section : template.sections()) {
        if (section.pageBreakBefore() && !blocks.isEmpty()) {
          blocks.add(new PageBreak());
        }
        if (section.kind() == SectionKind.COVER) {
          fullCover = blocks.isEmpty() && !section.style().orElse("page").equals("masthead");
        }
        section(section);
      }
      // Insert the later placeholder first, so the earlier index stays right.
      Optional<Contents> contents = contentsAt >= 0 ? Optional.of(contents()) : Optional.empty();
      List<Block> notes = sourcesAt >= 0 ? sourceNotes() : List.of();
      if (sourcesAt > contentsAt) {
        blocks.addAll(sourcesAt, notes);
        contents.ifPresent(c -> blocks.add(contentsAt, c));
      } else {
        contents.ifPresent(c -> blocks.add(contentsAt, c));
        if (sourcesAt >= 0) {
          blocks.addAll(sourcesAt, notes);
        }
      }
      text("disclaimer").ifPresent(d -> blocks.add(Paragraph.of(d, ParaStyle.SMALL)));

      String banner = template.marking().getOrDefault(highest, "");
      Furniture furniture =
          new Furniture(
              banner,
              bannerColor(highest),
              text("header").orElse(brief.title()),
              text("footer")
                  .orElse(
                      brief.series().orElse("")
                          + "  Information as of "
                          + Dates.longForm(brief.asOf())),
              true,
              fullCover);
      Metadata metadata =
          new Metadata(
              brief.title(),
              brief.subtitle(),
              brief.authors().stream().map(Author::name).toList(),
              template.title() + ": " + abbreviate(brief.summary().plain(), 300),
              brief.keywords(),
              brief.language(),
              created,
              template.name(),
              template.title());
      return new Document(metadata, template.page(), template.theme(), furniture, blocks);
    }

    private static Rgb bannerColor(Sensitivity level) {
      return switch (level) {
        case PUBLIC -> Rgb.hex("#2E6B30");
        case INTERNAL -> Rgb.hex("#9A5B00");
        case RESTRICTED -> Rgb.hex("#B00020");
      };
    }

    private void use(Sensitivity s) {
      if (s.compareTo(highest) > 0) {
        highest = s;
      }
    }

    private Optional<String> text(String key) {
      TextTemplate t = template.text().get(key);
      return t == null
          ? Optional.empty()
          : Optional.of(t.render(fields())).filter(s -> !s.isBlank());
    }

    private Map<String, String> fields() {
      Map<String, String> f = new LinkedHashMap<>();
      f.put("id", brief.id());
      f.put("title", brief.title());
      f.put("subtitle", brief.subtitle().orElse(""));
      f.put("series", brief.series().orElse(""));
      f.put("as_of", brief.asOf().toString());
      f.put("as_of_long", Dates.longForm(brief.asOf()));
      f.put(
          "authors", brief.authors().stream().map(Author::name).collect(Collectors.joining(", ")));
      f.put("audience", template.name());
      f.put("audience_title", template.title());
      f.put("marking", template.marking().getOrDefault(highest, ""));
      f.put("language", brief.language());
      return f;
    }

    private void heading(Section section, int level) {
      String title = section.title().orElse(defaultTitle(section.kind()));
      blocks.add(new Heading(level, title, section.kind().word().replace('_', '-')));
    }

    private void section(Section s) {
      switch (s.kind()) {
        case COVER -> cover(s);
        case CONTENTS -> {
          heading(s, 1);
          contentsAt = blocks.size();
          contentsSubsections = s.flag("subsections");
        }
        case SUMMARY -> {
          heading(s, 1);
          prose(brief.summary(), ParaStyle.LEAD);
        }
        case KEY_JUDGMENTS -> keyJudgments(s);
        case CONTEXT -> {
          heading(s, 1);
          prose(brief.context().body(), ParaStyle.BODY);
        }
        case TIMELINE -> timeline(s);
        case FACTIONS -> factions(s);
        case STATEMENTS -> statements(s);
        case POSITION_MATRIX -> positionMatrix(s);
        case FACTION_MATRIX -> factionMatrix(s);
        case RED_LINES -> redLines(s);
        case OUTLOOK -> outlook(s);
        case SCENARIOS -> scenarios(s);
        case SIGNPOSTS -> signposts(s);
        case STANCE_CHART -> stanceChart(s);
        case ESTIMATIVE_LANGUAGE -> estimativeLanguage(s);
        case SOURCES -> {
          heading(s, 1);
          sourcesAt = blocks.size();
        }
      }
    }

    // ---- sections ----

    private void cover(Section s) {
      boolean page = !s.style().orElse("page").equals("masthead");
      blocks.add(
          new Cover(
              brief.title(),
              brief.subtitle(),
              brief.series(),
              "Information as of " + Dates.longForm(brief.asOf()),
              template.title(),
              // A masthead has no room for authors; a cover page lists them.
              page
                  ? brief.authors().stream()
                      .map(a -> a.name() + a.affiliation().map(x -> ", " + x).orElse(""))
                      .toList()
                  : List.of(),
              text("cover_note"),
              page));
    }

    private void keyJudgments(Section s) {
      if (brief.keyJudgments().isEmpty()) {
        return;
      }
      heading(s, 1);
      for (KeyJudgment k : brief.keyJudgments()) {
        use(k.sensitivity());
        List<Span> spans = new ArrayList<>();
        String estimate = estimate(k.likelihood(), s.flag("probabilities"));
        String confidence =
            s.flag("confidence")
                ? k.confidence().map(c -> c.word() + " confidence").orElse("")
                : "";
        String lead = join(estimate.isEmpty() ? "" : capitalise(estimate), confidence);
        if (!lead.isEmpty()) {
          spans.add(
              new Span.Text(lead + ". ", true, false, Optional.of(template.theme().accent())));
        }
        spans.addAll(inline(firstBlock(k.text())));
        for (String source : k.sources()) {
          note(source).ifPresent(spans::add);
        }
        blocks.add(new Paragraph(spans, ParaStyle.BODY));
      }
    }

    private void timeline(Section s) {
      List<TimelineEntry> entries = brief.context().timeline();
      if (entries.isEmpty()) {
        return;
      }
      heading(s, 1);
      List<Row> rows = new ArrayList<>();
      for (TimelineEntry t : entries) {
        use(t.sensitivity());
        List<Span> event = new ArrayList<>(inline(firstBlock(t.event())));
        t.sources().forEach(id -> note(id).ifPresent(event::add));
        rows.add(
            new Row(
                List.of(
                    cell(
                        List.of(List.of(Span.bold(Dates.longForm(t.date())))),
                        Optional.empty(),
                        Align.LEFT),
                    cell(List.of(event), Optional.empty(), Align.LEFT))));
      }
      blocks.add(
          new Table(
              List.of(1f, 4f),
              List.of(new Row(List.of(Cell.of("Date"), Cell.of("Event")))),
              rows,
              TableStyle.RULED,
              true,
              1f,
              Optional.empty()));
    }

    private void factions(Section s) {
      heading(s, 1);
      for (Side side : brief.sides()) {
        List<Faction> factions =
            brief.factions().stream().filter(f -> f.side().equals(side.id())).toList();
        List<Actor> actors =
            brief.actors().stream().filter(a -> a.side().equals(side.id())).toList();
        if (factions.isEmpty() && actors.isEmpty()) {
          continue;
        }
        blocks.add(new Heading(2, sideTitle(side), "side-" + side.id()));
        for (Faction f : factions) {
          use(f.sensitivity());
          List<Span> spans = new ArrayList<>(List.of(Span.bold(f.name())));
          f.summary()
              .ifPresent(
                  t -> {
                    spans.add(Span.text(": "));
                    spans.addAll(inline(firstBlock(t)));
                  });
          blocks.add(new Paragraph(spans, ParaStyle.BODY));
        }
        if (!actors.isEmpty()) {
          List<Row> rows = new ArrayList<>();
          for (Actor a : actors) {
            use(a.sensitivity());
            rows.add(
                new Row(
                    List.of(
                        cell(List.of(List.of(Span.bold(a.name()))), Optional.empty(), Align.LEFT),
                        Cell.of(a.role().orElse("")),
                        Cell.of(a.faction().flatMap(this::factionName).orElse("")),
                        Cell.of(a.power().map(p -> p.word()).orElse("")))));
          }
          blocks.add(
              new Table(
                  List.of(2.2f, 3f, 2.2f, 1f),
                  List.of(
                      new Row(
                          List.of(
                              Cell.of("Actor"),
                              Cell.of("Role"),
                              Cell.of("Faction"),
                              Cell.of("Weight")))),
                  rows,
                  TableStyle.RULED,
                  true,
                  0.9f,
                  Optional.empty()));
        }
      }
      List<ThirdParty> others = brief.thirdParties();
      if (s.flag("third_parties") && !others.isEmpty()) {
        blocks.add(new Heading(2, "Others", "others"));
        List<List<Span>> items = new ArrayList<>();
        for (ThirdParty t : others) {
          use(t.sensitivity());
          List<Span> item = new ArrayList<>(List.of(Span.bold(t.name())));
          t.role().ifPresent(r -> item.add(Span.text(", " + r)));
          items.add(item);
        }
        blocks.add(new BulletList(items, ParaStyle.BODY));
      }
    }

    private void statements(Section s) {
      if (brief.statements().isEmpty()) {
        return;
      }
      heading(s, 1);
      for (Side side : brief.sides()) {
        List<Statement> said =
            brief.statements().stream()
                .filter(st -> actor(st.actor()).map(a -> a.side().equals(side.id())).orElse(false))
                .toList();
        if (said.isEmpty()) {
          continue;
        }
        blocks.add(new Heading(2, sideTitle(side), "statements-" + side.id()));
        for (Statement st : said) {
          use(st.sensitivity());
          Actor actor = actor(st.actor()).orElseThrow();
          String who =
              actor.name()
                  + actor.role().map(r -> ", " + r).orElse("")
                  + st.date().map(d -> ", " + Dates.longForm(d)).orElse("");
          if (st.quote().isPresent() && s.flag("quotes")) {
            // Our own lead-in, outside the quotation marks, carries what the source's sentence
            // says around the quote (a negation), so the quote cannot be read as its opposite.
            String quoted = "\u201c" + st.quote().get() + "\u201d";
            blocks.add(
                Paragraph.of(
                    st.leadIn().map(l -> l + " " + quoted).orElse(quoted), ParaStyle.QUOTE));
            List<Span> attribution = new ArrayList<>(List.of(Span.text("\u2014 " + who)));
            st.source().flatMap(this::note).ifPresent(attribution::add);
            blocks.add(new Paragraph(attribution, ParaStyle.ATTRIBUTION));
            List<Span> summary = new ArrayList<>(inline(firstBlock(st.summary())));
            blocks.add(new Paragraph(summary, ParaStyle.SMALL));
          } else {
            List<Span> spans = new ArrayList<>(List.of(Span.bold(who + ": ")));
            spans.addAll(inline(firstBlock(st.summary())));
            st.source().flatMap(this::note).ifPresent(spans::add);
            blocks.add(new Paragraph(spans, ParaStyle.BODY));
          }
        }
      }
    }

    private void positionMatrix(Section s) {
      if (brief.issues().isEmpty()) {
        return;
      }
      heading(s, 1);
      boolean compact = s.flag("compact");
      brief.issues().forEach(issue -> use(issue.sensitivity()));
      List<List<Side>> parts =
          MatrixParts.split(
              brief.sides(),
              widestSideWord(compact),
              template.page().textWidthPt(),
              template.theme().baseSizePt(),
              compact);
      for (int part = 0; part < parts.size(); part++) {
        List<Side> sides = parts.get(part);
        boolean last = part == parts.size() - 1;
        List<Cell> header = new ArrayList<>(List.of(Cell.of("Issue")));
        sides.forEach(side -> header.add(centred(side.name())));
        if (last) {
          header.add(centred("Alignment"));
        }
        List<Row> rows = new ArrayList<>();
        for (Issue issue : brief.issues()) {
          rows.add(positionRow(issue, sides, compact, last));
        }
        blocks.add(
            new Table(
                MatrixParts.weights(sides.size(), compact, last),
                List.of(new Row(header)),
                rows,
                TableStyle.GRID,
                true,
                MatrixParts.scale(sides.size(), compact),
                parts.size() == 1 ? Optional.empty() : Optional.of(partCaption(parts, part))));
      }
      if (s.flag("legend")) {
        blocks.add(legend(true));
      }
    }

    /** One issue's row of a matrix part: the issue, each side's stance, and the alignment. */
    private Row positionRow(Issue issue, List<Side> sides, boolean compact, boolean alignment) {
      List<Cell> cells = new ArrayList<>();
      List<List<Span>> label = new ArrayList<>();
      label.add(List.of(Span.bold(issue.rowLabel())));
      if (!compact && issue.label().isPresent()) {
        label.add(List.of(Span.italic(issue.question())));
      }
      cells.add(cell(label, Optional.empty(), Align.LEFT));
      for (Side side : sides) {
        Position p = issue.positionOf(side.id());
        List<List<Span>> lines = new ArrayList<>();
        lines.add(
            List.of(
                Span.bold(StanceStyle.symbol(p.stance()) + " " + brief.stanceLabel(p.stance()))));
        if (!compact) {
          p.summary().ifPresent(t -> lines.add(inline(firstBlock(t))));
        }
        cells.add(cell(lines, StanceStyle.fill(p.stance()), Align.LEFT));
      }
      if (alignment) {
        Alignment a = selected.alignment(issue.id());
        List<List<Span>> align = new ArrayList<>();
        align.add(List.of(Span.bold(capitalise(a.level().word()))));
        a.spread().ifPresent(sp -> align.add(List.of(Span.text("spread " + sp))));
        cells.add(cell(align, StanceStyle.fill(a), Align.CENTER));
      }
      return new Row(cells);
    }

    /** The widest word a side's column prints, in ems: names, stance words, summaries. */
    private float widestSideWord(boolean compact) {
      float widest = 0;
      for (Side side : brief.sides()) {
        widest = Math.max(widest, MatrixParts.widestWord(side.name(), true));
      }
      for (int v = -2; v <= 2; v++) {
        widest = Math.max(widest, MatrixParts.widestWord(brief.stanceLabel(Optional.of(v)), true));
      }
      widest = Math.max(widest, MatrixParts.widestWord(brief.stanceLabel(Optional.empty()), true));
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

    private static String partCaption(List<List<Side>> parts, int part) {
      int from = 1;
      for (int p = 0; p < part; p++) {
        from += parts.get(p).size();
      }
      int sides = parts.stream().mapToInt(List::size).sum();
      String which =
          "Part "
              + (part + 1)
              + " of "
              + parts.size()
              + ": sides "
              + from
              + "\u2013"
              + (from + parts.get(part).size() - 1)
              + " of "
              + sides;
      return part == parts.size() - 1
          ? which + ". Alignment is across all " + sides + " sides."
          : which + ". Alignment across all sides is in part " + parts.size() + ".";
    }

    /** A stance matrix: a grid whose header repeats and whose rows never split, and a legend. */
    private void matrix(
        List<Float> weights,
        List<Cell> header,
        List<Row> rows,
        float scale,
        boolean legend,
        boolean alignment) {
      blocks.add(
          new Table(
              weights,
              List.of(new Row(header)),
              rows,
              TableStyle.GRID,
              true,
              scale,
              Optional.empty()));
      if (legend) {
        blocks.add(legend(alignment));
      }
    }

    private void factionMatrix(Section s) {
      Map<String, String> rowsById = new LinkedHashMap<>();
      for (Issue issue : brief.issues()) {
        for (String key : issue.byFaction().keySet()) {
          rowsById.computeIfAbsent(key, this::factionOrActorLabel);
        }
      }
      if (rowsById.isEmpty()) {
        return;
      }
      heading(s, 1);
      List<Float> weights = new ArrayList<>(List.of(2.2f));
      List<Cell> header = new ArrayList<>(List.of(Cell.of("Faction or actor")));
      for (Issue issue : brief.issues()) {
        use(issue.sensitivity());
        weights.add(1.4f);
        header.add(centred(issue.rowLabel()));
      }
      List<Row> rows = new ArrayList<>();
      for (Side side : brief.sides()) {
        for (var entry : rowsById.entrySet()) {
          if (!sideOf(entry.getKey()).equals(Optional.of(side.id()))) {
            continue;
          }
          faction(entry.getKey()).ifPresent(f -> use(f.sensitivity()));
          actor(entry.getKey()).ifPresent(a -> use(a.sensitivity()));
          List<Cell> cells = new ArrayList<>();
          cells.add(
              cell(
                  List.of(List.of(Span.bold(entry.getValue())), List.of(Span.text(side.name()))),
                  Optional.empty(),
                  Align.LEFT));
          for (Issue issue : brief.issues()) {
            if (issue.byFaction().containsKey(entry.getKey())) {
              Optional<Integer> stance = issue.byFaction().get(entry.getKey());
              cells.add(
                  cell(
                      List.of(
                          List.of(Span.bold(StanceStyle.symbol(stance))),
                          List.of(Span.text(brief.stanceLabel(stance)))),
                      StanceStyle.fill(stance),
                      Align.CENTER));
            } else {
              cells.add(cell(List.of(List.of(Span.text(""))), Optional.empty(), Align.CENTER));
            }
          }
          rows.add(new Row(cells));
        }
      }
      int columns = brief.issues().size();
      float scale = columns <= 4 ? 0.9f : columns <= 6 ? 0.8f : 0.7f;
      matrix(weights, header, rows, scale, s.flag("legend"), false);
    }

    private Paragraph legend(boolean alignment) {
      StringBuilder b = new StringBuilder("Scale: ");
      for (int v = 2; v >= -2; v--) {
        b.append(StanceStyle.symbol(Optional.of(v)))
            .append(' ')
            .append(brief.stanceLabel(Optional.of(v)))
            .append(" \u00b7 ");
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

    private void redLines(Section s) {
      if (brief.redLines().isEmpty()) {
        return;
      }
      heading(s, 1);
      boolean compact = s.flag("compact");
      List<Row> rows = new ArrayList<>();
      for (Side side : brief.sides()) {
        for (RedLine r : brief.redLines()) {
          if (!r.side().equals(side.id())) {
            continue;
          }
          use(r.sensitivity());
          List<Span> line = new ArrayList<>(List.of(Span.text(r.line())));
          for (String ev : r.evidence()) {
            statement(ev).flatMap(Statement::source).flatMap(this::note).ifPresent(line::add);
          }
          List<Cell> cells = new ArrayList<>();
          cells.add(cell(List.of(List.of(Span.bold(side.name()))), Optional.empty(), Align.LEFT));
          cells.add(cell(List.of(line), Optional.empty(), Align.LEFT));
          if (!compact) {
            List<List<Span>> tc = new ArrayList<>();
            r.trigger().ifPresent(t -> tc.add(List.of(Span.italic("If: "), Span.text(t))));
            r.consequence().ifPresent(c -> tc.add(List.of(Span.italic("Then: "), Span.text(c))));
            if (tc.isEmpty()) {
              tc.add(List.of(Span.text("")));
            }
            cells.add(cell(tc, Optional.empty(), Align.LEFT));
          }
          cells.add(Cell.of(r.firmness().map(f -> f.word()).orElse("")));
          rows.add(new Row(cells));
        }
      }
      List<Cell> header =
          compact
              ? List.of(Cell.of("Side"), Cell.of("Red line"), Cell.of("Firmness"))
              : List.of(
                  Cell.of("Side"),
                  Cell.of("Red line"),
                  Cell.of("Trigger and consequence"),
                  Cell.of("Firmness"));
      // The side column fits the longest side name without breaking it.
      float side =
          Math.max(
              1f, brief.sides().stream().mapToInt(x -> x.name().length()).max().orElse(8) / 8f);
      List<Float> weights = compact ? List.of(side, 4.5f, 1.1f) : List.of(side, 2.6f, 3f, 1.1f);
      blocks.add(
          new Table(
              weights,
              List.of(new Row(header)),
              rows,
              TableStyle.RULED,
              true,
              compact ? 0.95f : 0.9f,
              Optional.empty()));
    }

    private void outlook(Section s) {
      heading(s, 1);
      prose(brief.outlook().summary(), ParaStyle.BODY);
      if (s.flag("scenarios")) {
        List<List<Span>> items = new ArrayList<>();
        for (Scenario sc : brief.outlook().scenarios()) {
          use(sc.sensitivity());
          List<Span> item = new ArrayList<>();
          item.add(Span.bold(sc.title()));
          String est = estimate(sc.likelihood(), probabilities);
          if (!est.isEmpty()) {
            item.add(
                new Span.Text(
                    " (" + est + ")", true, false, Optional.of(template.theme().accent())));
          }
          item.add(Span.text(": "));
          item.addAll(inline(firstBlock(sc.narrative())));
          items.add(item);
        }
        if (!items.isEmpty()) {
          blocks.add(new BulletList(items, ParaStyle.BODY));
        }
      }
      if (s.flag("signposts") && !brief.outlook().signposts().isEmpty()) {
        blocks.add(new Paragraph(List.of(Span.bold("What to watch")), ParaStyle.BODY));
        blocks.add(
            new BulletList(
                brief.outlook().signposts().stream().map(p -> List.of(Span.text(p))).toList(),
                ParaStyle.BODY));
      }
    }

    private void scenarios(Section s) {
      if (brief.outlook().scenarios().isEmpty()) {
        return;
      }
      heading(s, 1);
      for (Scenario sc : brief.outlook().scenarios()) {
        use(sc.sensitivity());
        blocks.add(new Heading(2, sc.title(), "scenario-" + sc.id()));
        String est = estimate(sc.likelihood(), probabilities);
        if (!est.isEmpty()) {
          blocks.add(
              new Paragraph(
                  List.of(
                      new Span.Text(
                          "Likelihood: " + est,
                          true,
                          false,
                          Optional.of(template.theme().accent()))),
                  ParaStyle.BODY));
        }
        prose(sc.narrative(), ParaStyle.BODY);
        if (s.flag("signposts") && !sc.signposts().isEmpty()) {
          blocks.add(
              new BulletList(
                  sc.signposts().stream()
                      .map(p -> List.of(Span.italic("Watch: "), Span.text(p)))
                      .toList(),
                  ParaStyle.BODY));
        }
      }
    }

    private void signposts(Section s) {
      if (brief.outlook().signposts().isEmpty()) {
        return;
      }
      heading(s, 1);
      blocks.add(
          new BulletList(
              brief.outlook().signposts().stream().map(p -> List.of(Span.text(p))).toList(),
              ParaStyle.BODY));
    }

    private void stanceChart(Section s) {
      if (brief.issues().isEmpty()) {
        return;
      }
      heading(s, 1);
      List<String> categories = brief.issues().stream().map(Issue::rowLabel).toList();
      List<StanceChart.Series> series = new ArrayList<>();
      StanceChart.Marker[] markers = StanceChart.Marker.values();
      List<Side> sides = brief.sides();
      StringBuilder alt =
          new StringBuilder(
              "Chart of each side's stance on each issue, from opposes to supports. ");
      for (int i = 0; i < sides.size(); i++) {
        Side side = sides.get(i);
        series.add(
            new StanceChart.Series(
                side.name(),
                StanceStyle.sideColor(i, side.color()),
                markers[i % markers.length],
                true,
                brief.issues().stream().map(is -> is.positionOf(side.id()).stance()).toList()));
      }
      if (s.flag("factions")) {
        Map<String, String> keys = new LinkedHashMap<>();
        brief
            .issues()
            .forEach(
                is ->
                    is.byFaction().keySet().stream()
                        // factions only: actors would crowd the chart; the faction matrix has them
                        .filter(k -> faction(k).isPresent())
                        .forEach(k -> keys.computeIfAbsent(k, this::factionOrActorLabel)));
        int n = 0;
        for (var e : keys.entrySet()) {
          int sideIndex = sides.indexOf(brief.side(sideOf(e.getKey()).orElse("")).orElse(null));
          series.add(
              new StanceChart.Series(
                  e.getValue(),
                  StanceStyle.sideColor(
                      Math.max(0, sideIndex),
                      sideIndex < 0 ? Optional.empty() : sides.get(sideIndex).color()),
                  markers[(n++ + sides.size()) % markers.length],
                  false,
                  brief.issues().stream()
                      .map(is -> is.byFaction().getOrDefault(e.getKey(), Optional.empty()))
                      .toList()));
        }
      }
      for (Issue is : brief.issues()) {
        alt.append(is.rowLabel()).append(": ");
        alt.append(
            sides.stream()
                .map(sd -> sd.name() + " " + brief.stanceLabel(is.positionOf(sd.id()).stance()))
                .collect(Collectors.joining(", ")));
        alt.append(". ");
      }
      List<String> scale = new ArrayList<>();
      for (int v = -2; v <= 2; v++) {
        scale.add(brief.stanceLabel(Optional.of(v)));
      }
      float widthPt = template.page().textWidthPt();
      // A minimum only: the renderers' chart layout grows the figure to what its markers and
      // legend need, so many series need not inflate it here.
      float heightPt = 60 + brief.issues().size() * (16 + 2.5f * Math.min(12, series.size()));
      blocks.add(
          new Figure(
              new StanceChart(categories, series, scale),
              alt.toString().strip(),
              Optional.of(
                  "Each marker is a side's stated stance"
                      + (s.flag("factions") ? " (hollow markers: factions)" : "")
                      + "; no marker: no stated position."),
              1f,
              Math.min(1.2f, heightPt / widthPt)));
    }

    private void estimativeLanguage(Section s) {
      heading(s, 1);
      boolean alternative =
          brief.keyJudgments().stream()
              .flatMap(k -> k.likelihood().stream())
              .findFirst()
              .or(
                  () ->
                      brief.outlook().scenarios().stream()
                          .flatMap(sc -> sc.likelihood().stream())
                          .findFirst())
              .map(Likelihood::alternative)
              .orElse(false);
      List<Row> rows = new ArrayList<>();
      for (Likelihood.Band band : Likelihood.Band.values()) {
        rows.add(
            new Row(
                List.of(
                    cell(
                        List.of(
                            List.of(Span.bold(alternative ? band.alternativeTerm() : band.term()))),
                        Optional.empty(),
                        Align.LEFT),
                    Cell.of(band.range()))));
      }
      List<Block> body = new ArrayList<>();
      body.add(
          Paragraph.of(
              "Likelihood terms follow US Intelligence Community Directive 203: each term stands for a"
                  + " range of probability.",
              ParaStyle.SMALL));
      body.add(
          new Table(
              List.of(2f, 1f),
              List.of(new Row(List.of(Cell.of("Term"), Cell.of("Probability")))),
              rows,
              TableStyle.PLAIN,
              true,
              0.9f,
              Optional.empty()));
      body.add(
          Paragraph.of(
              "Confidence (low, moderate, high) rates the evidence and reasoning behind a judgment,"
                  + " not its probability.",
              ParaStyle.SMALL));
      blocks.add(new Callout(Optional.empty(), body, Rgb.hex("#F3F5F8"), template.theme().rule()));
    }

    /** Every heading after the contents' own, level 1 (and 2 with subsections). */
    private Contents contents() {
      List<ContentsEntry> entries = new ArrayList<>();
      for (Block b : blocks.subList(contentsAt, blocks.size())) {
        if (b instanceof Heading h && (h.level() == 1 || (contentsSubsections && h.level() == 2))) {
          entries.add(new ContentsEntry(h.level(), h.text(), h.anchor()));
        }
      }
      return new Contents(entries);
    }

    private List<Block> sourceNotes() {
      List<Note> list = new ArrayList<>();
      for (Source src : brief.sources()) {
        noteNumbers.computeIfAbsent(src.id(), id -> noteNumbers.size() + 1);
      }
      for (var e : noteNumbers.entrySet()) {
        Source src =
            brief.sources().stream()
                .filter(x -> x.id().equals(e.getKey()))
                .findFirst()
                .orElseThrow();
        use(src.sensitivity());
        List<Span> spans = new ArrayList<>();
        src.publisher().ifPresent(p -> spans.add(Span.text(p + ", ")));
        spans.add(Span.italic(src.title()));
        src.date().ifPresent(d -> spans.add(Span.text(", " + Dates.longForm(d))));
        src.url().ifPresent(u -> spans.add(Span.text(", " + u)));
        spans.add(Span.text("."));
        src.reliability().ifPresent(r -> spans.add(Span.text(" Reliability: " + r + ".")));
        list.add(new Note(e.getValue(), spans));
      }
      return list.isEmpty() ? List.of() : List.of(new NoteList(list));
    }

    // ---- helpers ----

    private String estimate(Optional<Likelihood> likelihood, boolean withRange) {
      return likelihood
          .map(l -> l.term() + (withRange ? " (" + l.band().range() + ")" : ""))
          .orElse("");
    }

    private Optional<Span> note(String sourceId) {
      if (!notes || brief.sources().stream().noneMatch(s -> s.id().equals(sourceId))) {
        return Optional.empty();
      }
      int n = noteNumbers.computeIfAbsent(sourceId, id -> noteNumbers.size() + 1);
      return Optional.of(new Span.NoteRef(n));
    }

    private void prose(Text text, ParaStyle style) {
      for (Text.Block b : text.blocks()) {
        switch (b) {
          case Text.Paragraph p -> blocks.add(new Paragraph(inline(p.inlines()), style));
          case Text.BulletList l ->
              blocks.add(
                  new BulletList(l.items().stream().map(this::inline).toList(), ParaStyle.BODY));
        }
      }
    }

    /** The inline content of the first block (short prose fields are one paragraph). */
    private static List<Text.Inline> firstBlock(Text text) {
      List<Text.Inline> all = new ArrayList<>();
      for (Text.Block b : text.blocks()) {
        if (!all.isEmpty()) {
          all.add(new Text.Run(" ", false, false));
        }
        switch (b) {
          case Text.Paragraph p -> all.addAll(p.inlines());
          case Text.BulletList l -> l.items().forEach(all::addAll);
        }
      }
      return all;
    }

    private List<Span> inline(List<Text.Inline> inlines) {
      List<Span> spans = new ArrayList<>();
      for (int i = 0; i < inlines.size(); i++) {
        switch (inlines.get(i)) {
          case Text.Run r ->
              spans.add(new Span.Text(r.text(), r.bold(), r.italic(), Optional.empty()));
          case Text.Citation c -> {
            List<Span> refs =
                c.sourceIds().stream().map(this::note).flatMap(Optional::stream).toList();
            boolean punctuationNext =
                i + 1 < inlines.size()
                    && inlines.get(i + 1) instanceof Text.Run next
                    && next.text().matches("^[.,;:!?)\\]].*");
            // "claim [@a]." prints "claim¹." with a marker and "claim." without one.
            if (!refs.isEmpty() || punctuationNext || i + 1 == inlines.size()) {
              stripTrailingSpace(spans);
            }
            spans.addAll(refs);
          }
        }
      }
      return spans;
    }

    private static void stripTrailingSpace(List<Span> spans) {
      if (!spans.isEmpty() && spans.get(spans.size() - 1) instanceof Span.Text t) {
        spans.set(
            spans.size() - 1,
            new Span.Text(t.text().stripTrailing(), t.bold(), t.italic(), t.color()));
      }
    }

    private static Cell cell(List<List<Span>> lines, Optional<Rgb> fill, Align align) {
      return new Cell(lines, fill, Optional.empty(), align, 1);
    }

    private static Cell centred(String text) {
      return new Cell(
          List.of(List.of(Span.text(text))), Optional.empty(), Optional.empty(), Align.CENTER, 1);
    }

    private String sideTitle(Side side) {
      return side.name()
          + side.fullName().filter(f -> !f.equals(side.name())).map(f -> " (" + f + ")").orElse("");
    }

    private Optional<Actor> actor(String id) {
      return brief.actors().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    private Optional<Faction> faction(String id) {
      return brief.factions().stream().filter(f -> f.id().equals(id)).findFirst();
    }

    private Optional<Statement> statement(String id) {
      return brief.statements().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    private Optional<String> factionName(String id) {
      return faction(id).map(Faction::name);
    }

    private String factionOrActorLabel(String id) {
      return faction(id).map(Faction::name).or(() -> actor(id).map(Actor::name)).orElse(id);
    }

    private Optional<String> sideOf(String factionOrActor) {
      return faction(factionOrActor)
          .map(Faction::side)
          .or(() -> actor(factionOrActor).map(Actor::side));
    }

    private static String join(String a, String b) {
      return a.isEmpty() ? b : b.isEmpty() ? a : a + ", " + b;
    }

    private static String capitalise(String s) {
      return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static String abbreviate(String s, int max) {
      String one = s.replaceAll("\\s+", " ").strip();
      if (one.length() <= max) {
        return one;
      }
      int cut = one.lastIndexOf(' ', max - 1);
      return one.substring(0, cut > 0 ? cut : max - 1) + "\u2026";
    }
  }
}
