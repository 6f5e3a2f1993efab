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
import javax.xml.namespace.QName;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
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
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String RUNS = "declare namespace w='" + W + "' .//w:r";

  private final Fonts fonts;
  private final ConcurrentMap<String, CmapLookup> cmaps = new ConcurrentHashMap<>();

  FontFallback(Fonts fonts) {
    this.fonts = fonts;
  }

  /**
   * Cuts the runs of the document's text, headers and footers set in the theme's house fonts,
   * writing the pieces with {@code runs} (which notes the fonts they name).
   */
  void apply(
      XWPFDocument word,
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
    List<XmlObject> roots = new ArrayList<>();
    roots.add(word.getDocument());
    word.getHeaderList().forEach(h -> roots.add(h._getHdrFtr()));
    word.getFooterList().forEach(f -> roots.add(f._getHdrFtr()));
    for (XmlObject root : roots) {
      for (XmlObject found : root.selectPath(RUNS)) {
        if (found instanceof CTR run) {
          FontFamily family = house.get(styles.fontOf(run));
          if (family != null) {
            cut(run, family, runs);
          }
        }
      }
    }
  }

  private void cut(CTR run, FontFamily family, Runs runs) {
    String text = text(run);
    if (text == null || text.isEmpty()) {
      return;
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
      return;
    }
    for (int p = 0; p < pieces.size(); p++) {
      CTR copy = copyBefore(run);
      try (XmlCursor c = copy.newCursor()) {
        // empty the copy but for its properties
        if (c.toFirstChild()) {
          while (true) {
            if (c.getName().getLocalPart().equals("rPr")) {
              if (!c.toNextSibling()) {
                break;
              }
            } else if (!c.removeXml()) {
              break;
            } else if (c.isEnd()) {
              break;
            }
          }
        }
      }
      runs.text(copy, pieces.get(p));
      if (inNoto.get(p)) {
        name(copy, family.fallback());
        runs.found().name(family.fallback().displayName());
      }
    }
    try (XmlCursor c = run.newCursor()) {
      c.removeXml();
    }
  }

  /** The run's text with line breaks and tabs, or null if it holds anything else. */
  private static String text(CTR run) {
    StringBuilder out = new StringBuilder();
    try (XmlCursor c = run.newCursor()) {
      if (!c.toFirstChild()) {
        return null;
      }
      do {
        switch (c.getName().getLocalPart()) {
          case "rPr" -> {}
          case "t" -> out.append(c.getTextValue());
          case "tab" -> out.append('\t');
          case "br" -> {
            if (c.getAttributeText(new QName(W, "type")) != null) {
              return null; // a page or column break
            }
            out.append('\n');
          }
          default -> {
            return null; // a field, a drawing, a note reference: left whole
          }
        }
      } while (c.toNextSibling());
    }
    return out.toString();
  }

  private static CTR copyBefore(CTR run) {
    try (XmlCursor from = run.newCursor();
        XmlCursor to = run.newCursor()) {
      from.copyXml(to); // the copy goes where "to" is, before the run, which moves on
      to.toPrevSibling();
      return (CTR) to.getObject();
    }
  }

  /** Names a family for the run's Latin and East Asian text (its complex script font stays). */
  private static void name(CTR run, FontFamily family) {
    CTRPr rPr = run.isSetRPr() ? run.getRPr() : run.addNewRPr();
    CTFonts fonts;
    if (rPr.sizeOfRFontsArray() > 0) {
      fonts = rPr.getRFontsArray(0);
    } else {
      // rFonts comes after rStyle and before every other property
      try (XmlCursor c = rPr.newCursor()) {
        if (!c.toFirstChild()) {
          c.toEndToken();
        } else if (c.getName().getLocalPart().equals("rStyle") && !c.toNextSibling()) {
          c.toParent();
          c.toEndToken();
        }
        c.beginElement(new QName(W, "rFonts", "w"));
      }
      fonts = rPr.getRFontsArray(0);
    }
    fonts.setAscii(family.displayName());
    fonts.setHAnsi(family.displayName());
    fonts.setEastAsia(family.displayName());
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

    /** The font a run is set in: its own, its character style's, its paragraph style's. */
    String fontOf(CTR run) {
      if (run.isSetRPr()) {
        String own = ascii(run.getRPr());
        if (own != null) {
          return own;
        }
        if (run.getRPr().sizeOfRStyleArray() > 0) {
          String style = byStyle.get(run.getRPr().getRStyleArray(0).getVal());
          if (style != null) {
            return style;
          }
        }
      }
      try (XmlCursor c = run.newCursor()) {
        while (c.toParent()) {
          if (c.getObject() instanceof org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP p
              && p.isSetPPr()
              && p.getPPr().isSetPStyle()) {
            String style = byStyle.get(p.getPPr().getPStyle().getVal());
            return style != null ? style : docDefault;
          }
        }
      }
      return paragraphDefault;
    }

    private static String ascii(CTRPr rPr) {
      return rPr.sizeOfRFontsArray() > 0 ? rPr.getRFontsArray(0).getAscii() : null;
    }
  }
}
