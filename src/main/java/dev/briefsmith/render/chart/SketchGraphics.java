package dev.briefsmith.render.chart;

import dev.briefsmith.render.chart.Sketch.Area;
import dev.briefsmith.render.chart.Sketch.Line;
import dev.briefsmith.render.chart.Sketch.Mark;
import dev.briefsmith.render.chart.Sketch.Pen;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Image;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.BufferedImageOp;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.awt.image.renderable.RenderableImage;
import java.text.AttributedCharacterIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A {@link Graphics2D} that records what is drawn on it as a {@link Sketch} instead of setting
 * pixels: fills become {@link Area}s, strokes {@link Line}s, in device space (the transform
 * applied), and text the outlines of its glyphs, as the PDF chart draws it. The state (transform,
 * clip, font, paint, stroke, hints) and the font metrics come from an off-screen image's graphics,
 * so text measures as it does for the PNG; fractional metrics are on, so glyphs sit where the
 * outlines put them at any scale. A clip is kept for {@link #getClip} but not applied: the chart
 * draws nothing outside its own area. Images are not drawn (a chart has none): drawing one fails.
 * Not thread-safe; {@link #create} shares the recording.
 */
public final class SketchGraphics extends Graphics2D {
  private final Graphics2D state;
  private final List<Mark> marks;

  /** A new, empty recording with the identity transform. */
  public SketchGraphics() {
    this.state = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
    this.state.setRenderingHint(
        RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    this.marks = new ArrayList<>();
  }

  private SketchGraphics(SketchGraphics parent) {
    this.state = (Graphics2D) parent.state.create();
    this.marks = parent.marks;
  }

  /** What has been drawn so far, as a sketch {@code widthPt} by {@code heightPt}. */
  public Sketch sketch(double widthPt, double heightPt) {
    return new Sketch(widthPt, heightPt, marks);
  }

  // --- drawing: recorded ---

  @Override
  public void fill(Shape s) {
    marks.add(new Area(state.getTransform().createTransformedShape(s), argb(state.getPaint())));
  }

  @Override
  public void draw(Shape s) {
    AffineTransform t = state.getTransform();
    if (!(state.getStroke() instanceof BasicStroke stroke)) {
      // a stroke that is not a line's width and dashes: fill the outline it makes
      fill(state.getStroke().createStrokedShape(s));
      return;
    }
    // the transform's scale for line widths and dashes (the chart's transforms are uniform)
    double scale = Math.sqrt(Math.abs(t.getDeterminant()));
    List<Double> dash = new ArrayList<>();
    if (stroke.getDashArray() != null) {
      for (float d : stroke.getDashArray()) {
        dash.add(d * scale);
      }
    }
    Pen pen =
        new Pen(
            argb(state.getPaint()),
            stroke.getLineWidth() * scale,
            dash,
            stroke.getEndCap(),
            stroke.getLineJoin());
    marks.add(new Line(t.createTransformedShape(s), pen));
  }

  @Override
  public void drawString(String str, float x, float y) {
    if (!str.isEmpty()) {
      drawGlyphVector(getFont().createGlyphVector(getFontRenderContext(), str), x, y);
    }
  }

  @Override
  public void drawString(String str, int x, int y) {
    drawString(str, (float) x, (float) y);
  }

  @Override
  public void drawString(AttributedCharacterIterator iterator, float x, float y) {
    if (iterator.getEndIndex() > iterator.getBeginIndex()) {
      fill(new TextLayout(iterator, getFontRenderContext()).getOutline(translation(x, y)));
    }
  }

  @Override
  public void drawString(AttributedCharacterIterator iterator, int x, int y) {
    drawString(iterator, (float) x, (float) y);
  }

  @Override
  public void drawGlyphVector(GlyphVector g, float x, float y) {
    AffineTransform t = state.getTransform();
    marks.add(
        new Area(
            t.createTransformedShape(g.getOutline(x, y)),
            argb(state.getPaint()),
            glyphs(g, x, y, t)));
  }

  /**
   * The glyphs of {@code g} drawn at ({@code x}, {@code y}) through {@code t}, each with its
   * outline about its own origin; none if a glyph has a transform of its own.
   */
  private static List<Sketch.Glyph> glyphs(GlyphVector g, float x, float y, AffineTransform t) {
    AffineTransform linear =
        new AffineTransform(t.getScaleX(), t.getShearY(), t.getShearX(), t.getScaleY(), 0, 0);
    List<Sketch.Glyph> glyphs = new ArrayList<>(g.getNumGlyphs());
    Point2D.Double at = new Point2D.Double();
    for (int i = 0; i < g.getNumGlyphs(); i++) {
      if (g.getGlyphTransform(i) != null) {
        return List.of();
      }
      Point2D p = g.getGlyphPosition(i);
      // the outline at the origin: the strike's outline, which does not depend on where it is
      Shape own = g.getGlyphOutline(i, (float) -p.getX(), (float) -p.getY());
      if (own.getPathIterator(null).isDone()) {
        continue; // a space
      }
      at.setLocation(x + p.getX(), y + p.getY());
      t.transform(at, at);
      glyphs.add(
          new Sketch.Glyph(
              new Sketch.GlyphKey(
                  g.getFont(),
                  g.getFontRenderContext(),
                  g.getGlyphCode(i),
                  linear.getScaleX(),
                  linear.getShearY(),
                  linear.getShearX(),
                  linear.getScaleY()),
              linear.createTransformedShape(own),
              at.getX(),
              at.getY()));
    }
    return glyphs;
  }

  @Override
  public void drawChars(char[] data, int offset, int length, int x, int y) {
    drawString(new String(data, offset, length), x, y);
  }

  @Override
  public void drawLine(int x1, int y1, int x2, int y2) {
    draw(new Line2D.Float(x1, y1, x2, y2));
  }

  @Override
  public void fillRect(int x, int y, int width, int height) {
    fill(new Rectangle(x, y, width, height));
  }

  @Override
  public void drawRect(int x, int y, int width, int height) {
    draw(new Rectangle(x, y, width, height));
  }

  @Override
  public void clearRect(int x, int y, int width, int height) {
    Paint paint = state.getPaint();
    state.setPaint(state.getBackground());
    fillRect(x, y, width, height);
    state.setPaint(paint);
  }

  @Override
  public void drawRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
    draw(new RoundRectangle2D.Float(x, y, width, height, arcWidth, arcHeight));
  }

  @Override
  public void fillRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
    fill(new RoundRectangle2D.Float(x, y, width, height, arcWidth, arcHeight));
  }

  @Override
  public void drawOval(int x, int y, int width, int height) {
    draw(new Ellipse2D.Float(x, y, width, height));
  }

  @Override
  public void fillOval(int x, int y, int width, int height) {
    fill(new Ellipse2D.Float(x, y, width, height));
  }

  @Override
  public void drawArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
    draw(new Arc2D.Float(x, y, width, height, startAngle, arcAngle, Arc2D.OPEN));
  }

  @Override
  public void fillArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
    fill(new Arc2D.Float(x, y, width, height, startAngle, arcAngle, Arc2D.PIE));
  }

  @Override
  public void drawPolyline(int[] xPoints, int[] yPoints, int nPoints) {
    draw(polyline(xPoints, yPoints, nPoints, false));
  }

  @Override
  public void drawPolygon(int[] xPoints, int[] yPoints, int nPoints) {
    draw(polyline(xPoints, yPoints, nPoints, true));
  }

  @Override
  public void fillPolygon(int[] xPoints, int[] yPoints, int nPoints) {
    fill(polyline(xPoints, yPoints, nPoints, true));
  }

  private static Path2D polyline(int[] xs, int[] ys, int n, boolean closed) {
    Path2D.Float p = new Path2D.Float();
    for (int i = 0; i < n; i++) {
      if (i == 0) {
        p.moveTo(xs[i], ys[i]);
      } else {
        p.lineTo(xs[i], ys[i]);
      }
    }
    if (closed && n > 0) {
      p.closePath();
    }
    return p;
  }

  private static AffineTransform translation(float x, float y) {
    return AffineTransform.getTranslateInstance(x, y);
  }

  /** The colour a paint fills with: a gradient's first colour (the chart has no gradients). */
  private static int argb(Paint paint) {
    return switch (paint) {
      case Color c -> c.getRGB();
      case GradientPaint g -> g.getColor1().getRGB();
      case null, default -> Color.BLACK.getRGB();
    };
  }

  // --- images: a chart draws none ---

  private static UnsupportedOperationException noImages() {
    return new UnsupportedOperationException("a sketch records vector marks, not images");
  }

  @Override
  public boolean drawImage(Image img, AffineTransform xform, ImageObserver obs) {
    throw noImages();
  }

  @Override
  public void drawImage(BufferedImage img, BufferedImageOp op, int x, int y) {
    throw noImages();
  }

  @Override
  public void drawRenderedImage(RenderedImage img, AffineTransform xform) {
    throw noImages();
  }

  @Override
  public void drawRenderableImage(RenderableImage img, AffineTransform xform) {
    throw noImages();
  }

  @Override
  public boolean drawImage(Image img, int x, int y, ImageObserver observer) {
    throw noImages();
  }

  @Override
  public boolean drawImage(Image img, int x, int y, int width, int height, ImageObserver observer) {
    throw noImages();
  }

  @Override
  public boolean drawImage(Image img, int x, int y, Color bgcolor, ImageObserver observer) {
    throw noImages();
  }

  @Override
  public boolean drawImage(
      Image img, int x, int y, int width, int height, Color bgcolor, ImageObserver observer) {
    throw noImages();
  }

  @Override
  public boolean drawImage(
      Image img,
      int dx1,
      int dy1,
      int dx2,
      int dy2,
      int sx1,
      int sy1,
      int sx2,
      int sy2,
      ImageObserver observer) {
    throw noImages();
  }

  @Override
  public boolean drawImage(
      Image img,
      int dx1,
      int dy1,
      int dx2,
      int dy2,
      int sx1,
      int sy1,
      int sx2,
      int sy2,
      Color bgcolor,
      ImageObserver observer) {
    throw noImages();
  }

  @Override
  public void copyArea(int x, int y, int width, int height, int dx, int dy) {
    throw new UnsupportedOperationException("a sketch has no pixels to copy");
  }

  // --- state: kept by the off-screen graphics ---

  @Override
  public Graphics create() {
    return new SketchGraphics(this);
  }

  @Override
  public void dispose() {
    state.dispose();
  }

  @Override
  public boolean hit(Rectangle rect, Shape s, boolean onStroke) {
    return state.hit(rect, s, onStroke);
  }

  @Override
  public GraphicsConfiguration getDeviceConfiguration() {
    return state.getDeviceConfiguration();
  }

  @Override
  public FontRenderContext getFontRenderContext() {
    return state.getFontRenderContext();
  }

  @Override
  public FontMetrics getFontMetrics(Font f) {
    return state.getFontMetrics(f);
  }

  @Override
  public Color getColor() {
    return state.getColor();
  }

  @Override
  public void setColor(Color c) {
    state.setColor(c);
  }

  @Override
  public void setPaintMode() {
    state.setPaintMode();
  }

  @Override
  public void setXORMode(Color c1) {
    state.setXORMode(c1);
  }

  @Override
  public Font getFont() {
    return state.getFont();
  }

  @Override
  public void setFont(Font font) {
    state.setFont(font);
  }

  @Override
  public Rectangle getClipBounds() {
    return state.getClipBounds();
  }

  @Override
  public void clipRect(int x, int y, int width, int height) {
    state.clipRect(x, y, width, height);
  }

  @Override
  public void setClip(int x, int y, int width, int height) {
    state.setClip(x, y, width, height);
  }

  @Override
  public Shape getClip() {
    return state.getClip();
  }

  @Override
  public void setClip(Shape clip) {
    state.setClip(clip);
  }

  @Override
  public void clip(Shape s) {
    state.clip(s);
  }

  @Override
  public void setComposite(Composite comp) {
    state.setComposite(comp);
  }

  @Override
  public Composite getComposite() {
    return state.getComposite();
  }

  @Override
  public void setPaint(Paint paint) {
    state.setPaint(paint);
  }

  @Override
  public Paint getPaint() {
    return state.getPaint();
  }

  @Override
  public void setStroke(Stroke s) {
    state.setStroke(s);
  }

  @Override
  public Stroke getStroke() {
    return state.getStroke();
  }

  @Override
  public void setRenderingHint(RenderingHints.Key hintKey, Object hintValue) {
    state.setRenderingHint(hintKey, hintValue);
  }

  @Override
  public Object getRenderingHint(RenderingHints.Key hintKey) {
    return state.getRenderingHint(hintKey);
  }

  @Override
  public void setRenderingHints(Map<?, ?> hints) {
    state.setRenderingHints(hints);
  }

  @Override
  public void addRenderingHints(Map<?, ?> hints) {
    state.addRenderingHints(hints);
  }

  @Override
  public RenderingHints getRenderingHints() {
    return state.getRenderingHints();
  }

  @Override
  public void setBackground(Color color) {
    state.setBackground(color);
  }

  @Override
  public Color getBackground() {
    return state.getBackground();
  }

  @Override
  public void translate(int x, int y) {
    state.translate(x, y);
  }

  @Override
  public void translate(double tx, double ty) {
    state.translate(tx, ty);
  }

  @Override
  public void rotate(double theta) {
    state.rotate(theta);
  }

  @Override
  public void rotate(double theta, double x, double y) {
    state.rotate(theta, x, y);
  }

  @Override
  public void scale(double sx, double sy) {
    state.scale(sx, sy);
  }

  @Override
  public void shear(double shx, double shy) {
    state.shear(shx, shy);
  }

  @Override
  public void transform(AffineTransform tx) {
    state.transform(tx);
  }

  @Override
  public void setTransform(AffineTransform tx) {
    state.setTransform(tx);
  }

  @Override
  public AffineTransform getTransform() {
    return state.getTransform();
  }
}
