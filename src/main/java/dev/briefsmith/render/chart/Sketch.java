package dev.briefsmith.render.chart;

import java.awt.Shape;
import java.awt.geom.Path2D;
import java.util.List;

/**
 * A chart as vector marks, in the order drawn (a mark that draws nothing, such as a label of
 * spaces, is left out), in printed points from the chart's top left corner (y down): what a
 * renderer without a {@link java.awt.Graphics2D} of its own (Word's DrawingML) needs to redraw it.
 * Text is already outlines, as the PDF chart draws it, so no font is needed. Made by {@link
 * SketchGraphics}; immutable (the paths are copies no one else holds and are never changed).
 *
 * @param widthPt the printed width
 * @param heightPt the printed height
 * @param marks what is drawn, bottom first
 */
public record Sketch(double widthPt, double heightPt, List<Mark> marks) {
  /** Copies the list, without the marks that draw nothing. */
  public Sketch {
    if (!(widthPt > 0) || !(heightPt > 0)) {
      throw new IllegalArgumentException("bad sketch size " + widthPt + " x " + heightPt);
    }
    marks = marks.stream().filter(m -> !m.path().getPathIterator(null).isDone()).toList();
  }

  /** One thing drawn. */
  public sealed interface Mark {
    /** What is drawn: an outline to fill, or a path to stroke. */
    Shape path();
  }

  /**
   * A filled outline: a marker, a background, or a label's glyphs.
   *
   * @param argb the fill colour with its alpha, as {@link java.awt.Color#getRGB}
   * @param glyphs for a label, its glyphs one by one, which together draw {@code path}: a renderer
   *     that can draw one outline in many places (a PDF form) draws each glyph's outline once;
   *     empty for other fills, and for text whose glyphs have transforms of their own
   */
  public record Area(Shape path, int argb, List<Glyph> glyphs) implements Mark {
    /** Copies the path and the list. */
    public Area {
      path = new Path2D.Double(path);
      glyphs = List.copyOf(glyphs);
    }

    /** A fill that is not text. */
    public Area(Shape path, int argb) {
      this(path, argb, List.of());
    }
  }

  /**
   * A glyph of a label, drawn in place.
   *
   * @param key what decides its outline: glyphs with equal keys have equal outlines
   * @param outline its outline about its own origin, in printed points (y down), turned and scaled
   *     as printed; never changed
   * @param x where its origin is printed, from the chart's left
   * @param y where its origin is printed, from the chart's top
   */
  public record Glyph(GlyphKey key, Shape outline, double x, double y) {}

  /**
   * What decides a glyph's outline: the font (face, style, size), how it is measured, the glyph,
   * and the scale, rotation and shear it is printed with (not where: outlines do not depend on it).
   */
  public record GlyphKey(
      java.awt.Font font,
      java.awt.font.FontRenderContext measure,
      int glyph,
      double m00,
      double m10,
      double m01,
      double m11) {}

  /** A stroked path: a grid line, an axis, or a marker's outline. */
  public record Line(Shape path, Pen pen) implements Mark {
    /** Copies the path. */
    public Line {
      path = new Path2D.Double(path);
    }
  }

  /**
   * How a line is stroked.
   *
   * @param argb the colour with its alpha, as {@link java.awt.Color#getRGB}
   * @param widthPt the line's width in printed points
   * @param dashPt the lengths of dashes and gaps, alternating, in printed points; empty for a solid
   *     line
   * @param cap one of {@link java.awt.BasicStroke}'s {@code CAP_} values
   * @param join one of {@link java.awt.BasicStroke}'s {@code JOIN_} values
   */
  public record Pen(int argb, double widthPt, List<Double> dashPt, int cap, int join) {
    /** Copies the dashes. */
    public Pen {
      dashPt = List.copyOf(dashPt);
    }
  }
}
