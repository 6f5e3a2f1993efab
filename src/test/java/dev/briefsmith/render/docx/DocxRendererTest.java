package dev.briefsmith.render.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.briefsmith.compose.Document;
import dev.briefsmith.compose.Document.Block;
import dev.briefsmith.compose.Document.Cover;
import dev.briefsmith.compose.Document.Figure;
import dev.briefsmith.compose.Document.TableStyle;
import dev.briefsmith.compose.FontFamily;
import dev.briefsmith.compose.Furniture;
import dev.briefsmith.compose.ParaStyle;
import dev.briefsmith.compose.Rgb;
import dev.briefsmith.compose.Span;
import dev.briefsmith.compose.StanceChart;
import dev.briefsmith.compose.Theme;
import dev.briefsmith.image.Logo;
import dev.briefsmith.render.DocumentFixtures;
import dev.briefsmith.render.Fonts;
import dev.briefsmith.render.RenderException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

class DocxRendererTest {
  private static final DocxRenderer RENDERER = new DocxRenderer(new Fonts());
  private static byte[] kitchenSink;

  @BeforeAll
  static void render() {
    kitchenSink = RENDERER.render(DocumentFixtures.kitchenSink(), Optional.empty());
  }

  private static XWPFDocument open(byte[] docx) throws IOException {
    return new XWPFDocument(new ByteArrayInputStream(docx));
  }

  @Test
  void containsTheWordsOfEveryBlock() throws IOException {
    try (XWPFDocument word = open(kitchenSink);
        XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
      String text = extractor.getText();
      assertThat(text)
          .contains(
              // cover
              "Test series",
              "Kitchen sink brief",
              "Every block type, once or more",
              "Information as of 25 June 2014",
              "Analyst brief",
              "A. Author\nB. Author",
              "For testing only.",
              // headings, paragraphs, spans
              "Summary",
              "Lists and quotes",
              "The bottom line, with bold, italic and a note1.",
              // lists, quote, attribution, odd characters
              "First point",
              "Second point, citing 2",
              "\u201cA verbatim quotation, with curly quotes.\u201d",
              "Hassan Rouhani, 21 June 2014",
              "Zoë, Ærøskøbing, Łódź; Greek: Αθήνα; Cyrillic: Москва.",
              // the matrix, first and last rows
              "Table 1. Positions by side.",
              "Alignment",
              "Issue 1: should the sides cooperate on item 1?",
              "Issue 30: should the sides cooperate on item 30?",
              "\u2212\u2212 opposes",
              "Doubts it, for reasons set out at length",
              "spread 4",
              // figure, callout with its nested table, notes
              "Figure 1. Stances by issue.",
              "Estimative language",
              "We use the ICD 203 terms:",
              "very likely",
              "80-95%",
              "Sources",
              "ISPI, The Iraq crisis, June 2014.",
              "A second source.",
              // furniture
              "INTERNAL",
              "Test series \u00b7 information as of 25 June 2014");
    }
  }

