package dev.briefsmith.render.chart;

import dev.briefsmith.compose.FontFamily;
import dev.briefsmith.compose.Rgb;
import dev.briefsmith.compose.StanceChart;
import dev.briefsmith.compose.StanceChart.Marker;
import dev.briefsmith.compose.StanceChart.Series;
import dev.briefsmith.image.Images;
import dev.briefsmith.render.Fonts;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws a {@link StanceChart} with JFreeChart onto any {@link Graphics2D}: a PDF's vector graphics,
 * or an image for Word. Issues run down the side, the -2..+2 scale across; each side has its own
 * marker shape as well as its colour, so the chart reads in greyscale. Stateless and thread-safe.
 */
public final class StanceChartPainter {
  private final Fonts fonts;

  /** A painter that sets its labels in the bundled fonts. */
  public StanceChartPainter(Fonts fonts) {
    this.fonts = fonts;
  }

  /** The chart drawn into {@code area} of {@code g}, with labels in {@code family}. */
  public void paint(
      StanceChart chart, Graphics2D g, Rectangle2D area, FontFamily family, float baseSizePt) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    build(chart, family, baseSizePt).draw(g, area);
  }

  /**
   * The chart as a PNG of {@code widthPt} x {@code heightPt} points at {@code dpi}: laid out at its
   * printed size, then scaled, so text has the same size as in the PDF.
   */
  public byte[] png(
      StanceChart chart,
      float widthPt,
      float heightPt,
      int dpi,
      FontFamily family,
      float baseSizePt) {
    double scale = dpi / 72.0;
    int w = (int) Math.ceil(widthPt * scale);
    int h = (int) Math.ceil(heightPt * scale);
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, w, h);
      g.scale(scale, scale);
      paint(chart, g, new Rectangle2D.Double(0, 0, widthPt, heightPt), family, baseSizePt);
    } finally {
      g.dispose();
    }
    // in memory: ImageIO.write would buffer in a temporary file
    return Images.png(image);
  }

  /** An AWT font of the bundled family, at a size in points. */
  public Font awtFont(FontFamily family, boolean bold, float sizePt) {
    // created once per Fonts, not per chart: each creation from bytes left a temporary file
    return fonts.awt(family, bold, false).deriveFont(sizePt);
  }

  private JFreeChart build(StanceChart chart, FontFamily family, float size) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Series s : chart.series()) {
      for (int i = 0; i < chart.categories().size(); i++) {
        Optional<Integer> v = s.values().get(i);
        // the symbol axis counts labels from 0, so -2..+2 becomes 0..4
        data.addValue(
            v.map(x -> (Number) (x + 2)).orElse(null), s.name(), chart.categories().get(i));
      }
    }
    Font label = awtFont(family, false, size * 0.85f);
    Font bold = awtFont(family, true, size * 0.85f);

    SymbolAxis scale = new SymbolAxis(null, chart.scaleLabels().toArray(String[]::new));
    scale.setRange(-0.5, 4.5);
    scale.setTickLabelFont(label);
    scale.setGridBandsVisible(false);
    scale.setTickLabelPaint(new Color(0x33, 0x33, 0x33));

    CategoryAxis issues = new CategoryAxis(null);
    issues.setTickLabelFont(bold);
    issues.setMaximumCategoryLabelLines(3);
    issues.setMaximumCategoryLabelWidthRatio(0.35f);
    issues.setCategoryMargin(0.25);
    issues.setLowerMargin(0.04);
    issues.setUpperMargin(0.04);

    LineAndShapeRenderer renderer = new LineAndShapeRenderer(false, true);
    renderer.setUseSeriesOffset(true);
    renderer.setItemMargin(0.1);
    List<Series> series = chart.series();
    for (int i = 0; i < series.size(); i++) {
      Series s = series.get(i);
      double r = s.primary() ? size * 0.55 : size * 0.4;
      renderer.setSeriesShape(i, shape(s.marker(), r));
      renderer.setSeriesPaint(i, awt(s.color()));
      renderer.setSeriesOutlinePaint(i, awt(s.color()));
      renderer.setSeriesShapesFilled(i, s.primary());
      renderer.setSeriesOutlineStroke(i, new BasicStroke(s.primary() ? 0.8f : 1.2f));
    }
    renderer.setUseOutlinePaint(true);
    renderer.setDrawOutlines(true);

    CategoryPlot plot = new CategoryPlot(data, issues, scale, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setRangeGridlinePaint(new Color(0xC8, 0xCD, 0xD5));
    plot.setRangeGridlineStroke(new BasicStroke(0.5f));
    plot.setDomainGridlinesVisible(true);
    plot.setDomainGridlinePaint(new Color(0xE6, 0xE9, 0xEE));
    plot.setRangeZeroBaselineVisible(false);
    plot.setInsets(new RectangleInsets(2, 2, 2, 8));

    JFreeChart jfc = new JFreeChart(null, label, plot, true);
    jfc.setBackgroundPaint(Color.WHITE);
    jfc.setAntiAlias(true);
    jfc.setTextAntiAlias(true);
    LegendTitle legend = jfc.getLegend();
    legend.setItemFont(label);
    legend.setPosition(RectangleEdge.BOTTOM);
    legend.setFrame(BlockBorder.NONE);
    legend.setBackgroundPaint(Color.WHITE);
    return jfc;
  }

  private static Color awt(Rgb c) {
    return new Color(c.red(), c.green(), c.blue());
  }

  private static Shape shape(Marker marker, double r) {
    return switch (marker) {
      case CIRCLE -> new Ellipse2D.Double(-r, -r, 2 * r, 2 * r);
      case SQUARE -> new Rectangle2D.Double(-r * 0.9, -r * 0.9, 1.8 * r, 1.8 * r);
      case TRIANGLE -> polygon(new double[] {0, r, -r}, new double[] {-r, r, r});
      case TRIANGLE_DOWN -> polygon(new double[] {0, r, -r}, new double[] {r, -r, -r});
      case DIAMOND -> polygon(new double[] {0, r, 0, -r}, new double[] {-r, 0, r, 0});
      case CROSS -> {
        double t = r * 0.35;
        yield polygon(
            new double[] {-t, t, t, r, r, t, t, -t, -t, -r, -r, -t},
            new double[] {-r, -r, -t, -t, t, t, r, r, t, t, -t, -t});
      }
    };
  }

  private static Shape polygon(double[] xs, double[] ys) {
    // Polygon is integer-based; scale up and back down for smooth small markers.
    Polygon p = new Polygon();
    for (int i = 0; i < xs.length; i++) {
      p.addPoint((int) Math.round(xs[i] * 100), (int) Math.round(ys[i] * 100));
    }
    return java.awt.geom.AffineTransform.getScaleInstance(0.01, 0.01).createTransformedShape(p);
  }
}
