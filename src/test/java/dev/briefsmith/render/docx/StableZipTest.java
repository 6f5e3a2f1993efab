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
