package dev.briefsmith.render;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.openpdf.text.pdf.BaseFont;

/**
 * The checks a house font file passes before a template may use it: a TrueType font (its sfnt
 * header and table directory sound, the tables a TrueType font needs present and inside the file,
 * readable by both font libraries the renderers use), with a Unicode character map and a family
 * name, whose embedding licence (OS/2 {@code fsType}) lets it be embedded in a document. Stateless.
 */
public final class FontCheck {
  private static final int TRUE_TYPE = 0x00010000;
  private static final int MAX_TABLES = 64;
  private static final List<String> REQUIRED =
      List.of("cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post");

  /** fsType bits (OpenType spec, OS/2 table). */
  static final int RESTRICTED = 0x0002;

  static final int PREVIEW_AND_PRINT = 0x0004;
  static final int EDITABLE = 0x0008;
  static final int NO_SUBSETTING = 0x0100;
  static final int BITMAP_ONLY = 0x0200;

  private FontCheck() {}

  /**
   * What the checks learnt of a font.
   *
   * @param family its family name (name ID 1), as Word matches it
   * @param serif whether its PANOSE classification says it has serifs
   * @param fsType its OS/2 fsType
   */
  public record Checked(String family, boolean serif, int fsType) {
    /** Whether the licence lets the font be embedded as a subset. */
    public boolean subsettable() {
      return (fsType & NO_SUBSETTING) == 0;
    }
  }

  /** A font file that fails a check; the message says what and where, after the file's name. */
  public static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  /** Checks one font file. */
  public static Checked check(byte[] bytes) throws Refused {
    ByteBuffer b = ByteBuffer.wrap(bytes);
    if (bytes.length < 12) {
      throw new Refused("is not a font file (it is " + bytes.length + " bytes long)");
    }
    int version = b.getInt(0);
    switch (version) {
      case TRUE_TYPE, 0x74727565 -> {} // 'true': old Apple TrueType
      case 0x4F54544F -> // 'OTTO'
          throw new Refused(
              "has PostScript (CFF) outlines, which Briefsmith cannot embed in Word files; name"
                  + " the TrueType-outline version of the font (usually a .ttf file)");
      case 0x74746366 -> // 'ttcf'
          throw new Refused("is a font collection (.ttc); name a single font file (.ttf)");
      case 0x774F4646, 0x774F4632 -> // 'wOFF', 'wOF2'
          throw new Refused("is a web font (WOFF); name the TrueType file (.ttf) it was made from");
      default ->
          throw new Refused(
              "is not a TrueType or OpenType font (it does not start with an sfnt header)");
    }
    int count = b.getShort(4) & 0xFFFF;
    if (count == 0 || count > MAX_TABLES || 12L + 16L * count > bytes.length) {
      throw new Refused("is damaged: its sfnt header lists " + count + " tables");
    }
    Map<String, int[]> tables = new HashMap<>();
    for (int i = 0; i < count; i++) {
      int at = 12 + 16 * i;
      String tag = tag(b, at);
      long offset = b.getInt(at + 8) & 0xFFFFFFFFL;
      long length = b.getInt(at + 12) & 0xFFFFFFFFL;
      if (offset + length > bytes.length) {
        throw new Refused(
            "is damaged: its table \"" + tag + "\" ends past the end of the file (truncated?)");
      }
      if (tables.put(tag, new int[] {(int) offset, (int) length}) != null) {
        throw new Refused("is damaged: its table \"" + tag + "\" is listed twice");
      }
    }
    for (String tag : REQUIRED) {
      if (!tables.containsKey(tag)) {
        throw new Refused(
            "has no \""
                + tag
                + "\" table; a TrueType font needs one"
                + (tag.equals("glyf") ? " (is it a bitmap-only font?)" : ""));
      }
    }
    int[] head = tables.get("head");
    if (head[1] < 54 || b.getInt(head[0] + 12) != 0x5F0F3CF5) {
      throw new Refused("is damaged: its \"head\" table lacks the TrueType magic number");
    }
    int[] os2 = tables.get("OS/2");
    if (os2 == null) {
      throw new Refused(
          "has no \"OS/2\" table, so its embedding licence (fsType) cannot be read; refused");
    }
    if (os2[1] < 78) {
      throw new Refused("is damaged: its \"OS/2\" table is " + os2[1] + " bytes, under 78");
    }
    int fsType = b.getShort(os2[0] + 8) & 0xFFFF;
    licence(fsType);
    int familyType = bytes[os2[0] + 32] & 0xFF;
    int serifStyle = bytes[os2[0] + 33] & 0xFF;
    boolean serif = familyType == 2 && serifStyle >= 2 && serifStyle <= 10;
    String family = parsed(bytes);
    openPdf(bytes);
    return new Checked(family, serif, fsType);
  }

