package dev.briefsmith.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.cli.CliRun;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Point 3: a run killed with SIGKILL at any moment leaves only complete files among the outputs,
 * and the next run recovers by itself.
 */
class CrashSafetyTest {
  @TempDir Path dir;

  @Test
  @Timeout(180) // a guard against hangs; the test takes well under a minute on an idle machine
  void aRunKilledAtSeveralMomentsLeavesOnlyCompleteFilesAndTheNextRunRecovers() throws Exception {
    BatchFixture f = BatchFixture.create(dir, 24);
    // Kill moments: while the JVM starts, and after about 1, 40 and 90 of the 144 outputs.
    int killed = 0;
    for (int threshold : List.of(0, 1, 40, 90)) {
      Process child =
          ChildRun.start(
              f.args("--jobs", "2", "--digest"), dir.resolve("child" + threshold + ".log"));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (child.isAlive() && visibleOutputs(f.out) < threshold && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      if (threshold == 0) {
        Thread.sleep(300);
      }
      if (child.isAlive()) {
        child.destroyForcibly(); // SIGKILL on Linux
        killed++;
      }
      child.waitFor();
      assertEveryVisibleFileIsComplete(f.out);
    }
    assertThat(killed).as("runs killed before they finished").isGreaterThanOrEqualTo(3);

    CliRun next = CliRun.of(f.args("--jobs", "2", "--digest").toArray(String[]::new));
    assertThat(next.exitCode()).as(next.out() + next.err()).isZero();
    assertThat(BatchFixture.hidden(f.out))
        .as("no temporary files or journal are left")
        .extracting(p -> p.getFileName().toString())
        .containsOnly(".briefsmith.lock", ".manifest.json.stat");
    assertThat(f.out.resolve(".briefsmith.lock")).isEmptyFile();
    assertEveryVisibleFileIsComplete(f.out);
    Manifest m = Manifest.fromJson(Files.readAllBytes(f.out.resolve("manifest.json")));
    assertThat(m.outputs()).hasSize(24 * 3 * 2);
    for (Manifest.Entry e : m.outputs()) {
      assertThat(Hashing.file(f.out.resolve(e.path()))).as(e.path()).isEqualTo(e.sha256());
    }
    // What the killed runs finished was kept, not built again.
    assertThat(next.err()).containsPattern("built \\d+ files?, [1-9]\\d* up to date");
    assertThat(CliRun.of(f.args().toArray(String[]::new)).err())
        .contains("built 0 files, 144 up to date");
  }

  private static long visibleOutputs(Path out) throws IOException {
    if (!Files.isDirectory(out)) {
      return 0;
    }
    // The running child renames temporary files while we walk: a walk that meets a file just
    // renamed away is simply taken again.
    while (true) {
      try (Stream<Path> files = Files.walk(out)) {
        return files
            .filter(p -> p.toString().endsWith(".pdf") || p.toString().endsWith(".docx"))
            .filter(p -> !p.getFileName().toString().startsWith("."))
            .count();
      } catch (java.io.UncheckedIOException e) {
        if (!(e.getCause() instanceof java.nio.file.NoSuchFileException)) {
          throw e;
        }
      }
    }
  }

  /** Every file whose name does not start with a dot opens as what its name says. */
  static void assertEveryVisibleFileIsComplete(Path out) throws IOException {
    if (!Files.isDirectory(out)) {
      return;
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(out)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(p -> !p.getFileName().toString().startsWith("."))
              .toList();
    }
    for (Path p : files) {
      String name = p.getFileName().toString();
      if (name.endsWith(".pdf")) {
        try (PDDocument doc = Loader.loadPDF(p.toFile())) {
          assertThat(doc.getNumberOfPages()).as(name).isPositive();
        }
      } else if (name.endsWith(".docx")) {
        try (InputStream in = Files.newInputStream(p);
            XWPFDocument doc = new XWPFDocument(in)) {
          assertThat(doc.getParagraphs()).as(name).isNotEmpty();
        }
      } else if (name.startsWith("manifest")) {
        assertThat(Manifest.fromJson(Files.readAllBytes(p)).outputs()).isNotNull();
      } else if (name.endsWith(".edition.json")) {
        // an editions record is written whole or not at all, like the documents
        List<?> editions = Json.get(Json.read(Files.readAllBytes(p)), "editions", List.class);
        assertThat(editions).as(name).isNotEmpty();
      } else if (name.startsWith("run-report")) {
        assertThat(Json.read(Files.readAllBytes(p))).isNotNull();
      } else {
        throw new AssertionError("unexpected file among the outputs: " + p);
      }
    }
  }
}
