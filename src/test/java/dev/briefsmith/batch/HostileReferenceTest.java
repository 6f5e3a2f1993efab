package dev.briefsmith.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, point 4: POI logged a 34-line stack trace (through Log4j, to stderr) for a DOCTYPE in a
 * reference document's [Content_Types].xml. The real program, in its own JVM, prints one positioned
 * line and exits with 2 before rendering anything.
 */
class HostileReferenceTest {
  @TempDir Path dir;

  @Test
  @Timeout(60) // a guard against hangs
  void aDoctypeInTheReferenceDocumentIsOneLine() throws Exception {
    BatchFixture f = BatchFixture.create(dir, 1);
    Path reference = f.templates.resolve("public/house-style.docx");
    Files.write(reference, withDoctype(Files.readAllBytes(reference)));
    Path log = dir.resolve("child.log");
    Process child = ChildRun.start(f.args("--audience", "public"), log);
    assertThat(child.waitFor(50, TimeUnit.SECONDS)).isTrue();
    List<String> lines = Files.readAllLines(log);
    assertThat(child.exitValue()).as(String.join("\n", lines)).isEqualTo(2);
    assertThat(lines)
        .containsExactly(
            f.templates.resolve("public/template.yaml")
                + ":40:14: error: docx.reference: \"house-style.docx\" is not a readable Word"
                + " (.docx) file: DOCTYPE is disallowed when the feature"
                + " \"http://apache.org/xml/features/disallow-doctype-decl\" set to true.",
            "briefsmith: invalid audience template");
    assertThat(f.out).doesNotExist();
  }

  private static byte[] withDoctype(byte[] docx) throws java.io.IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream bytes = new java.io.ByteArrayInputStream(docx);
        ZipInputStream in = new ZipInputStream(bytes);
        ZipOutputStream copy = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] data = in.readAllBytes();
        if (e.getName().equals("[Content_Types].xml")) {
          String xml = new String(data, StandardCharsets.UTF_8);
          data =
              xml.replaceFirst("\\?>", "?><!DOCTYPE Types [<!ENTITY x \"y\">]>")
                  .getBytes(StandardCharsets.UTF_8);
        }
        copy.putNextEntry(new ZipEntry(e.getName()));
        copy.write(data);
        copy.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
