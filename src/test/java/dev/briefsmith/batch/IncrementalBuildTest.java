package dev.briefsmith.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.batch.BuildReport.Output;
import dev.briefsmith.batch.BuildReport.Skip;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Point 1: an output is rebuilt only when its inputs changed, and the log says why. */
class IncrementalBuildTest {
  @TempDir Path dir;
  BatchFixture f;

  @BeforeEach
  void firstBuild() throws Exception {
    f = BatchFixture.create(dir, 3);
    BuildReport first = f.build(BatchFixture.jobs(2));
    assertThat(first.ok()).isTrue();
    assertThat(first.written()).hasSize(3 * 3 * 2).allMatch(o -> o.reason().equals("new"));
  }

  @Test
  void aSecondRunSkipsEverythingAndSaysWhy() throws Exception {
    Map<String, String> before = f.hashes();
    List<String> log = new ArrayList<>();
    BuildReport again = f.build(BatchFixture.options(), log);
    assertThat(again.written()).isEmpty();
    assertThat(again.skipped()).hasSize(18).allMatch(s -> s.reason().equals("unchanged"));
    assertThat(log)
        .contains("planned 18 documents from 3 briefs: 0 to build, 18 up to date")
        .anyMatch(l -> l.matches("skipped .*synthetic-00002\\.public\\.docx: unchanged"));
    Map<String, String> after = f.hashes();
    after.remove("run-report.json");
    before.remove("run-report.json");
    assertThat(after).isEqualTo(before);
  }

  @Test
  void editingOneBriefRebuildsOnlyThatBriefsDocuments() throws Exception {
    Path brief = f.brief(2);
    Files.writeString(
        brief,
        Files.readString(brief).replace("series: \"Synthetic briefs\"", "series: \"Edited\""));
    List<String> log = new ArrayList<>();
    BuildReport r = f.build(BatchFixture.options(), log);
    assertThat(r.written()).hasSize(6).allMatch(o -> o.briefId().equals(BatchFixture.id(2)));
    assertThat(r.written()).extracting(Output::reason).containsOnly("brief changed");
    assertThat(r.skipped()).hasSize(12).noneMatch(s -> s.briefId().equals(BatchFixture.id(2)));
    assertThat(log)
        .anyMatch(
            l ->
                l.matches(
                    "wrote .*synthetic-00002\\.analyst\\.pdf \\(\\d+ pages?\\): brief changed"));
  }

  @Test
  void changingATemplateRebuildsOnlyThatAudience() throws Exception {
    Path yaml = f.templates.resolve("public/template.yaml");
    Files.writeString(yaml, Files.readString(yaml) + "\n# a comment changes the folder's hash\n");
    BuildReport r = f.build(BatchFixture.options());
    assertThat(r.written()).hasSize(6).allMatch(o -> o.audience().equals("public"));
    assertThat(r.written()).extracting(Output::reason).containsOnly("template changed");
  }

  @Test
  void anotherProgramRebuildsEverything() throws Exception {
    ProgramId next = new ProgramId("0.1.0-test", "code-b", "java-test");
    BuildReport r =
        BatchFixture.builder(Map.of(), next).run(f.request(BatchFixture.options()), line -> {});
    assertThat(r.written()).hasSize(18).allMatch(o -> o.reason().equals("program changed"));
  }

  @Test
  void sourceDateEpochIsAnInput() throws Exception {
    BuildReport r =
        BatchFixture.builder(Map.of("SOURCE_DATE_EPOCH", "1700000000"), BatchFixture.PROGRAM)
            .run(f.request(BatchFixture.options()), line -> {});
    assertThat(r.written())
        .hasSize(18)
        .allMatch(o -> o.reason().equals("SOURCE_DATE_EPOCH changed"));
  }

  @Test
  void forceRebuildsEverything() throws Exception {
    BuildReport r = f.build(new BatchOptions(true, 2, false, false, false, Shard.ALL));
    assertThat(r.written()).hasSize(18).allMatch(o -> o.reason().equals("forced (--force)"));
  }

  @Test
  void aDeletedOrAlteredOutputIsRebuilt() throws Exception {
    Path pdf = f.out.resolve(BatchFixture.id(1)).resolve(BatchFixture.id(1) + ".executive.pdf");
    Path docx = f.out.resolve(BatchFixture.id(3)).resolve(BatchFixture.id(3) + ".analyst.docx");
    Files.delete(pdf);
    Files.write(docx, new byte[] {1, 2, 3});
    BuildReport r = f.build(BatchFixture.options());
    assertThat(r.written())
        .extracting(o -> o.file().getFileName() + ": " + o.reason())
        .containsExactlyInAnyOrder(
            pdf.getFileName() + ": output missing",
            docx.getFileName() + ": output changed on disk");
  }

