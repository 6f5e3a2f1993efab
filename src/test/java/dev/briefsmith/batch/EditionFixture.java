package dev.briefsmith.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.yaml.LoadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** A content folder holding one edition of the editions test brief, the shipped audiences, OUT. */
final class EditionFixture {
  static final Path EDITIONS = Path.of("src/test/resources/briefs/editions");
  static final String ID = "river-editions-2031";

  final Path dir;
  final Path content;
  final Path templates;
  final Path out;

  EditionFixture(Path dir) throws IOException {
    this.dir = dir;
    content = dir.resolve("content");
    templates = dir.resolve("templates");
    out = dir.resolve("output");
    for (String a : List.of("analyst", "executive", "public")) {
      RenderingTest.copyFolder(Path.of("templates", a), templates.resolve(a));
    }
    edition(1);
  }

  /** Puts edition {@code n} of the brief into the content folder (3 is 2 a day later). */
  void edition(int n) throws IOException {
    Path target = content.resolve(ID + ".yaml");
    Files.createDirectories(content);
    if (n == 3) {
      Files.writeString(
          target,
          Files.readString(EDITIONS.resolve("2").resolve(ID + ".yaml"))
              .replace("as_of: \"2031-03-15\"", "as_of: \"2031-03-16\""));
    } else {
      Files.copy(
          EDITIONS.resolve(String.valueOf(n)).resolve(ID + ".yaml"),
          target,
          StandardCopyOption.REPLACE_EXISTING);
    }
  }

  BuildRequest request() {
    return new BuildRequest(
        List.of(),
        content,
        templates,
        out,
        Set.of(),
        EnumSet.allOf(Format.class),
        LoadLimits.DEFAULT,
        BatchFixture.jobs(1));
  }

  BuildReport build(Builder.Faults faults) throws Exception {
    return BatchFixture.builder(Map.of(), BatchFixture.PROGRAM)
        .withFaults(faults)
        .run(request(), line -> {});
  }

  Path file(String audience, String ext) {
    return out.resolve(ID).resolve(ID + "." + audience + "." + ext);
  }

  String pdfText(String audience) throws IOException {
    return Outputs.pdfText(file(audience, "pdf"));
  }

  /**
   * The text of a section of the PDF, from its heading to the next (the bottom line), on one line
   * and without bullets.
   */
  static String section(String text, String heading) {
    return rawSection(text, heading).replace("\u2022", " ").replaceAll("\\s+", " ").strip();
  }

  static int bullets(String text, String heading) {
    return count(rawSection(text, heading), "\u2022");
  }

  static String rawSection(String text, String heading) {
    int from = text.indexOf("\n" + heading + "\n");
    assertThat(from).as("heading " + heading).isNotNegative();
    int to = text.indexOf("\nBottom line\n", from);
    return text.substring(from + heading.length() + 2, to);
  }

  /** The paragraphs of a section of the Word file, from its heading to the next. */
  List<String> docxSection(String audience, String heading) throws IOException {
    List<String> lines = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file(audience, "docx"));
        XWPFDocument doc = new XWPFDocument(in)) {
      boolean in1 = false;
      for (XWPFParagraph p : doc.getParagraphs()) {
        boolean heading1 = "Heading1".equals(p.getStyle());
        if (heading1 && in1) {
          break;
        }
        if (in1 && !p.getText().isBlank()) {
          lines.add(p.getText());
        }
        if (heading1 && p.getText().equals(heading)) {
          in1 = true;
        }
      }
    }
    assertThat(lines).as("section " + heading + " in the Word file").isNotEmpty();
    return lines;
  }

  /** The text of a cell of the position matrix in the Word file, by row label and column. */
  String matrixCell(String audience, String row, int column) throws IOException {
    try (InputStream in = Files.newInputStream(file(audience, "docx"));
        XWPFDocument doc = new XWPFDocument(in)) {
      for (var table : doc.getTables()) {
        for (var r : table.getRows()) {
          if (r.getCell(0).getText().startsWith(row)) {
            return r.getCell(column).getText();
          }
        }
      }
    }
    throw new AssertionError("no row " + row);
  }

  /** What a kill looks like to a run: an Error, after which nothing of the run goes on. */
  static final class Killed extends Error {
    static final long serialVersionUID = 1L;
  }

  static int count(String text, String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }
}
