package dev.briefsmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.batch.bench.SyntheticBriefs;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Points 7 and 8: what {@code briefsmith build} prints, plain, quiet, verbose and at a terminal.
 */
class BuildCommandTest {
  @TempDir Path dir;
  Path content;
  Path templates;
  Path out;

  @BeforeEach
  void twoBriefsAndTwoAudiences() throws IOException {
    content = dir.resolve("content");
    templates = dir.resolve("templates");
    out = dir.resolve("output");
    new SyntheticBriefs(2, 2, 4).write(content, 2);
    for (String a : List.of("executive", "public")) {
      Files.createDirectories(templates.resolve(a));
      try (Stream<Path> files = Files.list(Path.of("templates", a))) {
        for (Path f : files.toList()) {
          Files.copy(f, templates.resolve(a).resolve(f.getFileName()));
        }
      }
    }
  }

  String[] args(String... more) {
    List<String> a =
        new ArrayList<>(
            List.of(
                "build",
                "--content",
                content.toString(),
                "--templates",
                templates.toString(),
                "--out",
                out.toString()));
    a.addAll(List.of(more));
    return a.toArray(String[]::new);
  }

  @Test
  void plainLogsSayWhatWasBuiltAndSkippedAndTheSummaryGoesToStandardError() {
    CliRun first = CliRun.of(args("--jobs", "2"));
    assertThat(first.exitCode()).isZero();
    assertThat(first.out().lines())
        .first()
        .isEqualTo("planned 8 documents from 2 briefs: 8 to build, 0 up to date");
    assertThat(first.out().lines().filter(l -> l.startsWith("wrote "))).hasSize(8);
    assertThat(first.out())
        .containsPattern("wrote .*synthetic-00001\\.executive\\.pdf \\(\\d pages?\\): new\n");
    assertThat(first.err())
        .startsWith("built 8 files, 0 up to date in ")
        .contains(" with 2 jobs; per document p50 ")
        .endsWith("run report: " + out.resolve("run-report.json") + "\n");

    CliRun second = CliRun.of(args());
    assertThat(second.out().lines().filter(l -> l.startsWith("skipped ")))
        .hasSize(8)
        .allMatch(l -> l.endsWith(": unchanged"));
    assertThat(second.err()).startsWith("built 0 files, 8 up to date in ");
  }

  @Test
  void quietPrintsOnlyFailures() throws IOException {
    CliRun first = CliRun.of(args("--quiet"));
    assertThat(first.exitCode()).isZero();
    assertThat(first.out()).isEmpty();
    assertThat(first.err()).isEmpty();

    Path brief = content.resolve("synthetic-00002.yaml");
    Files.writeString(brief, Files.readString(brief).replace("as_of: \"", "as_of: \"x"));
    CliRun broken = CliRun.of(args("-q"));
    assertThat(broken.exitCode()).isEqualTo(1);
    assertThat(broken.out().lines())
        .singleElement()
        .asString()
        .startsWith(brief + ":")
        .contains(": error: as_of: ");
    assertThat(broken.err()).isEmpty();
  }

  @Test
  void verboseAddsEachDocumentsTime() {
    CliRun run = CliRun.of(args("--verbose"));
    assertThat(run.out().lines().filter(l -> l.startsWith("wrote ")))
        .hasSize(8)
        .allMatch(l -> l.matches("wrote .*: new \\[\\d+\\.\\d ms\\]"));
  }

