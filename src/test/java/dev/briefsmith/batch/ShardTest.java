package dev.briefsmith.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefsmith.cli.CliRun;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Point 10: {@code --shard K/N} splits the briefs so that each belongs to exactly one shard. */
class ShardTest {
  @TempDir Path dir;

  @Test
  void everyBriefBelongsToExactlyOneShard() {
    List<String> names =
        IntStream.range(0, 2000)
            .mapToObj(
                i -> (i % 3 == 0 ? "brief-" : "synthetic-") + i + (i % 7 == 0 ? ".yml" : ".yaml"))
            .toList();
    for (int n = 1; n <= 16; n++) {
      for (String name : names) {
        int owners = 0;
        for (int k = 0; k < n; k++) {
          if (new Shard(k, n).contains(name)) {
            owners++;
          }
        }
        assertThat(owners).as(name + " in " + n + " shards").isEqualTo(1);
      }
    }
  }

  @Test
  void shardsAreBalancedAndStable() {
    Map<Integer, Integer> sizes = new HashMap<>();
    for (int i = 0; i < 4000; i++) {
      sizes.merge(Shard.of("synthetic-" + i + ".yaml", 4), 1, Integer::sum);
    }
    assertThat(sizes.values()).allSatisfy(n -> assertThat(n).isBetween(850, 1150));
    // a fixed expectation: the assignment must not change between versions or machines
    assertThat(Shard.of("iraq-us-iran-2014.yaml", 4))
        .isEqualTo(Shard.of("iraq-us-iran-2014.yaml", 4));
    assertThat(IntStream.range(0, 8).map(i -> Shard.of("brief-" + i + ".yaml", 3)).boxed().toList())
        .isEqualTo(
            IntStream.range(0, 8)
                .map(i -> Shard.of(new String("brief-" + i + ".yaml"), 3))
                .boxed()
                .toList());
  }

  @Test
  void parsesKOfNAndExplainsMistakes() {
    assertThat(Shard.parse("0/4")).isEqualTo(new Shard(0, 4));
    assertThat(Shard.parse(" 3/4 ")).isEqualTo(new Shard(3, 4));
    assertThat(new Shard(1, 4).fileTag()).isEqualTo(".1-of-4");
    assertThat(Shard.ALL.fileTag()).isEmpty();
    for (String bad : List.of("4/4", "1/0", "-1/4", "a/b", "1", "1/2/3")) {
      assertThatThrownBy(() -> Shard.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("expected K/N with 0 <= K < N");
    }
  }

  @Test
  void threeShardsIntoOneFolderBuildExactlyWhatOneRunBuilds() throws Exception {
    BatchFixture whole = BatchFixture.create(dir, 6);
    BuildReport all = whole.build(BatchFixture.jobs(2));
    Set<String> expected = new TreeSet<>();
    all.written().forEach(o -> expected.add(whole.out.relativize(o.file()).toString()));

    BatchFixture sharded = whole.withOut(dir.resolve("sharded"));
    Set<String> union = new TreeSet<>();
    Set<String> briefsSeen = new HashSet<>();
    for (int k = 0; k < 3; k++) {
      BuildReport part =
          sharded.build(new BatchOptions(false, 2, false, false, false, new Shard(k, 3)));
      assertThat(part.ok()).isTrue();
      for (var o : part.written()) {
        assertThat(union.add(sharded.out.relativize(o.file()).toString()))
            .as("built by one shard only: " + o.file())
            .isTrue();
      }
      Set<String> mine = new HashSet<>();
      part.written().forEach(o -> mine.add(o.briefId()));
      assertThat(mine).allSatisfy(id -> assertThat(briefsSeen.add(id)).as(id).isTrue());
      assertThat(sharded.out.resolve("manifest." + k + "-of-3.json")).exists();
      assertThat(sharded.out.resolve("run-report." + k + "-of-3.json")).exists();
    }
    assertThat(union).isEqualTo(expected);
    Map<String, String> wholeHashes = whole.hashes();
    Map<String, String> shardHashes = sharded.hashes();
    for (String file : expected) {
      assertThat(shardHashes.get(file)).as(file).isEqualTo(wholeHashes.get(file));
    }
    // a shard re-run builds nothing: each shard keeps its own manifest
    BuildReport again =
        sharded.build(new BatchOptions(false, 2, false, false, false, new Shard(1, 3)));
    assertThat(again.written()).isEmpty();
  }

  @Test
  void digestNeedsEveryBrief() throws Exception {
    BatchFixture f = BatchFixture.create(dir, 1);
    CliRun run = CliRun.of(f.args("--shard", "0/2", "--digest").toArray(String[]::new));
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("--digest needs every brief and cannot be combined with --shard");
    CliRun bad = CliRun.of(f.args("--shard", "2/2").toArray(String[]::new));
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("expected K/N with 0 <= K < N");
  }
}
