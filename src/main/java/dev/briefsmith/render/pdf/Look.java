package dev.briefsmith.render.pdf;

import dev.briefsmith.compose.Edition;
import dev.briefsmith.compose.FontFamily;
import dev.briefsmith.compose.ParaStyle;
import dev.briefsmith.compose.Rgb;
import dev.briefsmith.compose.Span;
import dev.briefsmith.compose.Theme;
import dev.briefsmith.render.GlyphCoverage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * How a brief looks in PDF: type sizes, leading, spacing and colours, all derived from the theme so
 * a theme stays consistent, and the conversion of spans to OpenPDF chunks with explicit fonts.
 */
final class Look {
  /** The type of a run of text. */
  record Type(
      FontFamily family, float size, float leading, boolean bold, boolean italic, Rgb color) {
    Type withColor(Rgb c) {
      return new Type(family, size, leading, bold, italic, c);
    }

    Type withBold(boolean b) {
      return new Type(family, size, leading, b, italic, color);
    }

    Type withSize(float s, float lead) {
      return new Type(family, s, lead, bold, italic, color);
    }
  }

  private final Theme theme;
  private final PdfFonts fonts;
  private final float base;
  private final Edition edition;
  private final boolean bidi;

  Look(Theme theme, PdfFonts fonts) {
    this(theme, fonts, Edition.ENGLISH, true);
  }

  /**
   * The look of an edition; without {@code bidi} (a document with no right-to-left text) lines are
   * laid out without the bidi algorithm.
   */
  Look(Theme theme, PdfFonts fonts, Edition edition, boolean bidi) {
    this.theme = theme;
    this.fonts = fonts;
    this.base = theme.baseSizePt();
    this.edition = edition;
    this.bidi = bidi || edition.rightToLeft();
  }

  /** The edition's language: its direction and digits. */
  Edition edition() {
    return edition;
  }

  /**
   * The run direction of every line: right to left in a right-to-left edition; left to right with
   * the bidi algorithm (and Arabic shaping) where some text needs it; else none, which lays out
   * left-to-right text the same, faster.
   */
  int runDirection() {
    if (edition.rightToLeft()) {
      return org.openpdf.text.pdf.PdfWriter.RUN_DIRECTION_RTL;
    }
    return bidi
        ? org.openpdf.text.pdf.PdfWriter.RUN_DIRECTION_LTR
        : org.openpdf.text.pdf.PdfWriter.RUN_DIRECTION_NO_BIDI;
  }

  Theme theme() {
    return theme;
  }

  PdfFonts fonts() {
    return fonts;
  }

  /** The theme's base size in points. */
  float base() {
    return base;
  }

  /** The type of a paragraph style. */
  Type type(ParaStyle style) {
    FontFamily body = theme.bodyFont();
    return switch (style) {
      case BODY -> new Type(body, base, base * 1.45f, false, false, theme.text());
      case LEAD -> new Type(body, base * 1.15f, base * 1.15f * 1.4f, false, false, theme.text());
      case SMALL -> new Type(body, base * 0.85f, base * 0.85f * 1.4f, false, false, theme.text());
      case QUOTE -> new Type(body, base * 1.05f, base * 1.05f * 1.45f, false, true, theme.text());
      case ATTRIBUTION ->
          new Type(body, base * 0.85f, base * 0.85f * 1.4f, false, false, theme.muted());
      case CAPTION ->
          new Type(body, base * 0.85f, base * 0.85f * 1.35f, false, false, theme.muted());
    };
  }

  /** The type of a heading, level 1 to 3. */
  Type heading(int level) {
    float size =
        switch (level) {
          case 1 -> base * 1.6f;
          case 2 -> base * 1.3f;
          default -> base * 1.1f;
        };
    return new Type(theme.headingFont(), size, size * 1.25f, true, false, theme.accent());
  }

  /** The type of table text at {@code scale} times the base size. */
  Type table(float scale) {
    float size = base * scale;
    return new Type(theme.bodyFont(), size, size * 1.3f, false, false, theme.text());
  }

