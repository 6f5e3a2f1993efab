package dev.briefsmith.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.render.chart.Sketch;
import dev.briefsmith.render.chart.Sketch.Area;
import dev.briefsmith.render.chart.Sketch.Line;
import dev.briefsmith.render.chart.Sketch.Mark;
import dev.briefsmith.render.chart.Sketch.Pen;
import java.awt.BasicStroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

class ChartDrawingTest {
  private static final int BLUE = 0xFF0072B2;

  private static String group(List<Mark> marks) {
    Sketch sketch = new Sketch(100, 50, marks);
    return ChartDrawing.group(sketch, Units.emu(100), Units.emu(50));
  }

  private static int count(String xml, String part) {
    return xml.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }

  /** A rectangle's shape: framed by its bounds, its path in twips from the frame's corner. */
  @Test
  void aFillIsAShapeFramedByItsBoundsWithItsPathInTwips() {
    String xml = group(List.of(new Area(new Rectangle2D.Double(1, 2, 3, 4), BLUE)));
    assertThat(xml)
        .contains("<a:ext cx=\"1270000\" cy=\"635000\"/><a:chOff x=\"0\" y=\"0\"/>")
        .contains("<a:off x=\"12700\" y=\"25400\"/><a:ext cx=\"38100\" cy=\"50800\"/>")
        .contains("<a:path w=\"60\" h=\"80\">")
        .contains("<a:moveTo><a:pt x=\"0\" y=\"0\"/></a:moveTo>")
        .contains("<a:lnTo><a:pt x=\"60\" y=\"80\"/></a:lnTo>")
        .contains("<a:close/>")
        .contains("<a:solidFill><a:srgbClr val=\"0072B2\"/></a:solidFill><a:ln><a:noFill/></a:ln>");
  }

  /**
   * Fills of one colour share a shape while they lie apart, and start a new one where they overlap,
   * so no fill rule cuts a hole; a new colour is a new shape; lines of one pen share one.
   */
  @Test
  void marksDrawnAlikeShareAShapeUnlessFillsOverlap() {
    Pen pen = new Pen(0xFF000000, 1, List.of(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
    String xml =
        group(
            List.of(
                new Area(new Rectangle2D.Double(0, 0, 2, 2), BLUE),
                new Area(new Rectangle2D.Double(5, 0, 2, 2), BLUE),
                new Area(new Rectangle2D.Double(6, 1, 2, 2), BLUE),
                new Area(new Rectangle2D.Double(20, 0, 2, 2), 0xFFD55E00),
                new Line(new Line2D.Double(0, 10, 50, 10), pen),
                new Line(new Line2D.Double(0, 20, 50, 20), pen)));
    assertThat(count(xml, "<wps:wsp>")).as("shapes").isEqualTo(4);
    assertThat(count(xml, "<a:moveTo>")).as("paths drawn").isEqualTo(6);
    assertThat(count(xml, "fill=\"none\"")).as("the lines' shape is not filled").isEqualTo(1);
  }

  /** A pen's width, dashes (in thousandths of a percent of the width), ends, joins and alpha. */
  @Test
  void linesKeepTheirWidthDashesEndsJoinsAndAlpha() {
    Pen dashed =
        new Pen(0x80C8CDD5, 0.5, List.of(2.0, 1.0), BasicStroke.CAP_ROUND, BasicStroke.JOIN_BEVEL);
    Pen odd = new Pen(0xFF000000, 1, List.of(3.0), BasicStroke.CAP_SQUARE, BasicStroke.JOIN_ROUND);
    String xml =
        group(
            List.of(
                new Line(new Line2D.Double(0, 10, 50, 10), dashed),
                new Line(new Line2D.Double(0, 20, 50, 20), odd)));
    assertThat(xml)
        .contains("<a:ln w=\"6350\" cap=\"rnd\">")
        .contains("<a:srgbClr val=\"C8CDD5\"><a:alpha val=\"50196\"/></a:srgbClr>")
        .contains("<a:custDash><a:ds d=\"400000\" sp=\"200000\"/></a:custDash><a:bevel/>")
        .contains("<a:ln w=\"12700\" cap=\"sq\">")
        .as("an odd dash list repeats, as Java's does")
        .contains("<a:custDash><a:ds d=\"300000\" sp=\"300000\"/></a:custDash><a:round/>");
  }

  /** What is written is well-formed XML, and an empty mark (a label of spaces) adds no shape. */
  @Test
  void theGroupIsWellFormedAndEmptyMarksAreLeftOut() throws Exception {
    String xml =
        group(
            List.of(
                new Area(new java.awt.geom.Path2D.Double(), BLUE),
                new Area(new Rectangle2D.Double(1, 1, 1, 1), BLUE)));
    assertThat(count(xml, "<wps:wsp>")).isEqualTo(1);
    String wrapped =
        "<w xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">" + xml + "</w>";
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    NodeList shapes =
        factory
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(wrapped.getBytes(StandardCharsets.UTF_8)))
            .getElementsByTagNameNS(ChartDrawing.WPS, "wsp");
    assertThat(shapes.getLength()).isEqualTo(1);
  }
}
