package dev.briefsmith.batch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Reads rendered files the way an independent reader would: text, raw objects, XML parts, tools.
 */
final class Outputs {
  private Outputs() {}

  static String pdfText(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      // a tagged line ends in the space that keeps its word break: not part of what it says
      return new PDFTextStripper().getText(doc).replaceAll("[ \\t]+(\\r?\\n)", "$1");
    }
  }

  /** The text inside the margins of every page: the body, without header and footer. */
  static String pdfBodyText(Path pdf, dev.briefsmith.compose.PageSetup page) throws IOException {
    StringBuilder out = new StringBuilder();
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      for (var p : doc.getPages()) {
        var box = p.getMediaBox();
        float top = dev.briefsmith.compose.PageSetup.pt(page.topMm()) - 2;
        float bottom = dev.briefsmith.compose.PageSetup.pt(page.bottomMm()) - 2;
        var stripper = new org.apache.pdfbox.text.PDFTextStripperByArea();
        stripper.addRegion(
            "body",
            new java.awt.geom.Rectangle2D.Float(
                0, top, box.getWidth(), box.getHeight() - top - bottom));
        stripper.extractRegions(p);
        out.append(stripper.getTextForRegion("body")).append('\n');
      }
    }
    return out.toString();
  }

  /** The text of a Word file's body, nested tables included, without headers and footers. */
  static String docxBodyText(Path docx) throws IOException {
    StringBuilder out = new StringBuilder();
    try (InputStream in = Files.newInputStream(docx);
        XWPFDocument doc = new XWPFDocument(in)) {
      body(doc.getBodyElements(), out);
    }
    return out.toString();
  }

  private static void body(
      List<org.apache.poi.xwpf.usermodel.IBodyElement> elements, StringBuilder out) {
    for (var e : elements) {
      if (e instanceof org.apache.poi.xwpf.usermodel.XWPFParagraph p) {
        out.append(p.getText()).append('\n');
      } else if (e instanceof org.apache.poi.xwpf.usermodel.XWPFTable t) {
        for (var row : t.getRows()) {
          for (var cell : row.getTableCells()) {
            body(cell.getBodyElements(), out);
          }
        }
      }
    }
  }

  static int pdfPages(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return doc.getNumberOfPages();
    }
  }

  static String docxText(Path docx) throws IOException {
    try (InputStream in = Files.newInputStream(docx);
        XWPFDocument doc = new XWPFDocument(in);
        XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
      return ex.getText();
    }
  }

  /**
   * Everything in a PDF a reader or tool could get at: every object, strings and decoded stream
   * contents (page content, XMP, fonts' names), the info dictionary and the outline included.
   */
  static String pdfRaw(Path pdf) throws IOException {
    StringBuilder out = new StringBuilder();
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      for (COSObject object :
          doc.getDocument().getXrefTable().keySet().stream()
              .map(k -> doc.getDocument().getObjectFromPool(k))
              .toList()) {
        COSBase base = object.getObject();
        dump(base, out, 0);
      }
      dump(doc.getDocument().getTrailer(), out, 0);
    }
    return out.toString();
  }

  private static void dump(COSBase base, StringBuilder out, int depth) throws IOException {
    if (base == null || depth > 6) {
      return;
    }
    if (base instanceof COSString s) {
      out.append(s.getString()).append('\n');
    } else if (base instanceof COSStream stream) {
      try (InputStream in = stream.createInputStream()) {
        out.append(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)).append('\n');
      } catch (IOException e) {
        // an undecodable (e.g. image) stream: its raw bytes
        try (InputStream in = stream.createRawInputStream()) {
          out.append(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)).append('\n');
        }
      }
      dumpDict(stream, out, depth);
    } else if (base instanceof COSDictionary dict) {
      dumpDict(dict, out, depth);
    } else if (base instanceof org.apache.pdfbox.cos.COSArray array) {
      for (COSBase item : array) {
        if (!(item instanceof COSObject)) {
          dump(item, out, depth + 1);
        }
      }
    } else if (base instanceof COSName name) {
      out.append(name.getName()).append('\n');
    }
  }

  private static void dumpDict(COSDictionary dict, StringBuilder out, int depth)
      throws IOException {
    for (COSName key : dict.keySet()) {
      COSBase value = dict.getItem(key);
      if (!(value instanceof COSObject)) {
        dump(value, out, depth + 1);
      }
    }
  }

  /**
   * The alternative text of every figure in a PDF, in page order: the /Alt of each marked-content
   * Span in the form XObjects the pages draw.
   */
  static List<String> pdfFigureAlts(Path pdf) throws IOException {
    // a figure's description is the /Alt of its Figure element in the structure tree
    return dev.briefsmith.render.StructureTree.read(pdf).root().all("Figure").stream()
        .map(f -> f.alt().orElse(""))
        .toList();
  }

  /** The description (alternative text) of every drawing in a Word file's body, in order. */
  static List<String> docxFigureAlts(Path docx) throws Exception {
    List<String> alts = new ArrayList<>();
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(docx.toFile());
        InputStream in = zip.getInputStream(zip.getEntry("word/document.xml"))) {
      var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      var nodes =
          factory
              .newDocumentBuilder()
              .parse(in)
              .getElementsByTagNameNS(
                  "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
                  "docPr");
      for (int i = 0; i < nodes.getLength(); i++) {
        alts.add(((org.w3c.dom.Element) nodes.item(i)).getAttribute("descr"));
      }
    }
    return alts;
  }

  /** Every part of a DOCX (a zip of XML parts), decompressed, one after another. */
  static String docxParts(Path docx) throws IOException {
    StringBuilder out = new StringBuilder();
    try (ZipInputStream zip =
        new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(docx)))) {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        out.append("== ").append(e.getName()).append('\n');
        out.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
      }
    }
    return out.toString();
  }

  /** Runs a tool; fails with advice to install it when it is missing. */
  static Result run(List<String> command, Path dir) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    if (dir != null) {
      pb.directory(dir.toFile());
    }
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      throw new AssertionError(
          command.get(0)
              + " is not installed: apt-get install qpdf poppler-utils libreoffice-writer-nogui"
              + " (.ci/run does this)",
          e);
    }
    byte[] output = p.getInputStream().readAllBytes();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError(command + " timed out");
    }
    return new Result(p.exitValue(), new String(output, StandardCharsets.UTF_8));
  }

  record Result(int exitCode, String output) {}

  /** Word tokens of at least two letters, for comparing what two formats say. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    // Hyphens split words: a PDF breaks "decision-making" across lines, Word does not.
    for (String w : text.split("[^\\p{L}\\p{N}'’]+", -1)) {
      String t = w.replaceAll("^['’]+|['’]+$", "");
      if (t.codePoints().filter(Character::isLetter).count() >= 2) {
        out.add(t);
      }
    }
    return out;
  }
}
