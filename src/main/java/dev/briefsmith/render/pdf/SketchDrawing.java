package dev.briefsmith.render.pdf;

import dev.briefsmith.render.chart.Sketch;
import dev.briefsmith.render.chart.Sketch.Area;
import dev.briefsmith.render.chart.Sketch.Glyph;
import dev.briefsmith.render.chart.Sketch.Line;
import dev.briefsmith.render.chart.Sketch.Mark;
import dev.briefsmith.render.chart.Sketch.Pen;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfGState;
import org.openpdf.text.pdf.PdfTemplate;

/**
 * Draws a chart's {@link Sketch} into a PDF form as path operators: the marks the Word drawing is
 * made of, so both formats print one chart, drawn once per brief by a painter they share rather
 * than once per PDF through a {@link java.awt.Graphics2D}. A glyph's quadratic curves are written
 * as the cubic curves they are (OpenPDF's {@code PdfGraphics2D} writes them as {@code v} curves
 * through the quadratic's control point, which is shorter and not the same curve). Colours, line
 * widths, dashes, ends and joins are set only where they change; Java's cap and join numbers are
 * the PDF's. Stateless.
 */
final class SketchDrawing {
  private SketchDrawing() {}

  /** Draws {@code sketch} into {@code cb}, a form as high as the sketch (PDF's y runs up). */
  static void draw(Sketch sketch, PdfContentByte cb) {
    float height = (float) sketch.heightPt();
    State state = new State();
    Glyphs glyphs = new Glyphs(sketch);
    for (Mark m : sketch.marks()) {
      int argb =
          switch (m) {
            case Area a -> a.argb();
            case Line l -> l.pen().argb();
          };
      int alpha = argb >>> 24;
      if (alpha < 0xFF) {
        cb.saveState();
        PdfGState translucent = new PdfGState();
        if (m instanceof Area) {
          translucent.setFillOpacity(alpha / 255f);
        } else {
          translucent.setStrokeOpacity(alpha / 255f);
        }
        cb.setGState(translucent);
      }
      switch (m) {
        case Area a -> {
          if (argb != state.fill) {
            cb.setRGBColorFill(red(argb), green(argb), blue(argb));
            state.fill = argb;
          }
          if (!a.glyphs().isEmpty()) {
            glyphs.draw(cb, a.glyphs(), height);
          } else {
            fill(cb, a.path(), null, height);
          }
        }
        case Line l -> {
          pen(cb, l.pen(), state);
          path(cb, l.path(), null, height);
          cb.stroke();
        }
      }
      if (alpha < 0xFF) {
        cb.restoreState();
        // the restored state is not what was set inside: set everything again
        state.reset();
      }
    }
  }

  /** Fills {@code shape} moved by {@code move} (or not: null), y flipped, by its winding rule. */
  private static void fill(PdfContentByte cb, Shape shape, AffineTransform move, float height) {
    if (path(cb, shape, move, height) == PathIterator.WIND_EVEN_ODD) {
      cb.eoFill();
    } else {
      cb.fill();
    }
  }

  /**
   * The labels' glyphs: a glyph the chart prints more than once is a form of its own, its outline
   * written once and drawn where it is printed (most of a chart's bytes were the same letters'
   * curves again and again); a glyph printed once is a path in place. A form draws in the colour it
   * is drawn with.
   */
  private static final class Glyphs {
    private final Map<Sketch.GlyphKey, Integer> uses = new HashMap<>();
    private final Map<Sketch.GlyphKey, PdfTemplate> forms = new HashMap<>();

    Glyphs(Sketch sketch) {
      for (Mark m : sketch.marks()) {
        if (m instanceof Area a) {
          for (Glyph g : a.glyphs()) {
            uses.merge(g.key(), 1, Integer::sum);
          }
        }
      }
    }

    void draw(PdfContentByte cb, List<Glyph> glyphs, float height) {
      for (Glyph g : glyphs) {
        if (uses.get(g.key()) < 2) {
          fill(cb, g.outline(), AffineTransform.getTranslateInstance(g.x(), g.y()), height);
          continue;
        }
        PdfTemplate form = forms.computeIfAbsent(g.key(), k -> form(cb, g.outline()));
        cb.addTemplate(form, (float) g.x(), height - (float) g.y());
      }
    }

