package dev.briefsmith.render.docx;

import dev.briefsmith.render.Remembered;
import dev.briefsmith.render.chart.Sketch;
import dev.briefsmith.render.chart.Sketch.Area;
import dev.briefsmith.render.chart.Sketch.Line;
import dev.briefsmith.render.chart.Sketch.Mark;
import dev.briefsmith.render.chart.Sketch.Pen;
import java.awt.BasicStroke;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A chart drawn in Word as vectors: an inline DrawingML group ({@code wpg:wgp}) of shapes with
 * custom geometry, one shape per run of marks drawn alike, so it prints as sharp as the PDF's chart
 * at any zoom and costs no picture to encode. Labels are glyph outlines, as in the PDF: the chart
 * is read by its description and title, as a picture is. Geometry is written in twips. The group is
 * written and compressed once per sketch and copied into every document that shows it. Thread-safe;
 * it remembers the latest groups it made.
 */
final class ChartDrawing {
  static final String WPG = "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup";
  static final String WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape";
  private static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";

  /**
   * Path coordinates per point: twentieths (twips, Word's own unit), 0.02 mm, finer than a 600 dpi
   * printer's dots and a glyph's hinting; shorter numbers than EMU keep the drawing small.
   */
  private static final int UNITS_PER_PT = 20;

  private static final long EMU_PER_UNIT = Units.EMU_PER_PT / UNITS_PER_PT;

  /** DrawingML's percentages are in thousandths of a percent. */
  private static final double PERCENT = 100_000;

  /** The width of a line Java draws as thin as the device can: a hairline. */
  private static final double HAIRLINE_PT = 0.25;

  private static final HexFormat HEX = HexFormat.of().withUpperCase();

  /**
   * The level the group is compressed at: deflate's default takes three times as long for a tenth
   * smaller drawing, and the shapes' XML is most of the document (docs/performance.md).
   */
  private static final int LEVEL = 3;

  /** How many groups are remembered: enough for the audiences of the briefs being built. */
  private static final int REMEMBERED = 16;

  /** The latest groups, written and compressed, by the sketch they draw. */
  private final Remembered<Sketch, StableZip.Flushed> groups = new Remembered<>(REMEMBERED);

  /**
   * Adds {@code sketch} as an inline drawing in a new run of {@code p}, described by {@code alt}
   * and titled {@code title}; {@code id} is unique among the document's drawings.
   */
  void add(Element p, Sketch sketch, long id, String title, String alt) {
    long cx = Units.emu(sketch.widthPt());
    long cy = Units.emu(sketch.heightPt());
    Element inline = Pictures.inline(p, cx, cy);
    inline
        .add("wp:docPr")
        .attr("id", id)
        .attr("name", "Chart " + id)
        .attr("descr", alt)
        .attr("title", title);
    inline
        .add("a:graphic")
        .attr("xmlns:a", A)
        .add("a:graphicData")
        .attr("uri", WPG)
        .raw(
            groups.get(
                sketch,
                () ->
                    StableZip.Flushed.of(
                        group(sketch, cx, cy).getBytes(StandardCharsets.UTF_8), LEVEL)));
  }

