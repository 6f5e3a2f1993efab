package dev.briefsmith.render.docx;

import dev.briefsmith.compose.FontFamily;
import dev.briefsmith.render.Fonts;
import dev.briefsmith.render.Remembered;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFont;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFontRel;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFontsList;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FontsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFontFamily;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPitch;

/**
 * The font table (word/fontTable.xml) with the bundled fonts and the theme's house fonts embedded,
 * so the file looks as designed on machines without them (most of them): Word and LibreOffice both
 * read embedded fonts. Each font is subset to the characters the document uses plus Latin-1 (so
 * small edits still render), and obfuscated with a key derived from its name, as the format
 * requires; the key is stable, so the output stays reproducible.
 *
 * <p>Subsetting, obfuscating and compressing a font costs more than the rest of a Word file, and
 * documents in one language mostly use the same characters; so each font's packed subset is
 * remembered by the exact set of characters it keeps, and each package that needs it takes those
 * compressed bytes as they are.
 */
final class EmbeddedFonts {
  private static final String FONT_TABLE_TYPE =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml";
  private static final String FONT_TABLE_REL =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";
  private static final String FONT_TYPE =
      "application/vnd.openxmlformats-officedocument.obfuscatedFont";
  private static final String FONT_REL =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/font";

  /**
   * The tables a subset keeps: outlines, metrics, hinting, and the cmap, name, OS/2 and post tables
   * Word needs to install a font. Layout tables (GSUB, GPOS, GDEF) address glyphs by their old
   * numbers, which subsetting changes, so they go, as does the now invalid signature.
   */
  private static final List<String> KEEP_TABLES =
      List.of(
          "head", "hhea", "maxp", "OS/2", "hmtx", "cmap", "fpgm", "prep", "cvt ", "loca", "glyf",
          "name", "post", "gasp");

  private static final Set<String> FONT_SLOTS = Set.of("ascii", "hAnsi", "cs", "eastAsia");

  private final Fonts fonts;

  /** Parsed fonts, kept: parsing is most of the cost of a subset. Guarded by their own locks. */
  private final ConcurrentMap<String, TrueTypeFont> parsed = new ConcurrentHashMap<>();

  /** How many packed subsets are remembered: every style of two families in a few charsets. */
  private static final int REMEMBERED = 64;

  /** The latest packed subsets, by font file and the characters kept. */
  private final Remembered<SubsetKey, StableZip.Deflated> packed = new Remembered<>(REMEMBERED);

  /** Font tables, compressed, by the families they name (16 at most). */
  private final Remembered<TableKey, StableZip.Deflated> tables = new Remembered<>(16);

  /**
   * A font file (by its face key: a bundled resource or a house font's content hash), whether it
   * goes in whole, and the characters its subset keeps (never changed once a key).
   */
  private record SubsetKey(String face, boolean whole, BitSet codePoints) {}

  EmbeddedFonts(Fonts fonts) {
    this.fonts = fonts;
  }

  private TrueTypeFont parsed(FontFamily family, boolean bold, boolean italic) {
    FontFamily.Face face = family.face(bold, italic);
    return parsed.computeIfAbsent(
        face.key(),
        r -> {
          try {
            return new TTFParser()
                .parse(new RandomAccessReadBuffer(fonts.ttf(family, bold, italic)));
          } catch (IOException e) {
            throw new UncheckedIOException("the font " + face.fileName() + " is unreadable", e);
          }
        });
  }

  /**
   * The characters a document's XML holds as text and the font names its run properties give (in
   * rFonts' ascii, hAnsi, cs and eastAsia): collected as runs are written, or by walking XML.
   */
  static final class Found {
    private final BitSet codePoints = new BitSet();
    private final Set<String> names = new HashSet<>();

    /** Notes the characters of a text written. */
    void add(String text) {
      for (int i = 0; i < text.length(); ) {
        int c = text.codePointAt(i);
        codePoints.set(c);
        i += Character.charCount(c);
      }
    }

    /** Notes a font name a run's properties give. */
    void name(String fontName) {
      names.add(fontName);
    }

