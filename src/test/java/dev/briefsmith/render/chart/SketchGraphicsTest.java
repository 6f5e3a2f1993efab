package dev.briefsmith.render.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.briefsmith.render.chart.Sketch.Area;
import dev.briefsmith.render.chart.Sketch.Line;
import dev.briefsmith.render.chart.Sketch.Mark;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class SketchGraphicsTest {
  /** Fills and strokes are recorded in device space, with the transform applied. */
  @Test
  void recordsFillsAndLinesWithTheTransformApplied() {
    SketchGraphics g = new SketchGraphics();
    g.translate(10, 20);
    g.scale(2, 2);
    g.setPaint(new Color(0x11, 0x22, 0x33, 0x80));
    g.fillRect(1, 2, 3, 4);
    g.setColor(Color.RED);
    g.setStroke(
        new BasicStroke(
            0.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_BEVEL, 10f, new float[] {2, 1}, 0));
    g.drawLine(0, 0, 5, 0);
    Sketch sketch = g.sketch(100, 50);
    List<Mark> marks = sketch.marks();
    assertThat(marks).hasSize(2);
    Area area = (Area) marks.get(0);
    assertThat(area.argb()).isEqualTo(0x80112233);
    assertThat(area.path().getBounds2D()).isEqualTo(new Rectangle2D.Double(12, 24, 6, 8));
    Line line = (Line) marks.get(1);
    assertThat(line.path().getBounds2D()).isEqualTo(new Rectangle2D.Double(10, 20, 10, 0));
    assertThat(line.pen().argb()).isEqualTo(Color.RED.getRGB());
    assertThat(line.pen().widthPt()).isCloseTo(1.0, within(1e-9));
    assertThat(line.pen().dashPt()).containsExactly(4.0, 2.0);
    assertThat(line.pen().cap()).isEqualTo(BasicStroke.CAP_ROUND);
    assertThat(line.pen().join()).isEqualTo(BasicStroke.JOIN_BEVEL);
  }

  /**
   * Text becomes the outlines of its glyphs, where and as large as an image's graphics would draw
   * it; a string of spaces draws nothing.
   */
  @Test
  void textBecomesGlyphOutlines() {
    Font font = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    SketchGraphics g = new SketchGraphics();
    g.setFont(font);
    g.setColor(Color.BLACK);
    g.drawString("Tehran", 30f, 40f);
    Area text = (Area) g.sketch(100, 100).marks().get(0);
    Rectangle2D bounds = text.path().getBounds2D();
    Graphics2D image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
    double width = font.getStringBounds("Tehran", image.getFontRenderContext()).getWidth();
    image.dispose();
    assertThat(bounds.getMinX()).isBetween(30.0, 32.0);
    assertThat(bounds.getMaxY()).as("baseline").isCloseTo(40.0, within(0.5));
    assertThat(bounds.getHeight()).as("cap height of 12 pt").isBetween(7.0, 10.0);
    assertThat(bounds.getWidth()).isCloseTo(width, within(width * 0.1));
    int segments = 0;
    for (PathIterator it = text.path().getPathIterator(null); !it.isDone(); it.next()) {
      segments++;
    }
    assertThat(segments).as("outline segments of six glyphs").isGreaterThan(30);
    SketchGraphics spaces = new SketchGraphics();
    spaces.setFont(font);
    spaces.drawString("   ", 0f, 10f);
    assertThat(spaces.sketch(10, 10).marks()).as("marks of a label of spaces").isEmpty();
  }

  /** A graphics made by create() records into the same sketch, with its own state. */
  @Test
  void createdGraphicsShareTheRecordingNotTheState() {
    SketchGraphics g = new SketchGraphics();
    Graphics2D child = (Graphics2D) g.create();
    child.translate(100, 0);
    child.fillRect(0, 0, 1, 1);
    child.dispose();
    g.fillRect(0, 0, 1, 1);
    List<Mark> marks = g.sketch(200, 10).marks();
    assertThat(marks).hasSize(2);
    assertThat(marks.get(0).path().getBounds2D().getX()).isEqualTo(100.0);
    assertThat(marks.get(1).path().getBounds2D().getX()).isEqualTo(0.0);
  }

  /** A sketch holds vectors only: an image is refused rather than left out. */
  @Test
  void imagesAreRefused() {
    SketchGraphics g = new SketchGraphics();
    BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
    assertThatThrownBy(() -> g.drawImage(image, 0, 0, null))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  /** The sketch is a copy: later drawing and changes to drawn shapes do not reach it. */
  @Test
  void aSketchIsACopy() {
    SketchGraphics g = new SketchGraphics();
    java.awt.geom.Path2D.Double path = new java.awt.geom.Path2D.Double();
    path.moveTo(0, 0);
    path.lineTo(1, 1);
    g.draw(path);
    Sketch sketch = g.sketch(10, 10);
    path.lineTo(50, 50);
    g.fillRect(0, 0, 1, 1);
    assertThat(sketch.marks()).hasSize(1);
    assertThat(sketch.marks().get(0).path().getBounds2D().getMaxX()).isEqualTo(1.0);
  }

  /**
   * A label's glyphs come one by one, each outline about its own origin and placed where the
   * label's outline has it: together they draw the label; the same letter in the same font, size
   * and turn has one key, and a turned label's glyphs another.
   */
  @Test
  void aLabelsGlyphsDrawItsOutlineAndShareKeysByLetter() {
    Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    SketchGraphics g = new SketchGraphics();
    g.setFont(font);
    g.setColor(Color.BLACK);
    g.translate(5, 7);
    g.scale(1.5, 1.5);
    g.drawString("a a", 20f, 30f);
    g.rotate(-Math.PI / 2);
    g.drawString("a", -60f, 10f);
    List<Mark> marks = g.sketch(200, 200).marks();
    Area label = (Area) marks.get(0);
    assertThat(label.glyphs()).as("two glyphs, the space drawing nothing").hasSize(2);
    Sketch.Glyph first = label.glyphs().get(0);
    Sketch.Glyph second = label.glyphs().get(1);
    assertThat(first.key()).isEqualTo(second.key());
    assertThat(second.x()).isGreaterThan(first.x());
    assertThat(second.y()).isEqualTo(first.y());
    // each glyph's outline moved to its place is that part of the label's outline
    java.awt.geom.Area together = new java.awt.geom.Area();
    for (Sketch.Glyph glyph : label.glyphs()) {
      together.add(
          new java.awt.geom.Area(
              java.awt.geom.AffineTransform.getTranslateInstance(glyph.x(), glyph.y())
                  .createTransformedShape(glyph.outline())));
    }
    java.awt.geom.Area whole = new java.awt.geom.Area(label.path());
    Rectangle2D a = together.getBounds2D();
    Rectangle2D b = whole.getBounds2D();
    assertThat(a.getMinX()).isCloseTo(b.getMinX(), within(1e-3));
    assertThat(a.getMaxX()).isCloseTo(b.getMaxX(), within(1e-3));
    assertThat(a.getMinY()).isCloseTo(b.getMinY(), within(1e-3));
    assertThat(a.getMaxY()).isCloseTo(b.getMaxY(), within(1e-3));
    // the same inside and outside, but for points on an edge
    int inside = 0;
    int differ = 0;
    for (double x = b.getMinX(); x < b.getMaxX(); x += 0.05) {
      for (double y = b.getMinY(); y < b.getMaxY(); y += 0.05) {
        boolean in = whole.contains(x, y);
        inside += in ? 1 : 0;
        differ += in != together.contains(x, y) ? 1 : 0;
      }
    }
    assertThat(inside).isGreaterThan(1000);
    assertThat(differ).as("points inside one outline only").isLessThan(inside / 200);
    Area turned = (Area) marks.get(1);
    assertThat(turned.glyphs()).hasSize(1);
    assertThat(turned.glyphs().get(0).key()).isNotEqualTo(first.key());
    assertThat(turned.glyphs().get(0).outline().getBounds2D().getHeight())
        .as("the turned glyph's outline is turned: taller than wide, as the upright one is wide")
        .isCloseTo(first.outline().getBounds2D().getWidth(), within(1e-6));
  }

  /** Fills that are not text have no glyphs. */
  @Test
  void aFillHasNoGlyphs() {
    SketchGraphics g = new SketchGraphics();
    g.fillRect(1, 2, 3, 4);
    assertThat(((Area) g.sketch(10, 10).marks().get(0)).glyphs()).isEmpty();
  }
}
