package dev.briefsmith.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editions record under kills and tampering: a run killed at any moment leaves it naming only
 * editions actually published, the next run completes it, and a damaged or foreign record is
 * ignored whole with a warning.
 */
class EditionRecordsTest {
  static final String ID = EditionFixture.ID;

  @TempDir Path dir;
  EditionFixture f;

  @BeforeEach
  void setUp() throws Exception {
    f = new EditionFixture(dir);
  }

  @Test
  void aRunKilledAfterTheDocumentsBeforeTheRecordIsCompletedByTheNextRun() throws Exception {
    assertThat(f.build(Builder.Faults.NONE).ok()).isTrue();
    f.edition(2);
    Path record = f.out.resolve(ID).resolve(ID + ".public.edition.json");
    // An Error is what a kill looks like to the run: nothing after it runs, no manifest is
    // written, the journal stays.
    Builder.Faults kill =
        target -> {
          if (target.equals(record)) {
            throw new EditionFixture.Killed();
          }
        };
    try {
      f.build(kill);
    } catch (EditionFixture.Killed expected) {
      // the run died where a kill would have stopped it
    }
    assertThat(f.pdfText("public")).contains("Changes since 14 March 2031");
    assertThat(Files.readString(record)).doesNotContain("2031-03-15");
    assertThat(f.out.resolve(".manifest.json.journal")).exists();

    // The next run finds the documents complete and up to date, and completes the record ...
    BuildReport next = f.build(Builder.Faults.NONE);
    assertThat(next.written()).noneMatch(o -> o.audience().equals("public"));
    assertThat(Files.readString(record)).contains("2031-03-14", "2031-03-15");
    // ... so the edition after it is compared with the one actually published, 15 March.
    f.edition(3);
    f.build(Builder.Faults.NONE);
    assertThat(f.pdfText("public")).contains("Changes since 15 March 2031");
  }

  @Test
  @org.junit.jupiter.api.Timeout(180) // a guard against hangs; it takes some 15 s
  void killedWithSigkillAtAnyMomentTheRecordNamesOnlyEditionsPublished() throws Exception {
    assertThat(f.build(Builder.Faults.NONE).ok()).isTrue();
    f.edition(2);
    List<String> args =
        List.of(
            "build",
            "--f.content",
            f.content.toString(),
            "--f.templates",
            f.templates.toString(),
            "--f.out",
            f.out.toString(),
            "--jobs",
            "1");
    for (int delay : List.of(400, 900, 1400, 1900, 2400)) {
      Process child = ChildRun.start(args, dir.resolve("child" + delay + ".log"));
      Thread.sleep(delay);
      child.destroyForcibly(); // SIGKILL on Linux
      child.waitFor();
      for (String audience : List.of("analyst", "executive", "public")) {
        String record =
            Files.readString(f.out.resolve(ID).resolve(ID + "." + audience + ".edition.json"));
        if (record.contains("\"as_of\":\"2031-03-15\"")) {
          assertThat(f.pdfText(audience))
              .as(audience + " after a kill at " + delay + " ms: the record names edition 2")
              .contains("Changes since 14 March 2031");
        }
      }
    }
    assertThat(f.build(Builder.Faults.NONE).ok()).isTrue();
    for (String audience : List.of("analyst", "executive", "public")) {
      assertThat(f.pdfText(audience)).contains("Changes since 14 March 2031");
      assertThat(Files.readString(f.out.resolve(ID).resolve(ID + "." + audience + ".edition.json")))
          .contains("\"as_of\":\"2031-03-14\"", "\"as_of\":\"2031-03-15\"");
    }
  }

  @Test
  void aRunKilledBeforeTheDocumentsKeepsTheRecordOfTheLastEditionPublished() throws Exception {
    assertThat(f.build(Builder.Faults.NONE).ok()).isTrue();
    String before = Files.readString(f.out.resolve(ID).resolve(ID + ".public.edition.json"));
    f.edition(3);
    Path pdf = f.file("public", "pdf");
    try {
      f.build(
          target -> {
            if (target.equals(pdf)) {
              throw new EditionFixture.Killed();
            }
          });
    } catch (EditionFixture.Killed expected) {
      // killed while the public documents were being written
    }
    assertThat(Files.readString(f.out.resolve(ID).resolve(ID + ".public.edition.json")))
        .isEqualTo(before);
    assertThat(f.pdfText("public")).contains("This is the first edition");
    f.build(Builder.Faults.NONE);
    assertThat(f.pdfText("public")).contains("Changes since 14 March 2031");
  }

  @Test
  void anAudienceMadeLessSensitiveIsNeverShownItsOldEditions() throws Exception {
    f.edition(2);
    assertThat(f.build(Builder.Faults.NONE).ok()).isTrue();
    assertThat(Files.readString(f.out.resolve(ID).resolve(ID + ".analyst.edition.json")))
        .contains("quiet deal");
    // the analyst audience becomes public; the next edition drops the internal judgment
    Path template = f.templates.resolve("analyst").resolve("template.yaml");
    Files.writeString(
        template,
        Files.readString(template)
            .replace("max_sensitivity: internal", "max_sensitivity: public")
            .replace("  internal: \"INTERNAL · ANALYST USE ONLY\"\n", ""));
    Files.writeString(
        f.content.resolve(ID + ".yaml"),
        Files.readString(EditionFixture.EDITIONS.resolve("1").resolve(ID + ".yaml"))
            .replace("as_of: \"2031-03-14\"", "as_of: \"2031-03-16\""));
    BuildReport r = f.build(Builder.Faults.NONE);
    assertThat(r.ok()).as(r.problems().toString()).isTrue();
    assertThat(r.warnings())
        .anySatisfy(
            w ->
                assertThat(w)
                    .contains(ID + ".analyst.edition.json")
                    .contains(
                        "recorded for max_sensitivity internal, and the audience's is now public"));
    // were the old record used, "Key judgment removed: “A quiet deal …”" would be printed
    assertThat(f.pdfText("analyst")).doesNotContain("quiet deal").contains("first edition");
    assertThat(Files.readString(f.out.resolve(ID).resolve(ID + ".analyst.edition.json")))
        .doesNotContain("quiet deal")
        .contains("\"max_sensitivity\":\"public\"");
  }

  @Test
  void aDamagedOrForeignRecordIsIgnoredWithAWarning() throws Exception {
    assertThat(f.build(Builder.Faults.NONE).ok()).isTrue();
    Path record = f.out.resolve(ID).resolve(ID + ".public.edition.json");
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
      f.edition(2);
      List<String> log = new ArrayList<>();
      BuildReport r =
          BatchFixture.builder(Map.of(), BatchFixture.PROGRAM).run(f.request(), log::add);
      assertThat(r.ok()).isTrue();
      assertThat(r.warnings())
          .anySatisfy(
              w -> assertThat(w).startsWith("ignored " + record).contains("compared with none"));
      assertThat(f.pdfText("public")).contains("This is the first edition");
      // the record is rewritten whole
      assertThat(Files.readString(record)).contains("2031-03-15");
      f.edition(1);
      Files.writeString(record, good);
      f.build(Builder.Faults.NONE);
    }
    // a record over the size limit is not read
    byte[] huge = new byte[(int) EditionRecords.MAX_BYTES + 1];
    java.util.Arrays.fill(huge, (byte) ' ');
    Files.write(record, huge);
    f.edition(2);
    BuildReport r = f.build(Builder.Faults.NONE);
    assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("over 8388608 bytes"));
  }
}
