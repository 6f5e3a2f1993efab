package dev.briefsmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.render.Checkers;
import dev.briefsmith.render.HouseFontFixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13's acceptance for house fonts, through the command line: a template with TrueType files
 * in its folder builds the sample with them embedded in both formats; a font whose licence forbids
 * embedding stops the run at template load (exit 2) with its line and column.
 */
class HouseFontBuildTest {
  private static final String BRIEF = "iraq-us-iran-2014";

  @TempDir Path dir;
  Path templates;
  Path folder;

  @BeforeEach
  void analystWithAHouseFont() throws IOException {
    templates = dir.resolve("templates");
    folder = Files.createDirectories(templates.resolve("analyst").resolve("fonts"));
    String yaml =
        Files.readString(Path.of("templates/analyst/template.yaml"))
            .replace(
                "  body_font: Noto Sans\n",
                "  body_font: {regular: fonts/House-Regular.ttf, bold: fonts/House-Bold.ttf}\n");
    Files.writeString(folder.resolveSibling("template.yaml"), yaml);
    Files.write(folder.resolve("House-Bold.ttf"), HouseFontFixtures.bold());
  }

  private CliRun build() {
    return CliRun.of(
        "build",
        "--content",
        "content",
        "--templates",
        templates.toString(),
        "--out",
        dir.resolve("output").toString(),
        BRIEF);
  }

  @Test
  void buildsTheSampleWithTheHouseFontEmbeddedInBothFormats() throws Exception {
    Files.write(folder.resolve("House-Regular.ttf"), HouseFontFixtures.regular());
    CliRun run = build();
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    Path pdf = dir.resolve("output").resolve(BRIEF).resolve(BRIEF + ".analyst.pdf");
    Checkers.Run fonts = Checkers.run(List.of("pdffonts", pdf.toString()), "poppler-utils");
    List<String> house =
        fonts
            .output()
            .lines()
            .filter(l -> l.matches("[A-Z]{6}\\+DejaVuSerif(-Bold)?\\s.*"))
            .toList();
    assertThat(house).as(fonts.output()).hasSize(2).allMatch(l -> l.contains(" yes yes "));
    assertThat(Checkers.fontsNotEmbedded(pdf)).isEmpty();
    byte[] docx = Files.readAllBytes(pdf.resolveSibling(BRIEF + ".analyst.docx"));
    assertThat(part(docx, "word/fontTable.xml"))
        .contains("<w:font w:name=\"DejaVu Serif\">", "w:embedRegular", "w:embedBold")
        // the headings stay in the template's Noto Serif, embedded as before
        .contains("<w:font w:name=\"Noto Serif\">");
  }

  @Test
  void aFontThatForbidsEmbeddingStopsTheRunAtTemplateLoad() throws IOException {
    Files.write(
        folder.resolve("House-Regular.ttf"),
        HouseFontFixtures.withFsType(HouseFontFixtures.regular(), 0x0002));
    CliRun run = build();
    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
    assertThat(run.out() + run.err())
        .contains(
            "template.yaml:30:24: error: theme.body_font.regular: \"fonts/House-Regular.ttf\" has"
                + " a licence that forbids embedding it (OS/2 fsType 0x0002: restricted licence"
                + " embedding)");
    assertThat(dir.resolve("output").resolve(BRIEF)).doesNotExist();
  }

  private static String part(byte[] zip, String name) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals(name)) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no part " + name);
  }
}
