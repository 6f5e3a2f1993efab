package dev.briefsmith.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.cli.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Point 4: one run at a time per output folder. */
class OutputLockTest {
  @TempDir Path dir;

  @Test
  @Timeout(120)
  void aSecondConcurrentRunExitsThreeNamingTheHolder() throws Exception {
    BatchFixture f = BatchFixture.create(dir, 30);
    Path lockFile = f.out.resolve(".briefsmith.lock");
    Process child = ChildRun.start(f.args("--jobs", "1"), dir.resolve("child.log"));
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!(Files.exists(lockFile) && Files.size(lockFile) > 0)) {
        assertThat(child.isAlive()).as("the first run is still going").isTrue();
        assertThat(System.nanoTime()).as("the first run took the lock").isLessThan(deadline);
        Thread.sleep(20);
      }
      CliRun second = CliRun.of(f.args().toArray(String[]::new));
      assertThat(child.isAlive()).as("the first run was still going").isTrue();
      assertThat(second.exitCode()).isEqualTo(3);
      assertThat(second.err())
          .contains("briefsmith: another run holds the lock on " + f.out)
          .contains("pid " + child.pid() + " on " + OutputLock.host() + ", started ")
          .contains("try again when it has finished");
    } finally {
      child.destroyForcibly();
      child.waitFor();
    }
    // The killed holder leaves its name in the file; the next run takes over with a warning.
    assertThat(Files.readString(lockFile)).contains("pid=" + child.pid());
    CliRun next = CliRun.of(f.args("--jobs", "2").toArray(String[]::new));
    assertThat(next.exitCode()).isZero();
    assertThat(next.out())
        .contains("warning: took over the stale lock " + lockFile + " of pid " + child.pid());
    assertThat(Files.size(lockFile)).as("released: emptied").isZero();
  }

  @Test
  void aLockHeldInThisProcessIsHonoured() throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    List<String> warnings = new ArrayList<>();
    try (OutputLock held =
        OutputLock.acquire(out, ".briefsmith.lock", Clock.systemUTC(), warnings::add)) {
      assertThat(Files.readString(held.file()))
          .contains("pid=" + ProcessHandle.current().pid(), "host=" + OutputLock.host());
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> OutputLock.acquire(out, ".briefsmith.lock", Clock.systemUTC(), warnings::add))
          .isInstanceOf(LockedException.class)
          .hasMessageContaining("pid " + ProcessHandle.current().pid());
    }
    assertThat(warnings).isEmpty();
    // released: it can be taken again, and an empty file is no stale holder
    try (OutputLock again =
        OutputLock.acquire(out, ".briefsmith.lock", Clock.systemUTC(), warnings::add)) {
      assertThat(again.file()).exists();
    }
    assertThat(warnings).isEmpty();
  }

  @Test
  void aStaleLockOfAGoneProcessIsTakenOverWithAWarning() throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(
        out.resolve(".briefsmith.lock"),
        "pid=" + gone.pid() + "\nhost=" + OutputLock.host() + "\nstarted=2031-01-01T02:00:00Z\n",
        StandardCharsets.UTF_8);
    List<String> warnings = new ArrayList<>();
    try (OutputLock lock =
        OutputLock.acquire(out, ".briefsmith.lock", Clock.systemUTC(), warnings::add)) {
      assertThat(Files.readString(lock.file())).contains("pid=" + ProcessHandle.current().pid());
    }
    assertThat(warnings)
        .singleElement()
        .asString()
        .contains("took over the stale lock", "pid " + gone.pid(), "2031-01-01T02:00:00Z");
  }

  @Test
  void aLiveHolderIsHonouredEvenWhereTheFileSystemLockCouldBeTaken() throws Exception {
    Process sleeper = new ProcessBuilder("sleep", "30").start();
    try {
      Path out = Files.createDirectories(dir.resolve("out"));
      Instant start = sleeper.info().startInstant().orElse(Instant.EPOCH);
      Files.writeString(
          out.resolve(".briefsmith.lock"),
          "pid="
              + sleeper.pid()
              + "\nhost="
              + OutputLock.host()
              + "\nstarted=2031-01-01T02:00:00Z\nprocess_start="
              + start
              + "\n");
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> OutputLock.acquire(out, ".briefsmith.lock", Clock.systemUTC(), w -> {}))
          .isInstanceOf(LockedException.class)
          .hasMessageContaining("pid " + sleeper.pid() + " on " + OutputLock.host());
    } finally {
      sleeper.destroyForcibly();
      sleeper.waitFor();
    }
  }

  @Test
  void anotherHostsLockIsNeverJudgedByALocalPid() throws Exception {
    // The pid and start time of a live local process, but another host: that pid means nothing.
    Process sleeper = new ProcessBuilder("sleep", "30").start();
    try {
      Path out = Files.createDirectories(dir.resolve("out"));
      Instant start = sleeper.info().startInstant().orElseThrow();
      Files.writeString(
          out.resolve(".briefsmith.lock"),
          "pid="
              + sleeper.pid()
              + "\nhost=not-"
              + OutputLock.host()
              + "\nstarted=2031-01-01T02:00:00Z\nprocess_start="
              + start
              + "\n");
      List<String> warnings = new ArrayList<>();
      try (OutputLock lock =
          OutputLock.acquire(out, ".briefsmith.lock", Clock.systemUTC(), warnings::add)) {
        assertThat(Files.readString(lock.file()))
            .contains("pid=" + ProcessHandle.current().pid(), "host=" + OutputLock.host());
      }
      assertThat(warnings)
          .singleElement()
          .asString()
          .contains("took over the stale lock", "pid " + sleeper.pid() + " on not-")
          .contains("it names another host");
    } finally {
      sleeper.destroyForcibly();
      sleeper.waitFor();
    }
  }

  @Test
  void aLiveLocalPidWithoutAStartTimeIsNoProofOfALiveRun() throws Exception {
    Process sleeper = new ProcessBuilder("sleep", "30").start();
    try {
      Path out = Files.createDirectories(dir.resolve("out"));
      Files.writeString(
          out.resolve(".briefsmith.lock"),
          "pid="
              + sleeper.pid()
              + "\nhost="
              + OutputLock.host()
              + "\nstarted=2031-01-01T02:00:00Z\n");
      List<String> warnings = new ArrayList<>();
      try (OutputLock lock =
          OutputLock.acquire(out, ".briefsmith.lock", Clock.systemUTC(), warnings::add)) {
        assertThat(lock.file()).exists();
      }
      assertThat(warnings)
          .singleElement()
          .asString()
          .contains("pid " + sleeper.pid(), "does not record when that process started");
    } finally {
      sleeper.destroyForcibly();
      sleeper.waitFor();
    }
  }

  /** Whether this process can take the lock of {@code shard} while the child holds its own. */
  private static String tryShard(Path out, String shard) throws Exception {
    Shard s = shard.equals("all") ? Shard.ALL : Shard.parse(shard);
    try (OutputLock lock = OutputLock.acquire(out, s, Clock.systemUTC(), w -> {})) {
      return lock.file().getFileName().toString().isEmpty() ? "?" : "taken";
    } catch (LockedException e) {
      return "refused";
    }
  }

  @Test
  @Timeout(60)
  void runsWhoseBriefsCanOverlapExcludeEachOtherAcrossProcesses() throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    // What this process gets while another holds the lock on the left.
    for (String held : List.of("all", "0/2", "1/3")) {
      Process holder = LockHolder.start(out, held);
      try {
        java.util.Map<String, String> got = new java.util.TreeMap<>();
        for (String mine : List.of("all", "0/2", "1/2", "0/3", "1/3", "2/3", "0/4")) {
          got.put(mine, tryShard(out, mine));
        }
        java.util.Map<String, String> expected = new java.util.TreeMap<>();
        for (String mine : got.keySet()) {
          boolean overlap =
              held.equals("all")
                  || mine.equals("all")
                  || !mine.substring(mine.indexOf('/')).equals(held.substring(held.indexOf('/')))
                  || mine.equals(held);
          expected.put(mine, overlap ? "refused" : "taken");
        }
        assertThat(got).as("while " + held + " is held").isEqualTo(expected);
      } finally {
        holder.getOutputStream().close();
        assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
      }
    }
    // Every lock was released with its process: all of them can be taken again.
    assertThat(tryShard(out, "all")).isEqualTo("taken");
    assertThat(tryShard(out, "0/2")).isEqualTo("taken");
  }

  @Test
  @Timeout(60)
  void aShardedRunNamesTheWholeFolderRunThatHoldsTheFolderAndViceVersa() throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    Process whole = LockHolder.start(out, "all");
    try {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> OutputLock.acquire(out, Shard.parse("1/4"), Clock.systemUTC(), w -> {}))
          .isInstanceOf(LockedException.class)
          .hasMessageContaining("pid " + whole.pid() + " on " + OutputLock.host());
    } finally {
      whole.getOutputStream().close();
      whole.waitFor();
    }
    Process shard = LockHolder.start(out, "1/4");
    try {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> OutputLock.acquire(out, Shard.ALL, Clock.systemUTC(), w -> {}))
          .isInstanceOf(LockedException.class)
          .hasMessageContaining(
              "a sharded run (build --shard): pid "
                  + shard.pid()
                  + " on "
                  + OutputLock.host()
                  + ", started ")
          .hasMessageContaining("(.briefsmith.1-of-4.lock)");
    } finally {
      shard.getOutputStream().close();
      shard.waitFor();
    }
  }
}
