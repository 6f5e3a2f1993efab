package dev.briefsmith.render;

import dev.briefsmith.compose.FontFamily;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Which characters the bundled fonts can print, so that text a brief cannot be printed in is found
 * when it is validated, at its field, rather than when a document is rendered. A character prints
 * when every style of both theme families (Noto Sans and Noto Serif) has it, or the Arabic-script
 * fallback has it, or it has a stand-in that prints; white space and invisible format characters
 * always do. Thread-safe; the fonts are read on first use.
 */
public final class GlyphCoverage {
  /** Characters the fonts lack that have a stand-in reading the same. */
  private static final Map<Integer, String> STAND_INS =
      Map.of(
          0x2212, "\u2013", // minus sign: the en dash has the same length and height in Noto
          0x2264, "<=",
          0x2265, ">=",
          0x2192, "->",
          0x2190, "<-",
          0x2248, "~",
          0x25CF, "\u2022");

  private final Fonts fonts;
  private final ConcurrentHashMap<Integer, Boolean> known = new ConcurrentHashMap<>();
  private volatile Lookups lookups;

  private record Lookups(List<CmapLookup> theme, List<CmapLookup> arabic) {}

  /** Coverage of these fonts. */
  public GlyphCoverage(Fonts fonts) {
    this.fonts = fonts;
  }

  /** The stand-in for a character the fonts lack, if it has one. */
  public static Optional<String> standIn(int codePoint) {
    return Optional.ofNullable(STAND_INS.get(codePoint));
  }

  /** The first character of {@code text} that no bundled font prints, if any. */
  public OptionalCodePoint firstMissing(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (!prints(cp)) {
        return new OptionalCodePoint(cp, text.codePointCount(0, i) + 1);
      }
      i += Character.charCount(cp);
    }
    return OptionalCodePoint.NONE;
  }

  /** A character and its 1-based place in the text, or none ({@code codePoint} -1). */
  public record OptionalCodePoint(int codePoint, int index) {
    static final OptionalCodePoint NONE = new OptionalCodePoint(-1, 0);

    /** Whether there is one. */
    public boolean isPresent() {
      return codePoint >= 0;
    }
  }

  /** Whether a character prints in every bundled theme. */
  public boolean prints(int cp) {
    if (cp == '\n'
        || Character.isWhitespace(cp)
        || Character.isSpaceChar(cp)
        || Character.getType(cp) == Character.FORMAT
        || Character.getType(cp) == Character.CONTROL
        || isCommon(cp)) {
      return true;
    }
    return known.computeIfAbsent(cp, this::covered);
  }

  /**
   * Latin-1 and the common punctuation (dashes, typographic quotes, bullets, ellipsis), which every
   * bundled face has (a test checks it against the fonts): text of only these characters, as most
   * briefs are, never needs the fonts read, which costs a fifth of a second at start-up.
   */
  static boolean isCommon(int cp) {
    return (cp >= 0x20 && cp <= 0x7e)
        || (cp >= 0xa0 && cp <= 0xff)
        || (cp >= 0x2010 && cp <= 0x2026);
  }

  /** Whether the fonts themselves have the character (or its stand-in), without the shortcut. */
  boolean coveredByFonts(int cp) {
    return covered(cp);
  }

  private boolean covered(int cp) {
    Lookups l = lookups();
    if (l.theme().stream().allMatch(c -> c.getGlyphId(cp) != 0)
        || l.arabic().stream().allMatch(c -> c.getGlyphId(cp) != 0)) {
      return true;
    }
    String standIn = STAND_INS.get(cp);
    return standIn != null
        && standIn
            .codePoints()
            .allMatch(s -> l.theme().stream().allMatch(c -> c.getGlyphId(s) != 0));
  }

  private Lookups lookups() {
    Lookups l = lookups;
    if (l == null) {
      synchronized (this) {
        l = lookups;
        if (l == null) {
          List<CmapLookup> theme = new ArrayList<>();
          for (FontFamily f : List.of(FontFamily.NOTO_SANS, FontFamily.NOTO_SERIF)) {
            for (int style = 0; style < 4; style++) {
              theme.add(cmap(fonts.ttf(f, style >= 2, style % 2 == 1)));
            }
          }
          List<CmapLookup> arabic =
              List.of(
                  cmap(fonts.ttf(FontFamily.NOTO_NASKH_ARABIC, false, false)),
                  cmap(fonts.ttf(FontFamily.NOTO_NASKH_ARABIC, true, false)));
          l = new Lookups(List.copyOf(theme), arabic);
          lookups = l;
        }
      }
    }
    return l;
  }

  private static CmapLookup cmap(byte[] ttf) {
    try {
      TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttf));
      return font.getUnicodeCmapLookup();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a bundled font", e);
    }
  }
}
