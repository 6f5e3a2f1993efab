package dev.briefsmith.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.briefsmith.render.DocumentFixtures;
import dev.briefsmith.render.Fonts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks by independent tools: qpdf's structural check and poppler's font list. */
class PdfToolsTest {
  private static final PdfRenderer RENDERER = new PdfRenderer(new Fonts());
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  @TempDir Path dir;

  @Test
  void qpdfFindsNoErrors() throws Exception {
    for (Path pdf : renderFixtures()) {
      Result qpdf = run("qpdf", "apt-get install qpdf", "qpdf", "--check", pdf.toString());
      assertThat(qpdf.exit()).as("qpdf --check %s:%n%s", pdf, qpdf.output()).isZero();
      assertThat(qpdf.output())
          .contains("PDF Version: 1.7")
          .contains("No syntax or stream encoding errors found");
    }
  }

  @Test
  void pdffontsListsEveryFontEmbedded() throws Exception {
    for (Path pdf : renderFixtures()) {
      Result fonts = run("pdffonts", "apt-get install poppler-utils", "pdffonts", pdf.toString());
      assertThat(fonts.exit()).as(fonts.output()).isZero();
      List<String> rows = fontRows(fonts.output());
      assertThat(rows).as("fonts in %s", pdf).isNotEmpty();
      for (String row : rows) {
        List<String> cols = WHITESPACE.splitAsStream(row.trim()).toList();
        // name type... encoding emb sub uni object-number generation: read from the right
        String emb = cols.get(cols.size() - 5);
        String sub = cols.get(cols.size() - 4);
        assertThat(emb).as("embedded: %s", row).isEqualTo("yes");
        assertThat(sub).as("subset: %s", row).isEqualTo("yes");
        assertThat(cols.get(0)).as(row).matches("[A-Z]{6}\\+Noto(Sans|Serif)-\\w+");
      }
    }
  }

  private List<Path> renderFixtures() throws IOException {
    Path sink = dir.resolve("kitchen-sink.pdf");
    Files.write(sink, RENDERER.render(DocumentFixtures.kitchenSink()).bytes());
    Path brief = dir.resolve("masthead-brief.pdf");
    Files.write(brief, RENDERER.render(Briefs.withMasthead()).bytes());
    Path stress = dir.resolve("stress.pdf");
    Files.write(stress, RENDERER.render(Briefs.stress()).bytes());
    return List.of(sink, brief, stress);
  }

  private static List<String> fontRows(String output) {
    List<String> rows = new ArrayList<>();
    boolean body = false;
    for (String line : output.lines().toList()) {
      if (line.startsWith("----")) {
        body = true;
      } else if (body && !line.isBlank()) {
        rows.add(line);
      }
    }
    return rows;
  }

  private record Result(int exit, String output) {}

  private static Result run(String tool, String install, String... command) throws Exception {
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      return fail(
          tool
              + " is not installed, and this test checks every PDF with it: "
              + install
              + " ("
              + e.getMessage()
              + ")");
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Result(process.waitFor(), output);
  }
}
