package dev.briefsmith.render;

import dev.briefsmith.compose.Document;
import dev.briefsmith.compose.FontFamily;
import dev.briefsmith.compose.HouseFont;
import dev.briefsmith.compose.Theme;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * House fonts for tests: DejaVu Serif (openly licensed, its licence beside it in
 * src/test/resources/fonts), copies of it with another embedding licence patched into its OS/2
 * table, and a Latin-only cut of it that lacks Greek and Cyrillic.
 */
public final class HouseFontFixtures {
  /** The folder of the test fonts. */
  public static final Path FOLDER = Path.of("src/test/resources/fonts");

  private HouseFontFixtures() {}

  /** DejaVu Serif's regular face. */
  public static byte[] regular() {
    return read("DejaVuSerif.ttf");
  }

  /** DejaVu Serif's bold face. */
  public static byte[] bold() {
    return read("DejaVuSerif-Bold.ttf");
  }

  /** DejaVu Serif as a house family of a regular and a bold face (italics synthesised). */
  public static FontFamily dejaVuSerif() {
    return family(regular(), bold(), true);
  }

  /** A house family named "DejaVu Serif" of these faces. */
  public static FontFamily family(byte[] regular, byte[] bold, boolean subsettable) {
    Map<FontFamily.Style, HouseFont> faces = new EnumMap<>(FontFamily.Style.class);
    faces.put(FontFamily.Style.REGULAR, new HouseFont("DejaVuSerif.ttf", regular, subsettable));
    faces.put(FontFamily.Style.BOLD, new HouseFont("DejaVuSerif-Bold.ttf", bold, subsettable));
    return FontFamily.house("DejaVu Serif", faces, true);
  }

  /** {@code doc} with its theme's fonts replaced. */
  public static Document withFonts(Document doc, FontFamily body, FontFamily heading) {
    Theme t = doc.theme();
    Theme theme =
        new Theme(
            body,
            heading,
            t.baseSizePt(),
            t.text(),
            t.accent(),
            t.muted(),
            t.rule(),
            t.logo(),
            t.logoWidthMm());
    return new Document(doc.metadata(), doc.page(), theme, doc.furniture(), doc.blocks());
  }

  /**
   * A copy of a TrueType font with another OS/2 fsType, its table checksum and the head table's
   * checkSumAdjustment recomputed so the file stays a valid font.
   */
  public static byte[] withFsType(byte[] ttf, int fsType) {
    byte[] out = ttf.clone();
    ByteBuffer b = ByteBuffer.wrap(out);
    int[] os2 = table(b, "OS/2");
    b.putShort(os2[1] + 8, (short) fsType);
    b.putInt(os2[0] + 4, checksum(b, os2[1], os2[2]));
    int[] head = table(b, "head");
    b.putInt(head[1] + 8, 0);
    b.putInt(head[0] + 4, checksum(b, head[1], head[2]));
    b.putInt(head[1] + 8, (int) (0xB1B0AFBAL - (checksum(b, 0, out.length) & 0xFFFFFFFFL)));
    return out;
  }

  /** A cut of a font to ASCII, Latin-1 and common punctuation, as a house font might be. */
  public static byte[] latinOnly(byte[] ttf) {
    try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttf))) {
      TTFSubsetter subsetter =
          new TTFSubsetter(
              font,
              List.of(
                  "head", "hhea", "maxp", "OS/2", "hmtx", "cmap", "loca", "glyf", "name", "post"));
      for (int c = 0x20; c <= 0xFF; c++) {
        subsetter.add(c);
      }
      for (int c = 0x2010; c <= 0x2026; c++) {
        subsetter.add(c);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      subsetter.writeToStream(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The directory entry's offset, the table's offset and length. */
  private static int[] table(ByteBuffer b, String tag) {
    int count = b.getShort(4) & 0xFFFF;
    for (int i = 0; i < count; i++) {
      int at = 12 + 16 * i;
      byte[] name = new byte[4];
      b.get(at, name);
      if (new String(name, java.nio.charset.StandardCharsets.US_ASCII).equals(tag)) {
        return new int[] {at, b.getInt(at + 8), b.getInt(at + 12)};
      }
    }
    throw new IllegalArgumentException("no " + tag + " table");
  }

  private static int checksum(ByteBuffer b, int offset, int length) {
    long sum = 0;
    for (int i = 0; i < length; i += 4) {
      long word = 0;
      for (int j = 0; j < 4; j++) {
        int at = offset + i + j;
        word = (word << 8) | (i + j < length && at < b.limit() ? b.get(at) & 0xFF : 0);
      }
      sum += word;
    }
    return (int) sum;
  }

  private static byte[] read(String name) {
    try {
      return Files.readAllBytes(FOLDER.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
