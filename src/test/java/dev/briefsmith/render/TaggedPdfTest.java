package dev.briefsmith.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.compose.Document;
import dev.briefsmith.compose.Document.Block;
import dev.briefsmith.compose.Document.BulletList;
import dev.briefsmith.compose.Document.Callout;
import dev.briefsmith.compose.Document.Cell;
import dev.briefsmith.compose.Document.Contents;
import dev.briefsmith.compose.Document.Cover;
import dev.briefsmith.compose.Document.Figure;
import dev.briefsmith.compose.Document.Heading;
import dev.briefsmith.compose.Document.Note;
import dev.briefsmith.compose.Document.NoteList;
import dev.briefsmith.compose.Document.Paragraph;
import dev.briefsmith.compose.Document.Row;
import dev.briefsmith.compose.Document.Table;
import dev.briefsmith.compose.Span;
import dev.briefsmith.render.StructureTree.Element;
import dev.briefsmith.render.pdf.PdfRenderer;
import dev.briefsmith.render.pdf.RenderedPdf;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tag tree of the sample's analyst PDF read back with PDFBox, as a screen reader walks it:
 * headings in order, the position matrix as a table a reader can navigate, figures described, and
 * the text in structure order that of the document model.
 */
class TaggedPdfTest {
  private static final String SAMPLE = "content/iraq-us-iran-2014.yaml";

  @TempDir static Path dir;
  static Document doc;
  static RenderedPdf rendered;
  static Path pdf;
  static StructureTree tree;

  @BeforeAll
  static void render() throws IOException {
    doc = Composed.compose(SAMPLE, "analyst");
    rendered = new PdfRenderer(new Fonts()).render(doc);
    pdf = Files.write(dir.resolve("analyst.pdf"), rendered.bytes());
    tree = StructureTree.read(pdf);
  }

  @Test
  void theRootIsOneDocumentInTheBriefsLanguage() {
    assertThat(tree.root().children())
        .singleElement()
        .extracting(Element::type)
        .isEqualTo("Document");
    assertThat(tree.root().children().get(0).lang()).hasValue("en");
  }

  @Test
  void headingsComeInOrderWithTheirTextTheTitleBeingTheOneH1() {
    List<String> expected = new ArrayList<>();
    Cover cover = (Cover) doc.blocks().get(0);
    expected.add("H1 " + cover.title());
    headings(doc.blocks(), expected);
    List<String> actual = new ArrayList<>();
    headingsOf(tree.root(), actual);
    assertThat(actual).isEqualTo(expected);
    assertThat(actual.stream().filter(h -> h.startsWith("H1 "))).hasSize(1);
  }

  private static void headings(List<Block> blocks, List<String> out) {
    for (Block b : blocks) {
      if (b instanceof Heading h) {
        out.add("H" + (h.level() + 1) + " " + h.text());
      } else if (b instanceof Callout c) {
        headings(c.body(), out);
      }
    }
  }

  private static void headingsOf(Element e, List<String> out) {
    if (e.type().matches("H[1-6]")) {
      out.add(e.type() + " " + e.text().strip());
    }
    e.children().forEach(c -> headingsOf(c, out));
  }

