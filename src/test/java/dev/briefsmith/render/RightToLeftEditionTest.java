package dev.briefsmith.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.compose.Document;
import dev.briefsmith.render.docx.DocxRenderer;
import dev.briefsmith.render.pdf.PdfRenderer;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A brief in Persian (src/test/resources/briefs/rtl), written for this test: laid out right to left
 * in both formats. The PDF's text reads in logical order and its matrix has the issue column on the
 * right; the Word file says bidi on its section, paragraphs and tables, and LibreOffice lays it out
 * from the right too.
 */
class RightToLeftEditionTest {
  static final String BRIEF = "src/test/resources/briefs/rtl/sepidan-river-2030.yaml";
  private static final String ZWNJ = "\u200c";
  private static Document doc;
  private static byte[] pdf;
  private static byte[] docx;

  @BeforeAll
  static void render() {
    doc = Composed.compose(BRIEF, "analyst");
    pdf = new PdfRenderer(new Fonts()).render(doc).bytes();
    docx = new DocxRenderer(new Fonts()).render(doc, Optional.empty());
  }

  @Test
  void aPersianBriefIsARightToLeftEditionInPersian() {
    assertThat(doc.edition().rightToLeft()).isTrue();
    assertThat(doc.edition().locale()).isEqualTo("fa");
    assertThat(doc.edition().pageLabel(1, 9)).isEqualTo("صفحهٔ ۱ از ۹");
    assertThat(
            Composed.compose("content/iraq-us-iran-2014.yaml", "analyst").edition().rightToLeft())
        .isFalse();
  }

  @Test
  void aTemplateMayPrintDatesInTheSolarHijriCalendar() {
    var analyst = Composed.template("analyst");
    var hijri =
        new dev.briefsmith.audience.AudienceTemplate(
            analyst.name(),
            analyst.title(),
            analyst.description(),
            analyst.maxSensitivity(),
            analyst.sections(),
            analyst.page(),
            analyst.theme(),
            analyst.marking(),
            analyst.text(),
            analyst.docxReference(),
            new dev.briefsmith.compose.Localisation(
                Optional.empty(), dev.briefsmith.compose.Calendar.SOLAR_HIJRI, java.util.Map.of()));
    Document d =
        new dev.briefsmith.compose.Composer()
            .compose(
                dev.briefsmith.select.Selector.select(
                    Composed.brief(BRIEF), hijri.maxSensitivity()),
                hijri,
                java.time.Instant.parse("2024-05-01T00:00:00Z"));
    Document.Cover cover =
        d.blocks().stream()
            .filter(Document.Cover.class::isInstance)
            .map(Document.Cover.class::cast)
            .findFirst()
            .orElseThrow();
    // 25 June 2030 is 4 Tir 1409; the metadata keeps the Gregorian instant
    assertThat(cover.dateLine()).isEqualTo("اطلاعات تا ۴ تیر ۱۴۰۹");
    assertThat(d.furniture().footerText()).contains("۴ تیر ۱۴۰۹");
    assertThat(d.metadata().created()).isEqualTo(java.time.Instant.parse("2024-05-01T00:00:00Z"));
  }

  /** A word of extracted text and where it starts and ends on its page. */
  record Word(int page, String text, float left, float right, float y) {}

