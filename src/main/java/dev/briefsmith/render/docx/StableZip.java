package dev.briefsmith.render.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip package so the same content always gives the same bytes: POI stamps entries with
 * the wall clock, and entry order follows its internal maps. Entries are sorted ({@code
 * [Content_Types].xml} first, as consumers that stream a package expect) and dated with a fixed
 * time in DOS format, written as a local date-time so the machine's time zone cannot change it.
 */
final class StableZip {
  private static final String CONTENT_TYPES = "[Content_Types].xml";
  private static final LocalDateTime DOS_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);
  private static final LocalDateTime DOS_END = LocalDateTime.of(2107, 12, 31, 23, 59, 58);

  private StableZip() {}

  static byte[] rewrite(byte[] zip, Instant time) throws IOException {
    SortedMap<String, byte[]> entries =
        new TreeMap<>(
            Comparator.comparing((String name) -> !name.equals(CONTENT_TYPES))
                .thenComparing(Comparator.naturalOrder()));
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (!e.isDirectory()) {
          entries.put(e.getName(), in.readAllBytes());
        }
      }
    }
    LocalDateTime stamp = dosTime(time);
    ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        ZipEntry entry = new ZipEntry(e.getKey());
        entry.setTimeLocal(stamp);
        z.putNextEntry(entry);
        z.write(e.getValue());
        z.closeEntry();
      }
    }
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
}