  @Test
  void aTerminalGetsAProgressBarAndNoPerDocumentLines() throws IOException {
    Clock clock = Clock.fixed(Instant.parse("2031-03-14T02:30:00Z"), ZoneOffset.UTC);
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    Path brief = content.resolve("synthetic-00001.yaml");
    Files.writeString(brief, Files.readString(brief).replace("as_of: \"", "as_of: \"x"));
    int code =
        Main.run(args(), new PrintWriter(o), new PrintWriter(e), new Host(Map.of(), clock, true));
    assertThat(code).isEqualTo(1);
    assertThat(o.toString().lines()).singleElement().asString().contains(": error: as_of: ");
    assertThat(e.toString())
        .contains("\r[###############---------------] 4/8  built 0, up to date 0, failed 4  0.0 s")
        .contains("\r[##############################] 8/8  built 4, up to date 0, failed 4")
        .contains("\r\u001b[K")
        .contains("built 4 files, 0 up to date, 1 brief failed (4 documents)");
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertThat(CliRun.of(args("--jobs", "0")).exitCode()).isEqualTo(2);
    CliRun prune = CliRun.of(args("--prune", "synthetic-00001"));
    assertThat(prune.exitCode()).isEqualTo(2);
    assertThat(prune.err()).contains("--prune works on the whole content folder");
    CliRun audience = CliRun.of(args("--audience", "board"));
    assertThat(audience.exitCode()).isEqualTo(2);
    assertThat(audience.err()).contains("no audience \"board\"");
  }

  @Test
  void benchPrintsThroughputPercentilesAndMemory() {
    CliRun run =
        CliRun.of(
            "bench",
            "--briefs",
            "2",
            "--sides",
            "2",
            "--issues",
            "2",
            "--statements",
            "2",
            "--jobs",
            "1",
            "--templates",
            templates.toString(),
            "--keep",
            dir.resolve("bench").toString());
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out())
        .contains("bench: 2 briefs (2 sides, 2 issues, 2 statements)")
        // as this JVM runs: the test's JVM runs the client compiler, then the full one
        .contains("\ncompiler: the client compiler, then the full compiler\n")
        .containsPattern(
            "full build: 8 documents \\(2 audiences\\) in [\\d.]+ s: \\d+ documents/s;")
        .containsPattern("per document p50 [\\d.]+ ms, p95 [\\d.]+ ms")
        .contains("re-run, nothing changed: 0 built in ")
        .containsPattern("CPU per document: [\\d.]+ ms of process CPU")
        .containsPattern("\\n  public pdf +[\\d.]+ ms\\n")
        .containsPattern("\\n  executive docx +[\\d.]+ ms\\n")
        .containsPattern(
            "peak resident memory: \\d+ MiB \\(VmHWM, the whole process\\); \\d+ MiB when the full"
                + " build ended");
    assertThat(dir.resolve("bench/output/manifest.json")).exists();
  }

  @Test
  void benchWithWarmBuildsEverythingAgainFromScratchAndPrintsItsFigures() throws IOException {
    CliRun run =
        CliRun.of(
            "bench",
            "--briefs",
            "2",
            "--sides",
            "2",
            "--issues",
            "2",
            "--statements",
            "2",
            "--jobs",
            "1",
            "--warm",
            "--templates",
            templates.toString(),
            "--keep",
            dir.resolve("bench").toString());
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out())
        .containsPattern(
            "\\nwarm build, again from scratch in this process: 8 documents in [\\d.]+ s: \\d+"
                + " documents/s; [\\d.]+ ms of process CPU per document; 0 failed; by kind")
        .containsPattern("warm build[^\\n]*\\n(  [a-z]+ [a-z]+ +[\\d.]+ ms\\n){4}$");
    // the warm build made every document again, in a folder of its own
    assertThat(dir.resolve("bench/output-warm/manifest.json")).exists();
    try (Stream<Path> files = Files.walk(dir.resolve("bench/output-warm"))) {
      assertThat(files.filter(f -> f.toString().endsWith(".pdf")).count()).isEqualTo(4);
    }
    // without --warm there is no warm build
    assertThat(
            CliRun.of(
                    "bench",
                    "--briefs",
                    "1",
                    "--sides",
                    "2",
                    "--issues",
                    "1",
                    "--statements",
                    "1",
                    "--jobs",
                    "1",
                    "--templates",
                    templates.toString())
                .out())
        .doesNotContain("warm build");
  }
}
