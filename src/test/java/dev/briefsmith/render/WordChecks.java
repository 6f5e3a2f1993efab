package dev.briefsmith.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The rules of Word's accessibility checker that can be checked offline, on the file's XML: every
 * picture has alternative text that is not a file name, or is marked decorative; every data table
 * has a header row, repeated and declared in its table look; headings start at level 1 and never
 * skip a level; the document has a title and a language; every internal link leads to a bookmark.
 */
public final class WordChecks {
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String WP =
      "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
  private static final String DECORATIVE =
      "http://schemas.microsoft.com/office/drawing/2017/decorative";

  private WordChecks() {}

  /** What the checker would flag in {@code docx}; empty when nothing. */
  public static List<String> problems(Path docx) throws Exception {
    List<String> out = new ArrayList<>();
    try (ZipFile zip = new ZipFile(docx.toFile())) {
      Document body = parse(zip, "word/document.xml");
      Document styles = parse(zip, "word/styles.xml");
      Document core = parse(zip, "docProps/core.xml");
      pictures(body, out);
      tables(body, out);
      headings(body, out);
      links(body, out);
      String title = text(core, "http://purl.org/dc/elements/1.1/", "title");
      if (title.isBlank()) {
        out.add("the document has no title");
      }
      NodeList langs = styles.getElementsByTagNameNS(W, "lang");
      boolean language = false;
      for (int i = 0; i < langs.getLength(); i++) {
        Element lang = (Element) langs.item(i);
        if (lang.getParentNode().getParentNode().getLocalName().equals("rPrDefault")
            && !lang.getAttributeNS(W, "val").isBlank()) {
          language = true;
        }
      }
      if (!language) {
        out.add("the document has no default language");
      }
    }
    return out;
  }

  private static void pictures(Document body, List<String> out) {
    NodeList pictures = body.getElementsByTagNameNS(WP, "docPr");
    for (int i = 0; i < pictures.getLength(); i++) {
      Element docPr = (Element) pictures.item(i);
      String descr = docPr.getAttribute("descr");
      boolean decorative = docPr.getElementsByTagNameNS(DECORATIVE, "decorative").getLength() > 0;
      if (decorative) {
        continue;
      }
      if (descr.isBlank()) {
        out.add("picture " + docPr.getAttribute("id") + " has no alternative text");
      } else if (descr.matches("(?i).*\\.(png|jpe?g|gif|bmp|emf|wmf|svg|tiff?)")) {
        out.add("picture " + docPr.getAttribute("id") + " is described by a file name: " + descr);
      }
    }
  }

  private static void tables(Document body, List<String> out) {
    NodeList tables = body.getElementsByTagNameNS(W, "tbl");
    for (int i = 0; i < tables.getLength(); i++) {
      Element tbl = (Element) tables.item(i);
      List<Element> rows = children(tbl, "tr");
      if (rows.size() < 2) {
        // a box around an aside: layout, not data
        continue;
      }
      Element first = rows.get(0);
      boolean repeated =
          children(first, "trPr").stream().anyMatch(p -> !children(p, "tblHeader").isEmpty());
      if (!repeated) {
        out.add("table " + (i + 1) + " has no header row repeated on each page");
      }
      boolean declared = false;
      for (Element pr : children(tbl, "tblPr")) {
        for (Element look : children(pr, "tblLook")) {
          String v = look.getAttributeNS(W, "firstRow");
          declared = v.equals("1") || v.equals("true") || v.equals("on");
        }
      }
      if (!declared) {
        out.add("table " + (i + 1) + " does not declare its header row (tblLook firstRow)");
      }
    }
  }

  private static void headings(Document body, List<String> out) {
    NodeList styles = body.getElementsByTagNameNS(W, "pStyle");
    int last = 0;
    for (int i = 0; i < styles.getLength(); i++) {
      String id = ((Element) styles.item(i)).getAttributeNS(W, "val");
      if (!id.matches("Heading[1-9]")) {
        continue;
      }
      int level = id.charAt(7) - '0';
      if (level > last + 1) {
        out.add("heading level " + level + " follows level " + last);
      }
      last = level;
    }
  }

  private static void links(Document body, List<String> out) {
    Set<String> bookmarks = new HashSet<>();
    NodeList starts = body.getElementsByTagNameNS(W, "bookmarkStart");
    for (int i = 0; i < starts.getLength(); i++) {
      bookmarks.add(((Element) starts.item(i)).getAttributeNS(W, "name"));
    }
    NodeList links = body.getElementsByTagNameNS(W, "hyperlink");
    for (int i = 0; i < links.getLength(); i++) {
      String anchor = ((Element) links.item(i)).getAttributeNS(W, "anchor");
      if (!anchor.isEmpty() && !bookmarks.contains(anchor)) {
        out.add("a link leads to no bookmark: " + anchor);
      }
    }
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && W.equals(e.getNamespaceURI())
          && e.getLocalName().equals(name)) {
        out.add(e);
      }
    }
    return out;
  }

  private static String text(Document doc, String ns, String name) {
    NodeList nodes = doc.getElementsByTagNameNS(ns, name);
    return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent();
  }

  private static Document parse(ZipFile zip, String part) throws Exception {
    var entry = zip.getEntry(part);
    if (entry == null) {
      throw new IOException(zip.getName() + " has no " + part);
    }
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    try (InputStream in = zip.getInputStream(entry)) {
      return factory.newDocumentBuilder().parse(in);
    }
  }
}
