package dev.briefsmith.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The outputs a run has written so far, one JSON line each, appended as they are written. The
 * manifest is written once at the end of a run; if the run is killed before that, the next run
 * reads this file to learn what was already built. A line cut short by the kill is ignored.
 * Thread-safe.
 */
final class Journal implements AutoCloseable {
  /**
   * The longest line read: an entry's line is well under a kilobyte (a path, hashes and sizes), so
   * a longer one is damage, skipped like a line cut short, and never held whole.
   */
  static final int MAX_LINE = 1 << 20;

  private final Path file;
  private FileChannel channel;

  Journal(Path file) {
    this.file = file;
  }

  /**
   * The entries in a journal file, oldest first; none if there is no file. It is read line by line,
   * never whole, up to the limit of a manifest, and only if it is a plain file (a link could name
   * any file, and a FIFO would wait for a writer forever).
   */
  static List<Manifest.Entry> read(Path file) throws IOException {
    return read(file, Manifest.MAX_BYTES);
  }

  /** {@link #read(Path)} with another limit. */
  static List<Manifest.Entry> read(Path file, long limit) throws IOException {
    List<Manifest.Entry> entries = new ArrayList<>();
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return entries;
    }
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException(
          file + " is not a regular file; it is this program's journal of a run: remove it");
    }
    // a plain file, and the output folder's lock keeps other runs from writing it meanwhile
    if (Files.size(file) > limit) {
      throw new IOException(file + " is over the limit of " + limit + " bytes for a journal");
    }
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      byte[] buffer = new byte[64 * 1024];
      ByteArrayOutputStream line = new ByteArrayOutputStream(1024);
      // a line longer than MAX_LINE is damage: dropped as it is read, never held whole
      boolean overlong = false;
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        for (int from = 0; from < n; ) {
          int end = from;
          while (end < n && buffer[end] != '\n') {
            end++;
          }
          if (overlong || line.size() + (end - from) > MAX_LINE) {
            overlong = true;
            line.reset();
          } else {
            line.write(buffer, from, end - from);
          }
          if (end == n) {
            break; // the line goes on in the next read
          }
          if (!overlong) {
            parse(line, entries);
          }
          line.reset();
          overlong = false;
          from = end + 1;
        }
      }
      if (!overlong) {
        parse(line, entries); // a last line without a line feed: cut short by a kill, most likely
      }
    }
    return entries;
  }

  private static void parse(ByteArrayOutputStream line, List<Manifest.Entry> entries) {
    if (line.size() == 0) {
      return;
    }
    // decoded leniently: a line cut inside a character by a kill is only a damaged line
    Manifest.fromJournalLine(line.toString(StandardCharsets.UTF_8)).ifPresent(entries::add);
  }

  /** Appends one entry. */
  synchronized void append(Manifest.Entry entry) throws IOException {
    if (channel == null) {
      channel =
          // never through a link: appending would write into whatever file it names
          FileChannel.open(
              file,
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              StandardOpenOption.APPEND,
              LinkOption.NOFOLLOW_LINKS);
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
