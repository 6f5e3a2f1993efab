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
 * could be taken. The file is emptied, not deleted, when the run ends: deleting a lock file another
 * process has open would let two runs hold locks on two different files.
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
      if (previous.isPresent() && previous.get().alive()) {
        lock.release();
        throw new LockedException(file, previous.get().describe());
      }
      previous.ifPresent(
          p ->
              warn.accept(
                  "took over the stale lock "
                      + file
                      + " of "
                      + p.describe()
                      + ": that run ended without releasing it (its process is gone)"));
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

    /** Whether the holder is a live process on this host (the same process, not a reused pid). */
    boolean alive() {
      if (!host.equals(host()) || pid == ProcessHandle.current().pid()) {
        return false;
      }
      Optional<ProcessHandle> p = ProcessHandle.of(pid);
      if (p.isEmpty() || !p.get().isAlive()) {
        return false;
      }
      Optional<Instant> start = p.get().info().startInstant();
      return start.isEmpty()
          || processStart.equals(Instant.EPOCH)
          || Math.abs(start.get().toEpochMilli() - processStart.toEpochMilli()) < 2000;
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
