package dev.briefsmith.compose;

import static dev.briefsmith.compose.ComposeContext.cell;

import dev.briefsmith.audience.Section;
import dev.briefsmith.compose.Document.Align;
import dev.briefsmith.compose.Document.Block;
import dev.briefsmith.compose.Document.Callout;
import dev.briefsmith.compose.Document.Cell;
import dev.briefsmith.compose.Document.Paragraph;
import dev.briefsmith.compose.Document.Row;
import dev.briefsmith.compose.Document.Table;
import dev.briefsmith.compose.Document.TableStyle;
import dev.briefsmith.content.Brief;
import dev.briefsmith.content.Likelihood;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The estimative language box: the likelihood terms the brief uses and their ranges. */
final class EstimativeLanguageComposer {
  private EstimativeLanguageComposer() {}

  static void compose(ComposeContext c, Section s) {
    Brief brief = c.brief;
    c.heading(s, 1);
    // the brief's first estimate decides which of the two term sets it uses
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
                      List.of(List.of(Span.bold(c.term(band, alternative)))),
                      Optional.empty(),
                      Align.LEFT),
                  Cell.of(c.range(band)))));
    }
    List<Block> body = new ArrayList<>();
    body.add(Paragraph.of(c.labels.get("estimative.intro"), ParaStyle.SMALL));
    body.add(
        new Table(
            List.of(2f, 1f),
            List.of(
                new Row(
                    List.of(
                        Cell.of(c.labels.get("estimative.term")),
                        Cell.of(c.labels.get("estimative.probability"))))),
            rows,
            TableStyle.PLAIN,
            true,
            0.9f,
            Optional.empty(),
            true));
    body.add(Paragraph.of(c.labels.get("estimative.confidence"), ParaStyle.SMALL));
    c.add(new Callout(Optional.empty(), body, Rgb.hex("#F3F5F8"), c.template.theme().rule()));
  }
}