  /** The type of page furniture (header, footer). */
  Type furniture() {
    float size = base * 0.8f;
    return new Type(theme.bodyFont(), size, size * 1.3f, false, false, theme.muted());
  }

  /** The space between paragraphs. */
  float paragraphGap() {
    return base * 0.65f;
  }

  Font font(Type type) {
    return fonts.font(type.family(), type.bold(), type.italic(), type.size(), type.color());
  }

  /** A chunk of text in {@code type}, with stand-ins for characters the font lacks. */
  Chunk chunk(String text, Type type) {
    Font font = font(type);
    return chunk(text, font);
  }

  /**
   * A number as one chunk in the edition's digits: in the Arabic-script font when they are Persian
   * or Arabic-Indic digits, which the Latin fonts lack.
   */
  Chunk numeral(String text, Font font) {
    Font f =
        edition.zeroDigit() == '0'
            ? font
            : new Font(
                fonts.base(FontFamily.NOTO_NASKH_ARABIC, false, false),
                font.getSize(),
                Font.NORMAL,
                font.getColor());
    return chunk(text, f);
  }

  /**
   * Chunks of text in {@code type}, in a fallback font where only it has the glyphs: the bundled
   * Noto for a script a house font lacks, the Arabic-script font for Arabic script.
   */
  List<Chunk> chunks(String text, Type type) {
    return chunks(text, font(type), type.family(), type.bold(), type.italic());
  }

