package dev.briefsmith.render;

import dev.briefsmith.compose.FontFamily;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The bundled font files, read from the classpath once per instance and shared: reading a font file
 * byte by byte while subsetting is slow, so renderers take the bytes from here. Create one per
 * process and pass it to every renderer. Thread-safe.
 */
public final class Fonts {
  private final ConcurrentMap<String, byte[]> cache = new ConcurrentHashMap<>();

  /** The TrueType bytes of one style of a family. Callers must not modify the array. */
  public byte[] ttf(FontFamily family, boolean bold, boolean italic) {
    return cache.computeIfAbsent(family.resource(bold, italic), Fonts::read);
  }

  private static byte[] read(String resource) {
    try (InputStream in = Fonts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the build did not package the font " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
