package dev.briefsmith.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.compose.Document;
import dev.briefsmith.compose.PageSetup;
import dev.briefsmith.content.Side;
import dev.briefsmith.render.docx.DocxRenderer;
import dev.briefsmith.render.pdf.PdfRenderer;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Briefs with 8 and 20 sides, rendered for every audience: every side has its column header in both
 * formats, and the PDF breaks no word (a word broken across lines in a narrow column would show up
 * as fragments that the Word file, whose text is never broken, does not have).
 */
class ManySidesRenderingTest {

  static Stream<Arguments> cases() {
    List<Arguments> all = new ArrayList<>();
    for (String brief : Composed.BY_SIDES.subList(3, 5)) {
      for (String audience : List.of("executive", "analyst", "public")) {
        all.add(Arguments.of(brief, audience));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void everySideIsAColumnAndNoWordIsBroken(String brief, String audience) throws Exception {
    Document doc = Composed.compose(brief, audience);
    List<String> sides = Composed.brief(brief).sides().stream().map(Side::name).toList();
    byte[] pdf = new PdfRenderer(new Fonts()).render(doc).bytes();
    byte[] docx = new DocxRenderer(new Fonts()).render(doc, Optional.empty());

    String pdfText = pdfBody(pdf, doc.page());
    StringBuilder docxText = new StringBuilder();
    List<String> headers = new ArrayList<>();
    try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
      body(word.getBodyElements(), docxText);
      for (XWPFTable t : word.getTables()) {
        List<String> header =
            t.getRow(0).getTableCells().stream()
                .map(XWPFTableCell::getText)
                .map(String::strip)
                .toList();
        if (header.get(0).equals("Issue")) {
          headers.addAll(header.subList(1, header.size()));
          // a part's header row stays with its first row, so no page ends with a bare header
          for (XWPFTableCell c : t.getRow(0).getTableCells()) {
            for (XWPFParagraph p : c.getParagraphs()) {
              assertThat(p.getCTP().getPPr().isSetKeepNext()).as("keep with next").isTrue();
            }
          }
        }
      }
    }
    headers.remove("Alignment");
    assertThat(headers).as("Word matrix column headers").isEqualTo(sides);

    String pdfFlat = " " + pdfText.replaceAll("\\s+", " ") + " ";
    String docxFlat = " " + docxText.toString().replaceAll("\\s+", " ") + " ";
    for (String side : sides) {
      assertThat(pdfFlat).as("PDF text").contains(" " + side + " ");
      assertThat(docxFlat).as("Word text").contains(" " + side + " ");
    }

    Set<String> onlyPdf = new TreeSet<>(words(pdfText));
    onlyPdf.removeAll(words(docxText.toString()));
    assertThat(onlyPdf).as("words in the PDF that the Word file lacks (broken words)").isEmpty();
  }

  /** The text inside the page margins: the body, without header and footer. */
  private static String pdfBody(byte[] pdf, PageSetup page) throws IOException {
    StringBuilder out = new StringBuilder();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (PDPage p : doc.getPages()) {
        float top = PageSetup.pt(page.topMm()) - 2;
        float bottom = PageSetup.pt(page.bottomMm()) - 2;
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        stripper.addRegion(
            "body",
            new Rectangle2D.Float(
                0, top, p.getMediaBox().getWidth(), p.getMediaBox().getHeight() - top - bottom));
        stripper.extractRegions(p);
        out.append(stripper.getTextForRegion("body")).append('\n');
      }
    }
    return out.toString();
  }

  private static void body(List<IBodyElement> elements, StringBuilder out) {
    for (IBodyElement e : elements) {
      if (e instanceof XWPFParagraph p) {
        out.append(p.getText()).append('\n');
      } else if (e instanceof XWPFTable t) {
        t.getRows()
            .forEach(row -> row.getTableCells().forEach(c -> body(c.getBodyElements(), out)));
      }
    }
  }

  /** Word tokens of at least two letters; hyphens split words, as a PDF may break at them. */
  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : text.split("[^\\p{L}\\p{N}'’]+", -1)) {
      String t = w.replaceAll("^['’]+|['’]+$", "");
      if (t.codePoints().filter(Character::isLetter).count() >= 2) {
        out.add(t);
      }
    }
    return out;
  }
}
