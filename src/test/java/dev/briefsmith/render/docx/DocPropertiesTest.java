package dev.briefsmith.render.docx;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.compose.Metadata;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** core.xml as the renderer writes it is the one POI writes for the same properties. */
class DocPropertiesTest {
  static List<Metadata> metadata() {
    Instant day = Instant.parse("2014-06-25T00:00:00Z");
    return List.of(
        new Metadata(
            "Iraq, ISIS and the question of US-Iran cooperation",
            Optional.of("Washington and Tehran weigh a common front"),
            List.of("Briefsmith sample desk", "R. Aldana"),
            "Policy brief: a shared enemy",
            List.of("Iraq", "Iran"),
            "en",
            day,
            "analyst",
            "Analyst brief"),
        // nothing optional: no subtitle, authors or keywords
        new Metadata("T", Optional.empty(), List.of(), "S", List.of(), "fa", day, "a", "A"),
        // what XML must escape, and text beyond the basic plane; a time of day with milliseconds
        new Metadata(
            "Q&A <on> \"red\" 'lines' & more >",
            Optional.of("Line one\r\nline two\ttabbed"),
            List.of("Ö. Müller & Söhne"),
            "ما از هرگونه 😀",
            List.of("a<b", "c>d"),
            "de-CH",
            Instant.parse("2031-09-05T13:14:15.678Z"),
            "public",
            "Public"));
  }

  @ParameterizedTest
  @MethodSource("metadata")
  void coreXmlIsWhatPoiWrites(Metadata m) throws Exception {
    assertThat(new String(DocProperties.core(m), UTF_8)).isEqualTo(poi(m));
  }

  /** POI's core.xml for the properties Briefsmith sets. */
  private static String poi(Metadata m) throws Exception {
    try (XWPFDocument word = new XWPFDocument()) {
      POIXMLProperties.CoreProperties core = word.getProperties().getCoreProperties();
      core.setTitle(m.title());
      core.setCreator(String.join("; ", m.authors()));
      core.setSubjectProperty(m.subject());
      core.setKeywords(String.join(", ", m.keywords()));
      core.setDescription(m.subtitle().orElse(null));
      core.setLastModifiedByUser(DocProperties.APPLICATION);
      Optional<Date> created = Optional.of(Date.from(m.created()));
      core.setCreated(created);
      core.setModified(created);
      core.getUnderlyingProperties().setLanguageProperty(m.language());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      word.write(out);
      try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
          if (e.getName().equals("docProps/core.xml")) {
            return new String(zip.readAllBytes(), UTF_8);
          }
        }
      }
    }
    throw new AssertionError("POI wrote no core.xml");
  }
}
