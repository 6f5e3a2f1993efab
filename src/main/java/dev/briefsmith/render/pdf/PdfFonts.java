package dev.briefsmith.render.pdf;

import dev.briefsmith.compose.FontFamily;
import dev.briefsmith.compose.Rgb;
import dev.briefsmith.render.Fonts;
import dev.briefsmith.render.RenderException;
import java.awt.Color;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

/**
 * The fonts of one rendering, embedded as subsets. OpenPDF's BaseFont reads glyph data through a
 * shared file pointer while writing a subset, so each rendering loads its own (from the shared
 * bytes, which is fast); not thread-safe, used by one rendering only.
 */
final class PdfFonts {
  private final Fonts fonts;
  private final long seed;
  private final Map<String, BaseFont> loaded = new HashMap<>();

  /**
   * Fonts whose subset tags derive from {@code seed}: the same document gets the same tags, other
   * documents likely others.
   */
  PdfFonts(Fonts fonts, long seed) {
    this.fonts = fonts;
    this.seed = seed;
  }

  /**
   * The embedded font for one style of a family: for a style a house family lacks, the face it is
   * printed from (see {@link #font}).
   */
  BaseFont base(FontFamily family, boolean bold, boolean italic) {
    FontFamily.Face face = family.face(bold, italic);
    BaseFont font = loaded.get(face.key());
    if (font == null) {
      font = load(family, bold, italic, face);
      loaded.put(face.key(), font);
    }
    return font;
  }

  /**
   * A font of one style, size and colour; never OpenPDF's default Helvetica. A style a house family
   * lacks is its nearest face with OpenPDF's synthetic bold (stroked outlines) or italic (a slanted
   * text matrix).
   */
  Font font(FontFamily family, boolean bold, boolean italic, float size, Rgb color) {
    FontFamily.Face face = family.face(bold, italic);
    int style = (face.fakeBold() ? Font.BOLD : 0) | (face.fakeItalic() ? Font.ITALIC : 0);
    return new Font(base(family, bold, italic), size, style, awt(color));
  }

  static Color awt(Rgb c) {
    return new Color(c.red(), c.green(), c.blue());
  }

  private BaseFont load(FontFamily family, boolean bold, boolean italic, FontFamily.Face face) {
    // the name only has to end in .ttf; the bytes are what OpenPDF reads
    String name =
        family.isHouse()
            ? face.fileName()
                    .replaceFirst("(?i)\\.(ttf|otf)$", "")
                    .replaceAll("[^A-Za-z0-9_-]", "_")
                + ".ttf"
            : face.fileName();
    try {
      BaseFont font =
          BaseFont.createFont(
              name,
              BaseFont.IDENTITY_H,
              BaseFont.EMBEDDED,
              false,
              fonts.ttf(family, bold, italic),
              null);
      // a font whose licence forbids subsetting (OS/2 fsType 0x0100) is embedded whole
      font.setSubset(family.subsettable());
      // OpenPDF's CIDSet leaves out CID 0 (.notdef), which every subset holds, and PDF/A-2 rejects
      // an incomplete CIDSet; it does not require one
      font.setIncludeCidSet(false);
      // a house font's tag derives from its content too: two house files of one name differ
      int salt = family.isHouse() ? face.key().hashCode() : name.hashCode();
      font.setSecureRandom(new SeededRandom(seed ^ salt));
      return font;
    } catch (IOException | RuntimeException e) {
      throw new RenderException("cannot load the font " + face.fileName(), e);
    }
  }
}
