package dev.briefsmith.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, point 12: a run leaves nothing in java.io.tmpdir, finished or killed with SIGKILL. Each
 * stance chart used to create its AWT fonts from bytes, which copies every font to a {@code
 * +~JF*.tmp} file that only a normal exit deletes; the fonts now come from a per-user cache folder,
 * written once and reused.
 */
class TemporaryFilesTest {
  @TempDir Path dir;

  /** The child's temporary folder and home, both fresh, and the cache folder inside the home. */
  private Path tmp;

  private Path home;

  private Process start(BatchFixture f, String log, String... more) throws IOException {
    tmp = Files.createDirectories(dir.resolve("tmp"));
    home = Files.createDirectories(dir.resolve("home"));
    return ChildRun.start(
        List.of("-Djava.io.tmpdir=" + tmp, "-Duser.home=" + home),
        List.of("XDG_CACHE_HOME"),
        f.args(more),
        dir.resolve(log));
  }

  private Path fontCache() {
    return home.resolve(".cache/briefsmith/fonts");
  }

  private static List<String> files(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(p -> !p.equals(folder)).map(p -> folder.relativize(p).toString()).toList();
    }
  }

  private static Map<String, FileTime> modified(Path folder) throws IOException {
    Map<String, FileTime> out = new TreeMap<>();
    for (String name : files(folder)) {
      out.put(name, Files.getLastModifiedTime(folder.resolve(name)));
    }
    return out;
  }

  @Test
  @Timeout(120) // a guard against hangs
  void aFinishedRunLeavesNothingInTheTemporaryFolderAndReusesTheFontCache() throws Exception {
    BatchFixture f = BatchFixture.create(dir, 3);
    Process first = start(f, "first.log", "--audience", "analyst,public", "--jobs", "2");
    assertThat(first.waitFor(100, TimeUnit.SECONDS)).isTrue();
    assertThat(first.exitValue()).as(Files.readString(dir.resolve("first.log"))).isZero();
    assertThat(files(tmp)).as("java.io.tmpdir after the run").isEmpty();
    // the chart fonts (regular and bold of the body font), each once, under its content hash
    assertThat(files(fontCache()))
        .isNotEmpty()
        .allMatch(name -> name.matches("Noto[A-Za-z]+-(Regular|Bold)-[0-9a-f]{16}\\.ttf"));
    Map<String, FileTime> cached = modified(fontCache());

    Process second = start(f, "second.log", "--audience", "analyst,public", "--force");
    assertThat(second.waitFor(100, TimeUnit.SECONDS)).isTrue();
    assertThat(second.exitValue()).as(Files.readString(dir.resolve("second.log"))).isZero();
    assertThat(files(tmp)).isEmpty();
    assertThat(modified(fontCache()))
        .as("the cached fonts are reused, not written again")
        .isEqualTo(cached);
  }

  @Test
  @Timeout(120) // a guard against hangs
  void aRunKilledMidwayLeavesNoFontFilesInTheTemporaryFolder() throws Exception {
    BatchFixture f = BatchFixture.create(dir, 30);
    Process child = start(f, "killed.log", "--audience", "analyst", "--jobs", "1");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    // midway: after several documents with stance charts were written
    while (child.isAlive()
        && wrote(dir.resolve("killed.log")) < 6
        && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(child.isAlive()).as("the run is still going, to be killed").isTrue();
    List<String> during = new ArrayList<>(files(tmp));
    child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook runs
    child.waitFor();
    assertThat(files(tmp)).as("java.io.tmpdir after SIGKILL").isEmpty();
    assertThat(during).as("java.io.tmpdir while the run was going").isEmpty();
    assertThat(files(fontCache())).noneMatch(name -> name.endsWith(".part"));
  }

  private static long wrote(Path log) throws IOException {
    if (!Files.exists(log)) {
      return 0;
    }
    return Files.readString(log).lines().filter(l -> l.startsWith("wrote ")).count();
  }
}
