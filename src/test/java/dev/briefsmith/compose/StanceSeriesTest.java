package dev.briefsmith.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.compose.Document.Figure;
import dev.briefsmith.content.Brief;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The stance chart cannot mislead by its markers: every series (side or faction) has its own marker
 * and colour pair, and no side's colour is a hue of the stance fills.
 */
class StanceSeriesTest {
  static final List<String> BRIEFS =
      List.of(
          "content/iraq-us-iran-2014.yaml",
          "src/test/resources/briefs/valid/arctic-shipping-2031.yaml",
          "src/test/resources/briefs/valid/aral-basin-water-2029.yaml",
          "src/test/resources/briefs/canary/canary-brief.yaml");

  @Test
  void everySeriesHasItsOwnMarkerAndColour() throws Exception {
    int charts = 0;
    for (String path : BRIEFS) {
      Brief brief = ComposerTest.brief(path);
      for (String audience : List.of("analyst", "public", "executive")) {
        Document doc = ComposerTest.compose(brief, ComposerTest.template(audience));
        for (Object block : doc.blocks()) {
          if (block instanceof Figure f) {
            charts++;
            List<StanceChart.Series> series = f.chart().series();
            Map<String, List<String>> byStyle =
                series.stream()
                    .collect(
                        Collectors.groupingBy(
                            s -> s.color().hex() + " " + s.marker(),
                            Collectors.mapping(StanceChart.Series::name, Collectors.toList())));
            assertThat(byStyle.values())
                .as(path + " " + audience + ": series sharing a marker and colour")
                .allMatch(names -> names.size() == 1);
          }
        }
      }
    }
    assertThat(charts).isGreaterThan(4);
  }

  @Test
  void sideColoursAreNoneOfTheStanceHues() {
    for (Rgb side : StanceStyle.sideColors()) {
      float[] hsb = java.awt.Color.RGBtoHSB(side.red(), side.green(), side.blue(), null);
      if (hsb[1] < 0.15f) {
        continue; // black and greys have no hue
      }
      for (Rgb fill : StanceStyle.stanceFills()) {
        float[] f = java.awt.Color.RGBtoHSB(fill.red(), fill.green(), fill.blue(), null);
        if (f[1] < 0.05f) {
          continue; // the neutral grey of "ambivalent"
        }
        double apart = Math.abs(hsb[0] - f[0]) * 360;
        apart = Math.min(apart, 360 - apart);
        assertThat(apart).as(side.hex() + " against " + fill.hex()).isGreaterThanOrEqualTo(25);
      }
    }
  }
}
