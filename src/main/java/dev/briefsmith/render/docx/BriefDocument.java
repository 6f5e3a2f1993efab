package dev.briefsmith.render.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlOptions;

/**
 * A new Word document whose main part (document.xml) is saved in one pass. POI saves it with
 * XMLBeans' "aggressive namespaces", which walks the whole body once more before writing it, only
 * to find the namespaces to declare on the root; the renderer knows which it wrote
 * (WordprocessingML, relationships for the header and footer references, and drawing positions when
 * a picture is in the body), declares them there itself, in the order that walk finds them, and the
 * bytes are the same.
 */
final class BriefDocument extends XWPFDocument {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
  static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  private boolean anyPicture;

  /** Notes that the body holds a picture (whose inline drawing uses the wp namespace). */
  void pictureAdded() {
    anyPicture = true;
  }

  @Override
  protected void commit() throws IOException {
    XmlOptions options = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
    options.setSaveAggressiveNamespaces(false);
    options.setSaveSyntheticDocumentElement(new QName(W, "document"));
    try (XmlCursor c = getDocument().newCursor()) {
      c.toNextToken();
      for (String[] ns : namespaces()) {
        c.insertNamespace(ns[0], ns[1]);
      }
    }
    try (OutputStream out = getPackagePart().getOutputStream()) {
      getDocument().save(out, options);
    }
  }

  private List<String[]> namespaces() {
    return anyPicture
        ? List.of(new String[] {"w", W}, new String[] {"wp", WP}, new String[] {"r", R})
        : List.of(new String[] {"w", W}, new String[] {"r", R});
  }
}
