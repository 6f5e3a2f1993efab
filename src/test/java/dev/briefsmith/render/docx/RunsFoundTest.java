package dev.briefsmith.render.docx;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.audience.AudienceTemplate;
import dev.briefsmith.audience.TemplateLoader;
import dev.briefsmith.compose.Composer;
import dev.briefsmith.compose.Document;
import dev.briefsmith.content.BriefLoader;
import dev.briefsmith.render.DocumentFixtures;
import dev.briefsmith.render.Fonts;
import dev.briefsmith.render.HouseFontFixtures;
import dev.briefsmith.select.Selector;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.apache.xmlbeans.XmlObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the runs note as they are written (the characters and the fonts the embedded subsets need)
 * is exactly what a walk of the finished document, headers and footers finds: nothing written
 * elsewhere is missed, so the fonts embed the same characters as when the whole XML was walked.
 */
class RunsFoundTest {
  private static final DocxRenderer RENDERER = new DocxRenderer(new Fonts());

  private static Document compose(String brief, String audience) throws Exception {
    AudienceTemplate t =
        new TemplateLoader().load(Path.of("templates", audience)).value().orElseThrow();
    return new Composer()
        .compose(
            Selector.select(new BriefLoader().load(Path.of(brief)).orThrow(), t.maxSensitivity()),
            t,
            Instant.parse("2024-05-01T00:00:00Z"));
  }

  private static Document document(String name) throws Exception {
    return switch (name) {
      case "kitchen-sink" -> DocumentFixtures.kitchenSink();
      // a Latin-only house font: runs with Greek and Cyrillic are cut and name Noto
      case "house-latin-only" -> {
        var family =
            HouseFontFixtures.family(
                HouseFontFixtures.latinOnly(HouseFontFixtures.regular()),
                HouseFontFixtures.latinOnly(HouseFontFixtures.bold()),
                true);
        yield HouseFontFixtures.withFonts(DocumentFixtures.kitchenSink(), family, family);
      }
      case "scripts" -> compose("src/test/resources/briefs/scripts/scripts-brief.yaml", "analyst");
      case "rtl" -> compose("src/test/resources/briefs/rtl/sepidan-river-2030.yaml", "analyst");
      default -> compose("content/iraq-us-iran-2014.yaml", name);
    };
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "kitchen-sink",
        "house-latin-only",
        "scripts",
        "rtl",
        "analyst",
        "public",
        "executive"
      })
  void theRunsNoteWhatAWalkOfTheWrittenXmlFinds(String name) throws Exception {
    Document doc = document(name);
    Optional<byte[]> reference =
        name.equals("public")
            ? Optional.of(
                java.nio.file.Files.readAllBytes(Path.of("templates/public/house-style.docx")))
            : Optional.empty();
    WordPackage word = new WordPackage();
    DocxRenderer.Written written = RENDERER.write(word, doc, reference, Map.of());
    Runs runs = written.runs();
    // the finished parts, parsed back from their bytes and walked token by token
    EmbeddedFonts.Found walked = new EmbeddedFonts.Found();
    int parts = 0;
    for (var part : written.parts().entrySet()) {
      walked.add(XmlObject.Factory.parse(new String(WordPackage.xml(part.getValue()), UTF_8)));
      if (part.getKey().matches("word/(header|footer)\\d+\\.xml")) {
        parts++;
      }
    }
    assertThat(written.parts()).containsKey("word/document.xml");
    assertThat(parts).as("headers and footers").isGreaterThanOrEqualTo(2);
    assertThat(walked.codePoints().cardinality()).isGreaterThan(30);
    if (name.startsWith("house")) {
      // the pieces of runs cut for the Greek and Cyrillic the house font lacks
      assertThat(walked.names()).contains("Noto Serif");
    }
    assertThat(runs.found().codePoints()).isEqualTo(walked.codePoints());
    assertThat(runs.found().names()).isEqualTo(walked.names());
  }
}
