package dev.briefsmith.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;

/**
 * Writes a zip package so the same content always gives the same bytes: entries sorted ({@code
 * [Content_Types].xml} first, as consumers that stream a package expect) and dated with a fixed
 * time in DOS format, computed from a UTC date-time so the machine's time zone cannot change it; no
 * extra fields and no data descriptors, so the result depends on nothing but the entries' names,
 * data and the time. Each entry comes compressed ({@link Deflated}), often once for many packages.
 */
final class StableZip {
  private static final String CONTENT_TYPES = "[Content_Types].xml";
  private static final LocalDateTime DOS_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);
  private static final LocalDateTime DOS_END = LocalDateTime.of(2107, 12, 31, 23, 59, 58);
  private static final int UTF8_NAMES = 1 << 11;
  private static final int MAX_ENTRIES = 0xFFFF;
  private static final long MAX_32 = 0xFFFF_FFFFL;

  private StableZip() {}

  /**
   * An entry's content compressed as a zip stores it (raw deflate), with its CRC and size.
   * Immutable.
   */
  static final class Deflated {
    private final byte[] data;
    private final long crc;
    private final long size;

    private Deflated(byte[] data, long crc, long size) {
      this.data = data;
      this.crc = crc;
      this.size = size;
    }

    /** The content, compressed at deflate's default level, as a zip writer would. */
    static Deflated of(byte[] content) {
      return deflate(List.of(new Text(content)));
    }
  }

  /** A piece of an entry's content: text to compress, or a {@link Flushed} fragment. */
  sealed interface Piece {}

  /** Content to compress with the entry (the array is the caller's, never changed here). */
  static final class Text implements Piece {
    private final byte[] content;

    Text(byte[] content) {
      this.content = content;
    }
  }

  /**
   * A fragment compressed once for every entry that holds it (a chart's drawing, in each audience's
   * document): raw deflate ended by a full flush, so it is byte-aligned, not final, and refers to
   * nothing outside itself, and the compressor's state is reset where it ends. Immutable.
   */
  static final class Flushed implements Piece {
    private final byte[] content;
    private final byte[] data;

    private Flushed(byte[] content, byte[] data) {
      this.content = content;
      this.data = data;
    }

    /** {@code content} compressed at {@code level}. */
    static Flushed of(byte[] content, int level) {
      Deflater deflater = new Deflater(level, true);
      try {
        deflater.setInput(content);
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length / 4 + 64);
        drain(deflater, Deflater.FULL_FLUSH, out);
        return new Flushed(content.clone(), out.toByteArray());
      } finally {
        deflater.end();
      }
    }

    /** The content, uncompressed (a copy). */
    byte[] content() {
      return content.clone();
    }

    /** The size of the content, uncompressed. */
    int size() {
      return content.length;
    }
  }

  /** Compresses all input given to {@code deflater} into {@code out}, with {@code flush}. */
  private static void drain(Deflater deflater, int flush, ByteArrayOutputStream out) {
    byte[] buffer = new byte[64 * 1024];
    int n;
    do {
      n = deflater.deflate(buffer, 0, buffer.length, flush);
      out.write(buffer, 0, n);
      // a flush that fills the buffer may have more to give
    } while (n == buffer.length || !deflater.needsInput());
  }

  /**
   * Content made of {@code pieces}, as one entry: the text pieces compressed here at deflate's
   * default level, each ended by a full flush when a fragment follows, and the fragments' data
   * copied in as it was compressed; the whole inflates to the pieces' contents in order.
   */
  static Deflated deflate(List<Piece> pieces) {
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    try {
      CRC32 crc = new CRC32();
      long size = 0;
      int total = 64;
      for (Piece p : pieces) {
        total += p instanceof Flushed f ? f.data.length : ((Text) p).content.length / 4;
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(total);
      for (int i = 0; i < pieces.size(); i++) {
        switch (pieces.get(i)) {
          case Text t -> {
            deflater.setInput(t.content);
            if (i < pieces.size() - 1) {
              drain(deflater, Deflater.FULL_FLUSH, out);
            }
            crc.update(t.content);
            size += t.content.length;
          }
          case Flushed f -> {
            out.write(f.data, 0, f.data.length);
            crc.update(f.content);
            size += f.content.length;
          }
        }
      }
      deflater.finish();
      byte[] buffer = new byte[16 * 1024];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return new Deflated(out.toByteArray(), crc.getValue(), size);
    } finally {
      deflater.end();
    }
  }

  /** A zip of {@code entries} (entry name to content, compressed), dated {@code time}. */
  static byte[] write(Map<String, Deflated> entries, Instant time) throws IOException {
    if (entries.size() > MAX_ENTRIES) {
      throw new IOException("too many zip entries: " + entries.size());
    }
    List<String> names = new ArrayList<>(entries.keySet());
    names.sort(Comparator.comparing((String n) -> !n.equals(CONTENT_TYPES)).thenComparing(n -> n));
    LocalDateTime stamp = dosTime(time);
    int dosTime = stamp.getHour() << 11 | stamp.getMinute() << 5 | stamp.getSecond() / 2;
    int dosDate =
        (stamp.getYear() - 1980) << 9 | stamp.getMonthValue() << 5 | stamp.getDayOfMonth();
    long total = 1024;
    for (String n : names) {
      total += entries.get(n).data.length + 2L * n.length() + 76;
    }
    Out out = new Out((int) Math.min(total, Integer.MAX_VALUE - 16));
    Out central = new Out(entries.size() * 96);
    for (String n : names) {
      Deflated r = entries.get(n);
      if (r.size > MAX_32) {
        throw new IOException("zip entry " + n + " is too large");
      }
      byte[] name = n.getBytes(StandardCharsets.UTF_8);
      boolean ascii = name.length == n.length();
      int flags = ascii ? 0 : UTF8_NAMES;
      int version = 20; // deflate needs zip 2.0
      long offset = out.size();
      out.int32(0x04034b50);
      out.int16(version);
      out.int16(flags);
      out.int16(ZipEntry.DEFLATED);
      out.int16(dosTime);
      out.int16(dosDate);
      out.int32(r.crc);
      out.int32(r.data.length);
      out.int32(r.size);
      out.int16(name.length);
      out.int16(0);
      out.write(name);
      out.write(r.data);

      central.int32(0x02014b50);
      central.int16(20); // made by: MS-DOS, zip 2.0
      central.int16(version);
      central.int16(flags);
      central.int16(ZipEntry.DEFLATED);
      central.int16(dosTime);
      central.int16(dosDate);
      central.int32(r.crc);
      central.int32(r.data.length);
      central.int32(r.size);
      central.int16(name.length);
      central.int16(0); // extra
      central.int16(0); // comment
      central.int16(0); // disk
      central.int16(0); // internal attributes
      central.int32(0); // external attributes
      central.int32(offset);
      central.write(name);
    }
    long centralOffset = out.size();
    if (centralOffset + central.size() > MAX_32) {
      throw new IOException("the package is too large for a zip without zip64");
    }
    out.write(central.toByteArray());
    out.int32(0x06054b50);
    out.int16(0);
    out.int16(0);
    out.int16(entries.size());
    out.int16(entries.size());
    out.int32(central.size());
    out.int32(centralOffset);
    out.int16(0);
    return out.toByteArray();
  }

  /** The time in UTC, clamped to what a DOS date can hold, to whole seconds. */
  static LocalDateTime dosTime(Instant time) {
    LocalDateTime t = LocalDateTime.ofInstant(time, ZoneOffset.UTC).withNano(0);
    if (t.isBefore(DOS_EPOCH)) {
      return DOS_EPOCH;
    }
    return t.isAfter(DOS_END) ? DOS_END : t;
  }

  /** Little-endian output. */
  private static final class Out extends ByteArrayOutputStream {
    Out(int size) {
      super(size);
    }

    void int16(int v) {
      write(v & 0xFF);
      write((v >>> 8) & 0xFF);
    }

    void int32(long v) {
      int16((int) (v & 0xFFFF));
      int16((int) ((v >>> 16) & 0xFFFF));
    }

    @Override
    public void write(byte[] b) {
      write(b, 0, b.length);
    }
  }
}
