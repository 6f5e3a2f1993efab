package dev.briefsmith.batch;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes files so that a reader never sees a partial one: the bytes go to a hidden temporary file
 * in the same folder ({@code .NAME.RANDOM.tmp}), are flushed to disk, and the file is renamed over
 * the target, which is atomic within a file system. A process killed at any moment leaves either
 * the old file or the new one, plus at most a temporary file that {@link #removeTemporaries} clears
 * on the next run.
 */
final class AtomicFiles {
  private static final Pattern TEMP = Pattern.compile("\\.(.+)\\.[0-9a-z]{1,13}\\.tmp");

  private AtomicFiles() {}

  /** What writes a file's content to a stream (and does not close it). */
  @FunctionalInterface
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes {@code bytes} to {@code target} atomically, creating its folder if needed. */
  static void write(Path target, byte[] bytes) throws IOException {
    write(target, out -> out.write(bytes));
  }

  /**
   * Writes what {@code content} writes to {@code target} atomically, creating its folder if needed,
   * without holding it all in memory (a manifest of 60,000 documents is some 50 MB).
   */
  static void write(Path target, Content content) throws IOException {
    Staged staged = stage(target, content);
    try {
      staged.commit();
    } finally {
      staged.discard();
    }
  }

  /**
   * A file written in full to its temporary name, on disk, waiting to be renamed over its target.
   * Staging every file of a set first and renaming only when all are staged lets a set of files be
   * replaced together or not at all, whatever fails while they are written (see {@link BatchRun}).
   */
  record Staged(Path temp, Path target) {
    /** Renames the temporary file over the target. */
    void commit() throws IOException {
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }

    /** Deletes the temporary file if it is still there (not committed). */
    void discard() throws IOException {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Writes {@code bytes} to a temporary file beside {@code target} (creating the folder if needed)
   * and flushes it to disk; the target is untouched until {@link Staged#commit}.
   */
  static Staged stage(Path target, byte[] bytes) throws IOException {
    return stage(target, out -> out.write(bytes));
  }

  /** {@link #stage(Path, byte[])} with what {@code content} writes. */
  static Staged stage(Path target, Content content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = dir.resolve(temporaryName(target.getFileName().toString()));
    try {
      // CREATE_NEW with default permissions: the file gets the umask's permissions like any other
      // (Files.createTempFile would make it owner-only, hiding it from a web server).
      try (FileChannel channel =
              FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
          OutputStream out =
              new BufferedOutputStream(
                  java.nio.channels.Channels.newOutputStream(channel), 1 << 16)) {
        content.writeTo(out);
        out.flush();
        // On disk before the rename, so a power cut cannot leave an empty file under the name.
        channel.force(false);
      }
      return new Staged(temp, target);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }

  /** A hidden temporary name for {@code name}: {@code .NAME.RANDOM.tmp}. */
  static String temporaryName(String name) {
    return "."
        + name
        + "."
        + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
        + ".tmp";
  }

  /** The file a temporary file was going to become, if {@code name} is one of ours. */
  static Optional<String> targetOf(String name) {
    Matcher m = TEMP.matcher(name);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /**
   * Deletes the temporary files in {@code dir} (not below it) whose target name {@code ours}
   * accepts; returns the files deleted.
   */
  static List<Path> removeTemporaries(Path dir, Predicate<String> ours) throws IOException {
    List<Path> removed = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return removed;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".*.tmp")) {
      for (Path f : files) {
        Optional<String> target = targetOf(f.getFileName().toString());
        if (target.isPresent() && ours.test(target.get()) && Files.isRegularFile(f)) {
          Files.deleteIfExists(f);
          removed.add(f);
        }
      }
    }
    return removed;
  }
}
