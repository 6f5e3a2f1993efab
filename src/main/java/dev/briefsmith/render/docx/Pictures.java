package dev.briefsmith.render.docx;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.drawingml.x2006.main.CTBlip;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;
import org.openxmlformats.schemas.drawingml.x2006.main.CTPositiveSize2D;
import org.openxmlformats.schemas.drawingml.x2006.picture.CTPicture;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

/**
 * Inline pictures, written as POI's {@code XWPFRun.addPicture} writes them but from a drawing
 * parsed once and copied, where POI parses a text of XML with a DOM parser for every picture.
 * Thread-safe: the template is parsed once, never changed, and XMLBeans copies it under its lock.
 */
final class Pictures {
  private static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
  private static final String PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture";

  /**
   * POI's inline picture (the content of a wp:inline), sizes, ids, names and the image's
   * relationship still to be set.
   */
  private static final String INLINE =
      "<xml-fragment xmlns:wp=\""
          + BriefDocument.WP
          + "\" distT=\"0\" distR=\"0\" distB=\"0\" distL=\"0\"><wp:extent cx=\"0\" cy=\"0\"/>"
          + "<wp:docPr id=\"0\" name=\"\" descr=\"\"/>"
          + "<a:graphic xmlns:a=\""
          + A
          + "\"><a:graphicData uri=\""
          + PIC
          + "\"><pic:pic xmlns:pic=\""
          + PIC
          + "\"><pic:nvPicPr><pic:cNvPr id=\"0\" name=\"\" descr=\"\"/><pic:cNvPicPr>"
          + "<a:picLocks noChangeAspect=\"true\"/></pic:cNvPicPr></pic:nvPicPr><pic:blipFill>"
          + "<a:blip/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm>"
          + "<a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/></a:xfrm><a:prstGeom prst=\"rect\">"
          + "<a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></xml-fragment>";

  /**
   * Parsed when the first picture is added, not when the renderer is made: that happens at
   * start-up, on the one thread a run has before it renders; guarded by this.
   */
  private CTInline template;

  private synchronized CTInline template() {
    if (template == null) {
      template = parse();
    }
    return template;
  }

  private static CTInline parse() {
    try {
      CTInline parsed = CTInline.Factory.parse(INLINE);
      // The document's root declares wp; a and pic stay declared where POI declares them.
      try (XmlCursor c = parsed.newCursor()) {
        c.toNextToken();
        while (c.isAnyAttr()) {
          if (c.isNamespace()) {
            c.removeXml();
          } else {
            c.toNextToken();
          }
        }
      }
      return parsed;
    } catch (XmlException e) {
      throw new IllegalStateException("the picture template does not parse", e);
    }
  }

  /** A picture added to the package: its drawing and the non-visual properties of both levels. */
  record Added(CTInline inline, CTNonVisualDrawingProps docPr, CTNonVisualDrawingProps cNvPr) {}

  /**
   * Adds {@code png} to the package and an inline drawing of it, {@code cx} by {@code cy} EMU, in a
   * new run of {@code p}, described by {@code title} as POI describes it; {@code number} counts the
   * pictures of the document from 1.
   */
  Added add(XWPFDocument word, CTP p, byte[] png, long cx, long cy, long number, String title)
      throws InvalidFormatException {
    String rel = word.addPictureData(png, PictureType.PNG);
    CTInline inline = p.addNewR().addNewDrawing().addNewInline();
    inline.set(template().copy());
    CTPositiveSize2D extent = inline.getExtent();
    extent.setCx(cx);
    extent.setCy(cy);
    CTNonVisualDrawingProps docPr = inline.getDocPr();
    docPr.setId(number);
    docPr.setName("Drawing " + number);
    docPr.setDescr(title);
    CTPicture pic = picture(inline);
    CTNonVisualDrawingProps cNvPr = pic.getNvPicPr().getCNvPr();
    cNvPr.setName("Picture " + (number - 1));
    cNvPr.setDescr(title);
    CTBlip blip = pic.getBlipFill().getBlip();
    blip.setEmbed(rel);
    pic.getSpPr().getXfrm().getExt().setCx(cx);
    pic.getSpPr().getXfrm().getExt().setCy(cy);
    return new Added(inline, docPr, cNvPr);
  }

  private static CTPicture picture(CTInline inline) {
    try (XmlCursor c = inline.getGraphic().getGraphicData().newCursor()) {
      c.toChild(PIC, "pic");
      return (CTPicture) c.getObject();
    }
  }
}
