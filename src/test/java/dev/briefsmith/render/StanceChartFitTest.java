package dev.briefsmith.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.briefsmith.compose.Document;
import dev.briefsmith.compose.Document.Figure;
import dev.briefsmith.compose.StanceChart;
import dev.briefsmith.compose.StanceChart.Series;
import dev.briefsmith.render.chart.ChartLayout;
import dev.briefsmith.render.chart.StanceChartPainter;
import dev.briefsmith.render.chart.StanceChartPainter.LegendEntry;
import dev.briefsmith.render.chart.StanceChartPainter.Mark;
import dev.briefsmith.render.chart.StanceChartPainter.Painted;
import dev.briefsmith.render.docx.DocxRenderer;
import dev.briefsmith.render.pdf.PdfRenderer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;

/**
 * The stance chart keeps every marker and every legend entry, whatever the number of sides: the
 * chart is drawn as the renderers lay it out, and what it drew is checked against what it was asked
 * to draw, geometrically and in pixels.
 */
class StanceChartFitTest {
  private static final StanceChartPainter PAINTER = new StanceChartPainter(new Fonts());

  /** Pixels per point of the test image: enough that a hollow marker's outline has pure pixels. */
  private static final double PX = 3;

  static Stream<Arguments> charts() {
    List<Arguments> all = new ArrayList<>();
    for (String brief : Composed.BY_SIDES) {
      // the analyst chart adds factions; the public one has the public template's own page and type
      for (String audience : List.of("analyst", "public")) {
        all.add(Arguments.of(brief, audience));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("charts")
  void everyMarkerAndLegendEntryIsDrawnWholeAndVisible(String brief, String audience) {
    Document doc = Composed.compose(brief, audience);
    Figure figure = Composed.figure(doc);
    StanceChart chart = figure.chart();
    ChartLayout layout =
        PAINTER.layout(
            chart,
            doc.page().textWidthPt() * figure.widthFraction(),
            figure.aspect(),
            doc.theme().bodyFont(),
            doc.theme().baseSizePt());
    BufferedImage image =
        new BufferedImage(
            (int) Math.ceil(layout.widthPt() * PX),
            (int) Math.ceil(layout.heightPt() * PX),
            BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    Painted painted;
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      painted =
          PAINTER.paint(
              chart,
              layout,
              g,
              new Rectangle2D.Double(0, 0, layout.widthPt() * PX, layout.heightPt() * PX),
              doc.theme().bodyFont(),
              doc.theme().baseSizePt());
    } finally {
      g.dispose();
    }

    // The plot keeps a real height: at least one issue row of markers per issue.
    assertThat(painted.dataArea().getHeight())
        .as("data area height")
        .isGreaterThan(chart.categories().size() * doc.theme().baseSizePt() * 1.5);

    // Every stated stance has one marker, wholly inside the data area, overlapping no other.
    int stated = 0;
    for (Series s : chart.series()) {
      stated += (int) s.values().stream().filter(v -> v.isPresent()).count();
    }
    List<Mark> marks = painted.markers();
    assertThat(marks).as("markers drawn").hasSize(stated);
    for (int i = 0; i < marks.size(); i++) {
      Mark m = marks.get(i);
      assertThat(painted.dataArea().contains(m.bounds()))
          .as("marker of %s on issue %d inside the plot", name(chart, m), m.issue())
          .isTrue();
      for (int j = i + 1; j < marks.size(); j++) {
        assertThat(m.bounds().intersects(marks.get(j).bounds()))
            .as(
                "%s and %s on issue %d overlap",
                name(chart, m), name(chart, marks.get(j)), m.issue())
            .isFalse();
      }
      // the marker's own colour is on the image where it was drawn: nothing painted over it
      Color color = awt(chart.series().get(m.series()));
      assertThat(pixels(image, m.bounds(), color))
          .as("pixels of %s's marker on issue %d", name(chart, m), m.issue())
          .isGreaterThan(0);
    }

    // Every series has a legend entry, in order, below the plot and inside the chart.
    List<LegendEntry> legend = painted.legend();
    assertThat(legend.stream().map(LegendEntry::label).toList())
        .isEqualTo(chart.series().stream().map(Series::name).toList());
    for (int i = 0; i < legend.size(); i++) {
      Rectangle2D b = legend.get(i).bounds();
      assertThat(painted.chartArea().contains(b))
          .as(
              "legend entry %s inside the chart %s: %s",
              legend.get(i).label(), painted.chartArea(), b)
          .isTrue();
      assertThat(b.getMinY())
          .as("legend entry %s below the plot", legend.get(i).label())
          .isGreaterThanOrEqualTo(layout.plotHeightPt());
      for (int j = i + 1; j < legend.size(); j++) {
        assertThat(b.intersects(legend.get(j).bounds()))
            .as("legend entries %s and %s overlap", legend.get(i).label(), legend.get(j).label())
            .isFalse();
      }
      // the entry's marker colour and its label's dark text are both there
      Color color = awt(chart.series().get(i));
      assertThat(pixels(image, b, color)).as("marker of legend entry " + i).isGreaterThan(0);
      assertThat(pixels(image, b, new Color(0x1B, 0x1F, 0x24)))
          .as("label of legend entry " + legend.get(i).label())
          .isGreaterThan(0);
    }
  }

  static Stream<Arguments> rendered() {
    List<Arguments> all = new ArrayList<>();
    for (String brief :
        List.of(Composed.BY_SIDES.get(0), Composed.BY_SIDES.get(3), Composed.BY_SIDES.get(4))) {
      for (String audience : List.of("analyst", "public")) {
        all.add(Arguments.of(brief, audience));
      }
    }
    return all.stream();
  }

  /**
   * Both formats print the chart in the proportions of its layout, so neither squeezes the plot or
   * cuts off the legend: the PDF's chart is a form of the layout's shape (scaled as a whole at
   * most), and the Word drawing's frame and shapes have that shape too, at the PDF's width.
   */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("rendered")
  void bothFormatsPrintTheChartAsLaidOut(String brief, String audience) throws Exception {
    Document doc = Composed.compose(brief, audience);
    Figure figure = Composed.figure(doc);
    ChartLayout layout =
        PAINTER.layout(
            figure.chart(),
            doc.page().textWidthPt() * figure.widthFraction(),
            figure.aspect(),
            doc.theme().bodyFont(),
            doc.theme().baseSizePt());
    double aspect = layout.heightPt() / layout.widthPt();

    byte[] pdf = new PdfRenderer(new Fonts()).render(doc).bytes();
    Form form = chartForm(pdf, figure.altText());
    PDRectangle box = form.box();
    assertThat((double) box.getHeight() / box.getWidth())
        .as("PDF chart's shape")
        .isCloseTo(aspect, within(0.005));
    assertThat(box.getWidth()).isLessThanOrEqualTo(layout.widthPt() + 0.01f);

    byte[] docx = new DocxRenderer(new Fonts()).render(doc, Optional.empty());
    try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
      CTInline drawing =
          word.getParagraphs().stream()
              .flatMap(p -> p.getRuns().stream())
              .flatMap(r -> Stream.of(r.getCTR().getDrawingArray()))
              .flatMap(d -> Stream.of(d.getInlineArray()))
              .filter(i -> figure.altText().equals(i.getDocPr().getDescr()))
              .findFirst()
              .orElseThrow();
      long cx = drawing.getExtent().getCx();
      long cy = drawing.getExtent().getCy();
      // as wide as the PDF's (whose box is written to a hundredth of a point): both formats lay
      // the chart out at one width, not Word's at the twips' rounding of the text width
      assertThat((double) cx)
          .as("Word drawing's width")
          .isCloseTo(box.getWidth() * 12700.0, within(0.01 * 12700));
      assertThat((double) cy / cx)
          .as("Word drawing frame's shape")
          .isCloseTo(aspect, within(0.005));
      // the shapes fill the frame, no more: the chart's background is the whole frame
      String group = drawing.getGraphic().getGraphicData().xmlText();
      Matcher m =
          Pattern.compile("<a:off x=\"(\\d+)\" y=\"(\\d+)\"/><a:ext cx=\"(\\d+)\" cy=\"(\\d+)\"/>")
              .matcher(group);
      long right = 0;
      long bottom = 0;
      while (m.find()) {
        right = Math.max(right, Long.parseLong(m.group(1)) + Long.parseLong(m.group(3)));
        bottom = Math.max(bottom, Long.parseLong(m.group(2)) + Long.parseLong(m.group(4)));
      }
      // the same marks in both: every outline the PDF's form begins, the Word drawing begins
      assertThat(group.split("<a:moveTo>", -1).length - 1)
          .as("outlines drawn in Word and in the PDF")
          .isEqualTo(form.content().split(" m\n", -1).length - 1)
          .isGreaterThan(100);
      long twip = 635;
      assertThat(right).as("drawing's right edge").isBetween(cx - twip, cx + twip);
      assertThat(bottom).as("drawing's bottom edge").isBetween(cy - twip, cy + twip);
    }
  }

  /** The chart's bounding box and content stream. */
  private record Form(PDRectangle box, String content) {}

  /**
   * The chart: the form XObject drawn without text (the page number forms hold text), in a file
   * whose one figure is described by {@code alt}.
   */
  private static Form chartForm(byte[] pdf, String alt) throws IOException {
    Path file = Files.createTempFile("chart", ".pdf");
    try {
      Files.write(file, pdf);
      assertThat(StructureTree.read(file).root().all("Figure"))
          .as("the figure described by its alternative text")
          .anyMatch(f -> f.alt().equals(Optional.of(alt)));
    } finally {
      Files.delete(file);
    }
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (PDPage page : doc.getPages()) {
        Optional<Form> box = find(page.getResources(), 0);
        if (box.isPresent()) {
          return box.get();
        }
      }
    }
    throw new AssertionError("no chart drawn for " + alt);
  }

  private static Optional<Form> find(PDResources resources, int depth) throws IOException {
    if (resources == null || depth > 4) {
      return Optional.empty();
    }
    for (COSName name : resources.getXObjectNames()) {
      if (resources.getXObject(name) instanceof PDFormXObject form) {
        List<Object> tokens = new PDFStreamParser(form).parse();
        boolean text =
            tokens.stream()
                .anyMatch(
                    t ->
                        t instanceof org.apache.pdfbox.contentstream.operator.Operator op
                            && (op.getName().equals("Tj") || op.getName().equals("TJ")));
        if (!text && !tokens.isEmpty()) {
          return Optional.of(new Form(form.getBBox(), drawn(form, 0)));
        }
        Optional<Form> inner = find(form.getResources(), depth + 1);
        if (inner.isPresent()) {
          return inner;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A form's content with each form it draws ("/Xf1 Do": a glyph printed more than once) replaced
   * by that form's own content, so that every outline it draws is counted where it is drawn.
   */
  private static String drawn(PDFormXObject form, int depth) throws IOException {
    String content;
    try (var in = form.getContentStream().createInputStream()) {
      content = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
    PDResources resources = form.getResources();
    if (resources == null || depth > 2) {
      return content;
    }
    for (COSName name : resources.getXObjectNames()) {
      if (resources.getXObject(name) instanceof PDFormXObject inner) {
        content = content.replace("/" + name.getName() + " Do", drawn(inner, depth + 1));
      }
    }
    return content;
  }

  private static String name(StanceChart chart, Mark m) {
    return chart.series().get(m.series()).name();
  }

  private static Color awt(Series s) {
    return new Color(s.color().red(), s.color().green(), s.color().blue());
  }

  /** Pixels of exactly {@code color} inside {@code bounds} (in points). */
  private static int pixels(BufferedImage image, Rectangle2D bounds, Color color) {
    int n = 0;
    int x0 = (int) Math.floor(bounds.getMinX() * PX);
    int y0 = (int) Math.floor(bounds.getMinY() * PX);
    int x1 = Math.min(image.getWidth(), (int) Math.ceil(bounds.getMaxX() * PX));
    int y1 = Math.min(image.getHeight(), (int) Math.ceil(bounds.getMaxY() * PX));
    for (int y = Math.max(0, y0); y < y1; y++) {
      for (int x = Math.max(0, x0); x < x1; x++) {
        if ((image.getRGB(x, y) & 0xFFFFFF) == (color.getRGB() & 0xFFFFFF)) {
          n++;
        }
      }
    }
    return n;
  }
}
