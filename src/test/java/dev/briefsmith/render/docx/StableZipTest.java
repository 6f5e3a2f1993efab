package dev.briefsmith.render.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class StableZipTest {
  private static byte[] zip(Map<String, String> entries, int method, long time) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> e : entries.entrySet()) {
        ZipEntry entry = new ZipEntry(e.getKey());
        byte[] data = e.getValue().getBytes(StandardCharsets.UTF_8);
        entry.setMethod(method);
        if (method == ZipEntry.STORED) {
          java.util.zip.CRC32 crc = new java.util.zip.CRC32();
          crc.update(data);
          entry.setSize(data.length);
          entry.setCrc(crc.getValue());
        }
        entry.setTime(time);
        z.putNextEntry(entry);
        z.write(data);
        z.closeEntry();
      }
    }
    return out.toByteArray();
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

  private static final Map<String, String> ENTRIES =
      Map.of(
          "word/document.xml", "<w:document>".repeat(200),
          "[Content_Types].xml", "<Types/>",
          "_rels/.rels", "<Relationships/>",
          "docProps/é.xml", "non-ASCII name");

  @Test
  void sortsEntriesDatesThemAndKeepsTheirContent() throws IOException {
    for (int method : new int[] {ZipEntry.DEFLATED, ZipEntry.STORED}) {
      byte[] stable =
          StableZip.rewrite(
              zip(new LinkedHashMap<>(ENTRIES), method, System.currentTimeMillis()),
              Instant.parse("2014-06-25T10:11:12Z"));
      List<LocalDateTime> times = new ArrayList<>();
      Map<String, String> back = read(stable, times);
      assertThat(back).containsExactlyInAnyOrderEntriesOf(ENTRIES);
      assertThat(new ArrayList<>(back.keySet()))
          .containsExactly(
              "[Content_Types].xml", "_rels/.rels", "docProps/é.xml", "word/document.xml");
      assertThat(times).containsOnly(LocalDateTime.of(2014, 6, 25, 10, 11, 12));
    }
  }

  @Test
  void theSameEntriesGiveTheSameBytesWhateverTheirTimesAndTheTimeZone() throws IOException {
    Instant time = Instant.parse("2014-06-25T23:30:00Z");
    byte[] first = StableZip.rewrite(zip(ENTRIES, ZipEntry.DEFLATED, 0L), time);
    TimeZone zone = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      byte[] second = StableZip.rewrite(zip(ENTRIES, ZipEntry.DEFLATED, 1_600_000_000_000L), time);
      assertThat(second).isEqualTo(first);
    } finally {
      TimeZone.setDefault(zone);
    }
  }

  @Test
  void aPlaceholderTakesTheContentGivenCompressedAndAMissingOneIsAnError() throws IOException {
    Map<String, String> entries = new LinkedHashMap<>(ENTRIES);
    entries.put(
        "word/fonts/font1.odttf",
        new String(StableZip.placeholder("word/fonts/font1.odttf"), StandardCharsets.UTF_8));
    String font = "glyphs ".repeat(500);
    Map<String, StableZip.Deflated> given =
        Map.of(
            "word/fonts/font1.odttf", StableZip.Deflated.of(font.getBytes(StandardCharsets.UTF_8)));
    Instant time = Instant.parse("2014-06-25T00:00:00Z");

    Map<String, String> back =
        read(
            StableZip.rewrite(zip(entries, ZipEntry.DEFLATED, 0L), time, given), new ArrayList<>());
    assertThat(back).containsEntry("word/fonts/font1.odttf", font).hasSize(5);

    assertThatThrownBy(() -> StableZip.rewrite(zip(ENTRIES, ZipEntry.DEFLATED, 0L), time, given))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("lacks entries to replace");
    entries.put("word/fonts/font1.odttf", "not a placeholder");
    assertThatThrownBy(() -> StableZip.rewrite(zip(entries, ZipEntry.DEFLATED, 0L), time, given))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("is not a placeholder");
  }
}