  @Test
  void thePositionMatrixIsATableWithAHeaderPerSideAndPerIssue() {
    Table matrix =
        doc.blocks().stream()
            .filter(Table.class::isInstance)
            .map(Table.class::cast)
            .filter(t -> text(t.header().get(0).cells().get(0)).equals("Issue"))
            .findFirst()
            .orElseThrow();
    Element table =
        tree.root().all("Table").stream()
            .filter(t -> t.children().get(0).children().get(0).text().strip().equals("Issue"))
            .findFirst()
            .orElseThrow();
    List<Element> rows = table.children();
    assertThat(rows).allMatch(r -> r.type().equals("TR"));
    assertThat(rows).hasSize(matrix.header().size() + matrix.body().size());
    // the header row: one column header per side, between the issue and the alignment
    Element header = rows.get(0);
    assertThat(header.children()).allMatch(c -> c.type().equals("TH"));
    assertThat(header.children()).allMatch(c -> c.scope().orElse("").equals("Column"));
    assertThat(header.children().stream().map(c -> c.text().strip()).toList())
        .isEqualTo(matrix.header().get(0).cells().stream().map(TaggedPdfTest::text).toList())
        .containsSubsequence("Washington", "Tehran");
    // each issue heads its row; each side's cell holds its stance word as text
    for (int r = 0; r < matrix.body().size(); r++) {
      Row model = matrix.body().get(r);
      List<Element> cells = rows.get(r + 1).children();
      assertThat(cells.get(0).type()).isEqualTo("TH");
      assertThat(cells.get(0).scope()).hasValue("Row");
      assertThat(cells.subList(1, cells.size())).allMatch(c -> c.type().equals("TD"));
      assertThat(cells.stream().map(c -> squeeze(c.text())).toList())
          .isEqualTo(model.cells().stream().map(c -> squeeze(text(c))).toList());
    }
    // the stance is read as its word, without the symbol that repeats it for the eye
    assertThat(rows.get(2).children().get(2).children().get(0).text()).isEqualTo("opposes");
  }

  @Test
  void everyFigureHasAlternativeText() {
    List<Element> figures = tree.root().all("Figure");
    assertThat(figures).isNotEmpty();
    assertThat(figures).allMatch(f -> f.alt().filter(a -> !a.isBlank()).isPresent());
    assertThat(figures.get(0).alt().orElseThrow())
        .isEqualTo(
            doc.blocks().stream()
                .filter(Figure.class::isInstance)
                .map(b -> ((Figure) b).altText())
                .findFirst()
                .orElseThrow());
  }

