package dev.briefsmith.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.compose.Document.Block;
import dev.briefsmith.compose.Document.Paragraph;
import dev.briefsmith.compose.Document.Table;
import dev.briefsmith.content.Brief;
import dev.briefsmith.content.Sensitivity;
import dev.briefsmith.select.Alignment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A side divided on an issue, in its matrix cell, the alignment and the legend. */
class DivisionTest {
  private static final String BRIEF =
      """
      format: briefsmith/1
      id: division-brief
      title: Division brief
      as_of: "2024-05-01"
      authors:
        - name: Test desk
      sides:
        - {id: north, name: North}
        - {id: south, name: South}
      summary: North and South argue about the canal.
      context:
        body: The canal links the two seas.
      factions:
        - {id: north-gov, side: north, name: Northern government}
        - {id: south-gov, side: south, name: Southern government}
      actors:
        - {id: north-pm, name: Northern premier, side: north, faction: north-gov}
        - {id: south-pm, name: Southern premier, side: south, faction: south-gov}
        - {id: south-agent, name: Agent, side: south, faction: south-gov, sensitivity: restricted}
      issues:
        - id: tolls
          label: Canal tolls
          question: Should ships pay tolls?
          positions:
            north: {stance: -2}
            south: {stance: -2}
          by_faction:
            north-gov: -2
            north-pm: 1
            south-gov: -2
            south-pm: -1
            south-agent: 2
        - id: dredging
          label: Dredging
          question: Should the canal be dredged?
          positions:
            north: {stance: 1}
            south: {stance: 1}
          by_faction:
            north-gov: -2
            north-pm: 2
            south-gov: 1
            south-pm: -2
        - id: lights
          label: Lights
          question: Should the canal be lit?
          positions:
            north: {stance: 0}
            south: {stance: 1}
          by_faction:
            north-gov: -1
            north-pm: 1
            south-gov: null
            south-pm: 2
      outlook:
        summary: Tension will persist.
      """;

  @TempDir Path dir;

  private Brief brief() throws Exception {
    Path file = dir.resolve("division-brief.yaml");
    Files.writeString(file, BRIEF);
    return ComposerTest.brief(file.toString());
  }

  private static List<Block> positionMatrix(Document d) {
    for (int i = 0; i < d.blocks().size(); i++) {
      if (d.blocks().get(i) instanceof Document.Heading h && h.anchor().equals("position-matrix")) {
        return d.blocks().subList(i + 1, i + 3);
      }
    }
    throw new AssertionError("no position matrix");
  }

  private static List<String> row(Table matrix, int issue) {
    return DocumentStrings.of(matrix.body().get(issue));
  }

  @Test
  void aSideWhoseMembersSpanThreeOrMoreIsDividedInItsCellAndInTheAlignment() throws Exception {
    Document d = ComposerTest.compose(brief(), ComposerTest.template("public"));
    Table matrix = (Table) positionMatrix(d).get(0);

    List<String> tolls = row(matrix, 0);
    // North: -2 and +1; South public members -2 and -1, the restricted agent's +2 left out
    assertThat(tolls)
        .containsSubsequence("Canal tolls", "–– opposes", "‖ divided: –2 to +1", "–– opposes")
        .contains("Aligned, but North divided", "spread 0");
    assertThat(tolls.stream().filter(s -> s.contains("‖")).count()).isEqualTo(1);

    assertThat(row(matrix, 1))
        .contains("‖ divided: –2 to +2", "‖ divided: –2 to +1", "Aligned, but both sides divided");

    // a spread of 2 (North) and a null next to +2 (South) divide no one
    List<String> lights = row(matrix, 2);
    assertThat(lights).contains("Aligned").noneMatch(s -> s.contains("divided"));
  }

  @Test
  void theLegendExplainsDivisionOnlyWhenTheMatrixShowsOne() throws Exception {
    Document divided = ComposerTest.compose(brief(), ComposerTest.template("public"));
    Paragraph legend = (Paragraph) positionMatrix(divided).get(1);
    assertThat(String.join("", DocumentStrings.of(legend)))
        .contains("‖ divided: the side's factions and actors span 3 or more points");

    Brief canary = ComposerTest.brief("src/test/resources/briefs/canary/canary-brief.yaml");
    Document none = ComposerTest.compose(canary, ComposerTest.template("public"));
    assertThat(String.join("", DocumentStrings.of(positionMatrix(none).get(1))))
        .startsWith("Scale: ")
        .doesNotContain("divided");
  }

  @Test
  void aRestrictedMemberDividesItsSideOnlyWhereItMayBePrinted() throws Exception {
    Document restricted =
        ComposerTest.compose(
            brief(), ComposerTest.withMax(ComposerTest.template("public"), Sensitivity.RESTRICTED));
    Table matrix = (Table) positionMatrix(restricted).get(0);
    assertThat(row(matrix, 0))
        .contains("‖ divided: –2 to +1", "‖ divided: –2 to +2", "Aligned, but both sides divided");
    assertThat(restricted.furniture().banner()).isEqualTo("RESTRICTED");
  }

  @Test
  void theAlignmentNamesTheDividedSidesForAnyNumberOfSides() throws Exception {
    var template = ComposerTest.template("public");
    ComposeContext c =
        new ComposeContext(
            dev.briefsmith.select.Selector.select(
                ComposerTest.brief("content/iraq-us-iran-2014.yaml"), template.maxSensitivity()),
            template,
            new LabelLibrary(),
            dev.briefsmith.diff.Changes.none());
    Alignment opposed = Alignment.of(List.of(Optional.of(-2), Optional.of(2), Optional.of(0)));
    assertThat(DocumentStrings.of(MatrixCell.alignment(c, opposed, List.of("East"), 3)))
        .contains("Opposed, but East divided");
    assertThat(DocumentStrings.of(MatrixCell.alignment(c, opposed, List.of("North", "East"), 3)))
        .contains("Opposed, but North and East divided");
    assertThat(DocumentStrings.of(MatrixCell.alignment(c, opposed, List.of("A", "B", "C"), 4)))
        .contains("Opposed, but A, B and C divided");
    assertThat(DocumentStrings.of(MatrixCell.alignment(c, opposed, List.of("A", "B", "C"), 3)))
        .contains("Opposed, but all sides divided");
    assertThat(DocumentStrings.of(MatrixCell.alignment(c, opposed, List.of(), 3)))
        .contains("Opposed", "spread 4");
  }
}
