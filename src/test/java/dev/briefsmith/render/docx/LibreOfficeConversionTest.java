package dev.briefsmith.render.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.briefsmith.render.DocumentFixtures;
import dev.briefsmith.render.Fonts;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * An independent reader: LibreOffice must open the Word file and lay it out. One conversion (it
 * takes a second or two); the PDF and the .docx stay in target/test-output for a person to look at.
 */
class LibreOfficeConversionTest {

  @Test
  void libreOfficeLaysOutTheKitchenSink() throws Exception {
    Path soffice = findSoffice();
    Path out = Path.of("target/test-output").toAbsolutePath();
    Files.createDirectories(out);
    Path docx = out.resolve("kitchen-sink.docx");
    Files.write(
        docx,
        new DocxRenderer(new Fonts()).render(DocumentFixtures.kitchenSink(), Optional.empty()));
    Path pdf = out.resolve("kitchen-sink.pdf");
    Files.deleteIfExists(pdf);
    // A profile of its own, so a LibreOffice the developer has open does not take the job.
    Path profile = Path.of("target/soffice-profile").toAbsolutePath();
    Process process =
        new ProcessBuilder(
                soffice.toString(),
                "-env:UserInstallation=" + profile.toUri(),
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                out.toString(),
                docx.toString())
            .redirectErrorStream(true)
            .redirectOutput(out.resolve("soffice.log").toFile())
            .start();
    if (!process.waitFor(180, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("LibreOffice did not finish converting %s within 180 s", docx);
    }
    // soffice exits 0 even when it cannot convert: the PDF is the evidence.
    assertThat(pdf).as("LibreOffice's PDF (see %s)", out.resolve("soffice.log")).exists();
    assertThat(Files.size(pdf)).isPositive();
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(3);
      String text = new PDFTextStripper().getText(doc);
      assertThat(text)
          .contains(
              "Kitchen sink brief",
              "Summary",
              "Issue 30",
              "Estimative language",
              "A second source.")
          .contains("Page 1 of");
    }
  }

  private static Path findSoffice() throws IOException {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(Pattern.quote(File.pathSeparator), -1)) {
      if (dir.isEmpty()) {
        continue;
      }
      for (String name : List.of("soffice", "libreoffice")) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return candidate;
        }
      }
    }
    for (Path candidate :
        List.of(
            Path.of("/usr/bin/soffice"),
            Path.of("/usr/lib/libreoffice/program/soffice"),
            Path.of("/opt/libreoffice/program/soffice"),
            Path.of("/Applications/LibreOffice.app/Contents/MacOS/soffice"))) {
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    throw new IOException(
        "LibreOffice (soffice) is not installed, and this test needs it to check that Word files"
            + " open in an independent reader: apt-get install libreoffice-writer-nogui");
  }
}
