package dev.briefsmith.audience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.content.Sensitivity;
import dev.briefsmith.image.TestImages;
import dev.briefsmith.render.BrokenFiles;
import dev.briefsmith.yaml.Diagnostic;
import dev.briefsmith.yaml.Loaded;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateLoaderTest {
  private final TemplateLoader loader = new TemplateLoader();

  @Test
  void theShippedTemplatesLoadCleanly() throws IOException {
    List<Path> folders = TemplateLoader.discover(Path.of("templates"));
    assertThat(folders)
        .extracting(p -> p.getFileName().toString())
        .containsExactly("analyst", "executive", "public");
    for (Path folder : folders) {
      Loaded<AudienceTemplate> t = loader.load(folder);
      assertThat(t.diagnostics()).as(folder.toString()).isEmpty();
    }
    AudienceTemplate executive = loader.load(Path.of("templates/executive")).value().orElseThrow();
    assertThat(executive.page().maxPages()).contains(2);
    assertThat(executive.maxSensitivity()).isEqualTo(Sensitivity.INTERNAL);
    AudienceTemplate pub = loader.load(Path.of("templates/public")).value().orElseThrow();
    assertThat(pub.maxSensitivity()).isEqualTo(Sensitivity.PUBLIC);
  }

  /** Writes template.yaml (and extra files) into dir/name and loads it. */
  private Loaded<AudienceTemplate> loadWith(
      Path dir, String name, String yaml, Map<String, byte[]> files) throws IOException {
    Path folder = Files.createDirectories(dir.resolve(name));
    Files.writeString(folder.resolve("template.yaml"), yaml);
    for (var e : files.entrySet()) {
      Files.write(folder.resolve(e.getKey()), e.getValue());
    }
    return loader.load(folder);
  }

  private static String base() throws IOException {
    return Files.readString(Path.of("templates/analyst/template.yaml"));
  }

  private static List<String> messages(Loaded<?> loaded) {
    return loaded.diagnostics().stream().map(Diagnostic::format).toList();
  }

  @Test
  void brokenTemplatesGetPositionedMessages(@TempDir Path dir) throws IOException {
    Map<String, String[]> cases =
        Map.of(
            "unknown-field",
            new String[] {
              "max_sensitivity: internal",
              "max_sensitivty: internal",
              "max_sensitivty: unknown field; did you mean \"max_sensitivity\"?"
            },
            "unknown-section",
            new String[] {
              "  - timeline\n",
              "  - timelines\n",
              "sections[7]: unknown section \"timelines\"; did you mean \"timeline\"?"
            },
            "bad-option",
            new String[] {
              "  - stance_chart: {factions: true}",
              "  - stance_chart: {factoins: true}",
              "sections[10].stance_chart.factoins: unknown field; did you mean \"factions\"?"
            },
            "bad-colour",
            new String[] {
              "accent: \"#0B3D91\"",
              "accent: navy",
              "theme.colors.accent: expected a colour as #RRGGBB, got \"navy\""
            },
            "bad-font",
            new String[] {
              "heading_font: Noto Serif",
              "heading_font: Times New Roman",
              "theme.heading_font: \"Times New Roman\" is not a bundled font; bundled fonts are: Noto Sans, Noto Serif (or name a house font's files: {regular: fonts/House-Regular.ttf, bold: ...})"
            },
            "missing-marking",
            new String[] {
              "  internal: \"INTERNAL · ANALYST USE ONLY\"\n",
              "",
              "marking: no label for \"internal\"; the template shows items up to internal, so it needs a banner label for each level up to it"
            },
            "unknown-text-field",
            new String[] {
              "{{#series}}{{series}} · {{/series}}Analyst brief",
              "{{#series}}{{seris}} · {{/series}}Analyst brief",
              "text.footer: {{seris}} is not a field; use one of: as_of, as_of_long, audience, audience_title, authors, id, language, marking, series, subtitle, title"
            },
            "duplicate-section",
            new String[] {
              "  - signposts\n",
              "  - signposts\n  - signposts\n",
              "sections: signposts is listed twice; list each section once"
            },
            "paper-size",
            new String[] {
              "size: A4", "size: A3", "page.size: \"A3\" is not a paper size; expected A4 or Letter"
            });
    for (var c : cases.entrySet()) {
      String yaml = base();
      assertThat(yaml).as(c.getKey()).contains(c.getValue()[0]);
      Loaded<AudienceTemplate> t =
          loadWith(
              dir.resolve(c.getKey()),
              "analyst",
              yaml.replace(c.getValue()[0], c.getValue()[1]),
              Map.of());
      assertThat(t.valid()).as(c.getKey()).isFalse();
      assertThat(messages(t))
          .as(c.getKey())
          .anyMatch(
              m -> m.matches(".*template\\.yaml:\\d+:\\d+: error: \\Q" + c.getValue()[2] + "\\E"));
    }
  }

  @Test
  void localeCalendarAndLabelsAreCheckedWhenTheTemplateLoads(@TempDir Path dir) throws IOException {
    String good =
        base()
            + "locale: fr-CA\ncalendar: solar_hijri\nlabels:\n"
            + "  section.summary: En bref\n  page.number: \"p. {page}/{pages}\"\n";
    Loaded<AudienceTemplate> ok = loadWith(dir.resolve("good"), "analyst", good, Map.of());
    assertThat(messages(ok)).isEmpty();
    var l = ok.value().orElseThrow().localisation();
    assertThat(l.locale()).hasValue("fr-CA");
    assertThat(l.calendar()).isEqualTo(dev.briefsmith.compose.Calendar.SOLAR_HIJRI);
    assertThat(l.labels()).containsEntry("section.summary", "En bref");
    assertThat(
            new TemplateLoader()
                .load(Path.of("templates/analyst"))
                .value()
                .orElseThrow()
                .localisation())
        .isEqualTo(dev.briefsmith.compose.Localisation.DEFAULT);

    Map<String, String> cases =
        Map.of(
            "labels:\n  section.sumary: En bref\n",
            "labels.section.sumary: unknown label; did you mean \"section.summary\"?",
            "labels:\n  page.number: \"Page {page}\"\n",
            "labels.page.number: the placeholder {pages} is missing; this label's placeholders"
                + " are {page}, {pages}",
            "labels:\n  page.number: \"Page {pgae} of {pages}\"\n",
            "labels.page.number: unknown placeholder {pgae}; did you mean {page}?",
            "labels:\n  date.day: \"MMMM\"\n",
            "labels.date.day: a date pattern uses the letters d, M, L and y",
            "locale: \"fr_FR\"\n",
            "locale: \"fr_FR\" is not a BCP 47 language tag (e.g. en, fr, fr-CA, fa)",
            "calendar: persian\n",
            "calendar: \"persian\" is not allowed; expected one of: gregorian, solar_hijri",
            "labels: [a]\n",
            "labels: expected a mapping of label keys to words, got a list",
            "lables: {}\n",
            "lables: unknown field; did you mean \"labels\"?");
    int i = 0;
    for (var c : cases.entrySet()) {
      Loaded<AudienceTemplate> t =
          loadWith(dir.resolve("bad" + i++), "analyst", base() + c.getKey(), Map.of());
      assertThat(t.valid()).as(c.getKey()).isFalse();
      assertThat(messages(t))
          .as(c.getKey())
          .anyMatch(
              m -> m.matches(".*template\\.yaml:\\d+:\\d+: error: \\Q" + c.getValue() + "\\E.*"));
    }
  }

  @Test
  void aTemplateNamedUnlikeItsFolderIsRefused(@TempDir Path dir) throws IOException {
    Loaded<AudienceTemplate> t = loadWith(dir, "board", base(), Map.of());
    assertThat(messages(t))
        .anyMatch(
            m ->
                m.endsWith(
                    "error: name: \"analyst\" differs from its folder \"board\"; a template's name is its folder's name (rename one of them)"));
  }

  @Test
  void filesOutsideTheTemplateFolderAreRefused(@TempDir Path dir) throws IOException {
    Files.write(
        dir.resolve("secret.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0, 0, 0});
    String yaml = base().replace("  base_size: 9.5\n", "  base_size: 9.5\n  logo: ../secret.png\n");
    Loaded<AudienceTemplate> t = loadWith(dir, "analyst", yaml, Map.of());
    assertThat(messages(t))
        .anyMatch(m -> m.contains("theme.logo: \"../secret.png\" is outside the template folder"));

    String abs =
        base()
            .replace(
                "  base_size: 9.5\n",
                "  base_size: 9.5\n  logo: " + dir.resolve("secret.png") + "\n");
    assertThat(messages(loadWith(dir.resolve("b"), "analyst", abs, Map.of())))
        .anyMatch(m -> m.contains("is outside the template folder"));

    String notPng = base().replace("  base_size: 9.5\n", "  base_size: 9.5\n  logo: logo.png\n");
    assertThat(
            messages(
                loadWith(
                    dir.resolve("c"),
                    "analyst",
                    notPng,
                    Map.of("logo.png", "text".getBytes(java.nio.charset.StandardCharsets.UTF_8)))))
        .anyMatch(m -> m.contains("theme.logo: \"logo.png\" is not a PNG file"));
  }

  @Test
  void aCopiedFolderIsANewAudience(@TempDir Path dir) throws IOException {
    Path board = Files.createDirectories(dir.resolve("board"));
    try (Stream<Path> files = Files.list(Path.of("templates/executive"))) {
      for (Path f : files.toList()) {
        Files.copy(f, board.resolve(f.getFileName()));
      }
    }
    Path yaml = board.resolve("template.yaml");
    Files.writeString(
        yaml,
        Files.readString(yaml)
            .replace("name: executive", "name: board")
            .replace("title: Executive brief", "title: Board brief"));
    AudienceTemplate t = loader.load(board).value().orElseThrow();
    assertThat(t.name()).isEqualTo("board");
    assertThat(t.title()).isEqualTo("Board brief");
  }

  /** Point 10: a path-like field that is no file name is a positioned error, not an exception. */
  @Test
  void invalidFileNamesArePositionedErrors(@TempDir Path dir) throws IOException {
    Map<String, String[]> cases =
        Map.of(
            "logo-nul",
            new String[] {
              "  base_size: 9.5\n",
              "  base_size: 9.5\n  logo: \"logo\\0.png\"\n",
              // refused as text, before it is taken for a file name
              "theme.logo: text may not contain U+0000 (a control character) at character 5"
                  + " (\"logo\\u0000.png\"); remove it"
            },
            "logo-control",
            new String[] {
              "  base_size: 9.5\n",
              "  base_size: 9.5\n  logo: \"lo\\x01go.png\"\n",
              "theme.logo: text may not contain U+0001 (a control character) at character 3"
                  + " (\"lo\\u0001go.png\"); remove it"
            },
            "logo-empty",
            new String[] {
              "  base_size: 9.5\n",
              "  base_size: 9.5\n  logo: \"\"\n",
              "theme.logo: must not be empty; remove the field or write text"
            },
            "reference-nul",
            new String[] {
              "marking:",
              "docx:\n  reference: \"house\\0.docx\"\nmarking:",
              "docx.reference: text may not contain U+0000 (a control character) at character 6"
                  + " (\"house\\u0000.docx\"); remove it"
            });
    for (var c : cases.entrySet()) {
      String yaml = base();
      assertThat(yaml).as(c.getKey()).contains(c.getValue()[0]);
      Loaded<AudienceTemplate> t =
          loadWith(
              dir.resolve(c.getKey()),
              "analyst",
              yaml.replace(c.getValue()[0], c.getValue()[1]),
              Map.of());
      assertThat(t.valid()).as(c.getKey()).isFalse();
      assertThat(messages(t))
          .as(c.getKey())
          .anyMatch(
              m -> m.matches(".*template\\.yaml:\\d+:\\d+: error: \\Q" + c.getValue()[2] + "\\E"));
    }
  }

  /**
   * Point 4: images over the pixel limit are refused from their header, when the template loads.
   */
  @Test
  void imagesOverThePixelLimitAreRefusedWhenTheTemplateLoads(@TempDir Path dir) throws IOException {
    String withLogo = base().replace("  base_size: 9.5\n", "  base_size: 9.5\n  logo: logo.png\n");
    Loaded<AudienceTemplate> bomb =
        loadWith(
            dir.resolve("bomb"),
            "analyst",
            withLogo,
            Map.of("logo.png", TestImages.pngClaiming(20_000, 20_000)));
    assertThat(messages(bomb))
        .singleElement()
        .asString()
        .matches(
            ".*template\\.yaml:33:9: error: \\Qtheme.logo: \"logo.png\" is 20,000 × 20,000 pixels;"
                + " images may have at most 16,777,216 pixels (such as 4096 × 4096): scale it"
                + " down\\E");
    assertThat(
            messages(
                loadWith(
                    dir.resolve("over"),
                    "analyst",
                    withLogo,
                    Map.of("logo.png", TestImages.pngClaiming(4097, 4096)))))
        .anyMatch(m -> m.contains("theme.logo: \"logo.png\" is 4,097 × 4,096 pixels"));
    byte[] damaged = java.util.Arrays.copyOf(TestImages.png(300, 100), 70);
    assertThat(
            messages(
                loadWith(dir.resolve("damaged"), "analyst", withLogo, Map.of("logo.png", damaged))))
        .anyMatch(m -> m.contains("theme.logo: \"logo.png\" is not a readable PNG file"));

    AudienceTemplate ok =
        loadWith(
                dir.resolve("ok"),
                "analyst",
                withLogo,
                Map.of("logo.png", TestImages.png(300, 100)))
            .value()
            .orElseThrow();
    assertThat(ok.theme().logo())
        .hasValueSatisfying(l -> assertThat(l.aspect()).isEqualTo(1 / 3.0));
  }

  /** Point 4: the reference .docx is checked when the template loads, in one positioned line. */
  @Test
  void badReferenceDocumentsArePositionedErrorsWhenTheTemplateLoads(@TempDir Path dir)
      throws IOException {
    byte[] house = Files.readAllBytes(Path.of("templates/public/house-style.docx"));
    Map<String, byte[]> cases =
        Map.of(
            "is not a readable Word (.docx) file: ",
            BrokenFiles.rezip(
                house,
                "[Content_Types].xml",
                ct -> ct.replaceFirst("\\?>", "?><!DOCTYPE Types [<!ENTITY x \"y\">]>")),
            "holds an image /word/media/bomb.png that is 20,000 × 20,000 pixels; images may have at"
                + " most 16,777,216 pixels",
            withEntry(house, "word/media/bomb.png", TestImages.pngClaiming(20_000, 20_000)),
            "holds an image /word/media/bomb.jpeg that is 30,000 × 20,000 pixels",
            withJpeg(
                withEntry(house, "word/media/bomb.jpeg", TestImages.jpegClaiming(30_000, 20_000))),
            "is not a readable Word (.docx) file",
            withEntry(new byte[0], "hello.txt", "not Word".getBytes(StandardCharsets.UTF_8)),
            "is not a readable Word (.docx) file: its main part is"
                + " application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml,"
                + " not a Word document",
            BrokenFiles.rezip(
                house,
                "[Content_Types].xml",
                ct ->
                    ct.replace(
                        "wordprocessingml.document.main+xml", "spreadsheetml.sheet.main+xml")));
    String yaml = base().replace("marking:", "docx:\n  reference: house.docx\nmarking:");
    int i = 0;
    for (var c : cases.entrySet()) {
      Loaded<AudienceTemplate> t =
          loadWith(dir.resolve("case" + i++), "analyst", yaml, Map.of("house.docx", c.getValue()));
      assertThat(messages(t))
          .as(c.getKey())
          .singleElement()
          .asString()
          .matches(
              ".*template\\.yaml:\\d+:\\d+: error: docx\\.reference: \"house\\.docx\" \\Q"
                  + c.getKey()
                  + "\\E[^\\n]*");
    }
    // with images of the allowed size, and a JPEG one, the reference is fine
    Loaded<AudienceTemplate> fine =
        loadWith(
            dir.resolve("fine"),
            "analyst",
            yaml,
            Map.of(
                "house.docx",
                withJpeg(withEntry(house, "word/media/photo.jpeg", TestImages.jpeg(64, 48)))));
    assertThat(messages(fine)).isEmpty();
  }

  /** The Word file with a content type for .jpeg parts. */
  private static byte[] withJpeg(byte[] docx) throws IOException {
    return BrokenFiles.rezip(
        docx,
        "[Content_Types].xml",
        ct ->
            ct.replace(
                "</Types>", "<Default Extension=\"jpeg\" ContentType=\"image/jpeg\"/></Types>"));
  }

  /** The zip (or an empty one) with one entry more. */
  private static byte[] withEntry(byte[] zip, String name, byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream copy = new ZipOutputStream(out)) {
      if (zip.length > 0) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
          for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
            copy.putNextEntry(new ZipEntry(e.getName()));
            copy.write(in.readAllBytes());
            copy.closeEntry();
          }
        }
      }
      copy.putNextEntry(new ZipEntry(name));
      copy.write(data);
      copy.closeEntry();
    }
    return out.toByteArray();
  }
}
