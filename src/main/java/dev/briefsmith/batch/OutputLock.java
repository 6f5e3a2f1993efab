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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

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
  /** The lock file of a run over the whole folder; every run also locks a part of it. */
  static final String COMMON = ".briefsmith.lock";

  /**
   * Where the byte-range locks of shards start in {@link #COMMON}, far beyond the holder's text.
   * Shard K of N has its own byte at {@code SLOTS + T(N) + K}, where the bytes of every count are
   * packed one after another ({@code T(N) = 2 + 3 + ... + (N - 1)}).
   */
  private static final long SLOTS = 1L << 40;

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;
  private final Optional<FileChannel> fence;

  private OutputLock(Path file, FileChannel channel, FileLock lock, Optional<FileChannel> fence) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
    this.fence = fence;
  }

  /**
   * Takes the lock of a run over {@code shard} of the output folder {@code dir}, or throws {@link
   * LockedException} naming the holder. Runs whose briefs can overlap exclude each other: a run
   * over the whole folder excludes every other run; shards of one count (0/4, 1/4...) run side by
   * side but each excludes itself and every shard of another count (1/4 and 0/2 share briefs). On
   * {@link #COMMON} a whole-folder run locks every byte; shard K of N locks its own byte
   * exclusively and, shared, every byte except those of the shards of N, so any two runs that must
   * not overlap ask for one byte in incompatible ways. A shard's own file ({@code
   * .briefsmith.K-of-N.lock}) names it.
   */
  static OutputLock acquire(Path dir, Shard shard, Clock clock, Consumer<String> warn)
      throws IOException, LockedException {
    if (shard.all()) {
      OutputLock lock = acquire(dir, COMMON, clock, warn, () -> shardHolders(dir, Shard.ALL));
      // Where file-system locks cannot be trusted, a live shard named in its file still counts.
      Optional<String> live = liveShard(dir, Shard.ALL);
      if (live.isPresent()) {
        lock.close();
        throw new LockedException(dir.resolve(COMMON), live.get());
      }
      return lock;
    }
    OutputLock own = acquire(dir, ".briefsmith" + shard.fileTag() + ".lock", clock, warn);
    try {
      FileChannel channel =
          FileChannel.open(
              dir.resolve(COMMON),
              StandardOpenOption.CREATE,
              StandardOpenOption.READ,
              StandardOpenOption.WRITE);
      try {
        long first = SLOTS + packed(shard.count());
        boolean taken;
        try {
          taken =
              channel.tryLock(0, first, true) != null
                  && channel.tryLock(first + shard.index(), 1, false) != null
                  && channel.tryLock(
                          first + shard.count(), Long.MAX_VALUE - first - shard.count(), true)
                      != null;
        } catch (OverlappingFileLockException e) {
          taken = false; // held by this very process, through another channel
        }
        Optional<Holder> whole = Holder.read(channel);
        if (!taken) {
          throw whole.isPresent()
              ? new LockedException(dir.resolve(COMMON), whole.get().describe())
              : new LockedException(own.file(), shardHolders(dir, shard));
        }
        if (whole.isPresent() && whole.get().judge() == Verdict.ALIVE) {
          throw new LockedException(dir.resolve(COMMON), whole.get().describe());
        }
        return new OutputLock(own.file, own.channel, own.lock, Optional.of(channel));
      } catch (IOException | LockedException | RuntimeException e) {
        channel.close(); // releases its locks
        throw e;
      }
    } catch (IOException | LockedException | RuntimeException e) {
      own.close();
      throw e;
    }
  }

  /** {@code 2 + 3 + ... + (n - 1)}: the bytes of the shards of every count below {@code n}. */
  private static long packed(int n) {
    return (long) n * (n - 1) / 2 - 1;
  }

  /** The shard lock files in {@code dir} other than {@code mine}'s, by name. */
  private static List<Path> shardFiles(Path dir, Shard mine) throws IOException {
    String own = ".briefsmith" + mine.fileTag() + ".lock";
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(
              p -> {
                String n = p.getFileName().toString();
                return n.matches("\\.briefsmith\\.\\d+-of-\\d+\\.lock") && !n.equals(own);
              })
          .sorted()
          .toList();
    }
  }

  /** Who the other shard runs are, as far as their files say. */
  private static String shardHolders(Path dir, Shard mine) {
    List<String> named = new ArrayList<>();
    try {
      for (Path f : shardFiles(dir, mine)) {
        try (FileChannel c = FileChannel.open(f, StandardOpenOption.READ)) {
          Holder.read(c).ifPresent(h -> named.add(h.describe() + " (" + f.getFileName() + ")"));
        }
      }
    } catch (IOException e) {
      // the message only gets less precise
    }
    return named.isEmpty()
        ? "a sharded run (build --shard) that has not yet named itself"
        : "a sharded run (build --shard): " + String.join("; ", named);
  }

  /** A shard other than {@code mine} whose file names a live holder, described. */
  private static Optional<String> liveShard(Path dir, Shard mine) throws IOException {
    for (Path f : shardFiles(dir, mine)) {
      try (FileChannel c = FileChannel.open(f, StandardOpenOption.READ)) {
        Optional<Holder> h = Holder.read(c);
        if (h.isPresent() && h.get().judge() == Verdict.ALIVE) {
          return Optional.of(
              "a sharded run (build --shard): "
                  + h.get().describe()
                  + " ("
                  + f.getFileName()
                  + ")");
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Takes the lock file {@code name} in {@code dir} (creating both if needed), or throws {@link
   * LockedException} naming the holder; {@code warn} hears about a stale lock taken over.
   */
  static OutputLock acquire(Path dir, String name, Clock clock, Consumer<String> warn)
      throws IOException, LockedException {
    return acquire(dir, name, clock, warn, () -> "a process that has not yet named itself");
  }

  /** As above; {@code unnamed} describes a holder whose file names nobody. */
  private static OutputLock acquire(
      Path dir, String name, Clock clock, Consumer<String> warn, Supplier<String> unnamed)
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
        throw new LockedException(file, previous.map(Holder::describe).orElseGet(unnamed));
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
      return new OutputLock(file, channel, lock, Optional.empty());
    } catch (IOException | LockedException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /** The lock file. */
  Path file() {
    return file;
  }

  /** Empties the file (no holder) and releases the locks. */
  @Override
  public void close() throws IOException {
    try {
      channel.truncate(0);
      lock.release();
    } finally {
      try {
        channel.close();
      } finally {
        if (fence.isPresent()) {
          fence.get().close(); // releases the byte-range locks on the common file
        }
      }
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
