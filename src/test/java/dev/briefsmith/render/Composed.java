package dev.briefsmith.render;

import dev.briefsmith.audience.AudienceTemplate;
import dev.briefsmith.audience.TemplateLoader;
import dev.briefsmith.compose.Composer;
import dev.briefsmith.compose.Document;
import dev.briefsmith.compose.Document.Figure;
import dev.briefsmith.content.Brief;
import dev.briefsmith.content.BriefLoader;
import dev.briefsmith.content.ContentException;
import dev.briefsmith.select.Selector;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** Test briefs composed for the shipped audiences, as the build composes them. */
final class Composed {
  private Composed() {}

  /** Briefs with 2, 3, 5, 8 and 20 sides. */
  static final List<String> BY_SIDES =
      List.of(
          "content/iraq-us-iran-2014.yaml",
          "src/test/resources/briefs/valid/arctic-shipping-2031.yaml",
          "src/test/resources/briefs/valid/aral-basin-water-2029.yaml",
          "src/test/resources/briefs/many-sides/lake-varn-fisheries-2032.yaml",
          "src/test/resources/briefs/many-sides/federal-water-council-2033.yaml");

  static Brief brief(String path) {
    try {
      return new BriefLoader().load(Path.of(path)).orThrow();
    } catch (ContentException e) {
      throw new AssertionError(path + " does not load", e);
    }
  }

  static AudienceTemplate template(String name) {
    return new TemplateLoader().load(Path.of("templates", name)).value().orElseThrow();
  }

  static Document compose(String briefPath, String audience) {
    AudienceTemplate t = template(audience);
    return new Composer()
        .compose(
            Selector.select(brief(briefPath), t.maxSensitivity()),
            t,
            Instant.parse("2024-05-01T00:00:00Z"));
  }

  static Figure figure(Document d) {
    return d.blocks().stream()
        .filter(Figure.class::isInstance)
        .map(Figure.class::cast)
        .findFirst()
        .orElseThrow();
  }
}
