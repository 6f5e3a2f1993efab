package dev.briefsmith.render.docx;

import dev.briefsmith.compose.FontFamily;
import dev.briefsmith.render.Fonts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;

/**
 * Runs set in a house font that lacks some of their characters, cut so that those characters are
 * set in the bundled Noto the house family falls back to, as the PDF sets them (a Greek name in a
 * Latin-only house font); the Noto family is then named, so it is embedded too. Arabic script is
 * left to the complex-script font every run already names. Thread-safe.
 */
final class FontFallback {
  private final Fonts fonts;
  private final ConcurrentMap<String, CmapLookup> cmaps = new ConcurrentHashMap<>();

  FontFallback(Fonts fonts) {
    this.fonts = fonts;
  }

  /**
   * Cuts the runs in {@code roots} (the document's body, headers and footers) set in the theme's
   * house fonts, writing the pieces with {@code runs} (which notes the fonts they name).
   */
  void apply(
      List<Element> roots,
      Supplier<CTStyles> stylesCopy,
      FontFamily body,
      FontFamily heading,
      Runs runs) {
    Map<String, FontFamily> house = new HashMap<>();
    for (FontFamily f : List.of(body, heading)) {
      if (f.isHouse()) {
        house.put(f.displayName(), f);
      }
    }
    if (house.isEmpty()) {
      return;
    }
    StyleFonts styles = StyleFonts.of(stylesCopy.get());
    for (Element root : roots) {
      walk(root, null, styles, house, runs);
    }
  }

  /**
   * Cuts the runs among {@code parent}'s descendants; {@code style} is the style of the paragraph
   * they are in (null outside one, or in one without a style).
   */
  private void walk(
      Element parent, String style, StyleFonts styles, Map<String, FontFamily> house, Runs runs) {
    List<Object> children = parent.children();
    for (int i = 0; i < children.size(); i++) {
      if (!(children.get(i) instanceof Element e)) {
        continue;
      }
      if (e.name().equals("w:r")) {
        FontFamily family = house.get(styles.fontOf(e, style));
        if (family != null) {
          List<Element> pieces = cut(e, family, runs);
          children.remove(i);
          children.addAll(i, pieces);
          i += pieces.size() - 1;
        }
      } else if (e.name().equals("w:p")) {
        Element pPr = e.child("w:pPr");
        Element pStyle = pPr == null ? null : pPr.child("w:pStyle");
        walk(e, pStyle != null ? pStyle.attr("w:val") : style, styles, house, runs);
      } else {
        walk(e, style, styles, house, runs);
      }
    }
  }

