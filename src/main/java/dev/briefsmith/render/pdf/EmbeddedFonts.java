package dev.briefsmith.render.pdf;

import dev.briefsmith.compose.FontFamily;
import dev.briefsmith.render.Fonts;
import dev.briefsmith.render.Remembered;
import dev.briefsmith.render.RenderException;
import java.io.IOException;
import org.openpdf.text.pdf.BaseFont;

/**
 * The parsed fonts of a renderer, shared by all its renderings and their threads: parsing a
 * TrueType file (its cmaps, metrics and kerning) cost more than laying out a short brief. Sharing
 * is safe in OpenPDF 3: after parsing, a BaseFont's tables are only read; what a document uses of a
 * font is kept per file (FontDetails), and writing a subset reads the font's bytes through a copy
 * of its file pointer. Its one per-document state, the random source of the subset tag, is kept per
 * thread ({@link SubsetTags}). Thread-safe.
 */
final class EmbeddedFonts {
  /** A font ready to embed, the characters it has, and what its subset tags are seeded from. */
  record Shared(BaseFont font, Coverage coverage, SubsetTags tags, int salt) {}

  private final Fonts fonts;
  // a run's templates bring a few house fonts each
  private final Remembered<String, Shared> parsed = new Remembered<>(64);

  EmbeddedFonts(Fonts fonts) {
    this.fonts = fonts;
  }

  /** The font bytes this renderer embeds. */
  Fonts files() {
    return fonts;
  }

  /**
   * The embedded font for one style of a family: for a style a house family lacks, the face it is
   * printed from.
   */
  Shared get(FontFamily family, boolean bold, boolean italic) {
    FontFamily.Face face = family.face(bold, italic);
    // the key decides the bytes (Fonts keeps them by it) and every setting made below
    return parsed.get(
        face.key() + '\n' + family.isHouse() + '\n' + family.subsettable(),
        () -> load(family, bold, italic, face));
  }

  private Shared load(FontFamily family, boolean bold, boolean italic, FontFamily.Face face) {
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
      // the writer's level applies to its own streams only; a font's subset takes the font's
      font.setCompressionLevel(PdfLayout.COMPRESSION);
      SubsetTags tags = new SubsetTags();
      font.setSecureRandom(tags);
      // a house font's tag derives from its content too: two house files of one name differ
      int salt = family.isHouse() ? face.key().hashCode() : name.hashCode();
      return new Shared(font, new Coverage(font), tags, salt);
    } catch (IOException | RuntimeException e) {
      throw new RenderException("cannot load the font " + face.fileName(), e);
    }
  }
}
