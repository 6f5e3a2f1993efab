package dev.briefsmith.render;

import dev.briefsmith.compose.FontFamily;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The font files, bundled ones read from the classpath once per instance, house fonts taken from
 * their template, and shared: reading a font file byte by byte while subsetting is slow, so
 * renderers take the bytes from here. Charts need the same fonts as AWT fonts, which are created
 * here too, once per instance (see {@link FontFiles} for why they come from files in a cache folder
 * rather than from the bytes). Create one per process and pass it to every renderer. Thread-safe.
 */
public final class Fonts {
  private final ConcurrentMap<String, byte[]> cache = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Font> awt = new ConcurrentHashMap<>();
  private final Optional<Path> fontFolder;

  /** Fonts whose AWT fonts are extracted into the user's cache folder ({@link FontFiles}). */
  public Fonts() {
    this(FontFiles.defaultFolder(System.getenv(), System.getProperty("user.home")));
  }

  /**
   * Fonts whose AWT fonts are extracted into {@code fontFolder}; with none, AWT fonts are created
   * from the bytes, which leaves a temporary file per style until the process exits.
   */
  public Fonts(Optional<Path> fontFolder) {
    this.fontFolder = fontFolder;
  }

  /**
   * The TrueType bytes of the file that prints one style of a family (see {@link FontFamily#face}:
   * a house family may print a style from another style's file). Callers must not modify the array.
   */
  public byte[] ttf(FontFamily family, boolean bold, boolean italic) {
    FontFamily.Face face = family.face(bold, italic);
    return cache.computeIfAbsent(
        face.key(),
        key ->
            family
                .houseFile(bold, italic)
                .map(dev.briefsmith.compose.HouseFont::bytes)
                .orElseGet(() -> read(key)));
  }

  /**
   * One style of a family as an AWT font of size 1, created once for this instance; {@link
   * Font#deriveFont(float)} gives other sizes. A style the family lacks is its nearest face,
   * emboldened or slanted by AWT. AWT fonts are immutable.
   */
  public Font awt(FontFamily family, boolean bold, boolean italic) {
    FontFamily.Face face = family.face(bold, italic);
    String key =
        face.key() + (face.fakeBold() ? "+bold" : "") + (face.fakeItalic() ? "+italic" : "");
    return awt.computeIfAbsent(
        key,
        k -> {
          Font font = createAwt(face, ttf(family, bold, italic));
          int style = (face.fakeBold() ? Font.BOLD : 0) | (face.fakeItalic() ? Font.ITALIC : 0);
          return style == 0 ? font : font.deriveFont(style);
        });
  }

  private Font createAwt(FontFamily.Face face, byte[] bytes) {
    try {
      Optional<Path> file =
          fontFolder.flatMap(folder -> FontFiles.extracted(folder, face.fileName(), bytes));
      if (file.isPresent()) {
        return Font.createFont(Font.TRUETYPE_FONT, file.get().toFile());
      }
      // no writable cache: the JDK copies the bytes to one temporary file, deleted at exit
      return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
    } catch (FontFormatException | IOException e) {
      throw new IllegalStateException("the font " + face.fileName() + " is unreadable", e);
    }
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
