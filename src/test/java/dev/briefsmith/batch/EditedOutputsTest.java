package dev.briefsmith.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output edited on disk is rebuilt even when its size is the same: each output's size and time
 * are recorded, and a file whose stat moved is hashed.
 */
class EditedOutputsTest {
  @TempDir Path dir;
  BatchFixture f;
  Path pdf;
  Path stats;

  @BeforeEach
  void build() throws Exception {
    f = BatchFixture.create(dir, 2);
    assertThat(f.build(BatchFixture.options()).ok()).isTrue();
    pdf = f.out.resolve(BatchFixture.id(1)).resolve(BatchFixture.id(1) + ".analyst.pdf");
    stats = f.out.resolve(".manifest.json.stat");
  }

  /** Overwrites 8 bytes in the middle of the file: same size, other content. */
  static void overwriteMiddle(Path file) throws Exception {
    try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE)) {
      c.write(
          ByteBuffer.wrap("EDITED!!".getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
          c.size() / 2);
    }
  }

  /**
   * Ages every output by an hour and runs again, so that every record is taken long after its
   * file's time and vouches for it by stat alone.
   */
  private void settle() throws Exception {
    FileTime hourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
    try (Stream<Path> files = Files.walk(f.out)) {
      for (Path p : files.filter(p -> p.toString().matches(".*\\.(pdf|docx)")).toList()) {
        Files.setLastModifiedTime(p, hourAgo);
      }
    }
    BuildReport r = f.build(BatchFixture.options());
    assertThat(r.written()).as("an older time alone is no change").isEmpty();
    OutputStats s = OutputStats.read(stats).orElseThrow();
    assertThat(s.files()).hasSize(12);
    assertThat(s.vouchesFor(f.out.relativize(pdf).toString(), OutputStats.Stat.of(pdf))).isTrue();
  }

  @Test
  void aSameSizeEditIsRebuiltBecauseTheFileChangedOnDisk() throws Exception {
    settle();
    long size = Files.size(pdf);
    overwriteMiddle(pdf);
    assertThat(Files.size(pdf)).isEqualTo(size);

    List<String> log = new java.util.ArrayList<>();
    BuildReport r = f.build(BatchFixture.options(), log);
    assertThat(r.written())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.file()).isEqualTo(pdf);
              assertThat(o.reason()).isEqualTo("output changed on disk");
            });
    assertThat(log)
        .contains(
            "wrote " + pdf + " (" + Outputs.pdfPages(pdf) + " pages): output" + " changed on disk");
    Manifest m = Manifest.fromJson(Files.readAllBytes(f.out.resolve("manifest.json")));
    assertThat(m.outputs())
        .filteredOn(e -> f.out.resolve(e.path()).equals(pdf))
        .singleElement()
        .satisfies(e -> assertThat(e.sha256()).isEqualTo(Hashing.file(pdf)));
    assertThat(f.build(BatchFixture.options()).written()).isEmpty();
  }

  @Test
  void anEditThatKeepsSizeAndTimeIsFoundWhileTheRecordIsTooCloseToTheFilesTime() throws Exception {
    settle();
    FileTime time = Files.getLastModifiedTime(pdf);
    overwriteMiddle(pdf);
    Files.setLastModifiedTime(pdf, time);
    // The record was taken within a clock tick of the file's time: a coarse clock could have hidden
    // an edit made in that tick, so the stat alone cannot vouch for the file.
    Files.setLastModifiedTime(stats, FileTime.from(time.toInstant().plusMillis(500)));

    BuildReport r = f.build(BatchFixture.options());
    assertThat(r.written())
        .extracting(o -> o.file() + ": " + o.reason())
        .containsExactly(pdf + ": output changed on disk");
  }

  @Test
  void withoutTheStatRecordsEveryOutputIsHashedAndNothingRebuiltForNothing() throws Exception {
    settle();
    overwriteMiddle(pdf);
    Files.setLastModifiedTime(pdf, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
    Files.delete(stats);
    BuildReport r = f.build(BatchFixture.options());
    assertThat(r.written())
        .extracting(o -> o.file() + ": " + o.reason())
        .containsExactly(pdf + ": output changed on disk");
    assertThat(stats).exists();
  }
}