  /**
   * Refuses what the licence forbids: restricted-licence embedding (0x0002) unless a less
   * restrictive usage bit is also set (old fonts may set several; the OpenType spec says the least
   * restrictive applies), and embedding limited to bitmaps (0x0200), since outlines are embedded.
   * Preview-and-print (0x0004) and editable (0x0008) embedding are allowed; no-subsetting (0x0100)
   * is honoured by embedding the whole font.
   */
  static void licence(int fsType) throws Refused {
    boolean lessRestrictive = (fsType & (PREVIEW_AND_PRINT | EDITABLE)) != 0;
    if ((fsType & RESTRICTED) != 0 && !lessRestrictive) {
      throw new Refused(
          String.format(
              Locale.ROOT,
              "has a licence that forbids embedding it (OS/2 fsType 0x%04X: restricted licence"
                  + " embedding), and every PDF and Word file Briefsmith makes embeds its fonts;"
                  + " ask the foundry for an embeddable licence or use a bundled font",
              fsType));
    }
    if ((fsType & BITMAP_ONLY) != 0) {
      throw new Refused(
          String.format(
              Locale.ROOT,
              "has a licence that allows embedding only its bitmaps (OS/2 fsType 0x%04X: bitmap"
                  + " embedding only), and Briefsmith embeds outlines; use a bundled font",
              fsType));
    }
  }

  /** The family name, read by FontBox (which the Word renderer and the glyph checks use). */
  private static String parsed(byte[] bytes) throws Refused {
    TrueTypeFont font;
    try {
      font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    } catch (IOException | RuntimeException e) {
      throw new Refused("is not a readable TrueType font (" + e.getMessage() + ")");
    }
    try (font) {
      CmapLookup cmap;
      try {
        cmap = font.getUnicodeCmapLookup(true);
      } catch (IOException | RuntimeException e) {
        cmap = null;
      }
      if (cmap == null) {
        throw new Refused(
            "has no Unicode character map (cmap); a symbol or legacy font cannot print text");
      }
      if (font.getNumberOfGlyphs() < 2) {
        throw new Refused("has no glyphs");
      }
      String family = font.getNaming() == null ? null : font.getNaming().getFontFamily();
      if (family == null
          || family.isBlank()
          || family.length() > 63
          || family.codePoints().anyMatch(Character::isISOControl)) {
        throw new Refused("has no usable family name (name ID 1) in its \"name\" table");
      }
      return family.strip();
    } catch (IOException | RuntimeException e) {
      throw new Refused("is not a readable TrueType font (" + e.getMessage() + ")");
    }
  }

  /** Loads the font as the PDF renderer will, so a font it cannot read fails here, not mid-run. */
  private static void openPdf(byte[] bytes) throws Refused {
    try {
      BaseFont font =
          BaseFont.createFont(
              "check.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
      font.getWidthPoint("a", 10);
    } catch (IOException | RuntimeException e) {
      throw new Refused("is not a TrueType font the PDF writer can read (" + e.getMessage() + ")");
    }
  }

  private static String tag(ByteBuffer b, int at) {
    StringBuilder s = new StringBuilder(4);
    for (int i = 0; i < 4; i++) {
      int c = b.get(at + i) & 0xFF;
      s.append(c >= 0x20 && c < 0x7F ? (char) c : '?');
    }
    return s.toString();
  }
}
