package dev.briefsmith.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
    try (InputStream raw = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(
                    new BoundedInputStream(raw, limit, file), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        Manifest.fromJournalLine(line).ifPresent(entries::add);
      }
    }
    return entries;
  }

  /** A stream that fails once more than a limit has been read from it. */
  private static final class BoundedInputStream extends java.io.FilterInputStream {
    private final long limit;
    private final Path file;
    private long read;

    BoundedInputStream(InputStream in, long limit, Path file) {
      super(in);
      this.limit = limit;
      this.file = file;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) throws IOException {
      read += n;
      if (read > limit) {
        throw new IOException(file + " is over the limit of " + limit + " bytes for a journal");
      }
    }
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
