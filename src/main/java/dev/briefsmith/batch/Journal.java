package dev.briefsmith.batch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The outputs a run has written so far, one JSON line each, appended as they are written. The
 * manifest is written once at the end of a run; if the run is killed before that, the next run
 * reads this file to learn what was already built. A line cut short by the kill is ignored.
 * Thread-safe.
 */
final class Journal implements AutoCloseable {
  private final Path file;
  private FileChannel channel;

  Journal(Path file) {
    this.file = file;
  }

  /** The entries in a journal file, oldest first; none if there is no file. */
  static List<Manifest.Entry> read(Path file) throws IOException {
    List<Manifest.Entry> entries = new ArrayList<>();
    if (!Files.exists(file)) {
      return entries;
    }
    for (String line :
        new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n", -1)) {
      Optional<Manifest.Entry> e = Manifest.fromJournalLine(line);
      e.ifPresent(entries::add);
    }
    return entries;
  }

  /** Appends one entry. */
  synchronized void append(Manifest.Entry entry) throws IOException {
    if (channel == null) {
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
      // A line cut short by an earlier kill must not run into this run's first line.
      channel.write(ByteBuffer.wrap(new byte[] {'\n'}));
    }
    ByteBuffer line = ByteBuffer.wrap(Manifest.journalLine(entry));
    while (line.hasRemaining()) {
      channel.write(line);
    }
  }

  /** Closes the file, keeping it. */
  @Override
  public synchronized void close() throws IOException {
    if (channel != null) {
      channel.close();
      channel = null;
    }
  }

  /** Closes and deletes the file: the manifest now holds everything it said. */
  synchronized void delete() throws IOException {
    close();
    Files.deleteIfExists(file);
  }
}