  /** The run cut into pieces, each set in the house font or its fallback (often just the run). */
  private List<Element> cut(Element run, FontFamily family, Runs runs) {
    String text = text(run);
    if (text == null || text.isEmpty()) {
      return List.of(run);
    }
    CmapLookup own = cmap(family);
    CmapLookup noto = cmap(family.fallback());
    List<String> pieces = new ArrayList<>();
    List<Boolean> inNoto = new ArrayList<>();
    StringBuilder piece = new StringBuilder();
    boolean current = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      boolean neutral =
          Character.isWhitespace(c)
              || Character.getType(c) == Character.FORMAT
              || Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC;
      if (!neutral) {
        boolean fallback = !has(own, c) && has(noto, c);
        if (fallback != current && !piece.isEmpty()) {
          pieces.add(piece.toString());
          inNoto.add(current);
          piece.setLength(0);
        }
        current = fallback;
      }
      piece.appendCodePoint(c);
    }
    pieces.add(piece.toString());
    inNoto.add(current);
    if (pieces.size() == 1) {
      if (current) {
        name(run, family.fallback());
        runs.found().name(family.fallback().displayName());
      }
      return List.of(run);
    }
    Element rPr = run.child("w:rPr");
    List<Element> cut = new ArrayList<>();
    for (int p = 0; p < pieces.size(); p++) {
      Element copy = new Element("w:r");
      if (rPr != null) {
        copy.append(rPr);
      }
      runs.text(copy, pieces.get(p));
      if (inNoto.get(p)) {
        name(copy, family.fallback());
        runs.found().name(family.fallback().displayName());
      }
      cut.add(copy);
    }
    return cut;
  }

  /** The run's text with line breaks and tabs, or null if it holds anything else. */
  private static String text(Element run) {
    StringBuilder out = new StringBuilder();
    if (run.children().isEmpty()) {
      return null;
    }
    for (Object o : run.children()) {
      Element e = (Element) o;
      switch (e.name()) {
        case "w:rPr" -> {}
        case "w:t" -> e.children().forEach(t -> out.append((String) t));
        case "w:tab" -> out.append('\t');
        case "w:br" -> {
          if (e.attr("w:type") != null) {
            return null; // a page or column break
          }
          out.append('\n');
        }
        default -> {
          return null; // a field, a drawing, a note reference: left whole
        }
      }
    }
    return out.toString();
  }

  /**
   * Names a family for the run's Latin and East Asian text (its complex script font stays), on a
   * copy of its properties: those of a run format are shared.
   */
  private static void name(Element run, FontFamily family) {
    List<Object> children = run.children();
    Element shared = run.child("w:rPr");
    Element rPr = shared == null ? new Element("w:rPr") : shared.copy();
    if (shared == null) {
      children.add(0, rPr);
    } else {
      children.set(children.indexOf(shared), rPr);
    }
    Element fonts = rPr.child("w:rFonts");
    if (fonts == null) {
      // rFonts comes after rStyle and before every other property
      fonts = new Element("w:rFonts");
      List<Object> props = rPr.children();
      boolean styled = !props.isEmpty() && ((Element) props.get(0)).name().equals("w:rStyle");
      props.add(styled ? 1 : 0, fonts);
    }
    fonts
        .attr("w:ascii", family.displayName())
        .attr("w:hAnsi", family.displayName())
        .attr("w:eastAsia", family.displayName());
  }

  private static boolean has(CmapLookup cmap, int c) {
    synchronized (cmap) {
      return cmap.getGlyphId(c) != 0;
    }
  }

  private CmapLookup cmap(FontFamily family) {
    FontFamily.Face face = family.face(false, false);
    return cmaps.computeIfAbsent(
        face.key(),
        k -> {
          try {
            TrueTypeFont font =
                new TTFParser().parse(new RandomAccessReadBuffer(fonts.ttf(family, false, false)));
            return font.getUnicodeCmapLookup();
          } catch (IOException e) {
            throw new UncheckedIOException("the font " + face.fileName() + " is unreadable", e);
          }
        });
  }

  /**
   * The font each style sets (itself or through the style it is based on; absent when none does),
   * the font of a paragraph without a style, and the document default.
   */
  private record StyleFonts(
      Map<String, String> byStyle, String paragraphDefault, String docDefault) {
    static StyleFonts of(CTStyles styles) {
      Map<String, CTStyle> byId = new HashMap<>();
      String defaultParagraph = null;
      for (CTStyle s : styles.getStyleArray()) {
        byId.put(s.getStyleId(), s);
        if (s.getType() != null
            && s.getType().toString().equals("paragraph")
            && s.getDefault() != null
            && List.of("1", "true", "on").contains(s.getDefault().toString())) {
          defaultParagraph = s.getStyleId();
        }
      }
      String docDefault = null;
      if (styles.isSetDocDefaults()
          && styles.getDocDefaults().isSetRPrDefault()
          && styles.getDocDefaults().getRPrDefault().isSetRPr()) {
        docDefault = ascii(styles.getDocDefaults().getRPrDefault().getRPr());
      }
      Map<String, String> fonts = new HashMap<>();
      for (String id : byId.keySet()) {
        String font = null;
        CTStyle s = byId.get(id);
        for (int depth = 0; s != null && font == null && depth < 20; depth++) {
          font = s.isSetRPr() ? ascii(s.getRPr()) : null;
          s = s.isSetBasedOn() ? byId.get(s.getBasedOn().getVal()) : null;
        }
        if (font != null) {
          fonts.put(id, font);
        }
      }
      String plain = defaultParagraph != null ? fonts.get(defaultParagraph) : null;
      return new StyleFonts(fonts, plain != null ? plain : docDefault, docDefault);
    }

    /**
     * The font a run is set in: its own, its character style's, its paragraph style's ({@code
     * paragraphStyle}, null when its paragraph has none).
     */
    String fontOf(Element run, String paragraphStyle) {
      Element rPr = run.child("w:rPr");
      if (rPr != null) {
        Element fonts = rPr.child("w:rFonts");
        String own = fonts == null ? null : fonts.attr("w:ascii");
        if (own != null) {
          return own;
        }
        Element rStyle = rPr.child("w:rStyle");
        if (rStyle != null) {
          String style = byStyle.get(rStyle.attr("w:val"));
          if (style != null) {
            return style;
          }
        }
      }
      if (paragraphStyle != null) {
        String style = byStyle.get(paragraphStyle);
        return style != null ? style : docDefault;
      }
      return paragraphDefault;
    }

    private static String ascii(CTRPr rPr) {
      return rPr.sizeOfRFontsArray() > 0 ? rPr.getRFontsArray(0).getAscii() : null;
    }
  }
}
