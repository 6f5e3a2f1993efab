package dev.briefsmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {

  @Test
  void validatesTheSampleBriefWithoutWarnings() {
    CliRun run = CliRun.of("validate");
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("1 valid, 0 invalid (0 errors, 0 warnings)");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void validatesTheThreeAndFiveSidedBriefs() {
    CliRun run = CliRun.of("validate", "--content", "src/test/resources/briefs/valid");
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("2 valid, 0 invalid (0 errors, 0 warnings)");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void theSummarySaysHowManyQuotesWereVerifiedAndRequiredArchivesMustBeAtHand() {
    // The sample's article is not in the repository, so its 21 quotes are unverified here.
    CliRun run = CliRun.of("validate");
    assertThat(run.err())
        .contains(
            "0 of 21 quotes verified against archived sources, 21 without an archive at hand"
                + " (see --archives)");
    CliRun strict = CliRun.of("validate", "--require-archives");
    assertThat(strict.out())
        .containsPattern(
            "content/iraq-us-iran-2014\\.yaml:\\d+:14: error: sources\\[0]\\.archive: no archived"
                + " copy \"iraq-us-iran-cooperation\\.txt\" in content; add the file");
    assertThat(strict.exitCode()).isEqualTo(1);
    CliRun noFolder = CliRun.of("validate", "--archives", "no/such/folder");
    assertThat(noFolder.err()).contains("--archives: no folder \"no/such/folder\"");
    assertThat(noFolder.exitCode()).isEqualTo(2);
  }

  @Test
  void bidirectionalControlsAreAWarningAtTheirField() {
    String file = "src/test/resources/briefs/warnings/bidi-override.yaml";
    CliRun run = CliRun.of("validate", file);
    assertThat(run.out().lines())
        .containsExactly(
            file
                + ":3:8: warning: title: U+202E (a bidirectional control) at character 14 makes"
                + " the printed text read differently from what is written here; remove it unless"
                + " the text really needs it");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void strictMakesWarningsFail() {
    String file = "src/test/resources/briefs/warnings/unused-items.yaml";
    assertThat(CliRun.of("validate", file).exitCode()).isZero();
    CliRun strict = CliRun.of("validate", "--strict", file);
    assertThat(strict.out().lines()).hasSize(3);
    assertThat(strict.exitCode()).isEqualTo(1);
  }

  @Test
  void warningsArePrintedButDoNotFail() {
    CliRun run = CliRun.of("validate", "src/test/resources/briefs/warnings/unused-items.yaml");
    assertThat(run.out().lines())
        .containsExactly(
            "src/test/resources/briefs/warnings/unused-items.yaml:33:9: warning: actors[2]: actor"
                + " \"south-spokesman\" appears in no statement and no issue's by_faction",
            "src/test/resources/briefs/warnings/unused-items.yaml:58:9: warning: issues[1]: no side"
                + " has a stated stance on issue \"fishing\"; its alignment cannot be assessed",
            "src/test/resources/briefs/warnings/unused-items.yaml:78:9: warning: sources[1]: source"
                + " \"old-report\" is never cited ([@old-report], a statement's source or a sources"
                + " list)");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void reportsEveryBrokenFileInOneRun() {
    CliRun run =
        CliRun.of(
            "validate",
            "src/test/resources/briefs/invalid/unknown-side.yaml",
            "src/test/resources/briefs/invalid/empty-file.yaml",
            "content/iraq-us-iran-2014.yaml");
    assertThat(run.out().lines()).hasSize(2);
    assertThat(run.err()).contains("3 briefs checked: 1 valid, 2 invalid");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void aBriefIdUsedTwiceAcrossFilesIsAnError(@TempDir Path dir) throws IOException {
    Path sample = Path.of("content/iraq-us-iran-2014.yaml");
    Files.copy(sample, dir.resolve("a.yaml"));
    Files.copy(sample, dir.resolve("b.yaml"));
    CliRun run = CliRun.of("validate", "--content", dir.toString());
    assertThat(run.out().lines().filter(l -> l.contains(": error: ")))
        .singleElement()
        .asString()
        .matches(
            "(?s).*b\\.yaml:\\d+:5: error: id: brief id \"iraq-us-iran-2014\" is already used by"
                + " .*a\\.yaml; ids must be unique across the content folder");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void aBriefWhoseIdDiffersFromItsFileNameIsWarnedAbout(@TempDir Path dir) throws IOException {
    Files.copy(Path.of("content/iraq-us-iran-2014.yaml"), dir.resolve("iraq.yaml"));
    CliRun run = CliRun.of("validate", dir.resolve("iraq.yaml").toString());
    assertThat(run.out())
        .contains(
            "iraq.yaml:6:5: warning: id: the brief's id \"iraq-us-iran-2014\" differs from its file"
                + " name \"iraq.yaml\"");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void usageErrorsExitTwo(@TempDir Path dir) throws IOException {
    assertThat(CliRun.of("validate", "--no-such-option").exitCode()).isEqualTo(2);
    assertThat(CliRun.of("no-such-command").exitCode()).isEqualTo(2);
    assertThat(CliRun.of().exitCode()).isEqualTo(2);
    assertThat(CliRun.of("validate", "--max-bytes", "lots").exitCode()).isEqualTo(2);

    CliRun missing = CliRun.of("validate", "--content", dir.resolve("nowhere").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("no content folder").doesNotContain("Exception");

    CliRun empty = CliRun.of("validate", "--content", dir.toString());
    assertThat(empty.exitCode()).isEqualTo(2);
    assertThat(empty.err()).contains("no brief files (*.yaml)");
  }

  @Test
  void aMissingFileIsReportedAsInvalid() {
    CliRun run = CliRun.of("validate", "content/no-such-brief.yaml");
    assertThat(run.out()).isEqualTo("content/no-such-brief.yaml:1:1: error: no such file\n");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void printsTheVersion() {
    CliRun run = CliRun.of("--version");
    assertThat(run.out()).matches("(?s)briefsmith \\d+\\.\\d+\\.\\d+.*");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void everyCommandHasHelp() {
    CommandLine cli =
        Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    assertThat(cli.getSubcommands())
        .containsKeys("build", "watch", "bench", "validate", "schema", "generate-completion");
    for (String name : cli.getSubcommands().keySet()) {
      CliRun run = CliRun.of(name, "--help");
      assertThat(run.out()).as(name).contains("Usage: briefsmith " + name);
      assertThat(run.exitCode()).as(name).isZero();
    }
    CliRun top = CliRun.of("--help");
    assertThat(top.out()).contains("Exit codes:", "validate", "schema");
  }

  @Test
  void everyCommandsDescriptionWrapsAsWholeParagraphs() {
    // picocli wraps each line of a description to 79 of the help's 80 columns: a sentence split
    // over two lines of the source shows as a short line, then the rest of it on a line of its own
    CommandLine cli =
        Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    for (String name : cli.getSubcommands().keySet()) {
      List<String> lines = CliRun.of(name, "--help").out().lines().toList();
      for (int i = 0; i + 1 < lines.size(); i++) {
        String line = lines.get(i);
        String next = lines.get(i + 1);
        if (line.isBlank()
            || next.isBlank()
            || Character.isWhitespace(line.charAt(0))
            || Character.isWhitespace(next.charAt(0))
            || line.startsWith("Usage:")) {
          continue; // usage, option and example lines are indented
        }
        String word = next.split(" ", 2)[0];
        assertThat(line.matches(".*[.:)]$") || line.length() + 1 + word.length() > 79)
            .as("%s --help: \"%s\" is cut short before \"%s\"", name, line, word)
            .isTrue();
      }
    }
  }

  @Test
  void schemaCommandPrintsTheCommittedSchema() throws IOException {
    CliRun run = CliRun.of("schema");
    assertThat(run.out()).isEqualTo(Files.readString(Path.of("schema/brief.schema.json")));
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void generatesABashCompletionScript() {
    CliRun run = CliRun.of("generate-completion");
    assertThat(run.out()).contains("complete -F", "briefsmith", "validate");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void buildsOnlyTheSubcommandARunNames() {
    assertThat(Main.named(new String[] {"-v", "build", "--force", "x.yaml"}))
        .containsExactly("build");
    assertThat(Main.named(new String[] {"--help"}))
        .as("top-level help lists them all")
        .isEqualTo(BriefsmithCommand.SUBCOMMANDS.keySet());
    assertThat(Main.named(new String[] {"biuld"}))
        .as("a mistyped name gets its suggestion from all of them")
        .isEqualTo(BriefsmithCommand.SUBCOMMANDS.keySet());
    assertThat(Main.named(new String[] {"generate-completion"}))
        .isEqualTo(BriefsmithCommand.SUBCOMMANDS.keySet());
    CliRun verbose = CliRun.of("-v", "validate", "--help");
    assertThat(verbose.out()).contains("Usage: briefsmith validate");
    assertThat(verbose.exitCode()).isZero();
    CliRun typo = CliRun.of("biuld");
    assertThat(typo.err()).contains("Did you mean: briefsmith build?");
  }
}
