package dev.briefsmith.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * A logo ready to print, prepared once when its template loads and then shared by every document:
 * its size checked from the header before decoding, decoded once, laid onto white (the page's
 * colour; PDF/A-1 allows no soft masks) and encoded again as an opaque 8-bit RGB PNG, which PDF and
 * Word both embed as it is, without decoding it again. Immutable.
 */
public final class Logo {
  private final byte[] png;
  private final byte[] idat;
  private final int widthPx;
  private final int heightPx;

  private Logo(byte[] png, int widthPx, int heightPx) {
    this.png = png;
    this.idat = idat(png);
    this.widthPx = widthPx;
    this.heightPx = heightPx;
  }

  /**
   * The logo in these PNG bytes.
   *
   * @throws InvalidImageException with a message for the user if the bytes are not a readable PNG
   *     or have more than {@link Images#MAX_PIXELS} pixels
   */
  public static Logo of(byte[] png) throws InvalidImageException {
    Optional<Images.Header> header;
    try {
      header = Images.header(png);
    } catch (IOException e) {
      throw new InvalidImageException("is not a readable PNG file (" + e.getMessage() + ")");
    }
    if (header.isEmpty() || !header.get().format().equals("png")) {
      throw new InvalidImageException("is not a PNG file");
    }
    Optional<String> tooLarge = header.get().sizeProblem();
    if (tooLarge.isPresent()) {
      throw new InvalidImageException(tooLarge.get());
    }
    BufferedImage decoded;
    try {
      decoded = Images.decode(png);
    } catch (IOException e) {
      throw new InvalidImageException("is not a readable PNG file (" + e.getMessage() + ")");
    }
    BufferedImage flat =
        new BufferedImage(decoded.getWidth(), decoded.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = flat.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, flat.getWidth(), flat.getHeight());
      g.drawImage(decoded, 0, 0, null);
    } finally {
      g.dispose();
    }
    return new Logo(Images.png(flat), flat.getWidth(), flat.getHeight());
  }

  /** A copy of the prepared PNG: opaque, 8-bit RGB, not interlaced. */
  public byte[] png() {
    return png.clone();
  }

  /**
   * A copy of the PNG's image data (its IDAT chunks joined): a zlib stream of PNG-filtered 8-bit
   * RGB rows, which a PDF embeds as it is (FlateDecode with PNG predictors), without decoding it.
   */
  public byte[] idat() {
    return idat.clone();
  }

  /** The width in pixels. */
  public int widthPx() {
    return widthPx;
  }

  /** The height in pixels. */
  public int heightPx() {
    return heightPx;
  }

  /** Height divided by width. */
  public double aspect() {
    return (double) heightPx / widthPx;
  }

  /** The image data of a PNG: its IDAT chunks' contents, joined (a zlib stream). */
  static byte[] idat(byte[] png) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = 8; // after the signature: chunks of length, type, data, CRC
    while (at + 12 <= png.length) {
      int length = ByteBuffer.wrap(png, at, 4).getInt();
      if (png[at + 4] == 'I' && png[at + 5] == 'D' && png[at + 6] == 'A' && png[at + 7] == 'T') {
        out.write(png, at + 8, length);
      }
      at += 12 + length;
    }
    return out.toByteArray();
  }

  /** An image that cannot be used, with the reason as the user should read it. */
  public static final class InvalidImageException extends Exception {
    private static final long serialVersionUID = 1L;

    /** {@code message} completes a sentence that starts with the image's name. */
    public InvalidImageException(String message) {
      super(message);
    }
  }
}
