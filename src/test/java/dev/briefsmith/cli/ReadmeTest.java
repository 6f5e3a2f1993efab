package dev.briefsmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's commands and examples stay true. */
class ReadmeTest {
  static String readme() throws IOException {
    return Files.readString(Path.of("README.md"));
  }

  static String block(String text, String after, String lang) {
    Matcher m =
        Pattern.compile(Pattern.quote(after) + ".*?```" + lang + "\\n(.*?)```", Pattern.DOTALL)
            .matcher(text);
    assertThat(m.find()).as("a ```" + lang + " block after " + after).isTrue();
    return m.group(1);
  }

  @Test
  void quickStartHasTwoCommandsAndCiRunsTheSecond() throws IOException {
    List<String> commands = block(readme(), "## Quick start", "sh").lines().toList();
    assertThat(commands).hasSize(2);
    assertThat(commands.get(0)).startsWith("./briefsmith ");
    String ci = Files.readString(Path.of(".ci/run"));
    assertThat(ci.lines().map(String::strip)).contains(commands.get(1));
  }

  @Test
  void theWritingExampleIsAValidBriefAndItsErrorsAreTheRealOnes(@TempDir Path dir)
      throws IOException {
    String yaml = block(readme(), "## Writing a brief", "yaml");
    Path content = Files.createDirectories(dir.resolve("content"));
    Path file = content.resolve("river-dispute-2031.yaml");
    Files.writeString(file, yaml);
    CliRun ok = CliRun.of("validate", file.toString());
    assertThat(ok.out()).isEmpty();
    assertThat(ok.exitCode()).isZero();

    Files.writeString(
        file,
        yaml.replace("side: north, role", "side: nort, role")
            .replace("stance: -1, summary: \"Sceptical\"", "stance: 3, summary: \"Sceptical\""));
    CliRun broken = CliRun.of("validate", file.toString());
    String shown = block(readme(), "Had the example misspelt", "");
    assertThat(broken.out().replace(dir + "/", "")).isEqualTo(shown);
  }

  @Test
  void theFrenchEditionCommandBuildsAFrenchEdition(@TempDir Path dir) throws IOException {
    List<String> commands =
        block(readme(), "## Editions in another language", "sh").lines().toList();
    assertThat(commands).hasSize(1);
    List<String> args = List.of(commands.get(0).split(" "));
    assertThat(args.subList(0, 2)).containsExactly("./briefsmith", "build");
    assertThat(args).contains("--out", "output-fr");
    List<String> run = new java.util.ArrayList<>(args.subList(1, args.size()));
    run.set(run.indexOf("output-fr"), dir.resolve("output-fr").toString());
    CliRun built = CliRun.of(run.toArray(String[]::new));
    assertThat(built.exitCode()).as(built.out()).isZero();
    Path docx = dir.resolve("output-fr/iraq-us-iran-2014/iraq-us-iran-2014.analyste.docx");
    try (var word =
        new org.apache.poi.xwpf.extractor.XWPFWordExtractor(
            new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(docx)))) {
      assertThat(word.getText()).contains("Informations arrêtées au 25 juin 2014", "L'essentiel");
    }
  }
}