    /** Notes every text and font name in {@code root}'s XML. */
    void add(XmlObject root) {
      try (XmlCursor c = root.newCursor()) {
        while (c.hasNextToken()) {
          XmlCursor.TokenType token = c.toNextToken();
          if (token == XmlCursor.TokenType.TEXT) {
            add(c.getChars());
          } else if (token == XmlCursor.TokenType.ATTR
              && FONT_SLOTS.contains(c.getName().getLocalPart())) {
            names.add(c.getTextValue());
          }
        }
      }
    }

    /** Notes every text and font name in {@code root} and its children. */
    void add(Element root) {
      List<String> attributes = root.attributes();
      for (int i = 0; i < attributes.size(); i += 2) {
        String name = attributes.get(i);
        if (FONT_SLOTS.contains(name.substring(name.indexOf(':') + 1))) {
          names.add(attributes.get(i + 1));
        }
      }
      for (Object child : root.children()) {
        if (child instanceof Element e) {
          add(e);
        } else if (child instanceof String text) {
          add(text);
        }
      }
    }

    /** Notes all that {@code other} found. */
    void addAll(Found other) {
      codePoints.or(other.codePoints);
      names.addAll(other.names);
    }

    /** The characters found (a copy). */
    BitSet codePoints() {
      return (BitSet) codePoints.clone();
    }

    /** The font names found (a copy). */
    Set<String> names() {
      return Set.copyOf(names);
    }
  }

  /**
   * What the document sets in our fonts: every character of its text, headers and footers (and list
   * bullets), and which of the {@code candidates} (the bundled families and the theme's house
   * fonts) its styles and runs name. A family a reference document's styles replaced everywhere is
   * not embedded.
   */
  record Use(Set<FontFamily> families, BitSet codePoints) {}

  /**
   * What the document uses: {@code written} is what its runs (text, headers and footers) and its
   * styles hold.
   */
  static Use use(List<FontFamily> candidates, Found written) {
    Found found = new Found();
    found.addAll(written);
    BitSet points = found.codePoints;
    // Bullets live in numbering.xml attributes; page numbers are digits not yet written.
    "\u2022\u2013\u00b70123456789".codePoints().forEach(points::set);
    Set<FontFamily> families = new LinkedHashSet<>();
    for (FontFamily f : candidates) {
      // Not the Arabic-script face: Arabic needs the font's shaping tables, which a subset here
      // loses, and every Word and LibreOffice install has a font that shapes Arabic.
      if (found.names.contains(f.displayName()) && f.isThemeFont()) {
        families.add(f);
      }
    }
    return new Use(families, points);
  }

  /**
   * Adds the font table to the package, embedding the bundled families and the theme's house fonts
   * the document uses (each font part compressed once per subset, and remembered).
   */
  void embed(WordPackage word, FontFamily body, FontFamily heading, Found written)
      throws IOException {
    List<FontFamily> candidates = new ArrayList<>(FontFamily.bundled());
    for (FontFamily house : List.of(body, heading)) {
      if (house.isHouse() && !candidates.contains(house)) {
        candidates.add(house);
      }
    }
    Use use = use(candidates, written);
    embed(word, use.families(), use.codePoints());
  }

  /**
   * Writes the font table, embedding each family in the styles it has files for (Word and
   * LibreOffice embolden or slant the nearest one for the others, as the PDF does).
   */
  void embed(WordPackage word, Set<FontFamily> families, BitSet codePoints) throws IOException {
    BitSet keep = (BitSet) codePoints.clone();
    keep.set(0x20, 0x7F);
    keep.set(0xA0, 0x100);
    String tableEntry = "word/fontTable.xml";
    word.relate(WordPackage.DOCUMENT, tableEntry, FONT_TABLE_REL);

    // the fonts' parts, then the table that names them: the same families (and so the same
    // relationship ids) make the same table, built and compressed once
    List<String> ids = new ArrayList<>();
    int n = 0;
    for (FontFamily family : families) {
      for (FontFamily.Style own : family.ownStyles()) {
        boolean bold = own.bold();
        boolean italic = own.italic();
        String entry = "word/fonts/font" + ++n + ".odttf";
        word.put(entry, FONT_TYPE, packed(family, bold, italic, keep, key(family, bold, italic)));
        ids.add(word.relate(tableEntry, entry, FONT_REL));
      }
    }
    TableKey table = new TableKey(List.copyOf(families), List.copyOf(ids));
    word.put(
        tableEntry,
        FONT_TABLE_TYPE,
        tables.get(table, () -> StableZip.Deflated.of(table(table.families(), table.ids()))));
  }