    /** A form of {@code outline} about its origin, y up, with a box a point wider all round. */
    private static PdfTemplate form(PdfContentByte cb, Shape outline) {
      PdfTemplate form = cb.createTemplate(0, 0);
      Rectangle2D b = outline.getBounds2D();
      form.setBoundingBox(
          new Rectangle(
              (float) Math.floor(b.getMinX() - 1),
              (float) Math.floor(-b.getMaxY() - 1),
              (float) Math.ceil(b.getMaxX() + 1),
              (float) Math.ceil(-b.getMinY() + 1)));
      fill(form, outline, null, 0);
      return form;
    }
  }

  /** What the content stream has set, so that it is set again only when it changes. */
  private static final class State {
    /** The fill colour set; 0 (transparent, never set with a colour operator) when unknown. */
    int fill;

    /** The pen set; null when unknown. */
    Pen pen;

    void reset() {
      fill = 0;
      pen = null;
    }
  }

  private static void pen(PdfContentByte cb, Pen pen, State state) {
    Pen was = state.pen;
    if (was == null || was.argb() != pen.argb()) {
      cb.setRGBColorStroke(red(pen.argb()), green(pen.argb()), blue(pen.argb()));
    }
    if (was == null || was.widthPt() != pen.widthPt()) {
      cb.setLineWidth((float) pen.widthPt());
    }
    if (was == null || !was.dashPt().equals(pen.dashPt())) {
      List<Double> dash = pen.dashPt();
      float[] array = new float[dash.size()];
      for (int i = 0; i < array.length; i++) {
        array[i] = dash.get(i).floatValue();
      }
      cb.setLineDash(array, 0);
    }
    if (was == null || was.cap() != pen.cap()) {
      cb.setLineCap(pen.cap());
    }
    if (was == null || was.join() != pen.join()) {
      cb.setLineJoin(pen.join());
    }
    state.pen = pen;
  }

  /**
   * Writes the path moved by {@code move} (or not: null), y flipped in a form {@code height} high,
   * quadratic curves as the cubic curves they are; returns its winding rule.
   */
  private static int path(PdfContentByte cb, Shape shape, AffineTransform move, float height) {
    PathIterator it = shape.getPathIterator(move);
    double[] c = new double[6];
    double x = 0;
    double y = 0;
    double startX = 0;
    double startY = 0;
    for (; !it.isDone(); it.next()) {
      switch (it.currentSegment(c)) {
        case PathIterator.SEG_MOVETO -> {
          cb.moveTo((float) c[0], height - (float) c[1]);
          x = startX = c[0];
          y = startY = c[1];
        }
        case PathIterator.SEG_LINETO -> {
          cb.lineTo((float) c[0], height - (float) c[1]);
          x = c[0];
          y = c[1];
        }
        case PathIterator.SEG_QUADTO -> {
          // the control points two thirds of the way from each end to the quadratic's
          curve(
              cb,
              height,
              x + 2 * (c[0] - x) / 3,
              y + 2 * (c[1] - y) / 3,
              c[2] + 2 * (c[0] - c[2]) / 3,
              c[3] + 2 * (c[1] - c[3]) / 3,
              c[2],
              c[3]);
          x = c[2];
          y = c[3];
        }
        case PathIterator.SEG_CUBICTO -> {
          curve(cb, height, c[0], c[1], c[2], c[3], c[4], c[5]);
          x = c[4];
          y = c[5];
        }
        default -> {
          cb.closePath();
          x = startX;
          y = startY;
        }
      }
    }
    return it.getWindingRule();
  }

  private static void curve(
      PdfContentByte cb,
      float height,
      double x1,
      double y1,
      double x2,
      double y2,
      double x3,
      double y3) {
    cb.curveTo(
        (float) x1,
        height - (float) y1,
        (float) x2,
        height - (float) y2,
        (float) x3,
        height - (float) y3);
  }

  private static int red(int argb) {
    return argb >> 16 & 0xFF;
  }

  private static int green(int argb) {
    return argb >> 8 & 0xFF;
  }

  private static int blue(int argb) {
    return argb & 0xFF;
  }
}
