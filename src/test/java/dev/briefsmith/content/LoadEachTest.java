package dev.briefsmith.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.batch.bench.SyntheticBriefs;
import dev.briefsmith.yaml.LoadLimits;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run plans from briefs read on several threads: the results are those of loading the files one
 * after another, in their order, and only a few are read ahead of the one the caller is at.
 */
class LoadEachTest {
  @TempDir Path dir;

  /** Twelve briefs; the fifth takes the second's id, the eighth is not a brief. */
  private List<Path> files() throws Exception {
    SyntheticBriefs shape = new SyntheticBriefs(2, 2, 4);
    List<Path> files = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      String id = i == 5 ? "brief-02" : String.format(java.util.Locale.ROOT, "brief-%02d", i);
      String yaml = i == 8 ? "format: briefsmith/1\nid: [not, an, id]\n" : shape.yaml(id, i);
      Path file = dir.resolve(String.format(java.util.Locale.ROOT, "brief-%02d.yaml", i));
      Files.writeString(file, yaml, StandardCharsets.UTF_8);
      files.add(file);
    }
    return files;
  }

  private static List<String> summary(List<Path> files, List<LoadResult> results) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      LoadResult r = results.get(i);
      out.add(
          files.get(i).getFileName()
              + " "
              + r.brief().map(Brief::id).orElse("-")
              + " "
              + r.diagnostics());
    }
    return out;
  }

  @Test
  void givesWhatLoadingOneAfterAnotherGivesInTheFilesOrder() throws Exception {
    List<Path> files = files();
    BriefLoader loader = new BriefLoader(LoadLimits.DEFAULT);
    List<LoadResult> one = loader.loadAll(files);

    List<Path> seen = new ArrayList<>();
    List<LoadResult> parallel = new ArrayList<>();
    loader
        .sequence()
        .loadEach(
            files,
            3,
            (f, r) -> {
              seen.add(f);
              parallel.add(r);
            });

    assertThat(seen).isEqualTo(files);
    assertThat(summary(files, parallel)).isEqualTo(summary(files, one));
    assertThat(parallel.get(4).diagnostics())
        .anySatisfy(d -> assertThat(d.message()).contains("\"brief-02\" is already used by"));
    assertThat(parallel.get(7).brief()).isEmpty();
    assertThat(parallel.get(1).brief()).isPresent();
  }

  /**
   * The reads run at once (a check that waits until three run together passes), and never more than
   * twice the threads ahead of the brief the caller is given.
   */
  @Test
  void readsOnSeveralThreadsAndOnlyAFewAhead() throws Exception {
    List<Path> files = files();
    CountDownLatch together = new CountDownLatch(3);
    AtomicInteger checked = new AtomicInteger();
    BriefCheck meeting =
        (brief, context) -> {
          checked.incrementAndGet();
          together.countDown();
          try {
            assertThat(together.await(30, TimeUnit.SECONDS)).as("three reads at once").isTrue();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        };
    BriefLoader loader = new BriefLoader(LoadLimits.DEFAULT, List.of(meeting));
    List<Integer> aheadWhenGiven = new ArrayList<>();
    AtomicInteger given = new AtomicInteger();
    loader
        .sequence()
        .loadEach(
            files,
            3,
            (f, r) -> {
              assertThat(r.diagnostics()).noneMatch(d -> d.message().contains("three reads"));
              aheadWhenGiven.add(checked.get() - given.incrementAndGet());
            });

    assertThat(together.getCount()).isZero();
    assertThat(given.get()).isEqualTo(12);
    // files 5 (a taken id: still read and checked) and 8 (not a brief: no check) aside, every
    // check ran once; none ran more than 2 x 3 files ahead of the one given
    assertThat(checked.get()).isEqualTo(11);
    assertThat(aheadWhenGiven).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(6));
  }
}