  /** What decides a font table's bytes: the families, in order, and their parts' ids. */
  private record TableKey(List<FontFamily> families, List<String> ids) {}

  /** The font table naming {@code families}, whose parts are related by {@code ids}, in order. */
  private byte[] table(List<FontFamily> families, List<String> ids) throws IOException {
    FontsDocument doc = FontsDocument.Factory.newInstance();
    CTFontsList list = doc.addNewFonts();
    int n = 0;
    for (FontFamily family : families) {
      CTFont font = list.addNewFont();
      font.setName(family.displayName());
      byte[] panose = panose(parsed(family, false, false));
      if (panose != null) {
        font.addNewPanose1().setVal(panose);
      }
      font.addNewCharset().setVal(new byte[] {0});
      font.addNewFamily().setVal(family.isSerif() ? STFontFamily.ROMAN : STFontFamily.SWISS);
      font.addNewPitch().setVal(STPitch.VARIABLE);
      for (FontFamily.Style own : family.ownStyles()) {
        CTFontRel ref =
            switch (own) {
              case REGULAR -> font.addNewEmbedRegular();
              case BOLD -> font.addNewEmbedBold();
              case ITALIC -> font.addNewEmbedItalic();
              case BOLD_ITALIC -> font.addNewEmbedBoldItalic();
            };
        ref.setId(ids.get(n++));
        ref.setFontKey(key(family, own.bold(), own.italic()));
        ref.setSubsetted(family.subsettable());
      }
    }
    XmlOptions options = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    doc.save(out, options);
    return out.toByteArray();
  }

  private static byte[] panose(TrueTypeFont font) throws IOException {
    synchronized (font) {
      OS2WindowsMetricsTable os2 = font.getOS2Windows();
      return os2 == null ? null : os2.getPanose();
    }
  }

  /**
   * The font's subset to {@code keep} (whole when its licence forbids subsetting, OS/2 fsType
   * 0x0100), obfuscated with {@code key} and compressed; remembered.
   */
  private StableZip.Deflated packed(
      FontFamily family, boolean bold, boolean italic, BitSet keep, String key) throws IOException {
    boolean whole = !family.subsettable();
    SubsetKey k =
        new SubsetKey(family.face(bold, italic).key(), whole, whole ? new BitSet() : keep);
    return packed.get(
        k,
        () ->
            StableZip.Deflated.of(
                obfuscate(
                    whole
                        ? fonts.ttf(family, bold, italic)
                        : subset(parsed(family, bold, italic), keep),
                    key)));
  }

  private static byte[] subset(TrueTypeFont font, BitSet codePoints) throws IOException {
    // A parsed font reads its tables lazily from one buffer: one subset at a time per font.
    synchronized (font) {
      TTFSubsetter subsetter = new TTFSubsetter(font, KEEP_TABLES);
      codePoints.stream().forEach(subsetter::add);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      subsetter.writeToStream(out);
      return out.toByteArray();
    }
  }

  /** A GUID of the form {XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}, the same for the same font. */
  static String key(FontFamily family, boolean bold, boolean italic) {
    UUID uuid =
        UUID.nameUUIDFromBytes(family.face(bold, italic).key().getBytes(StandardCharsets.UTF_8));
    return "{" + uuid.toString().toUpperCase(Locale.ROOT) + "}";
  }

  /**
   * ECMA-376 font obfuscation: the first 32 bytes XOR the key's 16 bytes, taken from the GUID's hex
   * digits in reverse order.
   */
  static byte[] obfuscate(byte[] font, String key) {
    byte[] guid = HexFormat.of().parseHex(key.replaceAll("[{}-]", ""));
    byte[] out = font.clone();
    for (int i = 0; i < 32 && i < out.length; i++) {
      out[i] ^= guid[guid.length - 1 - (i % 16)];
    }
    return out;
  }
}
