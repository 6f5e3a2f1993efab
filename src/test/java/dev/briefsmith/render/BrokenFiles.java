package dev.briefsmith.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Copies of good rendered files with one defect each, made so that every validator the tests run
 * can be seen to fail: a check that passes everything proves nothing.
 */
public final class BrokenFiles {
  private BrokenFiles() {}

  /** The PDF without its XMP metadata and output intent: not PDF/A any more. */
  public static Path withoutPdfAMetadata(Path pdf, Path out) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      doc.getDocumentCatalog().getCOSObject().removeItem(COSName.METADATA);
      doc.getDocumentCatalog().getCOSObject().removeItem(COSName.OUTPUT_INTENTS);
      doc.save(out.toFile());
    }
    return out;
  }

  /**
   * The PDF with a line of text in Helvetica on page 1, a standard font that is not embedded: what
   * OpenPDF does when a phrase is given no font.
   */
  public static Path withHelveticaNotEmbedded(Path pdf, Path out) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDPage page = doc.getPage(0);
      try (PDPageContentStream text =
          new PDPageContentStream(doc, page, AppendMode.APPEND, true, true)) {
        text.beginText();
        text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 9);
        text.newLineAtOffset(40, 20);
        text.showText("Helvetica, not embedded");
        text.endText();
      }
      doc.save(out.toFile());
    }
    return out;
  }

  /** The PDF with a filled square on page 1 that is neither tagged nor an artifact. */
  public static Path withUntaggedContent(Path pdf, Path out) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDPage page = doc.getPage(0);
      try (PDPageContentStream mark =
          new PDPageContentStream(doc, page, AppendMode.APPEND, true, true)) {
        mark.addRect(20, 20, 10, 10);
        mark.fill();
      }
      doc.save(out.toFile());
    }
    return out;
  }

  /** The PDF with every figure's alternative text removed. */
  public static Path withoutFigureAlt(Path pdf, Path out) throws IOException {
    return editStructure(
        pdf,
        out,
        e -> {
          if ("Figure".equals(e.getStructureType())) {
            e.getCOSObject().removeItem(COSName.ALT);
          }
        });
  }

  /** The PDF with the scope of every header cell removed. */
  public static Path withHeaderCellsWithoutScope(Path pdf, Path out) throws IOException {
    return editStructure(
        pdf,
        out,
        e -> {
          if ("TH".equals(e.getStructureType())) {
            e.getCOSObject().removeItem(COSName.A);
          }
        });
  }

  /** The PDF with its second-level headings made fourth-level: a skip from H1 to H4. */
  public static Path withHeadingLevelSkipped(Path pdf, Path out) throws IOException {
    return editStructure(
        pdf,
        out,
        e -> {
          if ("H2".equals(e.getStructureType())) {
            e.setStructureType("H4");
          }
        });
  }

  /** The PDF without a natural language: no /Lang on the catalog or on any element. */
  public static Path withoutLanguage(Path pdf, Path out) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      doc.getDocumentCatalog().getCOSObject().removeItem(COSName.LANG);
      walk(
          doc.getDocumentCatalog().getStructureTreeRoot().getKids(),
          e -> e.getCOSObject().removeItem(COSName.LANG));
      doc.save(out.toFile());
    }
    return out;
  }

  private static Path editStructure(Path pdf, Path out, Consumer<PDStructureElement> edit)
      throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      walk(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), edit);
      doc.save(out.toFile());
    }
    return out;
  }

  private static void walk(List<Object> kids, Consumer<PDStructureElement> edit) {
    for (Object kid : kids) {
      if (kid instanceof PDStructureElement e) {
        edit.accept(e);
        walk(e.getKids(), edit);
      }
    }
  }

  /**
   * The Word file with its document.xml edited: every match of {@code regex} replaced (at least one
   * must match), to make one accessibility defect (a picture described by a file name, a table
   * without its header row, a heading level skipped).
   */
  public static Path docxEdited(Path docx, Path out, String regex, String to) throws IOException {
    if (!editDocumentXml(docx, out, xml -> xml.replaceAll(regex, to))) {
      throw new IllegalStateException(docx + " has nothing matching " + regex);
    }
    return out;
  }

  /**
   * Writes to {@code out} a copy of the Word file {@code docx} with its document.xml passed through
   * {@code edit}; whether that changed it.
   */
  private static boolean editDocumentXml(Path docx, Path out, UnaryOperator<String> edit)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    boolean edited = false;
    try (InputStream in = Files.newInputStream(docx);
        ZipInputStream zip = new ZipInputStream(in);
        ZipOutputStream copy = new ZipOutputStream(bytes)) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        byte[] data = zip.readAllBytes();
        if (e.getName().equals("word/document.xml")) {
          String xml = new String(data, StandardCharsets.UTF_8);
          String changed = edit.apply(xml);
          edited = !changed.equals(xml);
          data = changed.getBytes(StandardCharsets.UTF_8);
        }
        copy.putNextEntry(new ZipEntry(e.getName()));
        copy.write(data);
        copy.closeEntry();
      }
    }
    Files.write(out, bytes.toByteArray());
    return edited;
  }

  /**
   * The zip (a Word file) with one entry's text passed through {@code change}, or that entry left
   * out when {@code change} is null.
   */
  public static byte[] rezip(byte[] zip, String name, UnaryOperator<String> change)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip));
        ZipOutputStream copy = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] data = in.readAllBytes();
        if (e.getName().equals(name)) {
          if (change == null) {
            continue;
          }
          data =
              change
                  .apply(new String(data, StandardCharsets.UTF_8))
                  .getBytes(StandardCharsets.UTF_8);
        }
        copy.putNextEntry(new ZipEntry(e.getName()));
        copy.write(data);
        copy.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** The first half of the file, as an interrupted download leaves it. */
  public static Path truncated(Path file, Path out) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    Files.write(out, Arrays.copyOf(bytes, bytes.length / 2));
    return out;
  }

  /**
   * The Word file with the body's section properties moved from the end of the body, where the
   * schema requires them, to its start: Word's schema check must name the element out of order.
   */
  public static Path docxWithSectionPropertiesFirst(Path docx, Path out) throws IOException {
    boolean moved =
        editDocumentXml(
            docx,
            out,
            xml -> {
              int start = xml.lastIndexOf("<w:sectPr");
              int end = xml.indexOf("</w:sectPr>", start) + "</w:sectPr>".length();
              int body = xml.indexOf('>', xml.indexOf("<w:body")) + 1;
              if (start <= body || end <= start) {
                return xml;
              }
              String sectPr = xml.substring(start, end);
              return xml.substring(0, body)
                  + sectPr
                  + xml.substring(body, start)
                  + xml.substring(end);
            });
    if (!moved) {
      throw new IllegalStateException(docx + " has no w:sectPr at the end of its body to move");
    }
    return out;
  }
}
