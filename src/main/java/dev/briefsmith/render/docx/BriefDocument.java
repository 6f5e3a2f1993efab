package dev.briefsmith.render.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * A new Word document whose main part (document.xml) the renderer writes itself: POI's package
 * holds a placeholder for it, which {@link StableZip} fills with {@link #part}'s bytes. POI's model
 * of the body stays empty; XMLBeans' store would cost more to build and save than the whole rest of
 * the file.
 */
final class BriefDocument extends XWPFDocument {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
  static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  /** The main part's entry in the package. */
  static final String DOCUMENT_ENTRY = "word/document.xml";

  private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

  private boolean anyPicture;

  /** Notes that the body holds a picture (whose inline drawing uses the wp namespace). */
  void pictureAdded() {
    anyPicture = true;
  }

  /** The document element around {@code body}, declaring the namespaces the body uses. */
  Element document(Element body) {
    Element document = new Element("w:document").attr("xmlns:w", W);
    if (anyPicture) {
      document.attr("xmlns:wp", WP);
    }
    return document.attr("xmlns:r", R).append(body);
  }

  /** A part's bytes: the XML declaration and {@code root}. */
  static byte[] part(Element root) {
    StringBuilder out = new StringBuilder(16 * 1024).append(DECLARATION);
    root.writeTo(out);
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  protected void commit() throws IOException {
    try (OutputStream out = getPackagePart().getOutputStream()) {
      out.write(StableZip.placeholder(DOCUMENT_ENTRY));
    }
  }
}
