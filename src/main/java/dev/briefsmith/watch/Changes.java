package dev.briefsmith.watch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Where a watch learns that its inputs changed: the file system, or a script in tests. */
public interface Changes extends AutoCloseable {
  /**
   * Some changes seen together.
   *
   * @param paths the files and folders reported changed (created, modified or deleted)
   * @param seen when the first of them was seen: the start of the time to the printed result
   */
  record Batch(Set<Path> paths, Instant seen) {
    /** Checks and copies the fields. */
    public Batch {
      paths = Set.copyOf(paths);
      Objects.requireNonNull(seen, "seen");
    }
  }

  /** Blocks until inputs change; empty when there will be no more (the watch then ends). */
  Optional<Batch> next() throws IOException, InterruptedException;

  @Override
  void close() throws IOException;
}
