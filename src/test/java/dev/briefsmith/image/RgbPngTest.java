package dev.briefsmith.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class RgbPngTest {
  private static BufferedImage chartLike(int w, int h) {
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    Random random = new Random(7);
    for (int i = 0; i < 40; i++) {
      g.setColor(new Color(random.nextInt(0xFFFFFF)));
      g.fillOval(random.nextInt(w), random.nextInt(h), 9, 9);
      g.drawString("Label " + i, random.nextInt(w), random.nextInt(h));
    }
    g.dispose();
    return image;
  }

  @Test
  void decodesToTheSamePixels() throws IOException {
    BufferedImage image = chartLike(301, 173);
    byte[] png = RgbPng.encode(image);
    BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(back.getWidth()).isEqualTo(301);
    assertThat(back.getHeight()).isEqualTo(173);
    for (int y = 0; y < 173; y++) {
      for (int x = 0; x < 301; x++) {
        assertThat(back.getRGB(x, y) & 0xFFFFFF).isEqualTo(image.getRGB(x, y) & 0xFFFFFF);
      }
    }
    assertThat(Images.header(png)).contains(new Images.Header("png", 301, 173));
  }

  /**
   * Deflate's quick level: a little larger than ImageIO's best effort (26 against 25 KB here), and
   * compressed, never stored (the pixels are 360 KB).
   */
  @Test
  void theSamePixelsGiveTheSameBytesCompressedNearlyAsWellAsImageIo() {
    byte[] png = RgbPng.encode(chartLike(400, 300));
    assertThat(RgbPng.encode(chartLike(400, 300))).isEqualTo(png);
    int imageIo = Images.png(chartLike(400, 300)).length;
    assertThat(png.length).isLessThan(imageIo * 6 / 5).isLessThan(400 * 300 * 3 / 10);
  }

  @Test
  void refusesImagesItCannotEncode() {
    assertThatThrownBy(() -> RgbPng.encode(new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
