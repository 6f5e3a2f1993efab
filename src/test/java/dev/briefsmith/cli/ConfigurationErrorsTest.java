package dev.briefsmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.batch.bench.SyntheticBriefs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
            "template\\.yaml:\\d+:\\d+: error: theme\\.logo: \"logo\\\\u0000\\.png\" is not a file"
                + " name");
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
}
