package dev.briefsmith.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.cli.CliRun;
import dev.briefsmith.yaml.LoadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
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
  static final Path EDITIONS = Path.of("src/test/resources/briefs/editions");
  static final String ID = "river-editions-2031";

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
  Path content;
  Path templates;
  Path out;

  @BeforeEach
  void setUp() throws IOException {
    content = dir.resolve("content");
    templates = dir.resolve("templates");
    out = dir.resolve("output");
    for (String a : List.of("analyst", "executive", "public")) {
      RenderingTest.copyFolder(Path.of("templates", a), templates.resolve(a));
    }
    edition(1);
  }

  @Test
  void theNextEditionListsExactlyTheChangesEachAudienceMaySeeInBothFormats() throws Exception {
    assertThat(build(Builder.Faults.NONE).ok()).isTrue();
    for (String audience : List.of("analyst", "public")) {
      assertThat(section(pdfText(audience), "Changes"))
          .isEqualTo(
              "This is the first edition of this brief: there is no earlier edition to compare"
                  + " with.");
      assertThat(docxSection(audience, "Changes"))
          .containsExactly(
              "This is the first edition of this brief: there is no earlier edition to compare"
                  + " with.");
      assertThat(pdfText(audience)).doesNotContain("\u0394");
    }

    edition(2);
    BuildReport second = build(Builder.Faults.NONE);
    assertThat(second.ok()).isTrue();

    String since = "Changes since 14 March 2031";
    // (the PDF's text puts each bullet where it is drawn, so bullets are counted apart)
    assertThat(section(pdfText("public"), since))
        .isEqualTo(
            "Positions " + STANCE + " Key judgments " + LIKELIHOOD + " Statements " + STATEMENT);
    assertThat(bullets(pdfText("public"), since)).isEqualTo(3);
    assertThat(docxSection("public", since))
        .containsExactly("Positions", STANCE, "Key judgments", LIKELIHOOD, "Statements", STATEMENT);
    assertThat(section(pdfText("analyst"), since))
        .isEqualTo(
            "Positions "
                + STANCE
                + " Key judgments "
                + LIKELIHOOD
                + " "
                + INTERNAL
                + " Statements "
                + STATEMENT);
    assertThat(bullets(pdfText("analyst"), since)).isEqualTo(4);
    assertThat(docxSection("analyst", since))
        .containsExactly(
            "Positions", STANCE, "Key judgments", LIKELIHOOD, INTERNAL, "Statements", STATEMENT);
    // the executive two-pager: the same changes in a few lines, without groups
    assertThat(docxSection("executive", since))
        .containsExactly(STANCE, LIKELIHOOD, INTERNAL, STATEMENT);

    // the changed cell, and only it, carries the mark, in both formats
    for (String audience : List.of("analyst", "public")) {
      assertThat(count(pdfText(audience), MARK)).as(audience + " pdf").isEqualTo(1);
      assertThat(count(Outputs.docxBodyText(file(audience, "docx")), MARK))
          .as(audience + " docx")
          .isEqualTo(1);
      assertThat(matrixCell(audience, "Treaty", 2)).contains("\u2013\u2013 opposes", MARK);
    }
    // not even a count of the internal change reaches the public folder's records
    String publicRecord = Files.readString(out.resolve(ID).resolve(ID + ".public.edition.json"));
    assertThat(publicRecord).doesNotContain("kj-internal-deal").doesNotContain("quiet deal");
    assertThat(Files.readString(out.resolve(ID).resolve(ID + ".analyst.edition.json")))
        .contains("kj-internal-deal");

    // the manifest and the run report say, per audience, that positions changed
    Manifest m = Manifest.fromJson(Files.readAllBytes(out.resolve("manifest.json")));
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
    Object report = Json.read(Files.readAllBytes(out.resolve("run-report.json")));
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
        content.resolve(ID + ".yaml"),
        Files.readString(content.resolve(ID + ".yaml"))
            .replace(
                "The river runs through both countries", "The river runs through two countries"));
    BuildReport again = build(Builder.Faults.NONE);
    assertThat(section(pdfText("public"), since))
        .endsWith(STATEMENT + " Text The context was revised");
    assertThat(again.editions())
        .extracting(e -> e.positionsChanged() + " " + e.positionsChangedTonight())
        .containsOnly("true false");
    // and nothing changed: nothing is built, the record stays
    String record = Files.readString(out.resolve(ID).resolve(ID + ".public.edition.json"));
    assertThat(build(Builder.Faults.NONE).written()).isEmpty();
    assertThat(Files.readString(out.resolve(ID).resolve(ID + ".public.edition.json")))
        .isEqualTo(record);
  }

  @Test
  void aRunKilledAfterTheDocumentsBeforeTheRecordIsCompletedByTheNextRun() throws Exception {
    assertThat(build(Builder.Faults.NONE).ok()).isTrue();
    edition(2);
    Path record = out.resolve(ID).resolve(ID + ".public.edition.json");
    // An Error is what a kill looks like to the run: nothing after it runs, no manifest is
    // written, the journal stays.
    Builder.Faults kill =
        target -> {
          if (target.equals(record)) {
            throw new Killed();
          }
        };
    try {
      build(kill);
    } catch (Killed expected) {
      // the run died where a kill would have stopped it
    }
    assertThat(pdfText("public")).contains("Changes since 14 March 2031");
    assertThat(Files.readString(record)).doesNotContain("2031-03-15");
    assertThat(out.resolve(".manifest.json.journal")).exists();

    // The next run finds the documents complete and up to date, and completes the record ...
    BuildReport next = build(Builder.Faults.NONE);
    assertThat(next.written()).noneMatch(o -> o.audience().equals("public"));
    assertThat(Files.readString(record)).contains("2031-03-14", "2031-03-15");
    // ... so the edition after it is compared with the one actually published, 15 March.
    edition(3);
    build(Builder.Faults.NONE);
    assertThat(pdfText("public")).contains("Changes since 15 March 2031");
  }

  @Test
  void aRunKilledBeforeTheDocumentsKeepsTheRecordOfTheLastEditionPublished() throws Exception {
    assertThat(build(Builder.Faults.NONE).ok()).isTrue();
    String before = Files.readString(out.resolve(ID).resolve(ID + ".public.edition.json"));
    edition(3);
    Path pdf = file("public", "pdf");
    try {
      build(
          target -> {
            if (target.equals(pdf)) {
              throw new Killed();
            }
          });
    } catch (Killed expected) {
      // killed while the public documents were being written
    }
    assertThat(Files.readString(out.resolve(ID).resolve(ID + ".public.edition.json")))
        .isEqualTo(before);
    assertThat(pdfText("public")).contains("This is the first edition");
    build(Builder.Faults.NONE);
    assertThat(pdfText("public")).contains("Changes since 14 March 2031");
  }

  @Test
  void aDamagedOrForeignRecordIsIgnoredWithAWarning() throws Exception {
    assertThat(build(Builder.Faults.NONE).ok()).isTrue();
    Path record = out.resolve(ID).resolve(ID + ".public.edition.json");
    String good = Files.readString(record);
    for (String bad :
        List.of(
            "{",
            good.replace("\"audience\":\"public\"", "\"audience\":\"analyst\""),
            good.replace("\"as_of\":\"2031-03-14\"", "\"as_of\":\"yesterday\""),
            good.replace("\"label\":\"Treaty\"", "\"label\":\"Tre\\u0007aty\""),
            good.replace("briefsmith-editions/1", "briefsmith-editions/9"))) {
      assertThat(bad).isNotEqualTo(good);
      Files.writeString(record, bad);
      edition(2);
      List<String> log = new ArrayList<>();
      BuildReport r = BatchFixture.builder(Map.of(), BatchFixture.PROGRAM).run(request(), log::add);
      assertThat(r.ok()).isTrue();
      assertThat(r.warnings())
          .anySatisfy(
              w -> assertThat(w).startsWith("ignored " + record).contains("compared with none"));
      assertThat(pdfText("public")).contains("This is the first edition");
      // the record is rewritten whole
      assertThat(Files.readString(record)).contains("2031-03-15");
      edition(1);
      Files.writeString(record, good);
      build(Builder.Faults.NONE);
    }
    // a record over the size limit is not read
    byte[] huge = new byte[(int) EditionRecords.MAX_BYTES + 1];
    java.util.Arrays.fill(huge, (byte) ' ');
    Files.write(record, huge);
    edition(2);
    BuildReport r = build(Builder.Faults.NONE);
    assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("over 8388608 bytes"));
  }

  /** Puts edition {@code n} of the brief into the content folder (3 is 2 a day later). */
  private void edition(int n) throws IOException {
    Path target = content.resolve(ID + ".yaml");
    Files.createDirectories(content);
    if (n == 3) {
      Files.writeString(
          target,
          Files.readString(EDITIONS.resolve("2").resolve(ID + ".yaml"))
              .replace("as_of: \"2031-03-15\"", "as_of: \"2031-03-16\""));
    } else {
      Files.copy(
          EDITIONS.resolve(String.valueOf(n)).resolve(ID + ".yaml"),
          target,
          StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private BuildRequest request() {
    return new BuildRequest(
        List.of(),
        content,
        templates,
        out,
        Set.of(),
        EnumSet.allOf(Format.class),
        LoadLimits.DEFAULT,
        BatchFixture.jobs(1));
  }

  private BuildReport build(Builder.Faults faults) throws Exception {
    return BatchFixture.builder(Map.of(), BatchFixture.PROGRAM)
        .withFaults(faults)
        .run(request(), line -> {});
  }

  private Path file(String audience, String ext) {
    return out.resolve(ID).resolve(ID + "." + audience + "." + ext);
  }

  private String pdfText(String audience) throws IOException {
    return Outputs.pdfText(file(audience, "pdf"));
  }

  /**
   * The text of a section of the PDF, from its heading to the next (the bottom line), on one line
   * and without bullets.
   */
  private static String section(String text, String heading) {
    return rawSection(text, heading).replace("\u2022", " ").replaceAll("\\s+", " ").strip();
  }

  private static int bullets(String text, String heading) {
    return count(rawSection(text, heading), "\u2022");
  }

  private static String rawSection(String text, String heading) {
    int from = text.indexOf("\n" + heading + "\n");
    assertThat(from).as("heading " + heading).isNotNegative();
    int to = text.indexOf("\nBottom line\n", from);
    return text.substring(from + heading.length() + 2, to);
  }

  /** The paragraphs of a section of the Word file, from its heading to the next. */
  private List<String> docxSection(String audience, String heading) throws IOException {
    List<String> lines = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file(audience, "docx"));
        XWPFDocument doc = new XWPFDocument(in)) {
      boolean in1 = false;
      for (XWPFParagraph p : doc.getParagraphs()) {
        boolean heading1 = "Heading1".equals(p.getStyle());
        if (heading1 && in1) {
          break;
        }
        if (in1 && !p.getText().isBlank()) {
          lines.add(p.getText());
        }
        if (heading1 && p.getText().equals(heading)) {
          in1 = true;
        }
      }
    }
    assertThat(lines).as("section " + heading + " in the Word file").isNotEmpty();
    return lines;
  }

  /** The text of a cell of the position matrix in the Word file, by row label and column. */
  private String matrixCell(String audience, String row, int column) throws IOException {
    try (InputStream in = Files.newInputStream(file(audience, "docx"));
        XWPFDocument doc = new XWPFDocument(in)) {
      for (var table : doc.getTables()) {
        for (var r : table.getRows()) {
          if (r.getCell(0).getText().startsWith(row)) {
            return r.getCell(column).getText();
          }
        }
      }
    }
    throw new AssertionError("no row " + row);
  }

  /** What a kill looks like to a run: an Error, after which nothing of the run goes on. */
  private static final class Killed extends Error {
    private static final long serialVersionUID = 1L;
  }

  private static int count(String text, String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }
}
