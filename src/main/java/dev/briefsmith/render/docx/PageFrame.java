package dev.briefsmith.render.docx;

import dev.briefsmith.compose.Document;
import dev.briefsmith.compose.Furniture;
import dev.briefsmith.compose.PageSetup;
import dev.briefsmith.compose.Theme;
import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

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

  /** Sets up the document's (single) section and its headers and footers. */
  void apply(XWPFDocument word) {
    CTBody body = word.getDocument().getBody();
    CTSectPr sect = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
    boolean cover = coverPage(doc);

    Furniture f = doc.furniture();
    fillHeader(word.createHeader(HeaderFooterType.DEFAULT), f.banner(), f.headerText());
    fillFooter(
        word.createFooter(HeaderFooterType.DEFAULT), cover ? Footer.AFTER_COVER : Footer.NUMBERED);
    if (cover) {
      fillHeader(word.createHeader(HeaderFooterType.FIRST), f.banner(), "");
      fillFooter(word.createFooter(HeaderFooterType.FIRST), Footer.COVER);
    }

    PageSetup page = doc.page();
    CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
    size.setW(BigInteger.valueOf(pageWidth(page)));
    size.setH(Units.twips(page.size().heightPt()));
    size.setOrient(STPageOrientation.PORTRAIT);
    CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
    int top = Units.mmToTwips(page.topMm());
    int bottom = Units.mmToTwips(page.bottomMm());
    mar.setTop(BigInteger.valueOf(top));
    mar.setRight(BigInteger.valueOf(Units.mmToTwips(page.rightMm())));
    mar.setBottom(BigInteger.valueOf(bottom));
    mar.setLeft(BigInteger.valueOf(Units.mmToTwips(page.leftMm())));
    // Header and footer sit in the outer 40% of the margins, clear of the text.
    mar.setHeader(BigInteger.valueOf(Math.round(top * 0.4f)));
    mar.setFooter(BigInteger.valueOf(Math.round(bottom * 0.4f)));
    mar.setGutter(BigInteger.ZERO);
    if (doc.edition().rightToLeft()) {
      // a right-to-left section: Word and LibreOffice lay out its pages from the right
      sect.addNewBidi();
      sect.addNewRtlGutter();
    }
    if (cover) {
      // The cover is page 0, so the first page after it is "Page 1".
      sect.addNewPgNumType().setStart(BigInteger.ZERO);
      if (!sect.isSetTitlePg()) {
        sect.addNewTitlePg();
      }
    }
  }

  private void fillHeader(XWPFHeaderFooter part, String banner, String text) {
    CTHdrFtr hdr = clear(part);
    if (!banner.isEmpty()) {
      CTP p = paragraph(hdr, StyleSheet.BANNER);
      runs.text(p, banner, RunFormat.PLAIN.color(doc.furniture().bannerColor()));
    }
    if (!text.isEmpty()) {
      CTP p = paragraph(hdr, StyleSheet.HEADER);
      Props.line(p.getPPr().addNewPBdr().addNewBottom(), 0.5, theme.rule(), 3);
      runs.text(p, text, RunFormat.PLAIN);
    }
    if (hdr.sizeOfPArray() == 0) {
      paragraph(hdr, StyleSheet.HEADER);
    }
    synced(part);
  }

  /** Lets POI see the paragraphs written to its XML, or it adds an empty one of its own. */
  private static void synced(XWPFHeaderFooter part) {
    part.setHeaderFooter(part._getHdrFtr());
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
  private void fillFooter(XWPFHeaderFooter part, Footer kind) {
    CTHdrFtr ftr = clear(part);
    CTP p = paragraph(ftr, StyleSheet.FOOTER);
    Furniture f = doc.furniture();
    if (kind != Footer.COVER && (!f.footerText().isEmpty() || f.pageNumbers())) {
      pageLine(p, f, kind);
    }
    synced(part);
  }

  private void pageLine(CTP p, Furniture f, Footer kind) {
    CTPPr pPr = p.getPPr();
    Props.line(pPr.addNewPBdr().addNewTop(), 0.5, theme.rule(), 4);
    Props.tab(pPr, STTabJc.RIGHT, textWidth(doc.page()));
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

  private static CTHdrFtr clear(XWPFHeaderFooter part) {
    part.clearHeaderFooter();
    return part._getHdrFtr();
  }

  private CTP paragraph(CTHdrFtr hdr, String style) {
    CTP p = hdr.addNewP();
    p.addNewPPr().addNewPStyle().setVal(style);
    if (doc.edition().rightToLeft()) {
      p.getPPr().addNewBidi();
    }
    return p;
  }
}
