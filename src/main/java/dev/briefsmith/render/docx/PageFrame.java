package dev.briefsmith.render.docx;

import dev.briefsmith.compose.Document;
import dev.briefsmith.compose.Furniture;
import dev.briefsmith.compose.PageSetup;
import dev.briefsmith.compose.Theme;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The page: paper, margins, and the furniture every page carries (banner and header text above,
 * footer text and "Page X of Y" below). A full-page cover gets a first-page header of its own that
 * shows only the banner, and the pages after it are numbered from 1.
 */
final class PageFrame {
  private final Document doc;
  private final Theme theme;
  private final Runs runs;

  PageFrame(Document doc, Runs runs) {
    this.doc = doc;
    this.theme = doc.theme();
    this.runs = runs;
  }

  /** Whether page 1 is an unnumbered full-page cover. */
  static boolean coverPage(Document doc) {
    return doc.furniture().coverUnnumbered()
        && !doc.blocks().isEmpty()
        && doc.blocks().get(0) instanceof Document.Cover c
        && c.fullPage();
  }

  /** The width between the margins, in twips. */
  static int textWidth(PageSetup page) {
    return pageWidth(page) - Units.mmToTwips(page.leftMm()) - Units.mmToTwips(page.rightMm());
  }

  /** The height between the margins, in twips. */
  static int textHeight(PageSetup page) {
    return Units.twipsInt(page.size().heightPt())
        - Units.mmToTwips(page.topMm())
        - Units.mmToTwips(page.bottomMm());
  }

  private static int pageWidth(PageSetup page) {
    return Units.twipsInt(page.size().widthPt());
  }

  /**
   * The headers and footers, as parts of the package: each entry's name and root element (added to
   * the package once complete), and the section properties that name them.
   */
  record Parts(Map<String, Element> roots, Element sectPr) {}

  /**
   * Sets up the document's (single) section: relates its headers and footers to the main part of
   * {@code word} (their parts are the returned roots, added once they are complete), and returns
   * the section properties the body ends with.
   */
  Parts apply(WordPackage word) {
    Element sect = new Element("w:sectPr");
    Map<String, Element> roots = new LinkedHashMap<>();
    boolean cover = coverPage(doc);

    Furniture f = doc.furniture();
    part(word, sect, roots, "header", 1, "default", header(f.banner(), f.headerText()));
    part(
        word,
        sect,
        roots,
        "footer",
        1,
        "default",
        footer(cover ? Footer.AFTER_COVER : Footer.NUMBERED));
    if (cover) {
      part(word, sect, roots, "header", 2, "first", header(f.banner(), ""));
      part(word, sect, roots, "footer", 2, "first", footer(Footer.COVER));
    }

    PageSetup page = doc.page();
    sect.add("w:pgSz")
        .attr("w:w", pageWidth(page))
        .attr("w:h", Units.twipsInt(page.size().heightPt()))
        .attr("w:orient", "portrait");
    int top = Units.mmToTwips(page.topMm());
    int bottom = Units.mmToTwips(page.bottomMm());
    sect.add("w:pgMar")
        .attr("w:top", top)
        .attr("w:right", Units.mmToTwips(page.rightMm()))
        .attr("w:bottom", bottom)
        .attr("w:left", Units.mmToTwips(page.leftMm()))
        // Header and footer sit in the outer 40% of the margins, clear of the text.
        .attr("w:header", Math.round(top * 0.4f))
        .attr("w:footer", Math.round(bottom * 0.4f))
        .attr("w:gutter", 0);
    if (cover) {
      // The cover is page 0, so the first page after it is "Page 1".
      sect.add("w:pgNumType").attr("w:start", 0);
      sect.add("w:titlePg").attr("w:val", "on");
    }
    if (doc.edition().rightToLeft()) {
      // a right-to-left section: Word and LibreOffice lay out its pages from the right
      sect.add("w:bidi");
      sect.add("w:rtlGutter");
    }
    return new Parts(roots, sect);
  }

  /** The content type of a header or footer part ({@code kind} "header" or "footer"). */
  static String contentType(String kind) {
    return StyleParts.CONTENT_TYPE + kind + "+xml";
  }

  /**
   * Relates a header or footer part ({@code kind} "header" or "footer", numbered as POI numbers
   * them) to the main part, and references it from the section.
   */
  private static void part(
      WordPackage word,
      Element sect,
      Map<String, Element> roots,
      String kind,
      int number,
      String type,
      Element root) {
    String entry = "word/" + kind + number + ".xml";
    String id = word.relateFromDocument(entry, kind);
    sect.add(kind.equals("header") ? "w:headerReference" : "w:footerReference")
        .attr("w:type", type)
        .attr("r:id", id);
    roots.put(entry, root);
  }

  private Element header(String banner, String text) {
    Element hdr = new Element("w:hdr").attr("xmlns:w", WordPackage.W);
    if (!banner.isEmpty()) {
      Element p = paragraph(hdr, StyleSheet.BANNER);
      runs.text(p, banner, RunFormat.PLAIN.color(doc.furniture().bannerColor()));
    }
    if (!text.isEmpty()) {
      Element p = paragraph(hdr, StyleSheet.HEADER);
      Props.line(p.child("w:pPr").add("w:pBdr").add("w:bottom"), 0.5, theme.rule(), 3);
      runs.text(p, text, RunFormat.PLAIN);
    }
    if (!hdr.has("w:p")) {
      paragraph(hdr, StyleSheet.HEADER);
    }
    return hdr;
  }

  /** Which footer a page gets. */
  private enum Footer {
    /** The cover's: empty. */
    COVER,
    /** Pages after an unnumbered cover: the count leaves the cover out. */
    AFTER_COVER,
    /** Every page of a brief without such a cover. */
    NUMBERED
  }

  /** The footer: footer text left, page number right. */
  private Element footer(Footer kind) {
    Element ftr = new Element("w:ftr").attr("xmlns:w", WordPackage.W);
    Element p = paragraph(ftr, StyleSheet.FOOTER);
    Furniture f = doc.furniture();
    if (kind != Footer.COVER && (!f.footerText().isEmpty() || f.pageNumbers())) {
      pageLine(p, f, kind);
    }
    return ftr;
  }

  private void pageLine(Element p, Furniture f, Footer kind) {
    Element pPr = p.child("w:pPr");
    Props.line(pPr.add("w:pBdr").add("w:top"), 0.5, theme.rule(), 4);
    Props.tab(pPr, "right", textWidth(doc.page()));
    runs.text(p, f.footerText(), RunFormat.PLAIN);
    if (f.pageNumbers()) {
      runs.tab(p, RunFormat.PLAIN);
      // the edition's words around Word's own page fields, in the edition's order
      for (String part : doc.edition().pageParts()) {
        switch (part) {
          case "{page}" -> runs.field(p, "PAGE", doc.edition().digits(1), RunFormat.PLAIN);
          case "{pages}" -> {
            if (kind == Footer.AFTER_COVER) {
              runs.pagesLess(p, 1, doc.edition().digits(1), RunFormat.PLAIN);
            } else {
              runs.field(p, "NUMPAGES", doc.edition().digits(1), RunFormat.PLAIN);
            }
          }
          default -> runs.text(p, part, RunFormat.PLAIN);
        }
      }
    }
  }

  private Element paragraph(Element root, String style) {
    Element p = root.add("w:p");
    Element pPr = p.add("w:pPr");
    pPr.add("w:pStyle").attr("w:val", style);
    if (doc.edition().rightToLeft()) {
      pPr.add("w:bidi");
    }
    return p;
  }
}
