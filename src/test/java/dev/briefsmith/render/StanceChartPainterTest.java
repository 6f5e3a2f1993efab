package dev.briefsmith.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.briefsmith.compose.Document.Figure;
import dev.briefsmith.compose.FontFamily;
import dev.briefsmith.compose.Rgb;
import dev.briefsmith.compose.StanceChart;
import dev.briefsmith.compose.StanceChart.Marker;
import dev.briefsmith.compose.StanceChart.Series;
import dev.briefsmith.render.chart.ChartLayout;
import dev.briefsmith.render.chart.Sketch;
import dev.briefsmith.render.chart.StanceChartPainter;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class StanceChartPainterTest {
  /** The kitchen-sink document's chart. */
  private static StanceChart kitchenSinkChart() {
    return DocumentFixtures.kitchenSink().blocks().stream()
        .filter(Figure.class::isInstance)
        .map(Figure.class::cast)
        .findFirst()
        .orElseThrow()
        .chart();
  }

  @Test
  void drawsAChartWithMarkersInEachSidesColour() throws IOException {
    Figure figure =
        DocumentFixtures.kitchenSink().blocks().stream()
            .filter(Figure.class::isInstance)
            .map(Figure.class::cast)
            .findFirst()
            .orElseThrow();
    StanceChartPainter painter = new StanceChartPainter(new Fonts());
    ChartLayout layout = painter.layout(figure.chart(), 400, 0.45f, FontFamily.NOTO_SANS, 10f);
    byte[] png = painter.png(figure.chart(), layout, 1f, 150, FontFamily.NOTO_SANS, 10f);
    Files.createDirectories(Path.of("target/test-output"));
    Files.write(Path.of("target/test-output/stance-chart.png"), png);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(834);
    assertThat(count(image, 0x0072B2)).as("North's blue markers").isGreaterThan(50);
    assertThat(count(image, 0xD55E00)).as("South's orange markers").isGreaterThan(50);
    assertThat(png)
        .isEqualTo(painter.png(figure.chart(), layout, 1f, 150, FontFamily.NOTO_SANS, 10f));
  }

  /**
   * The sketch Word draws holds what the picture shows: the plot's background, every side's markers
   * in its colour, and the labels as outlines, in printed points; it is remembered, and a chart
   * whose labels need shaping (Arabic script) or that reads from the right has none.
   */
  @Test
  void aSketchDrawsTheChartInPrintedPointsUnlessItsTextNeedsShaping() {
    StanceChart chart = kitchenSinkChart();
    StanceChartPainter painter = new StanceChartPainter(new Fonts());
    ChartLayout layout = painter.layout(chart, 400, 0.45f, FontFamily.NOTO_SANS, 10f);
    Sketch sketch = painter.sketch(chart, layout, 0.5f, FontFamily.NOTO_SANS, 10f).orElseThrow();
    assertThat(sketch.widthPt()).isEqualTo(200.0);
    assertThat(sketch.heightPt()).isCloseTo(layout.heightPt() * 0.5, within(1e-4));
    Rectangle2D frame = new Rectangle2D.Double(0, 0, sketch.widthPt(), sketch.heightPt());
    for (Sketch.Mark m : sketch.marks()) {
      Rectangle2D b = m.path().getBounds2D();
      assertThat(frame.contains(b) || b.isEmpty() || frame.intersects(b))
          .as("mark within the chart: " + b)
          .isTrue();
    }
    for (Series s : chart.series()) {
      int argb = 0xFF000000 | s.color().red() << 16 | s.color().green() << 8 | s.color().blue();
      assertThat(sketch.marks())
          .as("marks in the colour of " + s.name())
          .anyMatch(m -> m instanceof Sketch.Area a && a.argb() == argb);
    }
    long text =
        sketch.marks().stream()
            .filter(m -> m instanceof Sketch.Area a && a.argb() == 0xFF1B1F24)
            .count();
    assertThat(text).as("legend labels drawn as outlines").isGreaterThanOrEqualTo(2);
    assertThat(painter.sketch(chart, layout, 0.5f, FontFamily.NOTO_SANS, 10f).orElseThrow())
        .as("remembered")
        .isSameAs(sketch);
    StanceChart rtl =
        new StanceChart(chart.categories(), chart.series(), chart.scaleLabels(), true);
    assertThat(painter.sketch(rtl, layout, 0.5f, FontFamily.NOTO_SANS, 10f)).isEmpty();
    List<String> persian = new java.util.ArrayList<>(chart.categories());
    persian.set(0, "همکاری");
    StanceChart arabicScript = new StanceChart(persian, chart.series(), chart.scaleLabels());
    assertThat(painter.sketch(arabicScript, layout, 0.5f, FontFamily.NOTO_SANS, 10f)).isEmpty();
  }

  @Test
  void aLayoutIsFoundOnceAndRememberedByEverythingThatDecidesIt() {
    StanceChart chart = kitchenSinkChart();
    StanceChartPainter painter = new StanceChartPainter(new Fonts());
    ChartLayout first = painter.layout(chart, 400, 0.45f, FontFamily.NOTO_SANS, 10f);
    assertThat(painter.layout(chart, 400, 0.45f, FontFamily.NOTO_SANS, 10f))
        .as("the same question: the remembered answer")
        .isSameAs(first);
    ChartLayout fresh =
        new StanceChartPainter(new Fonts()).layout(chart, 400, 0.45f, FontFamily.NOTO_SANS, 10f);
    assertThat(fresh).as("a fresh painter finds the same").isEqualTo(first).isNotSameAs(first);
    assertThat(painter.layout(chart, 300, 0.45f, FontFamily.NOTO_SANS, 10f).widthPt())
        .as("another width is another layout")
        .isEqualTo(300f);
    assertThat(painter.layout(chart, 400, 0.45f, FontFamily.NOTO_SANS, 14f))
        .as("larger labels need another layout")
        .isNotEqualTo(first);
  }

  @Test
  void twoFactionsOfTheSameNameKeepTheirOwnMarkers() {
    // e.g. "Hardliners" on two sides: each keeps its markers and its legend entry
    StanceChart chart =
        new StanceChart(
            List.of("Issue one", "Issue two"),
            List.of(
                new Series(
                    "North",
                    Rgb.hex("#0072B2"),
                    Marker.CIRCLE,
                    true,
                    List.of(Optional.of(2), Optional.of(-1))),
                new Series(
                    "Hardliners",
                    Rgb.hex("#0072B2"),
                    Marker.SQUARE,
                    false,
                    List.of(Optional.of(-2), Optional.of(0))),
                new Series(
                    "Hardliners",
                    Rgb.hex("#D55E00"),
                    Marker.DIAMOND,
                    false,
                    List.of(Optional.of(1), Optional.empty()))),
            List.of("opposes", "sceptical", "ambivalent", "open", "supports"));
    StanceChartPainter painter = new StanceChartPainter(new Fonts());
    ChartLayout layout = painter.layout(chart, 400, 0.3f, FontFamily.NOTO_SANS, 10f);
    BufferedImage image =
        new BufferedImage(400, (int) Math.ceil(layout.heightPt()), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    StanceChartPainter.Painted painted;
    try {
      painted =
          painter.paint(
              chart,
              layout,
              g,
              new Rectangle2D.Double(0, 0, 400, layout.heightPt()),
              FontFamily.NOTO_SANS,
              10f);
    } finally {
      g.dispose();
    }
    assertThat(painted.markers().stream().map(StanceChartPainter.Mark::series).toList())
        .containsExactlyInAnyOrder(0, 0, 1, 1, 2);
    assertThat(painted.legend()).hasSize(3);
  }

  private static int count(BufferedImage image, int rgb) {
    int n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
          n++;
        }
      }
    }
    return n;
  }
}