  @Test
  void onlyTheFormatsAskedForAreBuiltAndTheOthersKeepTheirRecords() throws Exception {
    Path brief = f.brief(1);
    Files.writeString(brief, Files.readString(brief).replace("Synthetic briefs", "PDF only"));
    BuildReport r =
        BatchFixture.builder(Map.of(), BatchFixture.PROGRAM)
            .run(
                new BuildRequest(
                    List.of(),
                    f.content,
                    f.templates,
                    f.out,
                    Set.of(),
                    Set.of(Format.PDF),
                    dev.briefsmith.yaml.LoadLimits.DEFAULT),
                line -> {});
    assertThat(r.written()).hasSize(3).allMatch(o -> o.format() == Format.PDF);
    Manifest m = Manifest.fromJson(Files.readAllBytes(f.out.resolve("manifest.json")));
    assertThat(m.outputs()).hasSize(18);
    // the Word files of the edited brief are still recorded with the old brief: stale, so rebuilt
    BuildReport both = f.build(BatchFixture.options());
    assertThat(both.written())
        .extracting(o -> o.format() + " " + o.briefId() + " " + o.reason())
        .containsOnly("DOCX " + BatchFixture.id(1) + " brief changed");
  }

  @Test
  void orphansAreLeftAloneUnlessPruned() throws Exception {
    Files.delete(f.brief(3));
    Path orphanDir = f.out.resolve(BatchFixture.id(3));
    List<String> log = new ArrayList<>();
    BuildReport kept = f.build(BatchFixture.options(), log);
    assertThat(kept.orphans()).hasSize(6).allMatch(p -> p.startsWith(orphanDir));
    assertThat(orphanDir).isNotEmptyDirectory();
    assertThat(log).anyMatch(l -> l.startsWith("warning: 6 outputs belong to briefs or audiences"));
    Manifest m = Manifest.fromJson(Files.readAllBytes(f.out.resolve("manifest.json")));
    assertThat(m.outputs()).hasSize(18);

    BuildReport pruned = f.build(new BatchOptions(false, 1, true, false, false, Shard.ALL));
    assertThat(pruned.pruned()).hasSize(6);
    assertThat(orphanDir).doesNotExist();
    m = Manifest.fromJson(Files.readAllBytes(f.out.resolve("manifest.json")));
    assertThat(m.outputs()).hasSize(12).noneMatch(e -> e.briefId().equals(BatchFixture.id(3)));
  }

  @Test
  void anInvalidBriefKeepsItsLastGoodOutputsAndIsNoOrphan() throws Exception {
    Files.writeString(f.brief(2), "format: briefsmith/1\nid: [not, a, slug]\n");
    BuildReport r = f.build(new BatchOptions(false, 1, true, false, false, Shard.ALL));
    assertThat(r.ok()).isFalse();
    assertThat(r.pruned()).isEmpty();
    assertThat(f.out.resolve(BatchFixture.id(2))).isNotEmptyDirectory();
  }

  @Test
  void theManifestRecordsEveryOutputWithItsHashSizePagesAndInputs() throws Exception {
    Manifest m = Manifest.fromJson(Files.readAllBytes(f.out.resolve("manifest.json")));
    assertThat(m.program()).isEqualTo(BatchFixture.PROGRAM);
    assertThat(m.outputs()).hasSize(18);
    String templateHash = Hashing.tree(f.templates.resolve("executive"));
    for (Manifest.Entry e : m.outputs()) {
      Path file = f.out.resolve(e.path());
      assertThat(Hashing.file(file)).as(e.path()).isEqualTo(e.sha256());
      assertThat(Files.size(file)).isEqualTo(e.size());
      assertThat(e.inputs().brief()).isEqualTo(Hashing.file(Path.of(e.briefFile())));
      assertThat(e.inputs().program()).isEqualTo(BatchFixture.PROGRAM.fingerprint());
      if (e.format() == Format.PDF) {
        assertThat(e.pages()).isEqualTo(Outputs.pdfPages(file));
      }
      if (e.audience().equals("executive")) {
        assertThat(e.inputs().template()).isEqualTo(templateHash);
      }
    }
    assertThat(m.outputs().stream().map(Manifest.Entry::audience).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("analyst", "executive", "public");
    assertThat(Manifest.fromJson(m.toJson())).isEqualTo(m);
  }

  @Test
  void theRunReportSaysWhatWasBuiltSkippedAndWhy() throws Exception {
    Path brief = f.brief(1);
    Files.writeString(brief, Files.readString(brief).replace("Synthetic briefs", "Edited"));
    BuildReport r = f.build(BatchFixture.options());
    String json = Files.readString(f.out.resolve("run-report.json"));
    Object report = Json.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Object counts = Json.get(report, "counts", Map.class);
    assertThat(Json.get(counts, "built", Long.class)).isEqualTo(6);
    assertThat(Json.get(counts, "skipped", Long.class)).isEqualTo(12);
    assertThat(Json.get(counts, "failed_briefs", Long.class)).isZero();
    assertThat(Json.get(report, "ok", Boolean.class)).isTrue();
    assertThat(json).contains("\"reason\": \"brief changed\"", "\"reason\": \"unchanged\"");
    assertThat(Json.get(report, "duration_ms", Long.class)).isGreaterThanOrEqualTo(0);
    assertThat(r.skipped()).extracting(Skip::reason).containsOnly("unchanged");
  }
}
