package dev.briefsmith.batch;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * The lock that lets one run at a time write to an output folder: an operating-system lock on a
 * hidden file in the folder, which also names its holder (pid, host, start time).
 *
 * <p>The operating system releases the lock when its process ends, however it ends, so a run killed
 * with SIGKILL blocks nobody. Its file still names the dead holder: the next run finds the lock
 * free and takes it over with a warning. On file systems whose locks cannot be trusted, a holder on
 * this host whose process is still alive (same pid and start time) is honoured even when the lock
 * could be taken. A holder on another host, or a live pid whose start time the file does not
 * record, proves nothing (its pid may belong to another machine or be reused): then the free
 * operating-system lock decides, and it is taken over with a warning that says why. The file is
 * emptied, not deleted, when the run ends: deleting a lock file another process has open would let
 * two runs hold locks on two different files.
 */
final class OutputLock implements AutoCloseable {
  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock file {@code name} in {@code dir} (creating both if needed), or throws {@link
   * LockedException} naming the holder; {@code warn} hears about a stale lock taken over.
   */
  static OutputLock acquire(Path dir, String name, Clock clock, Consumer<String> warn)
      throws IOException, LockedException {
    Files.createDirectories(dir);
    Path file = dir.resolve(name);
    FileChannel channel =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    try {
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null; // held by this very process, through another channel
      }
      Optional<Holder> previous = Holder.read(channel);
      if (lock == null) {
        throw new LockedException(
            file, previous.map(Holder::describe).orElse("a process that has not yet named itself"));
      }
      Verdict verdict = previous.map(Holder::judge).orElse(Verdict.GONE);
      if (verdict == Verdict.ALIVE) {
        lock.release();
        throw new LockedException(file, previous.get().describe());
      }
      if (previous.isPresent()) {
        warn.accept(
            "took over the stale lock "
                + file
                + " of "
                + previous.get().describe()
                + ": "
                + verdict.why);
      }
      Holder me =
          new Holder(
              ProcessHandle.current().pid(),
              host(),
              clock.instant().truncatedTo(ChronoUnit.SECONDS),
              ProcessHandle.current().info().startInstant().orElse(Instant.EPOCH));
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(me.text().getBytes(StandardCharsets.UTF_8)), 0);
      channel.force(false);
      return new OutputLock(file, channel, lock);
    } catch (IOException | LockedException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /** The lock file. */
  Path file() {
    return file;
  }

  /** Empties the file (no holder) and releases the lock. */
  @Override
  public void close() throws IOException {
    try {
      channel.truncate(0);
      lock.release();
    } finally {
      channel.close();
    }
  }

  static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      String env = System.getenv("HOSTNAME");
      return env == null || env.isBlank() ? "unknown" : env;
    }
  }

  /** What the name in a lock file whose operating-system lock was free says about its holder. */
  enum Verdict {
    /** A live process on this host, the same one that wrote the file: honoured. */
    ALIVE(""),
    GONE("that run ended without releasing it (its process is gone)"),
    // Its pid means nothing here; the free operating-system lock is the only evidence there is.
    OTHER_HOST(
        "it names another host, whose processes cannot be checked from here, and the"
            + " file-system lock was free"),
    // A live pid without a start time may be a reused pid: not proof that the run is alive.
    UNVERIFIABLE(
        "its pid is alive but the lock does not record when that process started, so it cannot"
            + " be told from a reused pid, and the file-system lock was free");

    final String why;

    Verdict(String why) {
      this.why = why;
    }
  }

  /** Who holds (or held) a lock. */
  record Holder(long pid, String host, Instant started, Instant processStart) {
    String text() {
      return "pid="
          + pid
          + "\nhost="
          + host
          + "\nstarted="
          + started
          + "\nprocess_start="
          + processStart
          + "\n";
    }

    String describe() {
      return "pid " + pid + " on " + host + ", started " + started;
    }

    /**
     * Whether the holder is positively a live run: on this host, its pid alive, and that process
     * started when the file says (so not a reused pid). Anything less is not proof: the
     * operating-system lock was free, and honouring weak evidence would wedge every later run.
     */
    Verdict judge() {
      // OutputLock.host(), not this record's own host() accessor.
      if (!host.equals(OutputLock.host())) {
        return Verdict.OTHER_HOST;
      }
      if (pid == ProcessHandle.current().pid()) {
        return Verdict.GONE;
      }
      Optional<ProcessHandle> p = ProcessHandle.of(pid);
      if (p.isEmpty() || !p.get().isAlive()) {
        return Verdict.GONE;
      }
      Optional<Instant> start = p.get().info().startInstant();
      if (start.isEmpty() || processStart.equals(Instant.EPOCH)) {
        return Verdict.UNVERIFIABLE;
      }
      return Math.abs(start.get().toEpochMilli() - processStart.toEpochMilli()) < 2000
          ? Verdict.ALIVE
          : Verdict.GONE;
    }

    static Optional<Holder> read(FileChannel channel) throws IOException {
      long size = channel.size();
      if (size == 0 || size > 4096) {
        return Optional.empty();
      }
      ByteBuffer buffer = ByteBuffer.allocate((int) size);
      while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) > 0) {
        // reads until full
      }
      Properties p = new Properties();
      p.load(new java.io.StringReader(new String(buffer.array(), StandardCharsets.UTF_8)));
      try {
        return Optional.of(
            new Holder(
                Long.parseLong(p.getProperty("pid", "-1")),
                p.getProperty("host", "unknown"),
                Instant.parse(p.getProperty("started", "1970-01-01T00:00:00Z")),
                Instant.parse(p.getProperty("process_start", "1970-01-01T00:00:00Z"))));
      } catch (NumberFormatException | DateTimeParseException e) {
        return Optional.of(new Holder(-1, "unknown", Instant.EPOCH, Instant.EPOCH));
      }
    }
  }
}
