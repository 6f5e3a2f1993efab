package dev.briefsmith.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Editions (issue 14): a build remembers the edition each audience's documents published, the next
 * edition lists what changed since, as that audience may see it, and marks the changed matrix
 * cells; {@code briefsmith diff} says the same; a run killed between the documents and the record
 * leaves the record naming the last edition actually published.
 */
class EditionsTest {
  static final Path EDITIONS = EditionFixture.EDITIONS;
  static final String ID = EditionFixture.ID;

  static final String STANCE = "Treaty: South down from sceptical to opposes";
  static final String LIKELIHOOD =
      "Likelihood raised from likely to very likely: \u201cTalks will continue through the"
          + " spring.\u201d";
  static final String STATEMENT =
      "New statement by Bo Sample: \u201cThe foreign minister rejects a treaty.\u201d";
  static final String INTERNAL =
      "New key judgment: \u201cA quiet deal on water quotas is being prepared behind the"
          + " talks.\u201d";
  static final String MARK = "\u0394 down from sceptical";

  @TempDir Path dir;
  EditionFixture f;

  @BeforeEach
  void setUp() throws IOException {
    f = new EditionFixture(dir);
  }

  @Test
  void theNextEditionListsExactlyTheChangesEachAudienceMaySeeInBothFormats() throws Exception {
    assertThat(f.build(Builder.Faults.NONE).ok()).isTrue();
    for (String audience : List.of("analyst", "public")) {
      assertThat(EditionFixture.section(f.pdfText(audience), "Changes"))
          .isEqualTo(
              "This is the first edition of this brief: there is no earlier edition to compare"
                  + " with.");
      assertThat(f.docxSection(audience, "Changes"))
          .containsExactly(
              "This is the first edition of this brief: there is no earlier edition to compare"
                  + " with.");
      assertThat(f.pdfText(audience)).doesNotContain("\u0394");
    }

    f.edition(2);
    BuildReport second = f.build(Builder.Faults.NONE);
    assertThat(second.ok()).isTrue();

    String since = "Changes since 14 March 2031";
    // (the PDF's text puts each bullet where it is drawn, so bullets are counted apart)
    assertThat(EditionFixture.section(f.pdfText("public"), since))
        .isEqualTo(
            "Positions " + STANCE + " Key judgments " + LIKELIHOOD + " Statements " + STATEMENT);
    assertThat(EditionFixture.bullets(f.pdfText("public"), since)).isEqualTo(3);
    assertThat(f.docxSection("public", since))
        .containsExactly("Positions", STANCE, "Key judgments", LIKELIHOOD, "Statements", STATEMENT);
    assertThat(EditionFixture.section(f.pdfText("analyst"), since))
        .isEqualTo(
            "Positions "
                + STANCE
                + " Key judgments "
                + LIKELIHOOD
                + " "
                + INTERNAL
                + " Statements "
                + STATEMENT);
    assertThat(EditionFixture.bullets(f.pdfText("analyst"), since)).isEqualTo(4);
    assertThat(f.docxSection("analyst", since))
        .containsExactly(
            "Positions", STANCE, "Key judgments", LIKELIHOOD, INTERNAL, "Statements", STATEMENT);
    // the executive two-pager: the same changes in a few lines, without groups
    assertThat(f.docxSection("executive", since))
        .containsExactly(STANCE, LIKELIHOOD, INTERNAL, STATEMENT);

    // the changed cell, and only it, carries the mark, in both formats
    for (String audience : List.of("analyst", "public")) {
      assertThat(EditionFixture.count(f.pdfText(audience), MARK))
          .as(audience + " pdf")
          .isEqualTo(1);
      assertThat(EditionFixture.count(Outputs.docxBodyText(f.file(audience, "docx")), MARK))
          .as(audience + " docx")
          .isEqualTo(1);
      assertThat(f.matrixCell(audience, "Treaty", 2)).contains("\u2013\u2013 opposes", MARK);
    }
    // independent tools accept the marked editions: PDF/A-2b, fonts embedded, the Word schema
    List<Path> pdfs = new ArrayList<>();
    List<Path> docs = new ArrayList<>();
    for (String audience : List.of("analyst", "executive", "public")) {
      pdfs.add(f.file(audience, "pdf"));
      docs.add(f.file(audience, "docx"));
      assertThat(dev.briefsmith.render.Checkers.fontsNotEmbedded(f.file(audience, "pdf")))
          .isEmpty();
    }
    dev.briefsmith.render.Checkers.veraPdf("2b", pdfs, Files.createDirectories(dir.resolve("vera")))
        .forEach((pdf, v) -> assertThat(v.compliant()).as(pdf + ": " + v.detail()).isTrue());
    dev.briefsmith.render.Checkers.ooxml(docs)
        .forEach((doc, v) -> assertThat(v.ok()).as(doc + ": " + v.errors()).isTrue());

    // not even a count of the internal change reaches the public folder's records
    String publicRecord = Files.readString(f.out.resolve(ID).resolve(ID + ".public.edition.json"));
    assertThat(publicRecord).doesNotContain("kj-internal-deal").doesNotContain("quiet deal");
    assertThat(Files.readString(f.out.resolve(ID).resolve(ID + ".analyst.edition.json")))
        .contains("kj-internal-deal");

    // the manifest and the run report say, per audience, that positions changed
    Manifest m = Manifest.fromJson(Files.readAllBytes(f.out.resolve("manifest.json")));
    assertThat(m.editions())
        .extracting(
            e -> e.audience() + " " + e.asOf() + " " + e.since() + " " + e.positionsChanged())
        .containsExactly(
            "analyst 2031-03-15 Optional[2031-03-14] true",
            "executive 2031-03-15 Optional[2031-03-14] true",
            "public 2031-03-15 Optional[2031-03-14] true");
    assertThat(second.editions())
        .extracting(BuildReport.Published::positionsChangedTonight)
        .containsExactly(true, true, true);
    Object report = Json.read(Files.readAllBytes(f.out.resolve("run-report.json")));
    List<?> published = Json.get(report, "editions", List.class);
    assertThat(published).hasSize(3);

    // briefsmith diff prints the same changes, as the public and as the analyst see them
    Path one = EDITIONS.resolve("1").resolve(ID + ".yaml");
    Path two = EDITIONS.resolve("2").resolve(ID + ".yaml");
    CliRun pub = CliRun.of("diff", "--sensitivity", "public", one.toString(), two.toString());
    assertThat(pub.exitCode()).as(pub.err()).isZero();
    assertThat(pub.out().lines().toList())
        .containsExactly(
            ID + ": 3 changes from 14 March 2031 to 15 March 2031",
            "Positions",
            "  " + STANCE,
            "Key judgments",
            "  " + LIKELIHOOD,
            "Statements",
            "  " + STATEMENT);
    CliRun all = CliRun.of("diff", "--sensitivity", "internal", one.toString(), two.toString());
    assertThat(all.out()).contains(STANCE, LIKELIHOOD, INTERNAL, STATEMENT);
    CliRun json =
        CliRun.of("diff", "--json", "--sensitivity", "public", one.toString(), two.toString());
    Object parsed = Json.read(json.out().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(Json.get(parsed, "format", String.class)).isEqualTo("briefsmith-diff/1");
    assertThat(Json.get(parsed, "positions_changed", Boolean.class)).isTrue();
    List<?> changes = Json.get(parsed, "changes", List.class);
    assertThat(changes).hasSize(3);
    assertThat(changes.get(0))
        .isEqualTo(
            Json.read(
                ("{\"group\": \"positions\", \"kind\": \"stance\", \"id\": \"treaty\", \"issue\":"
                        + " \"Treaty\", \"holder\": \"south\", \"holder_name\": \"South\", \"side\":"
                        + " null, \"from\": -1, \"to\": -2, \"text\": \""
                        + STANCE
                        + "\"}")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(CliRun.of("diff", "--exit-code", one.toString(), two.toString()).exitCode())
        .isEqualTo(5);
    assertThat(CliRun.of("diff", "--exit-code", one.toString(), one.toString()).exitCode())
        .isZero();

    // a rebuild of the same date compares with the edition before it, and alerts no one again
    Files.writeString(
        f.content.resolve(ID + ".yaml"),
        Files.readString(f.content.resolve(ID + ".yaml"))
            .replace(
                "The river runs through both countries", "The river runs through two countries"));
    BuildReport again = f.build(Builder.Faults.NONE);
    assertThat(EditionFixture.section(f.pdfText("public"), since))
        .endsWith(STATEMENT + " Text The context was revised");
    assertThat(again.editions())
        .extracting(e -> e.positionsChanged() + " " + e.positionsChangedTonight())
        .containsOnly("true false");
    // and nothing changed: nothing is built, the record stays
    String record = Files.readString(f.out.resolve(ID).resolve(ID + ".public.edition.json"));
    assertThat(f.build(Builder.Faults.NONE).written()).isEmpty();
    assertThat(Files.readString(f.out.resolve(ID).resolve(ID + ".public.edition.json")))
        .isEqualTo(record);
  }
}
