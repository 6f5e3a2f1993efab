package dev.briefsmith.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Images read and written in memory only, and checked by their header before anything decodes them.
 * ImageIO's own {@code read}/{@code write} buffer streams in files under java.io.tmpdir, which a
 * killed run would leave behind; these methods never touch a file. Stateless and thread-safe.
 */
public final class Images {
  /**
   * The most pixels (width × height) an image may have: 4096 × 4096, about 64 MiB once decoded. A
   * printed logo needs far fewer; the limit stops a small, highly compressed file from decoding to
   * gigabytes.
   */
  public static final long MAX_PIXELS = 4096L * 4096;

  private Images() {}

  /** An image's format (as ImageIO names it, lower case) and size, read from its header. */
  public record Header(String format, int width, int height) {
    /** Width times height. */
    public long pixels() {
      return (long) width * height;
    }

    /** Why the image is too large to decode, if it is. */
    public Optional<String> sizeProblem() {
      if (width > 0 && height > 0 && pixels() <= MAX_PIXELS) {
        return Optional.empty();
      }
      return Optional.of(
          String.format(
              Locale.ROOT,
              "is %,d × %,d pixels; images may have at most %,d pixels (such as 4096 × 4096):"
                  + " scale it down",
              width,
              height,
              MAX_PIXELS));
    }
  }

  /**
   * The header of an image in any format ImageIO reads (PNG, JPEG, GIF, BMP, TIFF), without
   * decoding its pixels; empty when no reader recognises the bytes.
   *
   * @throws IOException if a reader recognises the format but cannot read the header
   */
  public static Optional<Header> header(byte[] bytes) throws IOException {
    return header(new ByteArrayInputStream(bytes));
  }

  /**
   * The header of the image that {@code stream} holds, reading only as far as the header; see
   * {@link #header(byte[])}.
   */
  public static Optional<Header> header(InputStream stream) throws IOException {
    try (ImageInputStream in = new MemoryCacheImageInputStream(stream)) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return Optional.empty();
      }
      ImageReader reader = readers.next();
      try {
        // ignoreMetadata: only the header is read, the pixel data never is
        reader.setInput(in, true, true);
        return Optional.of(
            new Header(
                reader.getFormatName().toLowerCase(Locale.ROOT),
                reader.getWidth(0),
                reader.getHeight(0)));
      } catch (RuntimeException e) {
        // ImageIO readers throw unchecked exceptions for some damaged headers
        throw new IOException("unreadable image header: " + e.getMessage(), e);
      } finally {
        reader.dispose();
      }
    }
  }

  /**
   * The decoded image; callers check {@link #header} against {@link #MAX_PIXELS} first.
   *
   * @throws IOException if the bytes are not a readable image
   */
  public static BufferedImage decode(byte[] bytes) throws IOException {
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new IOException("not an image format the JDK reads");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        return reader.read(0);
      } catch (RuntimeException e) {
        throw new IOException("unreadable image: " + e.getMessage(), e);
      } finally {
        reader.dispose();
      }
    }
  }

  /** The image as PNG bytes, encoded in memory. */
  public static byte[] png(BufferedImage image) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      writer.write(image);
    } catch (IOException e) {
      // only memory is written to
      throw new IllegalStateException("cannot encode a PNG in memory", e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }
}
