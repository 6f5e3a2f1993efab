package dev.briefsmith.compose;

import dev.briefsmith.audience.AudienceTemplate;
import dev.briefsmith.audience.Section;
import dev.briefsmith.audience.SectionKind;
import dev.briefsmith.audience.TextTemplate;
import dev.briefsmith.compose.Document.Align;
import dev.briefsmith.compose.Document.Block;
import dev.briefsmith.compose.Document.BulletList;
import dev.briefsmith.compose.Document.Cell;
import dev.briefsmith.compose.Document.Heading;
import dev.briefsmith.compose.Document.Paragraph;
import dev.briefsmith.content.Actor;
import dev.briefsmith.content.Author;
import dev.briefsmith.content.Brief;
import dev.briefsmith.content.Faction;
import dev.briefsmith.content.Likelihood;
import dev.briefsmith.content.Sensitivity;
import dev.briefsmith.content.Side;
import dev.briefsmith.content.Statement;
import dev.briefsmith.content.Text;
import dev.briefsmith.diff.Changes;
import dev.briefsmith.select.SelectedBrief;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The state one composition shares between section composers: the blocks so far, the endnote
 * numbers, the most sensitive item used, and the helpers every section needs (headings, prose, note
 * markers, look-ups). One per call of {@link Composer#compose}; never shared between threads.
 */
final class ComposeContext {
  final SelectedBrief selected;
  final Brief brief;
  final AudienceTemplate template;
  final List<Block> blocks = new ArrayList<>();

  /** Whether note markers print: only a template with a sources section has notes to point to. */
  private final boolean notes;

  /** Whether estimates carry their probability range (the key judgments' flag, for every use). */
  final boolean probabilities;

  /** Note numbers by source id, in order of first citation. */
  private final Map<String, Integer> noteNumbers = new LinkedHashMap<>();

  private Sensitivity highest = Sensitivity.PUBLIC;

  /** What changed since the previous edition, as this audience may see it. */
  final Changes changes;

  /** The edition's words. */
  final Labels labels;

  /** The edition's dates and digits. */
  final LocalFormat format;

  ComposeContext(
      SelectedBrief selected, AudienceTemplate template, LabelLibrary library, Changes changes) {
    this.selected = selected;
    this.changes = changes;
    this.brief = selected.brief();
    this.template = template;
    String locale = template.localisation().localeFor(brief.language());
    this.labels = library.labels(locale, template.localisation().labels());
    this.format = new LocalFormat(locale, template.localisation().calendar(), labels);
    this.notes = template.has(SectionKind.SOURCES);
    this.probabilities =
        template.sections().stream()
            .anyMatch(s -> s.kind() == SectionKind.KEY_JUDGMENTS && s.flag("probabilities"));
  }

  // ---- blocks and sensitivity ----

  void add(Block block) {
    blocks.add(block);
  }

  /** Records that an item of level {@code s} is printed, for the banner. */
  void use(Sensitivity s) {
    if (s.compareTo(highest) > 0) {
      highest = s;
    }
  }

  Sensitivity highest() {
    return highest;
  }

  void heading(Section section, int level) {
    heading(section, level, labels.section(section.kind()));
  }

  /** A heading: the template's title for the section, else {@code fallback}. */
  void heading(Section section, int level, String fallback) {
    String title = section.title().orElse(fallback);
    blocks.add(new Heading(level, title, section.kind().word().replace('_', '-')));
  }

  // ---- template texts ----

  Optional<String> text(String key) {
    TextTemplate t = template.text().get(key);
    return t == null ? Optional.empty() : Optional.of(t.render(fields())).filter(s -> !s.isBlank());
  }

  private Map<String, String> fields() {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("id", brief.id());
    f.put("title", brief.title());
    f.put("subtitle", brief.subtitle().orElse(""));
    f.put("series", brief.series().orElse(""));
    f.put("as_of", brief.asOf().toString());
    f.put("as_of_long", format.date(brief.asOf()));
    f.put("authors", brief.authors().stream().map(Author::name).collect(Collectors.joining(", ")));
    f.put("audience", template.name());
    f.put("audience_title", template.title());
    f.put("marking", template.marking().getOrDefault(highest, ""));
    f.put("language", brief.language());
    return f;
  }

  // ---- notes ----

  /** The marker of a note on {@code sourceId}, numbered at its first citation. */
  Optional<Span> note(String sourceId) {
    if (!notes || brief.sources().stream().noneMatch(s -> s.id().equals(sourceId))) {
      return Optional.empty();
    }
    int n = noteNumbers.computeIfAbsent(sourceId, id -> noteNumbers.size() + 1);
    return Optional.of(new Span.NoteRef(n));
  }

  /** {@code spans} followed by the markers of {@code sourceIds}, placed and grouped. */
  List<Span> withNotes(List<Span> spans, List<String> sourceIds) {
    List<Span> all = new ArrayList<>(spans);
    sourceIds.forEach(id -> note(id).ifPresent(all::add));
    return NoteMarkers.settle(all);
  }

  /** Every note number, numbering uncited sources after the cited ones. */
  Map<String, Integer> allNoteNumbers() {
    brief
        .sources()
        .forEach(src -> noteNumbers.computeIfAbsent(src.id(), id -> noteNumbers.size() + 1));
    return noteNumbers;
  }

  // ---- prose ----

  void prose(Text text, ParaStyle style) {
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
  static List<Text.Inline> firstBlock(Text text) {
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

  /** The spans of a short prose field: its first block, inline. */
  List<Span> inline(Text text) {
    return inline(firstBlock(text));
  }

  List<Span> inline(List<Text.Inline> inlines) {
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
    return NoteMarkers.settle(spans);
  }

  private static void stripTrailingSpace(List<Span> spans) {
    if (!spans.isEmpty() && spans.get(spans.size() - 1) instanceof Span.Text t) {
      spans.set(
          spans.size() - 1,
          new Span.Text(
              t.text().stripTrailing(), t.bold(), t.italic(), t.color(), t.language(), t.spoken()));
    }
  }

  /** An estimate's term, with its probability range when {@code withRange}. */
  String estimate(Optional<Likelihood> likelihood, boolean withRange) {
    return likelihood
        .map(
            l -> {
              String term = term(l.band(), l.alternative());
              return withRange
                  ? labels.format("estimate.with_range", "term", term, "range", range(l.band()))
                  : term;
            })
        .orElse("");
  }

  /** A likelihood term in the edition's words, from the main or the alternative column. */
  String term(Likelihood.Band band, boolean alternative) {
    return labels.get(
        (alternative ? "likelihood_alternative." : "likelihood.")
            + band.name().toLowerCase(Locale.ROOT));
  }

  /** A band's probability range as printed, e.g. "55-80%". */
  String range(Likelihood.Band band) {
    return labels.format(
        "likelihood.range",
        "low",
        format.number(band.lowPercent()),
        "high",
        format.number(band.highPercent()));
  }

  /** A span in the theme's accent colour, bold. */
  Span accent(String text) {
    return new Span.Text(text, true, false, Optional.of(template.theme().accent()));
  }

  // ---- cells ----

  static Cell cell(List<List<Span>> lines, Optional<Rgb> fill, Align align) {
    return new Cell(lines, fill, Optional.empty(), align, 1);
  }

  static Cell centred(String text) {
    return new Cell(
        List.of(List.of(Span.text(text))), Optional.empty(), Optional.empty(), Align.CENTER, 1);
  }

  // ---- look-ups ----

  static String sideTitle(Side side) {
    return side.name()
        + side.fullName().filter(f -> !f.equals(side.name())).map(f -> " (" + f + ")").orElse("");
  }

  Optional<Actor> actor(String id) {
    return brief.actors().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  Optional<Faction> faction(String id) {
    return brief.factions().stream().filter(f -> f.id().equals(id)).findFirst();
  }

  Optional<Statement> statement(String id) {
    return brief.statements().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  String factionOrActorLabel(String id) {
    return faction(id).map(Faction::name).or(() -> actor(id).map(Actor::name)).orElse(id);
  }

  /** The side of a faction or an actor, by id. */
  Optional<String> sideOf(String factionOrActor) {
    return faction(factionOrActor)
        .map(Faction::side)
        .or(() -> actor(factionOrActor).map(Actor::side));
  }

  // ---- words ----

  String join(String a, String b) {
    return a.isEmpty() ? b : b.isEmpty() ? a : a + labels.get("list.separator") + b;
  }

  /** "North", "North and South", "North, South and West", in the edition's words. */
  String list(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return labels.format(
        "list.and",
        "items",
        String.join(labels.get("list.separator"), items.subList(0, items.size() - 1)),
        "last",
        items.get(items.size() - 1));
  }

  /** The edition's word for a stance: the brief's own when it gives one. */
  String stanceLabel(Optional<Integer> stance) {
    return stance.flatMap(brief::declaredStanceLabel).orElseGet(() -> labels.stance(stance));
  }

  /** The edition's word for an enum value: {@code prefix.value}, e.g. firmness.declared. */
  String word(String prefix, Enum<?> value) {
    return labels.get(prefix + "." + value.name().toLowerCase(Locale.ROOT));
  }

  static String capitalise(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
