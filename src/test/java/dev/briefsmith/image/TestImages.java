package dev.briefsmith.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/** Images for tests, among them decompression bombs: small files that claim huge sizes. */
public final class TestImages {
  private TestImages() {}

  /** A real w x h RGB PNG, all one colour, so it compresses well. */
  public static byte[] png(int width, int height) {
    return encode(plain(width, height, BufferedImage.TYPE_INT_RGB), "png");
  }

  /** A real w x h JPEG. */
  public static byte[] jpeg(int width, int height) {
    return encode(plain(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
  }

  /**
   * A PNG whose header says {@code width} x {@code height} (8-bit RGB) and whose data holds a few
   * rows of it: what a decoder would allocate for is the header's size.
   */
  public static byte[] pngClaiming(int width, int height) {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    byte[] row = new byte[1 + 3 * width];
    for (int i = 0; i < 4; i++) {
      raw.writeBytes(row);
    }
    Deflater deflater = new Deflater(9);
    deflater.setInput(raw.toByteArray());
    deflater.finish();
    ByteArrayOutputStream idat = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    while (!deflater.finished()) {
      idat.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    chunk(
        out,
        "IHDR",
        ByteBuffer.allocate(13)
            .putInt(width)
            .putInt(height)
            .put(new byte[] {8, 2, 0, 0, 0})
            .array());
    chunk(out, "IDAT", idat.toByteArray());
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  /** A small JPEG whose frame header (SOF0) is changed to say {@code width} x {@code height}. */
  public static byte[] jpegClaiming(int width, int height) {
    byte[] jpeg = jpeg(16, 16);
    for (int i = 2; i + 9 < jpeg.length; i++) {
      if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) {
        // FF C0, length (2), precision (1), height (2), width (2)
        ByteBuffer.wrap(jpeg, i + 5, 4).putShort((short) height).putShort((short) width);
        return jpeg;
      }
    }
    throw new IllegalStateException("the JPEG encoder wrote no baseline frame header");
  }

  private static BufferedImage plain(int width, int height, int type) {
    BufferedImage image = new BufferedImage(width, height, type);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(new Color(0x00594F));
      g.fillRect(0, 0, width, height);
    } finally {
      g.dispose();
    }
    return image;
  }

  private static byte[] encode(BufferedImage image, String format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(name);
    out.writeBytes(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}
