package dev.briefsmith.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefsmith.compose.Document;
import dev.briefsmith.compose.Document.Block;
import dev.briefsmith.compose.Document.Heading;
import dev.briefsmith.compose.Document.PageBreak;
import dev.briefsmith.compose.Document.Paragraph;
import dev.briefsmith.compose.ParaStyle;
import dev.briefsmith.render.DocumentFixtures;
import dev.briefsmith.render.Fonts;
import dev.briefsmith.render.RenderException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfRendererTest {
  @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir;

  private static final Fonts FONTS = new Fonts();
  private static final PdfRenderer RENDERER = new PdfRenderer(FONTS);
  private static RenderedPdf kitchenSink;

  @BeforeAll
  static void render() throws IOException {
    kitchenSink = RENDERER.render(DocumentFixtures.kitchenSink());
    // for a look: pdftoppm -png -r 60 target/test-output/kitchen-sink.pdf /tmp/pdfk/p
    Files.createDirectories(Path.of("target/test-output"));
    Files.write(Path.of("target/test-output/kitchen-sink.pdf"), kitchenSink.bytes());
  }

  @Test
  void printsTheWordsOfEveryBlock() throws IOException {
    String text = text(kitchenSink.bytes());
    assertThat(text)
        .contains(
            "Kitchen sink brief",
            "Every block type, once or more",
            "Test series",
            "Information as of 25 June 2014",
            "Analyst brief",
            "A. Author",
            "For testing only.",
            "Summary",
            "The bottom line, with bold, italic and a note",
            "Lists and quotes",
            "First point",
            "Second point, citing",
            "\u201cA verbatim quotation, with curly quotes.\u201d",
            "Hassan Rouhani, 21 June 2014",
            "Zoë, Ærøskøbing, Łódź",
            "Αθήνα",
            "Москва",
            "Position matrix",
            "Issue 1: should the sides",
            "Issue 30: should the sides",
            "Doubts it, for reasons",
            "Table 1. Positions by side.",
            "Stance chart",
            "Figure 1. Stances by issue.",
            "Estimative language",
            "We use the ICD 203 terms:",
            "very likely",
            "80-95%",
            "Sources",
            "ISPI, The Iraq crisis, June 2014.",
            "A second source.");
  }

  @Test
  void standsInForTheMinusSignTheFontsLack() throws IOException {
    // the bundled Noto builds have no U+2212; an en dash stands in rather than nothing
    assertThat(text(kitchenSink.bytes())).contains("\u2013 sceptical", "\u2013\u2013 opposes");
  }

  @Test
  void refusesTextNoBundledFontCanShow() {
    Document doc =
        Briefs.document(
            List.of(Paragraph.of("Beijing (\u5317\u4eac) said no.", ParaStyle.BODY)), "T", false);
    assertThatThrownBy(() -> RENDERER.render(doc))
        .isInstanceOf(RenderException.class)
        .hasMessageContaining("no glyph for U+5317")
        .hasMessageContaining("Beijing");
  }

  @Test
  void repeatsTheHeaderRowOnEveryPageOfTheLongTable() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(kitchenSink.bytes())) {
      List<Integer> tablePages = new ArrayList<>();
      for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
        if (pageText(pdf, page).contains("should the sides cooperate")) {
          tablePages.add(page);
        }
      }
      assertThat(tablePages).as("the matrix spans pages").hasSizeGreaterThan(1);
      for (int page : tablePages) {
        assertThat(pageText(pdf, page)).as("page %d", page).contains("Alignment", "North");
      }
    }
  }

  @Test
  void keepsEachTableRowOnOnePage() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(kitchenSink.bytes())) {
      for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
        String text = pageText(pdf, page);
        // a row opens with its issue and closes with "spread 4"; both halves share a page
        int issues = count(text, "should the sides");
        int spreads = count(text, "spread 4");
        assertThat(issues).as("rows on page %d", page).isEqualTo(spreads);
      }
    }
  }

  @Test
  void embedsEveryFontAndNeverHelvetica() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(kitchenSink.bytes())) {
      List<String> fonts = new ArrayList<>();
      for (PDPage page : pdf.getPages()) {
        collectFonts(page.getResources(), fonts, 0);
      }
      assertThat(fonts).isNotEmpty();
      assertThat(fonts).allSatisfy(f -> assertThat(f).endsWith(" embedded"));
      assertThat(fonts).noneMatch(f -> f.toLowerCase(java.util.Locale.ROOT).contains("helvetica"));
      assertThat(fonts)
          .anyMatch(f -> f.contains("NotoSans-Regular"))
          .anyMatch(f -> f.contains("NotoSerif-Bold"));
    }
  }

  @Test
  void drawsTheChartAsVectorsWithItsAlternativeText() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(kitchenSink.bytes())) {
      List<String> forms = new ArrayList<>();
      for (PDPage page : pdf.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getXObjectNames()) {
          if (resources.getXObject(name) instanceof PDFormXObject form) {
            try (var in = form.getContentStream().createInputStream()) {
              forms.add(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
            }
          }
        }
      }
      assertThat(forms)
          .as("a form XObject holding the chart")
          .anyMatch(
              f ->
                  (f.contains(" l\n") || f.contains(" c\n"))
                      // text drawn as outlines: no text operators, so no font needed
                      && !f.contains(" Tj")
                      && !f.contains(" TJ")
                      // marked content inside a form fails PDF/UA: the page marks the form
                      && !f.contains("BDC"));
    }
    java.nio.file.Path file =
        java.nio.file.Files.write(dir.resolve("kitchen-sink.pdf"), kitchenSink.bytes());
    assertThat(dev.briefsmith.render.StructureTree.read(file).root().all("Figure"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.alt())
                    .hasValueSatisfying(
                        a -> assertThat(a).startsWith("Stance chart: North supports cooperation")));
  }

  @Test
  void outlinesTheHeadingsInOrderAndNested() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(kitchenSink.bytes())) {
      PDOutlineNode outline = pdf.getDocumentCatalog().getDocumentOutline();
      assertThat(tree(outline))
          .isEqualTo(
              List.of(
                  "Summary",
                  "  Lists and quotes",
                  "  Position matrix",
                  "  Stance chart",
                  "Sources"));
      PDOutlineItem summary = outline.getFirstChild();
      PDPageDestination at = (PDPageDestination) summary.getDestination();
      assertThat(pdf.getPages().indexOf(at.getPage())).isEqualTo(1);
      PDOutlineItem sources = outline.getLastChild();
      int sourcesPage =
          pdf.getPages().indexOf(((PDPageDestination) sources.getDestination()).getPage());
      assertThat(pageText(pdf, sourcesPage + 1)).contains("Sources", "A second source.");
    }
  }

  @Test
  void namesADestinationAtEveryHeadingAnchor() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(kitchenSink.bytes())) {
      for (Block block : DocumentFixtures.kitchenSink().blocks()) {
        if (block instanceof Heading h) {
          PDNamedDestination named = new PDNamedDestination(h.anchor());
          PDPageDestination at = pdf.getDocumentCatalog().findNamedDestinationPage(named);
          assertThat(at).as(h.anchor()).isNotNull();
          assertThat(pageText(pdf, at.retrievePageNumber() + 1)).contains(h.text());
        }
      }
    }
  }

  @Test
  void writesTheMetadata() throws IOException {
    byte[] bytes = kitchenSink.bytes();
    assertThat(new String(bytes, 0, 8, StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.7");
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      assertThat(pdf.getVersion()).isEqualTo(1.7f);
      PDDocumentInformation info = pdf.getDocumentInformation();
      assertThat(info.getTitle()).isEqualTo("Kitchen sink brief");
      assertThat(info.getAuthor()).isEqualTo("A. Author; B. Author");
      assertThat(info.getSubject()).isEqualTo("Test document");
      assertThat(info.getKeywords()).isEqualTo("test, fixture");
      assertThat(info.getCreator()).isEqualTo("Briefsmith");
      assertThat(info.getProducer()).startsWith("OpenPDF");
      Instant created = Instant.parse("2014-06-25T00:00:00Z");
      assertThat(info.getCreationDate().toInstant()).isEqualTo(created);
      assertThat(info.getModificationDate().toInstant()).isEqualTo(created);
      assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");

      PDMetadata metadata = pdf.getDocumentCatalog().getMetadata();
      assertThat(metadata).as("XMP metadata").isNotNull();
      String xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8);
      assertThat(xmp)
          .contains(
              "Kitchen sink brief",
              "<rdf:li>A. Author</rdf:li>",
              "<rdf:li>B. Author</rdf:li>",
              "<rdf:li>en</rdf:li>",
              "<xmp:CreatorTool>Briefsmith</xmp:CreatorTool>",
              "<xmp:CreateDate>2014-06-25T00:00:00Z</xmp:CreateDate>",
              "<pdf:Producer>OpenPDF");
    }
  }

  @Test
  void countsThePagesItWrote() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(kitchenSink.bytes())) {
      assertThat(kitchenSink.pageCount()).isEqualTo(pdf.getNumberOfPages()).isGreaterThan(2);
    }
  }

  @Test
  void leavesTheCoverUnnumberedAndNumbersFromTheNextPage() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(kitchenSink.bytes())) {
      int pages = pdf.getNumberOfPages();
      String[] labels = pdf.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
      List<String> expected = new ArrayList<>(List.of("Cover"));
      for (int i = 1; i < pages; i++) {
        expected.add(Integer.toString(i));
      }
      assertThat(labels).containsExactlyElementsOf(expected);

      String cover = pageText(pdf, 1);
      assertThat(cover).contains("INTERNAL", "Kitchen sink brief").doesNotContain("Page");
      assertThat(cover).doesNotContain("Test series \u00b7 information");
      for (int page = 2; page <= pages; page++) {
        assertThat(pageText(pdf, page))
            .contains("INTERNAL", "Test series \u00b7 information as of 25 June 2014")
            .contains("Page " + (page - 1) + " of " + (pages - 1));
      }
    }
  }

  @Test
  void rendersTheSameBytesEveryTime() throws Exception {
    RenderedPdf again = new PdfRenderer(new Fonts()).render(DocumentFixtures.kitchenSink());
    assertThat(again.bytes()).isEqualTo(kitchenSink.bytes());
    assertThat(again).isEqualTo(kitchenSink);
  }

  @Test
  void rendersInParallelWithTheSameResult() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<RenderedPdf>> runs = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        runs.add(pool.submit(() -> RENDERER.render(DocumentFixtures.kitchenSink())));
      }
      for (Future<RenderedPdf> run : runs) {
        assertThat(run.get().bytes()).isEqualTo(kitchenSink.bytes());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void derivesTheFileIdentifierFromTheContent() throws IOException {
    RenderedPdf other = RENDERER.render(Briefs.withMasthead());
    String id = trailerId(kitchenSink.bytes());
    assertThat(id).matches("<([0-9a-f]{32})><\\1>");
    assertThat(trailerId(other.bytes())).isNotEqualTo(id);
    try (PDDocument pdf = Loader.loadPDF(kitchenSink.bytes())) {
      COSArray ids = pdf.getDocument().getTrailer().getCOSArray(COSName.ID);
      assertThat(ids.size()).isEqualTo(2);
    }
  }

  /**
   * The file is hashed once for both: its identifier is the SHA-256 of the file with the identifier
   * zeroed, and the hash it reports is the SHA-256 of the file as written.
   */
  @Test
  void reportsTheHashOfTheFileItWrote() throws Exception {
    for (RenderedPdf rendered : List.of(kitchenSink, RENDERER.render(Briefs.withMasthead()))) {
      byte[] bytes = rendered.bytes();
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      assertThat(rendered.sha256()).isEqualTo(HexFormat.of().formatHex(sha.digest(bytes)));
      String id = trailerId(bytes);
      String half = id.substring(1, 33);
      String file = new String(bytes, StandardCharsets.ISO_8859_1);
      byte[] zeroed = file.replace(half, "0".repeat(32)).getBytes(StandardCharsets.ISO_8859_1);
      assertThat(half)
          .as("the identifier: the start of the SHA-256 of the file with it zeroed")
          .isEqualTo(HexFormat.of().formatHex(sha.digest(zeroed), 0, 16));
    }
  }

  @Test
  void setsAMastheadOnPageOneOfABrief() throws IOException {
    RenderedPdf brief = RENDERER.render(Briefs.withMasthead());
    Files.write(Path.of("target/test-output/masthead-brief.pdf"), brief.bytes());
    try (PDDocument pdf = Loader.loadPDF(brief.bytes())) {
      assertThat(brief.pageCount()).isEqualTo(pdf.getNumberOfPages()).isGreaterThan(1);
      String first = pageText(pdf, 1);
      assertThat(first)
          .contains(
              "Crisis brief 7",
              "Iraq: the Kurdish question after Mosul",
              "Positions of the main actors",
              "Information as of 25 June 2014 \u00b7 Policy brief",
              "Bottom line, sentence 1",
              "Page 1 of " + brief.pageCount());
      assertThat(first.indexOf("Iraq: the Kurdish")).isLessThan(first.indexOf("Bottom line"));
      assertThat(pdf.getDocumentCatalog().getPageLabels()).isNull();
      assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
      assertThat(tree(pdf.getDocumentCatalog().getDocumentOutline()))
          .containsExactly("Section 1", "Section 2", "Section 3", "Section 4");
    }
  }

  @Test
  void handlesLetterPaperALogoAndFurnitureTooLongForTheLine() throws IOException {
    RenderedPdf stress = RENDERER.render(Briefs.stress());
    Files.write(Path.of("target/test-output/stress.pdf"), stress.bytes());
    try (PDDocument pdf = Loader.loadPDF(stress.bytes())) {
      assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
      assertThat(pdf.getPage(0).getResources().getXObjectNames()).as("the logo").isNotEmpty();
      String second = pageText(pdf, 2);
      assertThat(second)
          .contains("OFFICIAL-SENSITIVE", "A deliberately long header text", "\u2026")
          .contains("Page 1 of " + (pdf.getNumberOfPages() - 1));
      assertThat(tree(pdf.getDocumentCatalog().getDocumentOutline()))
          .containsExactly(
              "One", "  One point one", "    One point one point one", "Two", "Sources");
      PDOutlineItem two =
          pdf.getDocumentCatalog().getDocumentOutline().getLastChild().getPreviousSibling();
      PDPage twoPage = ((PDPageDestination) two.getDestination()).getPage();
      assertThat(pdf.getPages().indexOf(twoPage)).as("the page break").isEqualTo(2);
      assertThat(second).contains("Table 2. A ruled table.").doesNotContain("Closing 0");
      assertThat(text(stress.bytes()))
          .contains("no stated position in either period", "alpha", "beta", "Figure 1.");
    }
  }

  @Test
  void rendersADocumentWithoutBlocksAsOnePage() throws IOException {
    for (List<Block> blocks : List.of(List.<Block>of(), List.<Block>of(new PageBreak()))) {
      RenderedPdf empty = RENDERER.render(Briefs.document(blocks, "Empty", true));
      try (PDDocument pdf = Loader.loadPDF(empty.bytes())) {
        assertThat(empty.pageCount()).isEqualTo(pdf.getNumberOfPages()).isEqualTo(1);
        assertThat(pageText(pdf, 1)).contains("Page 1 of 1");
      }
    }
  }

  @Test
  void endsWithoutABlankPageAfterATrailingBreak() throws IOException {
    List<Block> blocks =
        List.of(Paragraph.of("Only text.", ParaStyle.BODY), new PageBreak(), new PageBreak());
    RenderedPdf pdf = RENDERER.render(Briefs.document(blocks, "Breaks", false));
    assertThat(pdf.pageCount()).isEqualTo(1);
  }

  @Test
  void copiesTheBytesInAndOut() {
    byte[] bytes = {1, 2, 3};
    RenderedPdf pdf = new RenderedPdf(bytes, 1);
    bytes[0] = 9;
    pdf.bytes()[1] = 9;
    assertThat(pdf.bytes()).containsExactly(1, 2, 3);
  }

  static String text(byte[] bytes) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      return normalise(new PDFTextStripper().getText(pdf));
    }
  }

  static String pageText(PDDocument pdf, int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return normalise(stripper.getText(pdf));
  }

  /** Joins lines, so phrases broken across lines still match. */
  private static String normalise(String text) {
    return text.replaceAll("\\s+", " ");
  }

  private static int count(String text, String word) {
    int n = 0;
    for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      n++;
    }
    return n;
  }

  private static void collectFonts(PDResources resources, List<String> out, int depth)
      throws IOException {
    if (resources == null || depth > 10) {
      return;
    }
    for (COSName name : resources.getFontNames()) {
      PDFont font = resources.getFont(name);
      out.add(font.getName() + (font.isEmbedded() ? " embedded" : " NOT embedded"));
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject x = resources.getXObject(name);
      if (x instanceof PDFormXObject form) {
        collectFonts(form.getResources(), out, depth + 1);
      }
    }
  }

  private static List<String> tree(PDOutlineNode node) {
    List<String> out = new ArrayList<>();
    tree(node, "", out);
    return out;
  }

  private static void tree(PDOutlineNode node, String indent, List<String> out) {
    for (PDOutlineItem item : node.children()) {
      out.add(indent + item.getTitle());
      tree(item, indent + "  ", out);
    }
  }

  private static String trailerId(byte[] pdf) {
    String file = new String(pdf, StandardCharsets.ISO_8859_1);
    Matcher m = Pattern.compile("/ID\\s*\\[\\s*(<[0-9a-f]+>)\\s*(<[0-9a-f]+>)\\s*]").matcher(file);
    String id = null;
    while (m.find()) {
      id = m.group(1) + m.group(2);
    }
    assertThat(id).as("an /ID in the trailer").isNotNull();
    return id;
  }
}
