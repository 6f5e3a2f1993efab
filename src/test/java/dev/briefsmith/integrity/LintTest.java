package dev.briefsmith.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The analyst's lint over {@code briefs/lint}: each file prints exactly its {@code .expected}
 * warnings, every rule has a file that triggers it, and the clean file (which has near misses of
 * every rule) triggers none.
 */
class LintTest {
  static final Path DIR = Path.of("src/test/resources/briefs/lint");

  @Test
  void everyLintBriefPrintsExactlyItsExpectedWarnings() throws IOException {
    List<Path> briefs;
    try (Stream<Path> files = Files.list(DIR)) {
      briefs = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(briefs).hasSizeGreaterThan(LintRule.values().length);
    StringBuilder all = new StringBuilder();
    for (Path brief : briefs) {
      CliRun run = CliRun.of("validate", brief.toString());
      String expected =
          Files.readString(
              DIR.resolve(brief.getFileName().toString().replace(".yaml", ".expected")));
      assertThat(run.out().replace(DIR + "/", "")).as(brief.toString()).isEqualTo(expected);
      assertThat(run.exitCode()).as(brief + " is valid: lint warns, never fails").isZero();
      all.append(expected);
    }
    for (LintRule rule : LintRule.values()) {
      assertThat(all.toString()).as(rule.code()).contains("[" + rule.code() + "]");
    }
    assertThat(Files.readString(DIR.resolve("lint-clean.expected"))).isEmpty();
  }

  @Test
  void namesAreComparedWithoutCaseArticlesPunctuationOrBracketedAbbreviations() {
    assertThat(Lint.normalise("The Pentagon")).isEqualTo(Lint.normalise("pentagon"));
    assertThat(Lint.normalise("Supreme National Security Council (SNSC)"))
        .isEqualTo(Lint.normalise("Supreme National Security Council"));
    assertThat(Lint.normalise("Secretary of the Supreme National Security Council"))
        .isNotEqualTo(Lint.normalise("Supreme National Security Council"));
  }

  @Test
  void everyCodeHasAnExplanation() {
    for (LintRule rule : LintRule.values()) {
      assertThat(LintRule.of(rule.code())).hasValue(rule);
      assertThat(rule.explanation()).hasSizeGreaterThan(100);
    }
  }
}
