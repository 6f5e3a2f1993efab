package dev.briefsmith.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.render.chart.Sketch;
import dev.briefsmith.render.chart.Sketch.Area;
import dev.briefsmith.render.chart.Sketch.Line;
import dev.briefsmith.render.chart.Sketch.Pen;
import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Document;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

class SketchDrawingTest {
  private static String draw(List<Sketch.Mark> marks) {
    PdfContentByte cb = new PdfContentByte(null);
    SketchDrawing.draw(new Sketch(100, 50, marks), cb);
    return cb.toString();
  }

  private static int count(String s, String part) {
    return s.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }

  /** A fill in its colour, y flipped in the form's height; an even-odd outline fills even-odd. */
  @Test
  void fillsInTheirColourWithYFlipped() {
    Path2D.Double evenOdd = new Path2D.Double(Path2D.WIND_EVEN_ODD);
    evenOdd.append(new Rectangle2D.Double(10, 10, 5, 5), false);
    String content =
        draw(
            List.of(
                new Area(new Rectangle2D.Double(1, 2, 3, 4), 0xFF0072B2),
                new Area(new Rectangle2D.Double(5, 5, 1, 1), 0xFF0072B2),
                new Area(evenOdd, 0xFFD55E00)));
    assertThat(content)
        .startsWith("0 0.44706 0.69804 rg\n1 48 m\n4 48 l\n4 44 l\n1 44 l\n1 48 l\nh\nf\n")
        .contains("0.83529 0.36863 0 rg\n")
        .endsWith("h\nf*\n");
    assertThat(count(content, " rg\n")).as("a colour set where it changes").isEqualTo(2);
  }

  /** A quadratic curve becomes the cubic curve it is, not an approximation. */
  @Test
  void aQuadraticCurveIsDrawnAsTheCubicItIs() {
    Path2D.Double quad = new Path2D.Double();
    quad.moveTo(0, 50);
    quad.quadTo(30, 20, 60, 50);
    String content = draw(List.of(new Area(quad, 0xFF000000)));
    // controls two thirds of the way from each end to (30, 20): (20, 30) and (40, 30), y flipped
    assertThat(content).contains("0 0 m\n20 20 40 20 60 0 c\n");
  }

  /** A pen's width, dashes, ends and joins are set once for the lines that share it. */
  @Test
  void linesShareTheirPen() {
    Pen grid =
        new Pen(0xFFC8CDD5, 0.5, List.of(2.0, 2.0), BasicStroke.CAP_BUTT, BasicStroke.JOIN_BEVEL);
    Pen axis = new Pen(0xFF808080, 1, List.of(), BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER);
    String content =
        draw(
            List.of(
                new Line(new Line2D.Double(0, 10, 100, 10), grid),
                new Line(new Line2D.Double(0, 20, 100, 20), grid),
                new Line(new Line2D.Double(0, 49, 100, 49), axis)));
    assertThat(content)
        .startsWith("0.78431 0.80392 0.83529 RG\n0.5 w\n[2 2] 0 d\n0 J\n2 j\n0 40 m\n100 40 l\nS\n")
        .contains("0.50196 0.50196 0.50196 RG\n1 w\n[] 0 d\n2 J\n0 j\n0 1 m\n100 1 l\nS\n");
    assertThat(count(content, " w\n")).isEqualTo(2);
    assertThat(count(content, "S\n")).isEqualTo(3);
  }

  /** A mark with nothing in it (a label of spaces) writes nothing. */
  @Test
  void anEmptyMarkWritesNothing() {
    assertThat(draw(List.of(new Area(new Path2D.Double(), 0xFF000000)))).isEmpty();
  }

  /**
   * A glyph printed twice is one form, drawn in both places in the fill's colour; a glyph printed
   * once is a path in place.
   */
  @Test
  void aRepeatedGlyphIsOneFormDrawnWhereItIsPrinted() throws IOException {
    Sketch.GlyphKey a = key(1);
    Sketch.GlyphKey b = key(2);
    Rectangle2D.Double outline = new Rectangle2D.Double(0, -5, 4, 5); // above its origin, y down
    Path2D.Double whole = new Path2D.Double();
    whole.append(outline, false);
    List<Sketch.Glyph> glyphs =
        List.of(
            new Sketch.Glyph(a, outline, 10, 20),
            new Sketch.Glyph(b, new Rectangle2D.Double(0, -3, 2, 3), 15, 20),
            new Sketch.Glyph(a, outline, 20, 20));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document();
    PdfWriter writer = PdfWriter.getInstance(document, out);
    document.open();
    PdfTemplate form = writer.getDirectContent().createTemplate(100, 50);
    SketchDrawing.draw(new Sketch(100, 50, List.of(new Area(whole, 0xFF333333, glyphs))), form);
    String content = form.toString();
    // the chart's own form is /Xf1: the glyph's is the next
    assertThat(content)
        .startsWith("0.2 0.2 0.2 rg\nq 1 0 0 1 10 30 cm /Xf2 Do Q\n")
        // the glyph printed once, in place: from (15, 20) up 3, y flipped in the form's 50
        .contains("15 33 m\n17 33 l\n17 30 l\n15 30 l\n15 33 l\nh\nf\n")
        .endsWith("q 1 0 0 1 20 30 cm /Xf2 Do Q\n");
    assertThat(count(content, " Do ")).isEqualTo(2);
    // and the file is written, the glyph's form inside the chart's
    writer.getDirectContent().addTemplate(form, 0, 0);
    document.close();
    try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
      var chart =
          (PDFormXObject) pdf.getPage(0).getResources().getXObject(COSName.getPDFName("Xf1"));
      var glyph = (PDFormXObject) chart.getResources().getXObject(COSName.getPDFName("Xf2"));
      assertThat(glyph.getBBox().getLowerLeftY())
          .as("the box reaches below the origin")
          .isEqualTo(-1f);
      try (var in = glyph.getContentStream().createInputStream()) {
        assertThat(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1))
            .isEqualTo("0 5 m\n4 5 l\n4 0 l\n0 0 l\n0 5 l\nh\nf\n");
      }
    }
  }

  private static Sketch.GlyphKey key(int glyph) {
    return new Sketch.GlyphKey(
        new Font(Font.SERIF, Font.PLAIN, 10),
        new FontRenderContext(null, true, true),
        glyph,
        1,
        0,
        0,
        1);
  }
}
