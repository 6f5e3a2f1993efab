package dev.briefsmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.batch.bench.SyntheticBriefs;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9: wrong arguments and configuration are usage errors (exit 2) with a message that names
 * the problem, never an "internal error" (exit 1, which says a brief is broken).
 */
class ConfigurationErrorsTest {
  @TempDir Path dir;
  Path content;
  Path templates;
  Path out;

  @BeforeEach
  void oneBriefAndOneAudience() throws IOException {
    content = dir.resolve("content");
    templates = dir.resolve("templates");
    out = dir.resolve("output");
    new SyntheticBriefs(2, 2, 4).write(content, 1);
    Files.createDirectories(templates.resolve("executive"));
    try (Stream<Path> files = Files.list(Path.of("templates", "executive"))) {
      for (Path f : files.toList()) {
        Files.copy(f, templates.resolve("executive").resolve(f.getFileName()));
      }
    }
  }

  private CliRun build(String... more) {
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
    return CliRun.of(a.toArray(String[]::new));
  }

  /** build with one of --content, --templates, --out set to {@code value}. */
  private CliRun buildSetting(String option, String value) {
    Map<String, String> options =
        new java.util.LinkedHashMap<>(
            Map.of(
                "--content",
                content.toString(),
                "--templates",
                templates.toString(),
                "--out",
                out.toString()));
    options.put(option, value);
    List<String> a = new ArrayList<>(List.of("build"));
    options.forEach(
        (k, v) -> {
          a.add(k);
          a.add(v);
        });
    return CliRun.of(a.toArray(String[]::new));
  }

  private static void assertUsageError(CliRun run, String message) {
    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
    assertThat(run.err()).contains(message).doesNotContain("briefsmith: internal error");
  }

  @Test
  void briefArgumentsAreNamesOrPathsNeverPatterns() {
    assertUsageError(build("\\E.*"), "no brief \"\\E.*\": not a file, and no \\E.*.yaml in");
    assertUsageError(build("synthetic-0000."), "no brief \"synthetic-0000.\"");
    assertUsageError(build("synthetic-.*"), "no brief \"synthetic-.*\"");
    assertUsageError(build("[unclosed"), "no brief \"[unclosed\"");
    // shown escaped: a control character never reaches the terminal
    assertUsageError(
        build("iraq\u0001"), "no brief \"iraq\\u0001\": not a file, and no iraq\\u0001.yaml");
    assertUsageError(
        build("synthetic\u00001"), "no brief \"synthetic\\u00001\": not a valid file name");
    CliRun exact = build("synthetic-00001");
    assertThat(exact.exitCode()).as(exact.out() + exact.err()).isZero();
  }

  @Test
  void aTemplateFileNameWithANulIsAPositionedUsageError() throws IOException {
    Path yaml = templates.resolve("executive/template.yaml");
    Files.writeString(
        yaml,
        Files.readString(yaml)
            .replaceFirst("\n  base_size: ", "\n  logo: \"logo\\\\0.png\"\n  base_size: "));
    CliRun run = build();
    assertUsageError(run, "invalid audience template");
    assertThat(run.out())
        .containsPattern(
            "template\\.yaml:\\d+:\\d+: error: theme\\.logo: text may not contain U\\+0000");
  }

  @Test
  void pathOptionsWithANulAreUsageErrors() {
    for (String option : List.of("--out", "--content", "--templates", "--archives")) {
      CliRun run = CliRun.of("build", option, "a\u0000b");
      assertThat(run.exitCode()).as(option + ": " + run.err()).isEqualTo(2);
      assertThat(run.err()).as(option).doesNotContain("briefsmith: internal error");
    }
    CliRun validate = CliRun.of("validate", "a\u0000b.yaml");
    assertThat(validate.exitCode()).as(validate.err()).isEqualTo(2);
    assertThat(validate.err()).doesNotContain("briefsmith: internal error");
  }

  private CliRun buildWith(Map<String, String> environment, String... more) {
    List<String> a =
        new ArrayList<>(
            List.of(
                "build",
                "--content",
                content.toString(),
                "--templates",
                templates.toString(),
                "--out",
                out.toString(),
                "--format",
                "pdf"));
    a.addAll(List.of(more));
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code =
        Main.run(
            a.toArray(String[]::new),
            new PrintWriter(o),
            new PrintWriter(e),
            new Host(environment, Clock.systemUTC(), false));
    return new CliRun(code, o.toString(), e.toString());
  }

