package dev.briefsmith.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Point 5: a broken brief is reported with its position and skipped; the others are built. */
class FailureIsolationTest {
  @TempDir Path dir;

  @Test
  void oneBrokenBriefAmongGoodOnesGivesExitOneAndAllGoodOutputs() throws Exception {
    BatchFixture f = BatchFixture.create(dir, 4);
    Path broken = f.brief(2);
    Files.writeString(
        broken, Files.readString(broken).replaceFirst("\\{stance: -?\\d", "{stance: 9"));
    CliRun run = CliRun.of(f.args("--jobs", "2").toArray(String[]::new));
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .startsWith(
            "planned 24 documents from 4 briefs: 18 to build, 0 up to date, 6 of invalid briefs\n");
    assertThat(run.out().lines())
        .as(run.out())
        .anyMatch(
            l ->
                l.startsWith(broken + ":")
                    && l.matches(
                        ".*\\.yaml:\\d+:\\d+: error: issues\\[0\\]\\.positions\\.side-0\\.stance: .*"));
    assertThat(run.err()).contains("1 brief failed (6 documents)", "error:\n  " + broken + ":");
    for (int i : List.of(1, 3, 4)) {
      for (String a : List.of("analyst", "executive", "public")) {
        for (String ext : List.of("pdf", "docx")) {
          Path file =
              f.out.resolve(BatchFixture.id(i)).resolve(BatchFixture.id(i) + "." + a + "." + ext);
          assertThat(file).isNotEmptyFile();
        }
      }
    }
    assertThat(f.out.resolve(BatchFixture.id(2))).doesNotExist();
    String report = Files.readString(f.out.resolve("run-report.json"));
    assertThat(report).contains("\"ok\": false", "\"failed_briefs\": 1", broken.toString());
  }

  @Test
  void aPageBudgetFailureSkipsOnlyThatAudience() throws Exception {
    BatchFixture f = BatchFixture.create(dir, 2);
    Path yaml = f.templates.resolve("analyst/template.yaml");
    Files.writeString(
        yaml, Files.readString(yaml).replace("  size: A4\n", "  size: A4\n  max_pages: 1\n"));
    BuildReport r = f.build(BatchFixture.jobs(2));
    assertThat(r.ok()).isFalse();
    assertThat(r.failedBriefs()).isEqualTo(2);
    assertThat(r.failedDocuments()).isEqualTo(4);
    assertThat(r.written()).hasSize(8).noneMatch(o -> o.audience().equals("analyst"));
    assertThat(r.errors())
        .allSatisfy(
            d ->
                assertThat(d.format())
                    .matches(
                        ".*:1:1: error: analyst: the brief takes \\d+ pages, over the audience's budget of 1 .*"));
  }

  @Test
  void failFastStopsAtTheFirstFailure() throws Exception {
    BatchFixture f = BatchFixture.create(dir, 5);
    Files.writeString(f.brief(1), "format: briefsmith/1\n");
    BuildReport r = f.build(new BatchOptions(false, 1, false, true, false, Shard.ALL));
    assertThat(r.ok()).isFalse();
    assertThat(r.written()).isEmpty();
    assertThat(r.skipped())
        .hasSize(4 * 6)
        .allMatch(s -> s.reason().equals("not built: stopped at the first failure (--fail-fast)"));

    CliRun run =
        CliRun.of(f.withOut(dir.resolve("out2")).args("--fail-fast").toArray(String[]::new));
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("24 not reached (--fail-fast)");
  }
}
