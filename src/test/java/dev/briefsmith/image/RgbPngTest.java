package dev.briefsmith.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
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

  /**
   * A row equal to the one above is the "up" filter's row of zeros, any other row is unfiltered:
   * what keeps a chart's many blank rows cheap to encode. Decoding gives the same pixels either way
   * ({@link #decodesToTheSamePixels}).
   */
  @Test
  void aRowEqualToTheRowAboveIsWrittenAsZerosOfTheUpFilter() throws Exception {
    // a chart's plot: grid lines down, a few markers, blank rows between them
    BufferedImage image = new BufferedImage(211, 97, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 211, 97);
    g.setColor(Color.LIGHT_GRAY);
    for (int x = 20; x < 211; x += 40) {
      g.drawLine(x, 0, x, 96);
    }
    g.setColor(new Color(0x0072B2));
    for (int i = 0; i < 4; i++) {
      g.fillOval(15 + 45 * i, 10 + 22 * i, 9, 9);
    }
    g.dispose();
    byte[] raw = inflatedRows(RgbPng.encode(image));
    int rowBytes = 1 + 3 * 211;
    assertThat(raw).hasSize(97 * rowBytes);
    int up = 0;
    for (int y = 0; y < 97; y++) {
      boolean same = y > 0;
      for (int x = 0; same && x < 211; x++) {
        same = image.getRGB(x, y) == image.getRGB(x, y - 1);
      }
      int at = y * rowBytes;
      assertThat(raw[at]).as("row %d's filter", y).isEqualTo((byte) (same ? 2 : 0));
      if (same) {
        up++;
        for (int i = 1; i < rowBytes; i++) {
          assertThat(raw[at + i]).as("row %d, byte %d", y, i).isZero();
        }
      } else {
        int rgb = image.getRGB(0, y);
        assertThat(raw[at + 1]).isEqualTo((byte) (rgb >> 16));
        assertThat(raw[at + 3]).isEqualTo((byte) rgb);
      }
    }
    assertThat(up).as("the test image has blank rows").isGreaterThan(10);
    assertThat(up).as("and rows with something on them").isLessThan(90);
  }

  /** The PNG's image data, inflated: each row's filter byte and its bytes. */
  private static byte[] inflatedRows(byte[] png) throws DataFormatException {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(Logo.idat(png));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      while (!inflater.finished() && !inflater.needsInput()) {
        out.write(buffer, 0, inflater.inflate(buffer));
      }
      return out.toByteArray();
    } finally {
      inflater.end();
    }
  }

  @Test
  void refusesImagesItCannotEncode() {
    assertThatThrownBy(() -> RgbPng.encode(new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
