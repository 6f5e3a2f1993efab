package dev.briefsmith.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.audience.AudienceTemplate;
import dev.briefsmith.audience.TemplateLoader;
import dev.briefsmith.compose.Document.Heading;
import dev.briefsmith.compose.Document.Table;
import dev.briefsmith.content.Brief;
import dev.briefsmith.content.BriefLoader;
import dev.briefsmith.content.Sensitivity;
import dev.briefsmith.select.Selector;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComposerTest {
  static final Instant CREATED = Instant.parse("2024-05-01T00:00:00Z");

  static Brief brief(String path) throws Exception {
    return new BriefLoader().load(Path.of(path)).orThrow();
  }

  static AudienceTemplate template(String name) {
    return new TemplateLoader().load(Path.of("templates", name)).value().orElseThrow();
  }

  static AudienceTemplate withMax(AudienceTemplate t, Sensitivity max) {
    java.util.Map<Sensitivity, String> marking = new java.util.EnumMap<>(t.marking());
    marking.putIfAbsent(Sensitivity.INTERNAL, "INTERNAL");
    marking.putIfAbsent(Sensitivity.RESTRICTED, "RESTRICTED");
    return new AudienceTemplate(
        t.name(),
        t.title(),
        t.description(),
        max,
        t.sections(),
        t.page(),
        t.theme(),
        marking,
        t.text(),
        t.docxReference());
  }

  static Document compose(Brief b, AudienceTemplate t) {
    return new Composer().compose(Selector.select(b, t.maxSensitivity()), t, CREATED);
  }

  @Test
  void noInternalOrRestrictedItemReachesThePublicDocument() throws Exception {
    Brief canary = brief("src/test/resources/briefs/canary/canary-brief.yaml");
    List<String> strings = DocumentStrings.of(compose(canary, template("public")));
    assertThat(String.join("\n", strings)).doesNotContain("CANARYINT").doesNotContain("CANARYRES");
    assertThat(compose(canary, template("public")).furniture().banner()).isEqualTo("PUBLIC");
  }

  @Test
  void theAnalystDocumentHasInternalButNoRestrictedItems() throws Exception {
    Brief canary = brief("src/test/resources/briefs/canary/canary-brief.yaml");
    Document analyst = compose(canary, template("analyst"));
    String all = String.join("\n", DocumentStrings.of(analyst));
    assertThat(all)
        .contains("CANARYINT-kj", "CANARYINT-quote", "CANARYINT-source", "CANARYINT-issue");
    assertThat(all).doesNotContain("CANARYRES");
    assertThat(analyst.furniture().banner()).isEqualTo("INTERNAL · ANALYST USE ONLY");

    Document restricted = compose(canary, withMax(template("analyst"), Sensitivity.RESTRICTED));
    assertThat(String.join("\n", DocumentStrings.of(restricted)))
        .contains("CANARYRES-kj", "CANARYRES-quote");
    assertThat(restricted.furniture().banner()).isEqualTo("RESTRICTED");
  }

  @Test
  void theBannerIsTheHighestLevelActuallyPrinted() throws Exception {
    // The executive template shows no statements or sources: a brief whose only internal items
    // are statements is printed without an internal banner.
    Brief sample = brief("content/iraq-us-iran-2014.yaml");
    Document exec = compose(sample, template("executive"));
    boolean internalKj =
        sample.keyJudgments().stream().anyMatch(k -> k.sensitivity() == Sensitivity.INTERNAL);
    assertThat(exec.furniture().banner())
        .isEqualTo(internalKj ? "INTERNAL · NOT FOR PUBLICATION" : "PUBLIC");
    Brief canary = brief("src/test/resources/briefs/canary/canary-brief.yaml");
    AudienceTemplate summaryOnly =
        new AudienceTemplate(
            "s",
            "S",
            java.util.Optional.empty(),
            Sensitivity.INTERNAL,
            List.of(
                dev.briefsmith.audience.Section.of(dev.briefsmith.audience.SectionKind.SUMMARY)),
            template("analyst").page(),
            template("analyst").theme(),
            template("analyst").marking(),
            java.util.Map.of(),
            java.util.Optional.empty());
    assertThat(compose(canary, summaryOnly).furniture().banner()).isEqualTo("PUBLIC");
  }

  @Test
  void everySideIsAMatrixColumnInBriefOrder() throws Exception {
    for (String path :
        List.of(
            "src/test/resources/briefs/valid/arctic-shipping-2031.yaml",
            "src/test/resources/briefs/valid/aral-basin-water-2029.yaml",
            "content/iraq-us-iran-2014.yaml")) {
      Brief b = brief(path);
      for (String audience : List.of("executive", "analyst", "public")) {
        Document d = compose(b, template(audience));
        int matrixHeading = indexOfHeading(d, "position-matrix");
        Table matrix = (Table) d.blocks().get(matrixHeading + 1);
        List<String> header =
            matrix.header().get(0).cells().stream().map(c -> DocumentStrings.of(c).get(0)).toList();
        List<String> expected = new java.util.ArrayList<>(List.of("Issue"));
        b.sides().forEach(s -> expected.add(s.name()));
        expected.add("Alignment");
        assertThat(header).as(path + " " + audience).isEqualTo(expected);
      }
    }
  }

  @Test
  void alignmentIsComputedFromTheSpread() throws Exception {
    Brief canary = brief("src/test/resources/briefs/canary/canary-brief.yaml");
    Document d = compose(canary, template("public"));
    Table matrix = (Table) d.blocks().get(indexOfHeading(d, "position-matrix") + 1);
    List<String> tolls = DocumentStrings.of(matrix.body().get(0));
    assertThat(tolls).contains("Canal tolls", "Opposed", "spread 4");
  }

  private static int indexOfHeading(Document d, String anchor) {
    for (int i = 0; i < d.blocks().size(); i++) {
      if (d.blocks().get(i) instanceof Heading h && h.anchor().equals(anchor)) {
        return i;
      }
    }
    throw new AssertionError("no heading " + anchor);
  }
}