  @Test
  void definesRealStylesThatHeadingsAndParagraphsUse() throws IOException {
    try (XWPFDocument word = open(kitchenSink)) {
      XWPFStyles styles = word.getStyles();
      for (String id :
          List.of(
              "Normal",
              "Title",
              "Subtitle",
              "Heading1",
              "Heading2",
              "Heading3",
              "Lead",
              "Quote",
              "Attribution",
              "Caption",
              "Small",
              "ListBullet",
              "EndnoteList")) {
        assertThat(styles.styleExist(id)).as("style %s", id).isTrue();
        assertThat(styles.getStyle(id).getType()).isEqualTo(STStyleType.PARAGRAPH);
      }
      assertThat(styles.getStyle("BriefsmithGrid").getType()).isEqualTo(STStyleType.TABLE);
      assertThat(styles.getStyle("Heading1").getName()).isEqualTo("heading 1");
      for (int level = 1; level <= 3; level++) {
        XWPFStyle h = styles.getStyle("Heading" + level);
        assertThat(h.getCTStyle().getPPr().getOutlineLvl().getVal())
            .isEqualTo(BigInteger.valueOf(level - 1));
        assertThat(h.getCTStyle().getPPr().isSetKeepNext()).isTrue();
        assertThat(h.getCTStyle().getRPr().getRFontsArray(0).getAscii()).isEqualTo("Noto Serif");
        assertThat(h.getCTStyle().getRPr().getColorArray(0).xgetVal().getStringValue())
            .isEqualTo("0B3D91");
      }
      XWPFStyle normal = styles.getStyle("Normal");
      assertThat(normal.getCTStyle().getRPr().getRFontsArray(0).getAscii()).isEqualTo("Noto Sans");
      assertThat(normal.getCTStyle().getRPr().getSzArray(0).getVal().toString()).isEqualTo("20");
      assertThat(
              styles
                  .getCtStyles()
                  .getDocDefaults()
                  .getRPrDefault()
                  .getRPr()
                  .getLangArray(0)
                  .getVal())
          .isEqualTo("en");

      Map<String, String> styleOf = new HashMap<>();
      for (XWPFParagraph p : word.getParagraphs()) {
        styleOf.putIfAbsent(p.getText(), p.getStyle());
      }
      assertThat(styleOf)
          .containsEntry("Kitchen sink brief", "Title")
          .containsEntry("Every block type, once or more", "Subtitle")
          .containsEntry("Summary", "Heading1")
          .containsEntry("Lists and quotes", "Heading2")
          .containsEntry("Sources", "Heading1")
          .containsEntry("First point", "ListBullet")
          .containsEntry("Hassan Rouhani, 21 June 2014", "Attribution")
          .containsEntry("Figure 1. Stances by issue.", "Caption");
    }
  }

  @Test
  void headingsCarryBookmarksNamedAfterTheirAnchors() throws IOException {
    String xml = part(kitchenSink, "word/document.xml");
    for (String anchor : List.of("summary", "lists", "matrix", "chart", "sources")) {
      assertThat(xml).contains("w:name=\"" + anchor + "\"");
    }
    // Note references link to their notes.
    assertThat(xml).contains("w:anchor=\"note_1\"").contains("w:name=\"note_1\"");
  }

  @Test
  void bulletListsUseARealNumberingDefinition() throws IOException {
    try (XWPFDocument word = open(kitchenSink)) {
      String numbering = part(kitchenSink, "word/numbering.xml");
      assertThat(numbering).contains("w:numFmt w:val=\"bullet\"").contains("w:lvlText w:val=\"•\"");
      XWPFParagraph first =
          word.getParagraphs().stream()
              .filter(p -> p.getText().equals("First point"))
              .findFirst()
              .orElseThrow();
      assertThat(first.getNumID()).isEqualTo(BigInteger.ONE);
      assertThat(word.getNumbering().numExist(BigInteger.ONE)).isTrue();
    }
  }

  @Test
  void headerAndFooterCarryTheBannerAndPageFields() throws IOException {
    try (XWPFDocument word = open(kitchenSink)) {
      CTSectPr sect = word.getDocument().getBody().getSectPr();
      assertThat(sect.isSetTitlePg()).as("a first page of its own for the cover").isTrue();
      assertThat(sect.getPgNumType().getStart()).isEqualTo(BigInteger.ZERO);
      assertThat(word.getHeaderFooterPolicy().getDefaultHeader().getText())
          .contains("INTERNAL")
          .contains("Kitchen sink brief");
      assertThat(word.getHeaderFooterPolicy().getFirstPageHeader().getText().strip())
          .isEqualTo("INTERNAL");
      assertThat(word.getHeaderFooterPolicy().getFirstPageFooter().getText()).isBlank();
      String footer = word.getHeaderFooterPolicy().getDefaultFooter().getText();
      assertThat(footer).contains("Test series \u00b7 information as of 25 June 2014", "Page ");
    }
    String headers = part(kitchenSink, "word/header1.xml") + part(kitchenSink, "word/header2.xml");
    assertThat(headers).contains("INTERNAL").contains("w:val=\"B00020\"");
    String footers = part(kitchenSink, "word/footer1.xml") + part(kitchenSink, "word/footer2.xml");
    assertThat(footers)
        .contains("w:fldCharType=\"begin\"")
        .contains("w:fldCharType=\"separate\"")
        .contains("w:fldCharType=\"end\"")
        .contains("> PAGE <")
        .contains("> NUMPAGES <")
        .contains("> = <")
        .contains("> - 1 <");
  }

