package dev.briefsmith.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StableZipTest {
  private static final Map<String, String> ENTRIES =
      Map.of(
          "word/document.xml", "<w:document>".repeat(200),
          "[Content_Types].xml", "<Types/>",
          "_rels/.rels", "<Relationships/>",
          "docProps/é.xml", "non-ASCII name");

  private static Map<String, StableZip.Deflated> deflated(Map<String, String> entries) {
    Map<String, StableZip.Deflated> out = new LinkedHashMap<>();
    entries.forEach(
        (k, v) -> out.put(k, StableZip.Deflated.of(v.getBytes(StandardCharsets.UTF_8))));
    return out;
  }

  private static Map<String, String> read(byte[] zip, List<LocalDateTime> times)
      throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        times.add(e.getTimeLocal());
      }
    }
    return entries;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * An entry made of pieces inflates to the pieces in order, with their CRC (the zip reader checks
   * it), wherever the fragment compressed once for all of them comes: first, between text, last, or
   * twice. Pieces larger than a compression buffer (incompressible text among them) come out whole.
   */
  @Test
  void piecesWithAFragmentCompressedOnceInflateToTheirContent(@TempDir Path dir)
      throws IOException {
    String chart =
        "<wpg:wgp>" + "<a:lnTo><a:pt x=\"12\" y=\"34\"/></a:lnTo>".repeat(5000) + "</wpg:wgp>";
    StableZip.Flushed fragment = StableZip.Flushed.of(utf8(chart), 3);
    assertThat(fragment.size()).isEqualTo(chart.length());
    byte[] noise = new byte[150_000];
    new java.util.Random(7).nextBytes(noise);
    String before = "<w:body>" + java.util.Base64.getEncoder().encodeToString(noise);
    String after = "<w:p/>".repeat(3000) + "</w:body>";
    StableZip.Text head = new StableZip.Text(utf8(before));
    StableZip.Text tail = new StableZip.Text(utf8(after));
    Map<String, StableZip.Deflated> entries = new TreeMap<>();
    entries.put("between.xml", StableZip.deflate(List.of(head, fragment, tail)));
    entries.put("first.xml", StableZip.deflate(List.of(fragment, tail)));
    entries.put("last.xml", StableZip.deflate(List.of(head, fragment)));
    entries.put(
        "twice.xml",
        StableZip.deflate(
            List.of(head, fragment, new StableZip.Text(new byte[0]), fragment, tail)));
    Path zip = dir.resolve("pieces.zip");
    Files.write(zip, StableZip.write(entries, Instant.parse("2014-06-25T10:11:12Z")));
    Map<String, String> expected =
        Map.of(
            "between.xml", before + chart + after,
            "first.xml", chart + after,
            "last.xml", before + chart,
            "twice.xml", before + chart + chart + after);
    try (ZipFile file = new ZipFile(zip.toFile())) {
      for (var e : expected.entrySet()) {
        ZipEntry entry = file.getEntry(e.getKey());
        String back = new String(file.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        assertThat(back).as(e.getKey()).isEqualTo(e.getValue());
        assertThat(entry.getSize()).as(e.getKey()).isEqualTo(utf8(e.getValue()).length);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(utf8(e.getValue()));
        assertThat(entry.getCrc()).as(e.getKey() + " CRC").isEqualTo(crc.getValue());
      }
    }
  }

  /** An entry of one text piece is compressed exactly as a whole entry is. */
  @Test
  void oneTextPieceCompressesAsTheWholeEntry() throws IOException {
    byte[] xml = utf8("<w:document>".repeat(20_000));
    Instant t = Instant.parse("2014-06-25T10:11:12Z");
    assertThat(
            StableZip.write(
                Map.of("x.xml", StableZip.deflate(List.of(new StableZip.Text(xml)))), t))
        .isEqualTo(StableZip.write(Map.of("x.xml", StableZip.Deflated.of(xml)), t));
  }

  @Test
  void sortsEntriesDatesThemAndKeepsTheirContent() throws IOException {
    byte[] zip = StableZip.write(deflated(ENTRIES), Instant.parse("2014-06-25T10:11:12Z"));
    List<LocalDateTime> times = new ArrayList<>();
    Map<String, String> back = read(zip, times);
    assertThat(back).containsExactlyInAnyOrderEntriesOf(ENTRIES);
    assertThat(new ArrayList<>(back.keySet()))
        .containsExactly(
            "[Content_Types].xml", "_rels/.rels", "docProps/é.xml", "word/document.xml");
    assertThat(times).containsOnly(LocalDateTime.of(2014, 6, 25, 10, 11, 12));
  }

  @Test
  void theCentralDirectoryListsEveryEntry(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("p.zip");
    Files.write(file, StableZip.write(deflated(ENTRIES), Instant.parse("2014-06-25T00:00:00Z")));
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Map<String, String> back = new HashMap<>();
      for (ZipEntry e : Collections.list(zip.entries())) {
        assertThat(e.getMethod()).isEqualTo(ZipEntry.DEFLATED);
        back.put(
            e.getName(), new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
      }
      assertThat(back).isEqualTo(ENTRIES);
    }
  }

  @Test
  void theSameEntriesGiveTheSameBytesWhateverTheirOrderAndTheTimeZone() throws IOException {
    Instant time = Instant.parse("2014-06-25T23:30:00Z");
    byte[] first = StableZip.write(deflated(ENTRIES), time);
    TimeZone zone = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      byte[] second = StableZip.write(deflated(new TreeMap<>(ENTRIES).descendingMap()), time);
      assertThat(second).isEqualTo(first);
    } finally {
      TimeZone.setDefault(zone);
    }
    assertThat(StableZip.write(deflated(ENTRIES), time.plusSeconds(2))).isNotEqualTo(first);
  }

  @Test
  void timesOutsideWhatDosCanHoldAreClamped() {
    assertThat(StableZip.dosTime(Instant.parse("1970-01-01T00:00:00Z")))
        .isEqualTo(LocalDateTime.of(1980, 1, 1, 0, 0));
    assertThat(StableZip.dosTime(Instant.parse("2200-01-01T00:00:00Z")))
        .isEqualTo(LocalDateTime.of(2107, 12, 31, 23, 59, 58));
  }
}