  @Test
  void aBadSourceDateEpochIsRefusedNotIgnored() {
    for (String bad :
        List.of("999999999999", "253402300800", "-1", "1e9", " 1", "yesterday", "0x10")) {
      assertUsageError(
          buildWith(Map.of("SOURCE_DATE_EPOCH", bad)),
          "SOURCE_DATE_EPOCH=\""
              + bad
              + "\" is not a time: expected whole seconds since 1970-01-01T00:00:00Z, from 0 to"
              + " 253402300799 (9999-12-31T23:59:59Z)");
    }
    assertThat(out).doesNotExist();
    CliRun last = buildWith(Map.of("SOURCE_DATE_EPOCH", "253402300799"));
    assertThat(last.exitCode()).as(last.out() + last.err()).isZero();
    CliRun empty = buildWith(Map.of("SOURCE_DATE_EPOCH", ""), "--force");
    assertThat(empty.exitCode()).as("empty is unset: " + empty.err()).isZero();
  }

  @Test
  void anEmptyFolderOptionIsRefused() {
    for (String option : List.of("--out", "--content", "--templates")) {
      assertUsageError(
          buildSetting(option, ""),
          option + ": the path is empty, which would mean the current folder; name a folder");
    }
    assertUsageError(CliRun.of("validate", "--content", ""), "--content: the path is empty");
    assertUsageError(
        CliRun.of("bench", "--briefs", "1", "--keep", ""), "--keep: the path is empty");
  }

  @Test
  void anOutputFolderInsideATemplateFolderIsRefused() throws IOException {
    Path folder = templates.resolve("executive");
    for (Path inside : List.of(folder, folder.resolve("out"), folder.resolve("a/b/../c"))) {
      CliRun run = buildSetting("--out", inside.toString());
      assertUsageError(
          run,
          "--out \""
              + inside
              + "\" is inside the template folder \""
              + folder
              + "\": what a run writes there changes the template, so every run would rebuild"
              + " everything; choose an output folder outside the templates");
    }
    Path link = Files.createSymbolicLink(dir.resolve("link"), folder);
    assertUsageError(
        buildSetting("--out", link.resolve("out").toString()), "is inside the template");
    assertThat(folder.resolve("out")).doesNotExist();
  }

  @Test
  void tooManyJobsAreCappedWithAWarning() {
    int max = RenderOptions.JOBS_PER_CORE * Runtime.getRuntime().availableProcessors();
    CliRun run = buildWith(Map.of(), "--jobs", "1000");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err())
        .startsWith("briefsmith: warning: --jobs 1000 is more than 2 per core (")
        .contains("; using " + max + "\n")
        .contains(" with " + max + (max == 1 ? " job" : " jobs") + ";");
    CliRun fine = buildWith(Map.of(), "--jobs", Integer.toString(max), "--force");
    assertThat(fine.err()).doesNotContain("warning: --jobs");
    assertUsageError(buildWith(Map.of(), "--jobs", "0"), "--jobs must be at least 1, got 0");
  }

  /**
   * At a terminal, stdout is buffered and stderr is not: the summary (stderr) must come after the
   * last diagnostic (stdout), so stdout is flushed first.
   */
  @Test
  void theValidateSummaryFollowsTheDiagnosticsOnOneConsole() {
    StringWriter console = new StringWriter();
    PrintWriter stdout = new PrintWriter(new BufferedWriter(console, 1 << 16), false);
    PrintWriter stderr = new PrintWriter(console, true);
    int code =
        Main.run(
            new String[] {"validate", "src/test/resources/briefs/warnings/unused-items.yaml"},
            stdout,
            stderr,
            new Host(Map.of(), Clock.systemUTC(), true));
    assertThat(code).isZero();
    List<String> lines = console.toString().lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.subList(0, 3)).allMatch(l -> l.contains(": warning: "));
    assertThat(lines.get(3))
        .startsWith("1 brief checked: 1 valid, 0 invalid (0 errors, 3 warnings)");
  }
}