  @Test
  void withoutAnUnnumberedCoverEveryPageIsCounted() throws IOException {
    Document sink = DocumentFixtures.kitchenSink();
    List<Block> blocks = new ArrayList<>(sink.blocks());
    Cover cover = (Cover) blocks.get(0);
    blocks.set(
        0,
        new Cover(
            cover.title(),
            cover.subtitle(),
            cover.series(),
            cover.dateLine(),
            cover.audienceLabel(),
            cover.authors(),
            cover.note(),
            false));
    Furniture f = sink.furniture();
    Furniture plain =
        new Furniture("", f.bannerColor(), f.headerText(), f.footerText(), true, true);
    byte[] docx =
        RENDERER.render(
            new Document(sink.metadata(), sink.page(), sink.theme(), plain, blocks),
            Optional.empty());
    Files.createDirectories(Path.of("target/test-output"));
    Files.write(Path.of("target/test-output/masthead.docx"), docx);
    try (XWPFDocument word = open(docx)) {
      CTSectPr sect = word.getDocument().getBody().getSectPr();
      assertThat(sect.isSetTitlePg()).isFalse();
      assertThat(sect.isSetPgNumType()).isFalse();
      assertThat(word.getHeaderFooterPolicy().getDefaultHeader().getText())
          .doesNotContain("INTERNAL")
          .contains("Kitchen sink brief");
    }
    assertThat(part(docx, "word/footer1.xml")).contains("> NUMPAGES <").doesNotContain("> = <");
    assertThat(part(docx, "word/document.xml")).doesNotContain("pageBreakBefore");
  }

