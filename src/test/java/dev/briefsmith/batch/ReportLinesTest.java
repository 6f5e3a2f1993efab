package dev.briefsmith.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's lines for files written and skipped hold the folder and each file's path inside it
 * (not a Path of their own), and the report lists them in the order of their full paths.
 */
class ReportLinesTest {
  @TempDir Path dir;

  @Test
  void writtenAndSkippedFilesAreListedInPathOrderAndResolveUnderTheOutputFolder() throws Exception {
    BatchFixture f = BatchFixture.create(dir, 3);
    BuildReport built = f.build(BatchFixture.options());
    assertThat(built.written()).hasSize(18);
    List<Path> files = built.written().stream().map(BuildReport.Output::file).toList();
    assertThat(files).isSortedAccordingTo(Comparator.comparing(Path::toString));
    for (BuildReport.Output o : built.written()) {
      assertThat(o.folder()).isEqualTo(f.out);
      assertThat(o.file()).isEqualTo(f.out.resolve(o.path())).isRegularFile();
      assertThat(o.path()).startsWith(o.briefId() + "/").endsWith("." + o.format().extension());
      assertThat(o.took()).isEqualTo(Duration.ofNanos(o.tookNanos())).isPositive();
      assertThat(o.cpu()).isEqualTo(Duration.ofNanos(o.cpuNanos()));
    }
    // one output removed: it is written again, and the rest are skipped, in path order too
    Files.delete(files.get(7));
    BuildReport again = f.build(BatchFixture.options());
    assertThat(again.written())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.file()).isEqualTo(files.get(7));
              assertThat(o.reason()).isEqualTo("output missing");
            });
    List<Path> skipped = again.skipped().stream().map(BuildReport.Skip::file).toList();
    assertThat(skipped).hasSize(17).isSortedAccordingTo(Comparator.comparing(Path::toString));
    assertThat(skipped).doesNotContain(files.get(7));
    assertThat(again.skipped())
        .allSatisfy(
            s -> {
              assertThat(s.folder()).isEqualTo(f.out);
              assertThat(s.file()).isRegularFile();
              assertThat(s.reason()).isEqualTo("unchanged");
            });
  }
}
