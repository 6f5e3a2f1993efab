package dev.briefsmith.render.docx;

import dev.briefsmith.compose.FontFamily;
import dev.briefsmith.compose.Rgb;
import java.util.Objects;
import java.util.Optional;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/**
 * Run properties, written in the order the schema requires. POI models {@code w:rPr} as a repeated
 * choice, so XMLBeans keeps children in the order they are added; the Open XML schema (and Word)
 * want a fixed sequence: rStyle, rFonts, b, bCs, i, iCs, caps, color, spacing, sz, szCs, vertAlign,
 * lang. Immutable.
 */
final class RunFormat {
  static final RunFormat PLAIN =
      new RunFormat(null, null, false, false, false, null, 0, 0, false, null, false);

  private final String style;
  private final FontFamily font;
  private final boolean bold;
  private final boolean italic;
  private final boolean caps;
  private final Rgb color;
  private final double trackingPt;
  private final double sizePt;
  private final boolean superscript;
  private final String language;
  private final boolean rtl;
  private int hash;

  private RunFormat(
      String style,
      FontFamily font,
      boolean bold,
      boolean italic,
      boolean caps,
      Rgb color,
      double trackingPt,
      double sizePt,
      boolean superscript,
      String language,
      boolean rtl) {
    this.style = style;
    this.font = font;
    this.bold = bold;
    this.italic = italic;
    this.caps = caps;
    this.color = color;
    this.trackingPt = trackingPt;
    this.sizePt = sizePt;
    this.superscript = superscript;
    this.language = language;
    this.rtl = rtl;
  }

  /** These properties for right-to-left text (w:rtl): Arabic-script runs. */
  RunFormat rtl() {
    return new RunFormat(
        style, font, bold, italic, caps, color, trackingPt, sizePt, superscript, language, true);
  }

  RunFormat style(String styleId) {
    return new RunFormat(
        styleId, font, bold, italic, caps, color, trackingPt, sizePt, superscript, language, rtl);
  }

  RunFormat font(FontFamily family) {
    return new RunFormat(
        style, family, bold, italic, caps, color, trackingPt, sizePt, superscript, language, rtl);
  }

  RunFormat bold(boolean on) {
    if (on == bold) {
      return this;
    }
    return new RunFormat(
        style, font, on, italic, caps, color, trackingPt, sizePt, superscript, language, rtl);
  }

  RunFormat italic(boolean on) {
    if (on == italic) {
      return this;
    }
    return new RunFormat(
        style, font, bold, on, caps, color, trackingPt, sizePt, superscript, language, rtl);
  }

  RunFormat caps() {
    return new RunFormat(
        style, font, bold, italic, true, color, trackingPt, sizePt, superscript, language, rtl);
  }

  RunFormat color(Rgb rgb) {
    return new RunFormat(
        style, font, bold, italic, caps, rgb, trackingPt, sizePt, superscript, language, rtl);
  }

  RunFormat color(Optional<Rgb> rgb) {
    return rgb.isEmpty() || rgb.get().equals(color) ? this : color(rgb.get());
  }

  RunFormat tracking(double pt) {
    return new RunFormat(
        style, font, bold, italic, caps, color, pt, sizePt, superscript, language, rtl);
  }

  RunFormat size(double pt) {
    return new RunFormat(
        style, font, bold, italic, caps, color, trackingPt, pt, superscript, language, rtl);
  }

  RunFormat superscript() {
    return new RunFormat(
        style, font, bold, italic, caps, color, trackingPt, sizePt, true, language, rtl);
  }

  RunFormat language(String tag) {
    return new RunFormat(
        style, font, bold, italic, caps, color, trackingPt, sizePt, superscript, tag, rtl);
  }

  /** These properties in language {@code tag} when there is one (a quote in another language). */
  RunFormat language(java.util.Optional<String> tag) {
    return tag.isPresent() && !tag.get().equals(language) ? language(tag.get()) : this;
  }

  /** The size in points, or 0 when inherited. */
  double sizePt() {
    return sizePt;
  }

  /** Whether bold is set. */
  boolean isBold() {
    return bold;
  }

  /** Whether italic is set. */
  boolean isItalic() {
    return italic;
  }

  /** Whether no property is set. */
  boolean isEmpty() {
    return style == null
        && font == null
        && !bold
        && !italic
        && !caps
        && color == null
        && trackingPt == 0
        && sizePt == 0
        && !superscript
        && language == null
        && !rtl;
  }