  @Test
  void pageSizeAndMarginsComeFromThePageSetup() throws IOException {
    try (XWPFDocument word = open(kitchenSink)) {
      CTSectPr sect = word.getDocument().getBody().getSectPr();
      assertThat(sect.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
      assertThat(sect.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
      // 20 mm and 18 mm
      assertThat(sect.getPgMar().getTop()).isEqualTo(BigInteger.valueOf(1134));
      assertThat(sect.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1020));
    }
  }

  @Test
  void everyTableHasAGridThatMatchesItsColumnsAndWidth() throws IOException {
    try (XWPFDocument word = open(kitchenSink)) {
      List<CTTbl> tables = allTables(word.getDocument());
      assertThat(tables).as("matrix, callout, and the table inside the callout").hasSize(3);
      for (CTTbl tbl : tables) {
        assertThat(tbl.getTblGrid()).isNotNull();
        int columns = tbl.getTblGrid().sizeOfGridColArray();
        for (CTRow row : tbl.getTrArray()) {
          int spanned = 0;
          for (CTTc tc : row.getTcArray()) {
            spanned +=
                tc.getTcPr().isSetGridSpan() ? tc.getTcPr().getGridSpan().getVal().intValue() : 1;
          }
          assertThat(spanned).isEqualTo(columns);
        }
        long gridWidth = 0;
        for (var col : tbl.getTblGrid().getGridColArray()) {
          gridWidth += Long.parseLong(col.xgetW().getStringValue());
        }
        assertThat(gridWidth)
            .isEqualTo(Long.parseLong(tbl.getTblPr().getTblW().xgetW().getStringValue()));
      }
      CTTbl matrix = tables.get(0);
      assertThat(matrix.getTblGrid().sizeOfGridColArray()).isEqualTo(5);
      // Weights 3 : 2 : 2 : 2 : 1.2 of the 9866-twip text width.
      assertThat(matrix.getTblGrid().getGridColArray(0).xgetW().getStringValue())
          .isEqualTo(String.valueOf((int) (9866 * 3 / 10.2)));
    }
  }

  @Test
  void matrixHeaderRepeatsAndNoRowSplitsAcrossPages() throws IOException {
    try (XWPFDocument word = open(kitchenSink)) {
      CTTbl matrix = allTables(word.getDocument()).get(0);
      assertThat(matrix.getTblPr().getTblStyle().getVal()).isEqualTo("BriefsmithGrid");
      CTRow header = matrix.getTrArray(0);
      assertThat(header.getTrPr().sizeOfTblHeaderArray()).isEqualTo(1);
      for (int i = 1; i < matrix.sizeOfTrArray(); i++) {
        CTRow row = matrix.getTrArray(i);
        assertThat(row.getTrPr().sizeOfCantSplitArray()).as("row %d", i).isEqualTo(1);
        assertThat(row.getTrPr().sizeOfTblHeaderArray()).isZero();
      }
      // Stance cells are filled with their colour; the table's type is 85% of 10 pt.
      CTTc north = matrix.getTrArray(1).getTcArray(1);
      assertThat(north.getTcPr().getShd().xgetFill().getStringValue()).isEqualTo("92C5DE");
      assertThat(north.getPArray(0).getRArray(0).getRPr().getSzArray(0).getVal().toString())
          .isEqualTo("17");
    }
  }

  private static Figure figure(Document doc) {
    return doc.blocks().stream()
        .filter(Figure.class::isInstance)
        .map(Figure.class::cast)
        .findFirst()
        .orElseThrow();
  }

  private static List<CTInline> inlines(XWPFDocument word) {
    List<CTInline> inlines = new ArrayList<>();
    for (XWPFParagraph p : word.getParagraphs()) {
      for (var run : p.getRuns()) {
        for (var drawing : run.getCTR().getDrawingArray()) {
          inlines.addAll(List.of(drawing.getInlineArray()));
        }
      }
    }
    return inlines;
  }

  /**
   * The chart is drawn in Word as vectors, as in the PDF: a group of shapes (no picture) whose
   * labels are glyph outlines, not text, described and titled as a picture would be.
   */
  @Test
  void theChartIsAVectorDrawingWithAlternativeText() throws IOException {
    Figure figure = figure(DocumentFixtures.kitchenSink());
    long cx;
    try (XWPFDocument word = open(kitchenSink)) {
      assertThat(word.getAllPictures()).as("pictures").isEmpty();
      List<CTInline> inlines = inlines(word);
      assertThat(inlines).hasSize(1);
      CTInline inline = inlines.get(0);
      assertThat(inline.getDocPr().getDescr()).isEqualTo(figure.altText());
      assertThat(inline.getDocPr().getTitle()).isEqualTo("Figure 1. Stances by issue.");
      assertThat(inline.getDocPr().getId()).isEqualTo(1L);
      assertThat(inline.getDocPr().getName()).isEqualTo("Chart 1");
      assertThat(inline.getGraphic().getGraphicData().getUri()).isEqualTo(ChartDrawing.WPG);
      // 90% of the text width, in EMU: the PDF's width in points, which the twips round
      cx = inline.getExtent().getCx();
      float widthPt = DocumentFixtures.kitchenSink().page().textWidthPt() * 0.9f;
      assertThat(cx).isEqualTo(Math.round(widthPt * 12700.0));
      assertThat((double) cx).isCloseTo(9866 / 20.0 * 0.9 * 12700, within(2 * 635.0));
    }
    String xml = part(kitchenSink, "word/document.xml");
    String group = xml.substring(xml.indexOf("<wpg:wgp"), xml.indexOf("</wpg:wgp>"));
    assertThat(group)
        .as("shapes, markers' curves and the labels' glyph outlines")
        .contains("<wps:wsp>", "<a:custGeom>", "<a:cubicBezTo>", "<a:quadBezTo>")
        .as("no text: the labels are outlines, as in the PDF")
        .doesNotContain("<w:t", "<wps:txbx");
    for (var series : figure.chart().series()) {
      Rgb c = series.color();
      assertThat(group)
          .as("the colour of " + series.name())
          .contains(String.format("<a:srgbClr val=\"%02X%02X%02X\"", c.red(), c.green(), c.blue()));
    }
    assertThat(group).as("the dashed grid lines").contains("<a:custDash>");
    // every shape lies in the group's frame, and together they fill it (the chart's background)
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                "<wps:spPr><a:xfrm><a:off x=\"(\\d+)\" y=\"(\\d+)\"/><a:ext cx=\"(\\d+)\"")
            .matcher(group);
    long right = 0;
    int shapes = 0;
    while (m.find()) {
      shapes++;
      right = Math.max(right, Long.parseLong(m.group(1)) + Long.parseLong(m.group(3)));
    }
    assertThat(shapes).isGreaterThan(10);
    assertThat(right).isBetween(cx - 2 * 635, cx + 2 * 635);
  }