  @Test
  void noTextIsOutsideATagOrAnArtifact() throws IOException {
    int[] all = {0};
    try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper counter =
          new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
              all[0] += text.getUnicode().length();
            }
          };
      counter.getText(d);
    }
    assertThat(tree.taggedCharacters()).isPositive();
    assertThat(tree.artifactCharacters()).as("running heads and page numbers").isPositive();
    assertThat(tree.taggedCharacters() + tree.artifactCharacters()).isEqualTo(all[0]);
  }

  @Test
  void theTextInStructureOrderIsTheDocumentModelsReadingOrder() {
    assertThat(squeeze(tree.root().text())).isEqualTo(squeeze(readingOrder(doc, rendered)));
  }

  @Test
  void theTagTreeMatchesItsGoldenFile() throws IOException {
    Golden.check("iraq-us-iran-2014.analyst.pdf.tags.txt", tree.root().outline());
  }

  @Test
  void aQuoteInAnotherLanguageIsASpanInThatLanguageInBothFormats() throws Exception {
    String brief = "src/test/resources/briefs/scripts/scripts-brief.yaml";
    Document scripts = Composed.compose(brief, "analyst");
    Path file =
        Files.write(
            dir.resolve("scripts.pdf"), new PdfRenderer(new Fonts()).render(scripts).bytes());
    StructureTree t = StructureTree.read(file);
    List<Element> persian =
        t.root().all("Span").stream()
            .filter(s -> s.lang().equals(java.util.Optional.of("fa")))
            .toList();
    assertThat(persian).hasSize(1);
    // read in logical order (the page holds it shaped and reversed)
    assertThat(persian.get(0).text()).isEqualTo("ما از هرگونه دخالت خارجی در عراق حمایت نمی‌کنیم");
    // its parent is the quotation, in the brief's language
    assertThat(t.root().all("BlockQuote"))
        .anyMatch(q -> q.children().contains(persian.get(0)) && q.lang().isEmpty());
    Path docx = dir.resolve("scripts.docx");
    Files.write(
        docx,
        new dev.briefsmith.render.docx.DocxRenderer(new Fonts())
            .render(scripts, java.util.Optional.empty()));
    String xml;
    try (var zip = new java.util.zip.ZipFile(docx.toFile())) {
      xml =
          new String(
              zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(),
              java.nio.charset.StandardCharsets.UTF_8);
    }
    assertThat(xml).contains("w:val=\"fa\" w:bidi=\"fa\"");
  }

  @Test
  void aRightToLeftEditionReadsInLogicalOrder() throws Exception {
    Document rtl =
        Composed.compose("src/test/resources/briefs/rtl/sepidan-river-2030.yaml", "analyst");
    Path file =
        Files.write(dir.resolve("rtl.pdf"), new PdfRenderer(new Fonts()).render(rtl).bytes());
    StructureTree t = StructureTree.read(file);
    assertThat(t.root().children().get(0).lang()).hasValue("fa");
    Cover cover = (Cover) rtl.blocks().get(0);
    assertThat(t.root().all("H1").get(0).text().strip()).isEqualTo(cover.title());
    // every paragraph of the model reads in the PDF's tag tree as the model has it: the page holds
    // the lines shaped and in visual order, the tree in logical order
    List<String> tagged = new ArrayList<>();
    for (String type : List.of("P", "BlockQuote")) {
      for (Element p : t.root().all(type)) {
        tagged.add(squeeze(p.text()));
      }
    }
    int paragraphs = 0;
    for (Block b : rtl.blocks()) {
      if (b instanceof Paragraph p && p.spans().stream().allMatch(Span.Text.class::isInstance)) {
        StringBuilder text = new StringBuilder();
        spans(p.spans(), text);
        assertThat(tagged).as("paragraph %s", text).contains(squeeze(text.toString()));
        paragraphs++;
      }
    }
    assertThat(paragraphs).isGreaterThan(3);
  }

  /** The document model's text in reading order, as the PDF prints it. */
  private static String readingOrder(Document d, RenderedPdf r) {
    StringBuilder out = new StringBuilder();
    blocks(d.blocks(), r.headingPages(), out);
    return out.toString();
  }

  private static void blocks(List<Block> blocks, Map<String, Integer> pages, StringBuilder out) {
    for (Block b : blocks) {
      switch (b) {
        case Cover c -> {
          c.series().ifPresent(out::append);
          out.append(c.title());
          c.subtitle().ifPresent(out::append);
          out.append(c.dateLine());
          if (!c.audienceLabel().isBlank()) {
            out.append(c.fullPage() ? "" : "\u00b7").append(c.audienceLabel());
          }
          if (c.fullPage()) {
            c.authors().forEach(out::append);
            c.note().ifPresent(out::append);
          }
        }
        case Heading h -> out.append(h.text());
        case Paragraph p -> spans(p.spans(), out);
        case BulletList l -> l.items().forEach(i -> spans(i, out.append('\u2022')));
        case NoteList n -> {
          for (Note note : n.notes()) {
            spans(note.spans(), out.append(note.number()).append('.'));
          }
        }
        case Table t -> {
          for (List<Row> rows : List.of(t.header(), t.body())) {
            rows.forEach(row -> row.cells().forEach(c -> out.append(text(c))));
          }
          t.caption().ifPresent(out::append);
        }
        case Figure f -> f.caption().ifPresent(out::append);
        case Callout c -> {
          c.title().ifPresent(out::append);
          blocks(c.body(), pages, out);
        }
        case Contents c ->
            c.entries().forEach(e -> out.append(e.text()).append(pages.get(e.anchor())));
        default -> {}
      }
    }
  }

  private static void spans(List<Span> spans, StringBuilder out) {
    for (Span s : spans) {
      switch (s) {
        // what a screen reader reads: the spoken form where the text leads with a symbol
        case Span.Text t -> out.append(t.spoken().orElse(t.text()));
        case Span.NoteRef n -> out.append(n.separator()).append(n.number());
      }
    }
  }

  private static String text(Cell c) {
    StringBuilder out = new StringBuilder();
    c.lines().forEach(line -> spans(line, out));
    return out.toString();
  }

  private static String squeeze(String s) {
    return s.replaceAll("[\\s\\u00a0]+", "");
  }
}