  /** Adds these properties to an empty {@code rPr}, in schema order. */
  void applyTo(CTRPr rPr) {
    if (style != null) {
      rPr.addNewRStyle().setVal(style);
    }
    if (font != null) {
      CTFonts fonts = rPr.addNewRFonts();
      String name = font.displayName();
      fonts.setAscii(name);
      fonts.setHAnsi(name);
      fonts.setEastAsia(name);
      // complex scripts (Arabic, Persian) take the bundled Arabic-script face
      fonts.setCs(FontFamily.NOTO_NASKH_ARABIC.displayName());
    }
    if (bold) {
      rPr.addNewB();
      rPr.addNewBCs();
    }
    if (italic) {
      rPr.addNewI();
      rPr.addNewICs();
    }
    if (caps) {
      rPr.addNewCaps();
    }
    if (color != null) {
      rPr.addNewColor().setVal(color.hex());
    }
    if (trackingPt != 0) {
      rPr.addNewSpacing().setVal(Units.twips(trackingPt));
    }
    if (sizePt != 0) {
      rPr.addNewSz().setVal(Units.halfPoints(sizePt));
      rPr.addNewSzCs().setVal(Units.halfPoints(sizePt));
    }
    if (superscript) {
      rPr.addNewVertAlign().setVal(STVerticalAlignRun.SUPERSCRIPT);
    }
    if (rtl) {
      rPr.addNewRtl();
    }
    if (language != null) {
      var lang = rPr.addNewLang();
      lang.setVal(language);
      if (rtl) {
        // right-to-left text is complex script: Word reads its language from w:bidi
        lang.setBidi(language);
      }
    }
  }

  /**
   * A new {@code w:rPr} with these properties, in schema order, as {@link #applyTo} builds it for
   * XMLBeans (the two are kept apart: parsing this element into a style's properties cost a cold
   * build about 0.1 s).
   */
  Element toElement() {
    Element rPr = new Element("w:rPr");
    if (style != null) {
      rPr.add("w:rStyle").attr("w:val", style);
    }
    if (font != null) {
      String name = font.displayName();
      rPr.add("w:rFonts")
          .attr("w:ascii", name)
          .attr("w:hAnsi", name)
          .attr("w:eastAsia", name)
          .attr("w:cs", FontFamily.NOTO_NASKH_ARABIC.displayName());
    }
    if (bold) {
      rPr.add("w:b");
      rPr.add("w:bCs");
    }
    if (italic) {
      rPr.add("w:i");
      rPr.add("w:iCs");
    }
    if (caps) {
      rPr.add("w:caps");
    }
    if (color != null) {
      rPr.add("w:color").attr("w:val", color.hex());
    }
    if (trackingPt != 0) {
      rPr.add("w:spacing").attr("w:val", Units.twipsInt(trackingPt));
    }
    if (sizePt != 0) {
      String half = Units.halfPoints(sizePt).toString();
      rPr.add("w:sz").attr("w:val", half);
      rPr.add("w:szCs").attr("w:val", half);
    }
    if (superscript) {
      rPr.add("w:vertAlign").attr("w:val", "superscript");
    }
    if (rtl) {
      rPr.add("w:rtl");
    }
    if (language != null) {
      Element lang = rPr.add("w:lang").attr("w:val", language);
      if (rtl) {
        // right-to-left text is complex script: Word reads its language from w:bidi
        lang.attr("w:bidi", language);
      }
    }
    return rPr;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RunFormat f
        && Objects.equals(style, f.style)
        && Objects.equals(font, f.font)
        && bold == f.bold
        && italic == f.italic
        && caps == f.caps
        && Objects.equals(color, f.color)
        && Double.compare(trackingPt, f.trackingPt) == 0
        && Double.compare(sizePt, f.sizePt) == 0
        && superscript == f.superscript
        && Objects.equals(language, f.language)
        && rtl == f.rtl;
  }

  @Override
  public int hashCode() {
    // computed once: every run looks its format up by it (a benign race, as String's hash)
    int h = hash;
    if (h == 0) {
      h =
          Objects.hash(
              style,
              font,
              bold,
              italic,
              caps,
              color,
              trackingPt,
              sizePt,
              superscript,
              language,
              rtl);
      hash = h;
    }
    return h;
  }
}