  /**
   * A right-to-left chart is drawn as a picture: glyph outlines are neither shaped nor reordered,
   * and the picture's text is, as AWT draws it.
   */
  @Test
  void aRightToLeftChartStaysAPicture() throws IOException {
    Document sink = DocumentFixtures.kitchenSink();
    Figure f = figure(sink);
    StanceChart c = f.chart();
    Figure rtl =
        new Figure(
            new StanceChart(c.categories(), c.series(), c.scaleLabels(), true),
            f.altText(),
            f.caption(),
            f.widthFraction(),
            f.aspect());
    List<Block> blocks = new ArrayList<>(sink.blocks());
    blocks.set(blocks.indexOf(f), rtl);
    byte[] docx =
        RENDERER.render(
            new Document(sink.metadata(), sink.page(), sink.theme(), sink.furniture(), blocks),
            Optional.empty());
    try (XWPFDocument word = open(docx)) {
      assertThat(word.getAllPictures()).hasSize(1);
      assertThat(word.getAllPictures().get(0).getData())
          .startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
      CTInline inline = inlines(word).get(0);
      assertThat(inline.getDocPr().getDescr()).isEqualTo(f.altText());
      assertThat(inline.getDocPr().getName()).isEqualTo("Picture 1");
    }
    assertThat(part(docx, "word/document.xml")).doesNotContain("wpg:wgp");
  }

  @Test
  void corePropertiesComeFromTheMetadata() throws IOException {
    try (XWPFDocument word = open(kitchenSink)) {
      POIXMLProperties.CoreProperties core = word.getProperties().getCoreProperties();
      assertThat(core.getTitle()).isEqualTo("Kitchen sink brief");
      assertThat(core.getCreator()).isEqualTo("A. Author; B. Author");
      assertThat(core.getSubject()).isEqualTo("Test document");
      assertThat(core.getKeywords()).isEqualTo("test, fixture");
      assertThat(core.getDescription()).isEqualTo("Every block type");
      assertThat(core.getLastModifiedByUser()).isEqualTo("Briefsmith");
      assertThat(core.getCreated().toInstant()).hasToString("2014-06-25T00:00:00Z");
      assertThat(core.getModified().toInstant()).hasToString("2014-06-25T00:00:00Z");
      assertThat(core.getUnderlyingProperties().getLanguageProperty()).contains("en");
      assertThat(
              word.getProperties()
                  .getExtendedProperties()
                  .getUnderlyingProperties()
                  .getApplication())
          .isEqualTo("Briefsmith");
    }
  }

