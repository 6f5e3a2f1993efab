package dev.briefsmith.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Calendar;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Points 2 and 6: parallel runs give the same files as a single-threaded one, and two clean runs
 * give byte-identical files.
 */
class DeterminismTest {
  @TempDir Path dir;

  @Test
  void twoCleanRunsIntoDifferentFoldersGiveIdenticalFilesWhateverTheJobs() throws Exception {
    BatchFixture one = BatchFixture.create(dir, 4);
    BatchFixture four = one.withOut(dir.resolve("out-four-jobs"));
    BuildReport a = one.build(new BatchOptions(false, 1, false, false, true, Shard.ALL));
    BuildReport b = four.build(new BatchOptions(false, 4, false, false, true, Shard.ALL));
    assertThat(a.ok()).isTrue();
    assertThat(b.ok()).isTrue();
    Map<String, String> first = one.hashes();
    Map<String, String> second = four.hashes();
    // The run report holds times and its own folder; every other file must be identical.
    first.remove("run-report.json");
    second.remove("run-report.json");
    // documents, the manifest, the digests and each brief × audience's editions record
    assertThat(first).hasSize(4 * 3 * 2 + 1 + 3 + 4 * 3).isEqualTo(second);
    assertThat(first).containsKeys("manifest.json", "digest/analyst.pdf");
  }

  @Test
  void documentsAreDatedFromTheBriefOrSourceDateEpochNeverTheClock() throws Exception {
    BatchFixture f = BatchFixture.create(dir, 1);
    f.build(BatchFixture.options());
    Path pdf = f.out.resolve(BatchFixture.id(1)).resolve(BatchFixture.id(1) + ".public.pdf");
    String asOf =
        Files.readString(f.brief(1))
            .lines()
            .filter(l -> l.startsWith("as_of:"))
            .findFirst()
            .orElseThrow()
            .replaceAll("[^0-9-]", "");
    assertThat(created(pdf)).isEqualTo(Instant.parse(asOf + "T00:00:00Z"));

    BatchFixture.builder(Map.of("SOURCE_DATE_EPOCH", "1700000000"), BatchFixture.PROGRAM)
        .run(f.request(BatchFixture.options()), line -> {});
    assertThat(created(pdf)).isEqualTo(Instant.ofEpochSecond(1700000000));
  }

  private static Instant created(Path pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      Calendar c = doc.getDocumentInformation().getCreationDate();
      return c.toInstant();
    }
  }
}
