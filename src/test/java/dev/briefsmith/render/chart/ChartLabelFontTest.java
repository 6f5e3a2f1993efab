package dev.briefsmith.render.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.compose.FontFamily;
import dev.briefsmith.compose.Rgb;
import dev.briefsmith.compose.StanceChart;
import dev.briefsmith.compose.StanceChart.Marker;
import dev.briefsmith.compose.StanceChart.Series;
import dev.briefsmith.render.Fonts;
import dev.briefsmith.render.HouseFontFixtures;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The chart's labels in a house font, or in its Noto fallback when it lacks a character. */
class ChartLabelFontTest {
  private final StanceChartPainter painter = new StanceChartPainter(new Fonts());

  private static StanceChart chart(String side) {
    return new StanceChart(
        List.of("Cooperation"),
        List.of(new Series(side, Rgb.hex("#0072B2"), Marker.CIRCLE, true, List.of(Optional.of(1)))),
        List.of("opposes", "sceptical", "ambivalent", "open", "supports"));
  }

  @Test
  void keepsTheHouseFontWhenItHasEveryLabel() {
    FontFamily house = HouseFontFixtures.dejaVuSerif();
    assertThat(painter.labelFamily(chart("Ελλάδα"), house)).isEqualTo(house);
    assertThat(painter.labelFamily(chart("North"), FontFamily.NOTO_SANS))
        .isEqualTo(FontFamily.NOTO_SANS);
  }

  @Test
  void takesTheNotoFallbackForAChartWithALabelTheHouseFontLacks() {
    byte[] latin = HouseFontFixtures.latinOnly(HouseFontFixtures.regular());
    FontFamily house = HouseFontFixtures.family(latin, latin, true);
    assertThat(painter.labelFamily(chart("North"), house)).isEqualTo(house);
    assertThat(painter.labelFamily(chart("Ελλάδα"), house)).isEqualTo(FontFamily.NOTO_SERIF);
  }
}