  @Test
  void theSameDocumentGivesTheSameBytes() throws IOException {
    byte[] again = RENDERER.render(DocumentFixtures.kitchenSink(), Optional.empty());
    assertThat(again).isEqualTo(kitchenSink);
    // and from a fresh renderer, which has no chart remembered
    assertThat(
            new DocxRenderer(new Fonts()).render(DocumentFixtures.kitchenSink(), Optional.empty()))
        .isEqualTo(kitchenSink);
    List<String> names = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(kitchenSink))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        names.add(e.getName());
        assertThat(e.getTimeLocal()).isEqualTo(LocalDateTime.of(2014, 6, 25, 0, 0));
      }
    }
    assertThat(names.get(0)).isEqualTo("[Content_Types].xml");
    assertThat(names.subList(1, names.size())).isSorted();
    assertThat(part(kitchenSink, "word/document.xml")).doesNotContain("w:rsid");
  }

  @Test
  void embedsTheBundledFontsSubsetToTheTextUsed() throws IOException {
    String table = part(kitchenSink, "word/fontTable.xml");
    assertThat(table)
        .contains("w:name=\"Noto Sans\"", "w:name=\"Noto Serif\"")
        .contains("w:embedRegular", "w:embedBold", "w:embedItalic", "w:embedBoldItalic");
    assertThat(part(kitchenSink, "word/settings.xml")).contains("w:embedTrueTypeFonts");
    // font1 is Noto Sans Regular: unobfuscated, it is a TrueType font with the odd letters.
    String key = EmbeddedFonts.key(FontFamily.NOTO_SANS, false, false);
    assertThat(table).contains("w:fontKey=\"" + key + "\"");
    byte[] ttf = EmbeddedFonts.obfuscate(bytes(kitchenSink, "word/fonts/font1.odttf"), key);
    try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttf))) {
      CmapLookup cmap = font.getUnicodeCmapLookup();
      for (char c : "AzŁÆΑθМв•".toCharArray()) {
        assertThat(cmap.getGlyphId(c)).as("glyph for %s", c).isPositive();
      }
      assertThat(font.getNumberOfGlyphs()).as("a subset").isLessThan(500);
    }
  }

  @Test
  void rendersConcurrentlyWithOneRenderer() throws Exception {
    Document doc = DocumentFixtures.kitchenSink();
    try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
      List<Future<byte[]>> results = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        results.add(pool.submit(() -> RENDERER.render(doc, Optional.empty())));
      }
      for (Future<byte[]> result : results) {
        assertThat(result.get()).isEqualTo(kitchenSink);
      }
    }
  }

  @Test
  void oddInputsStillMakeAWellFormedPackage() throws IOException {
    Document sink = DocumentFixtures.kitchenSink();
    List<Block> blocks =
        List.of(
            new Document.PageBreak(),
            new Document.Heading(2, "Issue 1 \u2013 a", "issue-1-a"),
            new Document.Heading(3, "Same anchor again", "issue-1-a"),
            new Document.Paragraph(
                List.of(
                    Span.text("bell\u0007 line\nbreak\ttab"),
                    new Span.NoteRef(9),
                    new Span.Text(" red", true, true, Optional.of(Rgb.hex("#CC0000")))),
                ParaStyle.SMALL),
            new Document.BulletList(List.of(List.of(Span.text("small item"))), ParaStyle.SMALL),
            new Document.Table(
                List.of(1f),
                List.of(),
                List.of(),
                TableStyle.RULED,
                true,
                1f,
                Optional.of("Empty")),
            new Document.Table(
                List.of(1f, 1f),
                List.of(),
                List.of(
                    new Document.Row(
                        List.of(
                            new Document.Cell(
                                List.of(),
                                Optional.empty(),
                                Optional.of(Rgb.hex("#FFFFFF")),
                                Document.Align.RIGHT,
                                2)))),
                TableStyle.RULED,
                false,
                1f,
                Optional.empty()),
            new Document.Callout(
                Optional.empty(), List.of(), Rgb.hex("#EEEEEE"), Rgb.hex("#999999")),
            new Document.PageBreak());
    byte[] docx =
        RENDERER.render(
            new Document(sink.metadata(), sink.page(), sink.theme(), sink.furniture(), blocks),
            Optional.empty());
    Files.createDirectories(Path.of("target/test-output"));
    Files.write(Path.of("target/test-output/odd-inputs.docx"), docx);
    try (XWPFDocument word = open(docx);
        XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
      assertThat(extractor.getText()).contains("bell line", "break", "tab9", "Empty", "small item");
      // The empty table is left out; the row of one empty cell and the empty callout stay.
      assertThat(allTables(word.getDocument())).hasSize(2);
    }
    String xml = part(docx, "word/document.xml");
    assertThat(xml)
        .contains("w:name=\"issue_1_a\"", "w:name=\"issue_1_a_2\"")
        .doesNotContain("\u0007")
        .contains("<w:br/>", "<w:tab/>")
        .contains("<w:b/><w:bCs/><w:i/><w:iCs/><w:color w:val=\"CC0000\"/>");
    // The note has no entry to link to, and a trailing page break would only add a blank page.
    assertThat(xml).doesNotContain("w:anchor=\"note_9\"").doesNotContain("w:type=\"page\"");
  }

  @Test
  void aLogoGoesOnTheCoverAsADecorativePicture() throws Exception {
    Document sink = DocumentFixtures.kitchenSink();
    BufferedImage image = new BufferedImage(200, 50, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(image, "png", png);
    Theme t = sink.theme();
    Theme withLogo =
        new Theme(
            t.bodyFont(),
            t.headingFont(),
            t.baseSizePt(),
            t.text(),
            t.accent(),
            t.muted(),
            t.rule(),
            Optional.of(Logo.of(png.toByteArray())),
            40f);
    byte[] docx =
        RENDERER.render(
            new Document(sink.metadata(), sink.page(), withLogo, sink.furniture(), sink.blocks()),
            Optional.empty());
    Files.createDirectories(Path.of("target/test-output"));
    Files.write(Path.of("target/test-output/logo.docx"), docx);
    try (XWPFDocument word = open(docx)) {
      assertThat(word.getAllPictures()).as("the logo; the chart is a drawing").hasSize(1);
    }
    String xml = part(docx, "word/document.xml");
    // 40 mm wide, a quarter as high; the first drawing, before the chart.
    assertThat(xml)
        .contains("cx=\"" + Math.round(40 / 25.4 * 72 * 12700) + "\"")
        .contains("cy=\"" + Math.round(40 / 25.4 * 72 * 12700 / 4) + "\"")
        .contains("<wp:docPr id=\"1\" name=\"Picture 1\"")
        .contains("<wp:docPr id=\"2\" name=\"Chart 2\" descr=\"Stance chart")
        .contains("decorative");
  }

  @Test
  void anUnreadableStyleReferenceIsARenderException() {
    byte[] notADocx = "not a zip".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> RENDERER.render(DocumentFixtures.kitchenSink(), Optional.of(notADocx)))
        .isInstanceOf(RenderException.class)
        .hasMessageContaining("style reference");
  }

  /** Every table, nested ones too, in document order. */
  static List<CTTbl> allTables(XmlObject root) {
    List<CTTbl> tables = new ArrayList<>();
    for (XmlObject o :
        root.selectPath(
            "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'"
                + " .//w:tbl")) {
      tables.add((CTTbl) o);
    }
    return tables;
  }

  /** The text of one part of a package. */
  static String part(byte[] docx, String name) throws IOException {
    return new String(bytes(docx, name), StandardCharsets.UTF_8);
  }

  /** The bytes of one part of a package. */
  static byte[] bytes(byte[] docx, String name) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals(name)) {
          return zip.readAllBytes();
        }
      }
    }
    throw new AssertionError("no part " + name);
  }
}
