package dev.briefsmith.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input/output errors (a full disk, a file in the way) exit 4, which schedulers retry, not 1 (a
 * broken brief) or 2 (a wrong command); an output folder that cannot be one is said plainly.
 */
class IoErrorsTest {
  @TempDir Path dir;

  @Test
  void aWriteThatFailsIsRetryableAndABrokenBriefIsNot() throws Exception {
    BatchFixture f = BatchFixture.create(dir, 2);
    Path pdf = f.out.resolve(BatchFixture.id(1)).resolve(BatchFixture.id(1) + ".public.pdf");
    BuildReport full =
        BatchFixture.builder(java.util.Map.of(), BatchFixture.PROGRAM)
            .withFaults(
                target -> {
                  if (target.equals(pdf)) {
                    throw new java.io.IOException("No space left on device");
                  }
                })
            .run(f.request(BatchFixture.options()), line -> {});
    assertThat(full.ioFailures()).isEqualTo(1);
    assertThat(full.retryable()).isTrue();
    assertThat(Files.readString(f.out.resolve("run-report.json"))).contains("\"io_failures\": 1");

    Files.writeString(f.brief(2), "format: briefsmith/1\n");
    BuildReport broken = f.build(BatchFixture.options());
    assertThat(broken.ok()).isFalse();
    assertThat(broken.retryable())
        .as("the missing PDF was built; the brief stays broken")
        .isFalse();
    assertThat(broken.written())
        .extracting(BuildReport.Output::file)
        .containsExactlyInAnyOrder(pdf, pdf.resolveSibling(BatchFixture.id(1) + ".public.docx"));
  }

  @Test
  void anOutputThatCannotBeWrittenExitsFour() throws Exception {
    BatchFixture f = BatchFixture.create(dir, 1);
    assertThat(CliRun.of(f.args().toArray(String[]::new)).exitCode()).isZero();
    // A folder where the PDF goes: the rename over it fails, a real I/O error.
    Path pdf = f.out.resolve(BatchFixture.id(1)).resolve(BatchFixture.id(1) + ".public.pdf");
    Files.delete(pdf);
    Files.writeString(Files.createDirectories(pdf).resolve("in-the-way"), "x");
    CliRun run = CliRun.of(f.args().toArray(String[]::new));
    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(4);
    assertThat(run.out())
        .contains(
            f.brief(1)
                + ":1:1: error: public: input/output error while writing the outputs ("
                + pdf
                + ": Is a directory); the old files are kept, and running again can fix it");
  }

  @Test
  void anIoErrorOnTheFoldersOwnRecordsExitsFour() throws Exception {
    BatchFixture f = BatchFixture.create(dir, 1);
    Files.writeString(Files.createDirectories(f.out.resolve("run-report.json")).resolve("x"), "x");
    CliRun run = CliRun.of(f.args().toArray(String[]::new));
    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(4);
    assertThat(run.err())
        .startsWith(
            "briefsmith: input/output error: "
                + f.out.resolve("run-report.json")
                + ": Is a directory")
        .doesNotContain(".tmp")
        .contains(
            "; nothing is wrong with the briefs, so running again once it is fixed can succeed"
                + " (exit code 4)");
  }

  @Test
  void anOutputFolderThatIsAFileIsAClearUsageError() throws Exception {
    BatchFixture f = BatchFixture.create(dir, 1);
    Path file = Files.writeString(dir.resolve("x"), "a file");
    CliRun run = CliRun.of(f.withOut(file).args().toArray(String[]::new));
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "briefsmith: the output folder \""
                + file
                + "\" is a file, not a folder (--out DIR names a folder, created if missing)\n");

    CliRun below = CliRun.of(f.withOut(file.resolve("sub")).args().toArray(String[]::new));
    assertThat(below.exitCode()).as(below.err()).isEqualTo(2);
    assertThat(below.err())
        .isEqualTo(
            "briefsmith: cannot create the output folder \""
                + file.resolve("sub")
                + "\": \""
                + file
                + "\" is a file, not a folder\n");
  }
}