  /**
   * Chunks of text in {@code font} (of {@code family}), switching run by run to the first fallback
   * that has the characters the font lacks (a Greek name in a Latin-only house font, a Persian
   * quotation), with stand-ins for anything none has.
   */
  private List<Chunk> chunks(
      String text, Font font, FontFamily family, boolean bold, boolean italic) {
    List<Font> candidates = new ArrayList<>(3);
    candidates.add(font);
    if (family.isHouse()) {
      candidates.add(
          fonts.font(family.fallback(), bold, italic, font.getSize(), toRgb(font.getColor())));
    }
    candidates.add(
        new Font(
            fonts.base(FontFamily.NOTO_NASKH_ARABIC, bold, false),
            font.getSize(),
            Font.NORMAL,
            font.getColor()));
    List<Coverage> coverage = new ArrayList<>(candidates.size());
    for (Font f : candidates) {
      coverage.add(fonts.coverage(f.getBaseFont()));
    }
    List<Chunk> out = new ArrayList<>();
    if (!text.isEmpty() && coverage.get(0).hasAll(text)) {
      // the common case: the font has every character, so the text is one run, printable as it is
      out.add(new Chunk(text, font));
      return out;
    }
    StringBuilder run = new StringBuilder();
    int current = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      // spaces and marks between letters of one font stay in its run, so Arabic shapes as one
      boolean neutral = Character.isWhitespace(c) || Character.getType(c) == Character.FORMAT;
      if (!neutral) {
        int pick = pick(coverage, c);
        if (pick != current && !run.isEmpty()) {
          out.add(chunk(run.toString(), candidates.get(current)));
          run.setLength(0);
        }
        current = pick;
      }
      run.appendCodePoint(c);
    }
    if (!run.isEmpty()) {
      out.add(chunk(run.toString(), candidates.get(current)));
    }
    return out;
  }

  /** The first font that has the character, else the first with its stand-in, else the first. */
  private static int pick(List<Coverage> candidates, int c) {
    for (int i = 0; i < candidates.size(); i++) {
      if (candidates.get(i).has(c)) {
        return i;
      }
    }
    java.util.Optional<String> standIn = GlyphCoverage.standIn(c);
    for (int i = 0; standIn.isPresent() && i < candidates.size(); i++) {
      Coverage f = candidates.get(i);
      if (standIn.get().codePoints().allMatch(f::has)) {
        return i;
      }
    }
    return 0;
  }

  private static Rgb toRgb(java.awt.Color c) {
    return new Rgb(c.getRed(), c.getGreen(), c.getBlue());
  }

  private Chunk chunk(String text, Font font) {
    return new Chunk(Glyphs.printable(text, fonts.coverage(font.getBaseFont())), font);
  }

  /** A paragraph of spans in {@code type}, with fixed leading and every chunk's font explicit. */
  Paragraph paragraph(List<Span> spans, Type type, int alignment) {
    return paragraph(spans, type, alignment, i -> null);
  }

  /**
   * A paragraph of spans whose chunks carry the generic tag {@code tags} gives each span's index
   * (null for none): the structure element their content belongs to.
   */
  Paragraph paragraph(List<Span> spans, Type type, int alignment, IntFunction<String> tags) {
    Paragraph p = new Paragraph(type.leading());
    p.setFont(font(type));
    p.setLeading(type.leading(), 0);
    p.setAlignment(alignment);
    addSpans(p, spans, type, tags);
    return p;
  }

  /** A paragraph of plain text. */
  Paragraph paragraph(String text, Type type, int alignment) {
    return paragraph(List.of(Span.text(text)), type, alignment);
  }

  /** Appends spans to a phrase: emphasis flips italic, so italics in a quotation stand out. */
  void addSpans(Phrase target, List<Span> spans, Type type) {
    addSpans(target, spans, type, i -> null);
  }

  /** Appends spans to a phrase, each span's chunks tagged as {@code tags} says. */
  void addSpans(Phrase target, List<Span> spans, Type type, IntFunction<String> tags) {
    for (int i = 0; i < spans.size(); i++) {
      Span span = spans.get(i);
      String tag = tags.apply(i);
      List<Chunk> chunks = new java.util.ArrayList<>();
      switch (span) {
        case Span.Text t -> {
          Font font =
              fonts.font(
                  type.family(),
                  type.bold() || t.bold(),
                  type.italic() != t.italic(),
                  type.size(),
                  t.color().orElse(type.color()));
          chunks.addAll(
              chunks(
                  t.text(),
                  font,
                  type.family(),
                  type.bold() || t.bold(),
                  type.italic() != t.italic()));
        }
        case Span.NoteRef r -> {
          Chunk mark =
              numeral(
                  r.separator() + edition.digits(r.number()),
                  fonts.font(type.family(), false, false, type.size() * 0.62f, type.color()));
          mark.setTextRise(type.size() * 0.36f);
          // where a note's back link returns to: its first citation (later ones are ignored)
          mark.setLocalDestination(citation(r.number()));
          chunks.add(mark);
        }
      }
      for (Chunk c : chunks) {
        if (tag != null) {
          c.setGenericTag(tag);
        }
        target.add(c);
      }
    }
  }

  /** The named destination of note {@code number}'s first citation. */
  static String citation(int number) {
    return "cite-" + number;
  }

  /** The named destination of note {@code number}. */
  static String note(int number) {
    return "note-" + number;
  }

  /**
   * A horizontal rule: a filled cell, since OpenPDF's LineSeparator chunk carries a Helvetica font.
   */
  PdfPTable rule(float thickness, Rgb color, float widthPercent, float before, float after) {
    PdfPTable t = new PdfPTable(1);
    t.setRunDirection(runDirection());
    t.setWidthPercentage(widthPercent);
    t.setHorizontalAlignment(edition.rightToLeft() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
    t.setSpacingBefore(before);
    t.setSpacingAfter(after);
    PdfPCell c = new PdfPCell();
    c.setBorder(PdfPCell.NO_BORDER);
    c.setPadding(0);
    c.setFixedHeight(thickness);
    c.setBackgroundColor(PdfFonts.awt(color));
    t.addCell(c);
    return t;
  }

  /** {@code c} mixed with white: {@code amount} 0 is white, 1 is {@code c}. */
  static Rgb tint(Rgb c, float amount) {
    return new Rgb(mix(c.red(), amount), mix(c.green(), amount), mix(c.blue(), amount));
  }

  private static int mix(int channel, float amount) {
    return Math.round(255 - (255 - channel) * amount);
  }
}
