package dev.briefsmith.render.pdf;

import dev.briefsmith.compose.FontFamily;
import dev.briefsmith.compose.Rgb;
import dev.briefsmith.render.Fonts;
import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

/**
 * The fonts of one rendering, embedded as subsets: shared parsed fonts ({@link EmbeddedFonts})
 * whose subset tags derive from the document's seed while this is open. Not thread-safe, used by
 * one rendering only, on one thread; close it when the file is written.
 */
final class PdfFonts implements AutoCloseable {
  private final EmbeddedFonts shared;
  private final long seed;
  private final Map<String, BaseFont> loaded = new HashMap<>();
  private final IdentityHashMap<BaseFont, Coverage> coverage = new IdentityHashMap<>();
  private final IdentityHashMap<FontFamily, Styled[]> byFamily = new IdentityHashMap<>();
  private final List<SubsetTags.Scope> scopes = new ArrayList<>();

  /** Fonts of a renderer of its own (for tests and single renderings). */
  PdfFonts(Fonts fonts, long seed) {
    this(new EmbeddedFonts(fonts), seed);
  }

  /**
   * Fonts whose subset tags derive from {@code seed}: the same document gets the same tags, other
   * documents likely others.
   */
  PdfFonts(EmbeddedFonts shared, long seed) {
    this.shared = shared;
    this.seed = seed;
  }

  /**
   * The embedded font for one style of a family: for a style a house family lacks, the face it is
   * printed from (see {@link #font}).
   */
  BaseFont base(FontFamily family, boolean bold, boolean italic) {
    return styled(family, bold, italic).font();
  }

  /**
   * A font of one style, size and colour; never OpenPDF's default Helvetica. A style a house family
   * lacks is its nearest face with OpenPDF's synthetic bold (stroked outlines) or italic (a slanted
   * text matrix).
   */
  Font font(FontFamily family, boolean bold, boolean italic, float size, Rgb color) {
    Styled styled = styled(family, bold, italic);
    return new Font(styled.font(), size, styled.style(), awt(color));
  }

  /** A font and the synthetic styles OpenPDF adds to it. */
  private record Styled(BaseFont font, int style) {}

  private Styled styled(FontFamily family, boolean bold, boolean italic) {
    // by the family's identity: a rendering asks for a few families thousands of times
    Styled[] styles = byFamily.computeIfAbsent(family, f -> new Styled[4]);
    int index = (bold ? 1 : 0) | (italic ? 2 : 0);
    Styled styled = styles[index];
    if (styled == null) {
      FontFamily.Face face = family.face(bold, italic);
      BaseFont font = loaded.get(face.key());
      if (font == null) {
        EmbeddedFonts.Shared s = shared.get(family, bold, italic);
        // the tag a font gets is the first draw from a sequence seeded per document and font
        scopes.add(s.tags().begin(seed ^ s.salt()));
        font = s.font();
        loaded.put(face.key(), font);
        coverage.put(font, s.coverage());
      }
      int style = (face.fakeBold() ? Font.BOLD : 0) | (face.fakeItalic() ? Font.ITALIC : 0);
      styled = new Styled(font, style);
      styles[index] = styled;
    }
    return styled;
  }

  static Color awt(Rgb c) {
    return new Color(c.red(), c.green(), c.blue());
  }

  /** The characters {@code font}, one of these fonts, has glyphs for. */
  Coverage coverage(BaseFont font) {
    Coverage known = coverage.get(font);
    if (known == null) {
      throw new IllegalArgumentException(
          "not a font of this rendering: " + font.getPostscriptFontName());
    }
    return known;
  }

  /** Ends this rendering's subset tag sequences on this thread. */
  @Override
  public void close() {
    for (int i = scopes.size() - 1; i >= 0; i--) {
      scopes.get(i).close();
    }
    scopes.clear();
  }
}