  /** The group of shapes, {@code cx} by {@code cy} EMU, as XML in the {@code a} namespace. */
  static String group(Sketch sketch, long cx, long cy) {
    StringBuilder out = new StringBuilder(64 * 1024);
    out.append("<wpg:wgp xmlns:wpg=\"")
        .append(WPG)
        .append("\" xmlns:wps=\"")
        .append(WPS)
        .append("\"><wpg:cNvGrpSpPr/><wpg:grpSpPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"")
        .append(cx)
        .append("\" cy=\"")
        .append(cy)
        .append("\"/><a:chOff x=\"0\" y=\"0\"/><a:chExt cx=\"")
        .append(cx)
        .append("\" cy=\"")
        .append(cy)
        .append("\"/></a:xfrm></wpg:grpSpPr>");
    List<Mark> shape = new ArrayList<>();
    List<Rectangle2D> bounds = new ArrayList<>();
    for (Mark m : sketch.marks()) {
      Rectangle2D b = m.path().getBounds2D();
      if (!shape.isEmpty() && !joins(shape.get(0), m, bounds, b)) {
        shape(shape, bounds, out);
        shape.clear();
        bounds.clear();
      }
      shape.add(m);
      bounds.add(b);
    }
    if (!shape.isEmpty()) {
      shape(shape, bounds, out);
    }
    return out.append("</wpg:wgp>").toString();
  }

  /**
   * Whether {@code next} joins the shape begun by {@code first}: drawn alike, and for a fill, apart
   * from every outline in it, so that no fill rule can cut a hole where two outlines overlap.
   */
  private static boolean joins(Mark first, Mark next, List<Rectangle2D> bounds, Rectangle2D b) {
    return switch (first) {
      case Line l -> next instanceof Line n && n.pen().equals(l.pen());
      case Area a ->
          next instanceof Area n
              && n.argb() == a.argb()
              && bounds.stream().noneMatch(other -> other.intersects(b));
    };
  }

  /** One shape of marks drawn alike, framed by their bounds. */
  private static void shape(List<Mark> marks, List<Rectangle2D> bounds, StringBuilder out) {
    Rectangle2D all = bounds.get(0).getBounds2D();
    bounds.forEach(all::add);
    long x0 = (long) Math.floor(all.getMinX() * UNITS_PER_PT);
    long y0 = (long) Math.floor(all.getMinY() * UNITS_PER_PT);
    long w = Math.max(1, (long) Math.ceil(all.getMaxX() * UNITS_PER_PT) - x0);
    long h = Math.max(1, (long) Math.ceil(all.getMaxY() * UNITS_PER_PT) - y0);
    boolean line = marks.get(0) instanceof Line;
    out.append("<wps:wsp><wps:cNvSpPr/><wps:spPr><a:xfrm><a:off x=\"")
        .append(x0 * EMU_PER_UNIT)
        .append("\" y=\"")
        .append(y0 * EMU_PER_UNIT)
        .append("\"/><a:ext cx=\"")
        .append(w * EMU_PER_UNIT)
        .append("\" cy=\"")
        .append(h * EMU_PER_UNIT)
        .append("\"/></a:xfrm><a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/>")
        .append("<a:rect l=\"0\" t=\"0\" r=\"r\" b=\"b\"/><a:pathLst><a:path w=\"")
        .append(w)
        .append("\" h=\"")
        .append(h)
        .append(line ? "\" fill=\"none\">" : "\">");
    double[] c = new double[6];
    for (Mark m : marks) {
      for (PathIterator it = m.path().getPathIterator(null); !it.isDone(); it.next()) {
        switch (it.currentSegment(c)) {
          case PathIterator.SEG_MOVETO -> points(out, "moveTo", c, 1, x0, y0);
          case PathIterator.SEG_LINETO -> points(out, "lnTo", c, 1, x0, y0);
          case PathIterator.SEG_QUADTO -> points(out, "quadBezTo", c, 2, x0, y0);
          case PathIterator.SEG_CUBICTO -> points(out, "cubicBezTo", c, 3, x0, y0);
          default -> out.append("<a:close/>");
        }
      }
    }
    out.append("</a:path></a:pathLst></a:custGeom>");
    switch (marks.get(0)) {
      case Area a -> {
        out.append("<a:solidFill>");
        color(a.argb(), out);
        out.append("</a:solidFill><a:ln><a:noFill/></a:ln>");
      }
      case Line l -> {
        out.append("<a:noFill/>");
        pen(l.pen(), out);
      }
    }
    out.append("</wps:spPr><wps:bodyPr/></wps:wsp>");
  }

  private static void points(
      StringBuilder out, String segment, double[] c, int n, long x0, long y0) {
    out.append("<a:").append(segment).append('>');
    for (int i = 0; i < n; i++) {
      out.append("<a:pt x=\"")
          .append(Math.round(c[2 * i] * UNITS_PER_PT) - x0)
          .append("\" y=\"")
          .append(Math.round(c[2 * i + 1] * UNITS_PER_PT) - y0)
          .append("\"/>");
    }
    out.append("</a:").append(segment).append('>');
  }

  /** A line's width, colour, dashes, ends and joins. */
  private static void pen(Pen pen, StringBuilder out) {
    double width = pen.widthPt() > 0 ? pen.widthPt() : HAIRLINE_PT;
    String cap =
        switch (pen.cap()) {
          case BasicStroke.CAP_ROUND -> "rnd";
          case BasicStroke.CAP_SQUARE -> "sq";
          default -> "flat";
        };
    out.append("<a:ln w=\"").append(Units.emu(width)).append("\" cap=\"").append(cap).append("\">");
    out.append("<a:solidFill>");
    color(pen.argb(), out);
    out.append("</a:solidFill>");
    List<Double> dash = pen.dashPt();
    if (!dash.isEmpty()) {
      // an odd list repeats, as Java's strokes do, so dashes and gaps pair up
      List<Double> pairs = new ArrayList<>(dash);
      if (pairs.size() % 2 == 1) {
        pairs.addAll(dash);
      }
      out.append("<a:custDash>");
      for (int i = 0; i < pairs.size(); i += 2) {
        out.append("<a:ds d=\"")
            .append(Math.round(pairs.get(i) / width * PERCENT))
            .append("\" sp=\"")
            .append(Math.round(pairs.get(i + 1) / width * PERCENT))
            .append("\"/>");
      }
      out.append("</a:custDash>");
    }
    out.append(
        switch (pen.join()) {
          case BasicStroke.JOIN_ROUND -> "<a:round/>";
          case BasicStroke.JOIN_BEVEL -> "<a:bevel/>";
          default -> "<a:miter/>";
        });
    out.append("</a:ln>");
  }

  /** An sRGB colour, with its alpha when it is not opaque. */
  private static void color(int argb, StringBuilder out) {
    out.append("<a:srgbClr val=\"").append(HEX.toHexDigits(argb), 2, 8);
    int alpha = argb >>> 24;
    if (alpha == 0xFF) {
      out.append("\"/>");
    } else {
      out.append("\"><a:alpha val=\"")
          .append(Math.round(alpha / 255.0 * PERCENT))
          .append("\"/></a:srgbClr>");
    }
  }
}
