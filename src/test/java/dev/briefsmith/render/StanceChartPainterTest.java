package dev.briefsmith.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.compose.Document.Figure;
import dev.briefsmith.compose.FontFamily;
import dev.briefsmith.render.chart.ChartLayout;
import dev.briefsmith.render.chart.StanceChartPainter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class StanceChartPainterTest {

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
