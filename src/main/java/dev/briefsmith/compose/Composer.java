package dev.briefsmith.compose;

import dev.briefsmith.audience.AudienceTemplate;
import dev.briefsmith.audience.Section;
import dev.briefsmith.compose.Document.Block;
import dev.briefsmith.compose.Document.Contents;
import dev.briefsmith.compose.Document.PageBreak;
import dev.briefsmith.compose.Document.Paragraph;
import dev.briefsmith.content.Author;
import dev.briefsmith.content.Brief;
import dev.briefsmith.content.Sensitivity;
import dev.briefsmith.diff.Changes;
import dev.briefsmith.select.SelectedBrief;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Composes a brief, as one audience may see it, into a format-neutral {@link Document}: the
 * template's sections in its order, every word, row, fill and number decided in compose, once, so
 * the PDF and the Word file say the same thing. This class only dispatches each section to its
 * composer and assembles the furniture; the shared state lives in a {@link ComposeContext}.
 * Stateless and thread-safe; each call works on its own context.
 */
public final class Composer {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final LabelLibrary labels = new LabelLibrary();

  /**
   * Composes {@code selected} for {@code template} as a first edition; {@code created} stamps the
   * metadata.
   */
  public Document compose(SelectedBrief selected, AudienceTemplate template, Instant created) {
    return compose(selected, template, created, Changes.none());
  }

  /**
   * Composes {@code selected} for {@code template}, with {@code changes} since the previous edition
   * (the diff of the two editions as this audience sees them); {@code created} stamps the metadata.
   */
  public Document compose(
      SelectedBrief selected, AudienceTemplate template, Instant created, Changes changes) {
    ComposeContext c = new ComposeContext(selected, template, labels, changes);
    boolean fullCover = false;
    // Contents and notes are known only at the end: their places are kept, then filled.
    int contentsAt = -1;
    boolean contentsSubsections = false;
    int sourcesAt = -1;
    for (Section section : template.sections()) {
      if (section.pageBreakBefore() && !c.blocks.isEmpty()) {
        c.add(new PageBreak());
      }
      switch (section.kind()) {
        case COVER -> {
          fullCover = c.blocks.isEmpty() && !section.style().orElse("page").equals("masthead");
          CoverComposer.compose(c, section);
        }
        case CONTENTS -> {
          c.heading(section, 1);
          contentsAt = c.blocks.size();
          contentsSubsections = section.flag("subsections");
        }
        case CHANGES -> ChangesComposer.compose(c, section);
        case SUMMARY -> {
          c.heading(section, 1);
          c.prose(c.brief.summary(), ParaStyle.LEAD);
        }
        case KEY_JUDGMENTS -> KeyJudgmentsComposer.compose(c, section);
        case CONTEXT -> {
          c.heading(section, 1);
          c.prose(c.brief.context().body(), ParaStyle.BODY);
        }
        case TIMELINE -> TimelineComposer.compose(c, section);
        case FACTIONS -> FactionsComposer.compose(c, section);
        case STATEMENTS -> StatementsComposer.compose(c, section);
        case ANALYST_NOTES -> StatementsComposer.analystNotes(c, section);
        case POSITION_MATRIX -> PositionMatrixComposer.compose(c, section);
        case FACTION_MATRIX -> FactionMatrixComposer.compose(c, section);
        case RED_LINES -> RedLinesComposer.compose(c, section);
        case OUTLOOK -> OutlookComposer.outlook(c, section);
        case SCENARIOS -> OutlookComposer.scenarios(c, section);
        case SIGNPOSTS -> OutlookComposer.signposts(c, section);
        case STANCE_CHART -> StanceChartComposer.compose(c, section);
        case ESTIMATIVE_LANGUAGE -> EstimativeLanguageComposer.compose(c, section);
        case SOURCES -> {
          c.heading(section, 1);
          sourcesAt = c.blocks.size();
        }
      }
    }
    fillPlaceholders(c, contentsAt, contentsSubsections, sourcesAt);
    c.text("disclaimer").ifPresent(d -> c.add(Paragraph.of(d, ParaStyle.SMALL)));
    return document(c, created, fullCover);
  }

  /** Inserts the contents and the notes at their places, the later place first. */
  private static void fillPlaceholders(
      ComposeContext c, int contentsAt, boolean contentsSubsections, int sourcesAt) {
    List<Block> blocks = c.blocks;
    Optional<Contents> contents =
        contentsAt >= 0
            ? Optional.of(ContentsComposer.contents(blocks, contentsAt, contentsSubsections))
            : Optional.empty();
    List<Block> notes = sourcesAt >= 0 ? SourcesComposer.notes(c) : List.of();
    // Insert the later placeholder first, so the earlier index stays right.
    if (sourcesAt > contentsAt) {
      blocks.addAll(sourcesAt, notes);
      contents.ifPresent(x -> blocks.add(contentsAt, x));
    } else {
      contents.ifPresent(x -> blocks.add(contentsAt, x));
      if (sourcesAt >= 0) {
        blocks.addAll(sourcesAt, notes);
      }
    }
  }

  private static Document document(ComposeContext c, Instant created, boolean fullCover) {
    Brief brief = c.brief;
    AudienceTemplate template = c.template;
    String banner = template.marking().getOrDefault(c.highest(), "");
    Furniture furniture =
        new Furniture(
            banner,
            bannerColor(c.highest()),
            c.text("header").orElse(brief.title()),
            c.text("footer")
                .orElse(
                    brief.series().orElse("")
                        + "  "
                        + c.labels.format("cover.date_line", "date", c.format.date(brief.asOf()))),
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
    Edition edition =
        new Edition(
            c.labels.locale(),
            Edition.rightToLeft(c.labels.locale()),
            c.format.zeroDigit(),
            c.labels.get("page.number"),
            c.labels.get("page.cover"));
    return new Document(metadata, template.page(), template.theme(), furniture, c.blocks, edition);
  }

  private static Rgb bannerColor(Sensitivity level) {
    return switch (level) {
      case PUBLIC -> Rgb.hex("#2E6B30");
      case INTERNAL -> Rgb.hex("#9A5B00");
      case RESTRICTED -> Rgb.hex("#B00020");
    };
  }

  private static String abbreviate(String s, int max) {
    String one = SPACES.matcher(s).replaceAll(" ").strip();
    if (one.length() <= max) {
      return one;
    }
    int cut = one.lastIndexOf(' ', max - 1);
    return one.substring(0, cut > 0 ? cut : max - 1) + "\u2026";
  }
}