  private static List<Word> words(byte[] file) throws IOException {
    List<Word> out = new ArrayList<>();
    try (PDDocument d = Loader.loadPDF(file)) {
      PDFTextStripper s =
          new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
              float left = Float.MAX_VALUE;
              float right = 0;
              for (TextPosition p : positions) {
                left = Math.min(left, p.getXDirAdj());
                right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
              }
              out.add(
                  new Word(getCurrentPageNo(), text, left, right, positions.get(0).getYDirAdj()));
            }
          };
      s.setSortByPosition(false);
      s.getText(d);
    }
    return out;
  }

  private static String text(byte[] file) throws IOException {
    try (PDDocument d = Loader.loadPDF(file)) {
      return new PDFTextStripper().getText(d);
    }
  }

  @Test
  void thePdfsTextReadsInLogicalOrder() throws IOException {
    String text = Pattern.compile("\\s+").matcher(text(pdf)).replaceAll(" ");
    assertThat(text)
        .contains("رود سپیدان", "خطوط قرمز", "مواضع بر حسب موضوع", "سناریوها")
        // left-to-right runs inside stay in order
        .contains("Dr. Lena Okafor", "UNWB")
        // the edition's digits and words: the cover's date, a probability range, page numbers
        .contains("اطلاعات تا ۲۵ ژوئن ۲۰۳۰", "۵۵–۸۰٪", "صفحهٔ ۱ از");
  }

  /** The text in a strip of a page: {@code from} to {@code to} of its width, around {@code y}. */
  private static String strip(byte[] file, int page, float y, float from, float to)
      throws IOException {
    try (PDDocument d = Loader.loadPDF(file)) {
      float width = d.getPage(page - 1).getMediaBox().getWidth();
      PDFTextStripperByArea area = new PDFTextStripperByArea();
      area.addRegion("strip", new Rectangle2D.Float(width * from, y - 8, width * (to - from), 12));
      area.extractRegions(d.getPage(page - 1));
      return area.getTextForRegion("strip");
    }
  }

  /**
   * Checks that a matrix's header row reads from the right: the issue column in the right third of
   * the page, the alignment column in the left third.
   */
  private static void issueColumnOnTheRight(byte[] file) throws IOException {
    List<Word> words = words(file);
    Word header =
        words.stream()
            .filter(w -> w.text().contains("موضوع") && !w.text().contains("مواضع"))
            .filter(
                w ->
                    words.stream()
                        .anyMatch(
                            o ->
                                o.page() == w.page()
                                    && Math.abs(o.y() - w.y()) < 3
                                    && o.text().replace(ZWNJ, "").contains("همسویی")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no matrix header row in " + words));
    // OpenPDF's shaping drops the zero-width non-joiner of هم‌سویی; LibreOffice keeps it
    String right = strip(file, header.page(), header.y(), 0.62f, 1f).replace(ZWNJ, "");
    String left = strip(file, header.page(), header.y(), 0f, 0.3f).replace(ZWNJ, "");
    assertThat(right).as("the right of the header row").contains("موضوع").doesNotContain("همسویی");
    assertThat(left).as("the left of the header row").contains("همسویی").doesNotContain("موضوع");
  }

  @Test
  void thePdfsMatrixHasTheIssueColumnOnTheRight() throws IOException {
    issueColumnOnTheRight(pdf);
    // headings start at the right margin
    List<Word> words = words(pdf);
    Word heading =
        words.stream().filter(w -> w.text().strip().equals("خطوط قرمز")).findFirst().orElseThrow();
    float width = 595.3f;
    assertThat(heading.right()).as("the heading's right end").isGreaterThan(width * 0.85f);
    assertThat(heading.left()).as("the heading's left end").isGreaterThan(width * 0.6f);
  }

  private static String part(byte[] zip, String name) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        if (e.getName().equals(name)) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no " + name);
  }

  private static int count(String text, String regex) {
    return (int) Pattern.compile(regex).matcher(text).results().count();
  }

  @Test
  void wordSaysBidiOnTheSectionEveryParagraphAndEveryTable() throws IOException {
    String body = part(docx, "word/document.xml");
    int paragraphs = count(body, "<w:p[ >]");
    assertThat(paragraphs).isGreaterThan(50);
    assertThat(count(body, "<w:bidi/>"))
        .as("paragraphs with w:bidi")
        .isGreaterThanOrEqualTo(paragraphs);
    assertThat(count(body, "<w:bidiVisual/>")).isEqualTo(count(body, "<w:tbl>"));
    assertThat(body).containsPattern("<w:sectPr>.*<w:bidi/>.*<w:rtlGutter/>");
    for (String footer : List.of("word/footer1.xml", "word/footer2.xml")) {
      assertThat(part(docx, footer)).contains("<w:bidi/>");
    }
    try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
      XWPFTable matrix =
          word.getTables().stream()
              .filter(t -> t.getRow(0).getCell(0).getText().strip().equals("موضوع"))
              .findFirst()
              .orElseThrow();
      // logical order in the file; w:bidiVisual puts the first cell on the right
      List<String> header =
          matrix.getRow(0).getTableCells().stream().map(c -> c.getText().strip()).toList();
      assertThat(header).containsExactly("موضوع", "ارسیا", "وهرکان", "UNWB", "هم‌سویی");
    }
  }

  @Test
  void libreOfficeLaysTheWordFileOutFromTheRight() throws Exception {
    Path out = Path.of("target/test-output/rtl").toAbsolutePath();
    Files.createDirectories(out);
    Path file = out.resolve("sepidan-river-2030.docx");
    Files.write(file, docx);
    Files.write(out.resolve("sepidan-river-2030.pdf-edition.pdf"), pdf);
    Path converted = out.resolve("sepidan-river-2030.pdf");
    Files.deleteIfExists(converted);
    Checkers.libreOfficeToPdf(List.of(file), out, Path.of("target/soffice-profile-rtl"));
    assertThat(converted).as("LibreOffice's PDF").exists();
    byte[] bytes;
    try (InputStream in = Files.newInputStream(converted)) {
      bytes = in.readAllBytes();
    }
    issueColumnOnTheRight(bytes);
    assertThat(text(bytes)).contains("Dr. Lena Okafor", "مواضع بر حسب موضوع");
  }
}
