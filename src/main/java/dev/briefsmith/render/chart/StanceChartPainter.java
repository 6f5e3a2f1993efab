package dev.briefsmith.render.chart;

import dev.briefsmith.compose.FontFamily;
import dev.briefsmith.compose.Rgb;
import dev.briefsmith.compose.StanceChart;
import dev.briefsmith.compose.StanceChart.Marker;
import dev.briefsmith.compose.StanceChart.Series;
import dev.briefsmith.image.RgbPng;
import dev.briefsmith.render.Fonts;
import dev.briefsmith.render.Remembered;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.text.G2TextMeasurer;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws a {@link StanceChart} with JFreeChart onto any {@link Graphics2D}: a PDF's vector graphics,
 * or an image for Word. Issues run down the side, the -2..+2 scale across; each side has its own
 * marker shape as well as its colour, so the chart reads in greyscale. Sides with the same stance
 * on an issue sit side by side in that stance's column (in further rows when there are many), so no
 * marker hides another. The chart sizes itself ({@link #layout}): the plot gets the height its
 * markers and labels need, and the legend below it as many rows as its entries need. Thread-safe;
 * it remembers the latest layouts, PNGs and sketches it made.
 */
public final class StanceChartPainter {
  /** Share of a stance column that markers side by side may take; the rest keeps columns apart. */
  private static final double COLUMN_SHARE = 0.75;

  /** The axis margins above the first and below the last issue, as a share of the plot. */
  private static final double ISSUE_MARGIN = 0.04;

  /** The most of the plot's width the issue labels take before they wrap. */
  private static final float LABEL_SHARE = 0.35f;

  /** The plot's insets left and right together. */
  private static final double PLOT_INSETS = 10;

  private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

  /** How many PNGs {@link #png} remembers: enough for every audience of the briefs being built. */
  private static final int REMEMBERED = 16;

  private final Fonts fonts;

  /**
   * The latest PNGs drawn, by everything that decides their pixels: audiences of a brief often show
   * the same chart, and drawing and encoding one is most of a Word file's cost.
   */
  private final Remembered<PngKey, byte[]> pngs = new Remembered<>(REMEMBERED);

  /**
   * The latest layouts found, by everything that decides them: finding one draws the chart
   * off-screen, and every audience and format of a brief (and a PDF's contents pass) asks for the
   * same ones.
   */
  private final Remembered<LayoutKey, ChartLayout> layouts = new Remembered<>(REMEMBERED);

  /** Everything that decides a chart's layout. */
  private record LayoutKey(
      StanceChart chart, float widthPt, float minAspect, FontFamily theme, float baseSizePt) {}

  /**
   * The latest sketches drawn, by everything that decides their marks, for the audiences of a brief
   * that show the same chart in Word.
   */
  private final Remembered<SketchKey, Sketch> sketches = new Remembered<>(REMEMBERED);

  /** Everything that decides a sketch's marks. */
  private record SketchKey(
      StanceChart chart, ChartLayout layout, float scale, FontFamily family, float baseSizePt) {}

  /** Everything that decides a chart PNG's pixels. */
  private record PngKey(
      StanceChart chart,
      ChartLayout layout,
      float scale,
      int dpi,
      FontFamily family,
      float baseSizePt) {}

  /** A painter that sets its labels in the bundled fonts. */
  public StanceChartPainter(Fonts fonts) {
    this.fonts = fonts;
  }

  /**
   * What the chart has drawn, in the chart's own points (before scaling to the printed area): for
   * tests that check nothing is clipped or hidden.
   *
   * @param dataArea the plot's data area, where markers belong
   * @param markers the bounds of every marker drawn, in series order, issue by issue
   * @param legend the legend entries drawn, in series order
   */
  public record Painted(
      Rectangle2D chartArea, Rectangle2D dataArea, List<Mark> markers, List<LegendEntry> legend) {
    /** Copies the lists. */
    public Painted {
      markers = List.copyOf(markers);
      legend = List.copyOf(legend);
    }
  }

  /** One marker as drawn: the series and issue (indexes into the chart's lists) and its bounds. */
  public record Mark(int series, int issue, Rectangle2D bounds) {}

  /** One legend entry as drawn: its label and the bounds of its marker and label together. */
  public record LegendEntry(String label, Rectangle2D bounds) {}

  /**
   * The size the chart needs {@code widthPt} wide: at least {@code minAspect} times the width high,
   * and higher when its markers or its legend need more room.
   */
  public ChartLayout layout(
      StanceChart chart, float widthPt, float minAspect, FontFamily theme, float baseSizePt) {
    return layouts.get(
        new LayoutKey(chart, widthPt, minAspect, theme, baseSizePt),
        () -> measure(chart, widthPt, minAspect, theme, baseSizePt));
  }

  private ChartLayout measure(
      StanceChart chart, float widthPt, float minAspect, FontFamily theme, float baseSizePt) {
    FontFamily family = labelFamily(chart, theme);
    Sizes z = new Sizes(baseSizePt);
    Legend legend = legend(chart, widthPt, family, z);
    // Draw the plot once off-screen to learn what its axes take and how wide the data area is.
    float trial = Math.max(200f, widthPt * 0.6f);
    ChartRenderingInfo info = new ChartRenderingInfo();
    BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = scratch.createGraphics();
    double label;
    try {
      hints(g);
      build(chart, family, z, new Offsets(chart, 1, z.step()))
          .draw(g, new Rectangle2D.Double(0, 0, widthPt, trial), info);
      label = labelHeight(chart, widthPt, family, z, g);
    } finally {
      g.dispose();
    }
    Rectangle2D data = info.getPlotInfo().getDataArea();
    double axes = trial - data.getHeight();
    double stanceColumn = data.getWidth() / 5;
    int columns = Math.max(1, (int) Math.floor(stanceColumn * COLUMN_SHARE / z.step()));
    int rows = new Offsets(chart, columns, z.step()).rows();
    // each issue: its rows of markers and a gap to the next issue's, and room for its label
    double band = Math.max((rows + 0.4) * z.step(), label);
    double plotData = chart.categories().size() * band / (1 - 2 * ISSUE_MARGIN);
    float plot = (float) Math.ceil(axes + plotData);
    float total = Math.max(widthPt * minAspect, plot + legend.height());
    return new ChartLayout(
        widthPt, total, total - legend.height(), columns, legend.columns(), legend.rows());
  }

  /**
   * Draws the chart laid out as {@code layout} into {@code area} of {@code g}, scaled as a whole to
   * the area's width, with labels in {@code family}.
   */
  public Painted paint(
      StanceChart chart,
      ChartLayout layout,
      Graphics2D g,
      Rectangle2D area,
      FontFamily theme,
      float baseSizePt) {
    FontFamily family = labelFamily(chart, theme);
    Sizes z = new Sizes(baseSizePt);
    hints(g);
    AffineTransform saved = g.getTransform();
    try {
      g.translate(area.getX(), area.getY());
      double scale = area.getWidth() / layout.widthPt();
      g.scale(scale, scale);
      Rectangle2D plotArea = new Rectangle2D.Double(0, 0, layout.widthPt(), layout.plotHeightPt());
      ChartRenderingInfo info = new ChartRenderingInfo();
      build(chart, family, z, new Offsets(chart, layout.markerColumns(), z.step()))
          .draw(g, plotArea, info);
      List<Mark> markers = new ArrayList<>();
      for (Object o : info.getEntityCollection().getEntities()) {
        if (o instanceof CategoryItemEntity e
            && e.getRowKey() instanceof Key series
            && e.getColumnKey() instanceof Key issue) {
          markers.add(new Mark(series.index(), issue.index(), e.getArea().getBounds2D()));
        }
      }
      Legend legend = legend(chart, layout.widthPt(), family, z);
      List<LegendEntry> entries = legend.draw(g, chart, layout.widthPt(), layout.plotHeightPt(), z);
      return new Painted(
          new Rectangle2D.Double(0, 0, layout.widthPt(), layout.heightPt()),
          info.getPlotInfo().getDataArea(),
          markers,
          entries);
    } finally {
      g.setTransform(saved);
    }
  }

  /**
   * The chart as a PNG at {@code dpi}, laid out as {@code layout} and printed {@code scale} times
   * its size, so text has the same size as in the PDF.
   */
  public byte[] png(
      StanceChart chart,
      ChartLayout layout,
      float scale,
      int dpi,
      FontFamily family,
      float baseSizePt) {
    PngKey key = new PngKey(chart, layout, scale, dpi, family, baseSizePt);
    // a copy each time: the caller may change the array, the remembered one must not change
    return pngs.get(key, () -> draw(chart, layout, scale, dpi, family, baseSizePt)).clone();
  }

  /**
   * The chart as vector marks, laid out as {@code layout} and printed {@code scale} times its size,
   * in printed points; its labels are the outlines of their glyphs, as in the PDF. Empty for a
   * right-to-left chart or one with Arabic-script labels: outlines of glyph vectors are not shaped
   * or reordered, so those charts are drawn as pictures ({@link #png}).
   */
  public Optional<Sketch> sketch(
      StanceChart chart, ChartLayout layout, float scale, FontFamily family, float baseSizePt) {
    if (chart.rightToLeft() || labels(chart).stream().anyMatch(StanceChartPainter::arabic)) {
      return Optional.empty();
    }
    SketchKey key = new SketchKey(chart, layout, scale, family, baseSizePt);
    return Optional.of(
        sketches.get(
            key,
            () -> {
              SketchGraphics g = new SketchGraphics();
              double w = layout.widthPt() * (double) scale;
              double h = layout.heightPt() * (double) scale;
              try {
                paint(chart, layout, g, new Rectangle2D.Double(0, 0, w, h), family, baseSizePt);
              } finally {
                g.dispose();
              }
              return g.sketch(w, h);
            }));
  }

  /** Every label a chart prints: issues, the scale's words, and side names. */
  private static List<String> labels(StanceChart chart) {
    List<String> labels = new ArrayList<>(chart.categories());
    labels.addAll(chart.scaleLabels());
    chart.series().forEach(s -> labels.add(s.name()));
    return labels;
  }

  private byte[] draw(
      StanceChart chart,
      ChartLayout layout,
      float scale,
      int dpi,
      FontFamily family,
      float baseSizePt) {
    double px = dpi / 72.0 * scale;
    int w = (int) Math.ceil(layout.widthPt() * px);
    int h = (int) Math.ceil(layout.heightPt() * px);
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, w, h);
      paint(
          chart,
          layout,
          g,
          new Rectangle2D.Double(0, 0, layout.widthPt() * px, layout.heightPt() * px),
          family,
          baseSizePt);
    } finally {
      g.dispose();
    }
    return RgbPng.encode(image);
  }

  /**
   * The family the chart's labels are set in: the theme's, unless it is a house font that lacks a
   * character of some label (a Greek side name in a Latin-only house font); then the whole chart
   * takes the bundled Noto the house font falls back to, so no label shows empty boxes.
   */
  FontFamily labelFamily(StanceChart chart, FontFamily theme) {
    if (!theme.isHouse()) {
      return theme;
    }
    Font regular = fonts.awt(theme, false, false);
    Font bold = fonts.awt(theme, true, false);
    for (String label : labels(chart)) {
      if (regular.canDisplayUpTo(label) != -1 || bold.canDisplayUpTo(label) != -1) {
        return theme.fallback();
      }
    }
    return theme;
  }

  /** An AWT font of a family, at a size in points. */
  public Font awtFont(FontFamily family, boolean bold, float sizePt) {
    // created once per Fonts, not per chart: each creation from bytes left a temporary file
    return fonts.awt(family, bold, false).deriveFont(sizePt);
  }

  private static void hints(Graphics2D g) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
  }

  /** Marker and type sizes derived from the base size. */
  private record Sizes(float base) {
    float label() {
      return base * 0.85f;
    }

    double radius(boolean primary) {
      return primary ? base * 0.55 : base * 0.4;
    }

    /** Centre to centre of markers side by side: the largest marker and a gap. */
    double step() {
      return 2 * radius(true) + base * 0.3;
    }
  }

  /**
   * The height the tallest issue label takes, wrapped as the issue axis wraps it: into at most
   * three lines, at most {@link #LABEL_SHARE} of the plot wide.
   */
  private double labelHeight(
      StanceChart chart, float widthPt, FontFamily family, Sizes z, Graphics2D g) {
    Font bold = awtFont(family, true, z.label());
    Font boldArabic = awtFont(FontFamily.NOTO_NASKH_ARABIC, true, z.label());
    double line = bold.getLineMetrics("Ag", g.getFontRenderContext()).getHeight();
    float room = (float) ((widthPt - PLOT_INSETS) * LABEL_SHARE);
    int lines = 1;
    for (String c : chart.categories()) {
      TextBlock block =
          TextUtils.createTextBlock(
              c, pick(c, bold, boldArabic), Color.BLACK, room, 3, new G2TextMeasurer(g));
      lines = Math.max(lines, block.getLines().size());
    }
    return lines * line + z.base() * 0.4;
  }

  private JFreeChart build(StanceChart chart, FontFamily family, Sizes z, Offsets offsets) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (int s = 0; s < chart.series().size(); s++) {
      Series series = chart.series().get(s);
      for (int i = 0; i < chart.categories().size(); i++) {
        Optional<Integer> v = series.values().get(i);
        // the symbol axis counts labels from 0, so -2..+2 becomes 0..4
        data.addValue(
            v.map(x -> (Number) (x + 2)).orElse(null),
            new Key(s, series.name()),
            new Key(i, chart.categories().get(i)));
      }
    }
    Font label = awtFont(family, false, z.label());
    Font bold = awtFont(family, true, z.label());
    Font labelArabic = awtFont(FontFamily.NOTO_NASKH_ARABIC, false, z.label());
    Font boldArabic = awtFont(FontFamily.NOTO_NASKH_ARABIC, true, z.label());

    SymbolAxis scale = new SymbolAxis(null, chart.scaleLabels().toArray(String[]::new));
    scale.setRange(-0.5, 4.5);
    // read from the right: opposes on the right, as the issue labels are
    scale.setInverted(chart.rightToLeft());
    // one font for the scale: the Arabic-script one when its words are Persian or Arabic
    scale.setTickLabelFont(
        chart.scaleLabels().stream().anyMatch(StanceChartPainter::arabic) ? labelArabic : label);
    scale.setGridBandsVisible(false);
    scale.setTickLabelPaint(new Color(0x33, 0x33, 0x33));

    CategoryAxis issues = new CategoryAxis(null);
    issues.setTickLabelFont(bold);
    for (int i = 0; i < chart.categories().size(); i++) {
      String c = chart.categories().get(i);
      if (arabic(c)) {
        // the Latin fonts have no Arabic script, and the chart's fonts have no fallback
        issues.setTickLabelFont(new Key(i, c), boldArabic);
      }
    }
    issues.setMaximumCategoryLabelLines(3);
    issues.setMaximumCategoryLabelWidthRatio(LABEL_SHARE);
    issues.setCategoryMargin(0.25);
    issues.setLowerMargin(ISSUE_MARGIN);
    issues.setUpperMargin(ISSUE_MARGIN);

    PackedRenderer renderer = new PackedRenderer(offsets);
    List<Series> series = chart.series();
    for (int i = 0; i < series.size(); i++) {
      Series s = series.get(i);
      renderer.setSeriesShape(i, shape(s.marker(), z.radius(s.primary())));
      renderer.setSeriesPaint(i, awt(s.color()));
      renderer.setSeriesOutlinePaint(i, awt(s.color()));
      renderer.setSeriesShapesFilled(i, s.primary());
      renderer.setSeriesOutlineStroke(i, stroke(s));
    }
    renderer.setUseOutlinePaint(true);
    renderer.setDrawOutlines(true);

    CategoryPlot plot = new CategoryPlot(data, issues, scale, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    if (chart.rightToLeft()) {
      plot.setDomainAxisLocation(AxisLocation.TOP_OR_RIGHT);
    }
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setRangeGridlinePaint(new Color(0xC8, 0xCD, 0xD5));
    plot.setRangeGridlineStroke(new BasicStroke(0.5f));
    plot.setDomainGridlinesVisible(true);
    plot.setDomainGridlinePaint(new Color(0xE6, 0xE9, 0xEE));
    plot.setRangeZeroBaselineVisible(false);
    plot.setInsets(
        chart.rightToLeft() ? new RectangleInsets(2, 8, 2, 2) : new RectangleInsets(2, 2, 2, 8));

    // the legend is drawn by this class, below the plot, in the room the layout gave it
    JFreeChart jfc = new JFreeChart(null, label, plot, false);
    jfc.setBackgroundPaint(Color.WHITE);
    jfc.setAntiAlias(true);
    jfc.setTextAntiAlias(true);
    return jfc;
  }

  /**
   * A series or issue key: by position, so two factions (or issues) of the same name stay apart;
   * shown by its label.
   */
  private record Key(int index, String label) implements Comparable<Key> {
    @Override
    public int compareTo(Key other) {
      return Integer.compare(index, other.index);
    }

    @Override
    public String toString() {
      return label;
    }
  }

  private static BasicStroke stroke(Series s) {
    return new BasicStroke(s.primary() ? 0.8f : 1.2f);
  }

  private Legend legend(StanceChart chart, float widthPt, FontFamily family, Sizes z) {
    Font font = awtFont(family, false, z.label());
    Font arabic = awtFont(FontFamily.NOTO_NASKH_ARABIC, false, z.label());
    double widest = 0;
    int sides = 0;
    for (Series s : chart.series()) {
      widest =
          Math.max(
              widest, pick(s.name(), font, arabic).getStringBounds(s.name(), MEASURE).getWidth());
      sides += s.primary() ? 1 : 0;
    }
    int factions = chart.series().size() - sides;
    double line = font.getLineMetrics("Ag", MEASURE).getHeight();
    // marker, gap, label, and a gap to the next column; 5% slack for the drawing's own metrics
    double entry = 2 * z.radius(true) + z.base() * 0.5 + widest * 1.05 + z.base() * 1.2;
    int most = Math.max(1, Math.max(sides, factions));
    int columns = Math.max(1, Math.min(most, (int) Math.floor(widthPt / entry)));
    int rows = ceilDiv(sides, columns) + ceilDiv(factions, columns);
    double rowHeight = Math.max(line, 2 * z.radius(true)) + z.base() * 0.35;
    float height = rows == 0 ? 0 : (float) Math.ceil(rows * rowHeight + z.base() * 0.6);
    return new Legend(
        font, arabic, columns, rows, Math.min(entry, widthPt / columns), rowHeight, height);
  }

  /** Whether text has letters of the Arabic script, which only the Arabic-script font has. */
  static boolean arabic(String text) {
    return text.codePoints()
        .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC);
  }

  /** The font for a label: the Arabic-script one for Persian or Arabic text. */
  static Font pick(String text, Font main, Font arabic) {
    return arabic(text) ? arabic : main;
  }

  private static int ceilDiv(int a, int b) {
    return (a + b - 1) / b;
  }

  /** The legend's grid: entries left-aligned in columns, the grid centred under the plot. */
  private record Legend(
      Font font,
      Font arabic,
      int columns,
      int rows,
      double entryWidth,
      double rowHeight,
      float height) {

    List<LegendEntry> draw(Graphics2D g, StanceChart chart, float widthPt, float top, Sizes z) {
      List<LegendEntry> drawn = new ArrayList<>();
      double left = Math.max(0, (widthPt - columns * entryWidth) / 2);
      g.setFont(font);
      double y = top + z.base() * 0.3;
      int row = 0;
      int col = 0;
      boolean primary = true;
      for (Series s : chart.series()) {
        if (s.primary() != primary) {
          // factions begin on a row of their own
          primary = s.primary();
          if (col > 0) {
            row++;
            col = 0;
          }
        }
        // columns from the right in a right-to-left chart
        double x = left + (chart.rightToLeft() ? columns - 1 - col : col) * entryWidth;
        double cy = y + row * rowHeight + rowHeight / 2;
        double r = z.radius(true);
        Shape marker = shape(s.marker(), z.radius(s.primary()));
        Font own = pick(s.name(), font, arabic);
        g.setFont(own);
        double textW = own.getStringBounds(s.name(), g.getFontRenderContext()).getWidth();
        // right to left: the marker at the entry's right end, its label to the left of it
        double end = x + entryWidth - z.base() * 1.2;
        double markerX = chart.rightToLeft() ? end - r : x + r;
        Shape placed =
            AffineTransform.getTranslateInstance(markerX, cy).createTransformedShape(marker);
        Color color = awt(s.color());
        if (s.primary()) {
          g.setPaint(color);
          g.fill(placed);
        }
        g.setPaint(color);
        g.setStroke(stroke(s));
        g.draw(placed);
        g.setPaint(new Color(0x1B, 0x1F, 0x24));
        var metrics = own.getLineMetrics(s.name(), g.getFontRenderContext());
        float baseline = (float) (cy + (metrics.getAscent() - metrics.getDescent()) / 2);
        float textX =
            (float)
                (chart.rightToLeft()
                    ? end - 2 * r - z.base() * 0.5 - textW
                    : x + 2 * r + z.base() * 0.5);
        g.drawString(s.name(), textX, baseline);
        double from = chart.rightToLeft() ? textX : x;
        double to = chart.rightToLeft() ? end : textX + textW;
        Rectangle2D bounds = new Rectangle2D.Double(from, cy - rowHeight / 2, to - from, rowHeight);
        drawn.add(new LegendEntry(s.name(), bounds));
        col++;
        if (col == columns) {
          col = 0;
          row++;
        }
      }
      return drawn;
    }
  }

  /**
   * Where each marker goes relative to its stance on its issue, in points: the series with the same
   * stance on one issue, in series order, side by side in rows of at most {@code columns}, centred.
   */
  private static final class Offsets {
    private final double[][] dx;
    private final double[][] dy;
    private int rows = 1;

    Offsets(StanceChart chart, int columns, double step) {
      int n = chart.series().size();
      int issues = chart.categories().size();
      dx = new double[n][issues];
      dy = new double[n][issues];
      for (int c = 0; c < issues; c++) {
        for (int v = -2; v <= 2; v++) {
          List<Integer> same = new ArrayList<>();
          for (int s = 0; s < n; s++) {
            if (chart.series().get(s).values().get(c).equals(Optional.of(v))) {
              same.add(s);
            }
          }
          int groupRows = ceilDiv(same.size(), columns);
          rows = Math.max(rows, groupRows);
          for (int k = 0; k < same.size(); k++) {
            int row = k / columns;
            int inRow = Math.min(columns, same.size() - row * columns);
            int col = k % columns;
            dx[same.get(k)][c] = (col - (inRow - 1) / 2.0) * step;
            dy[same.get(k)][c] = (row - (groupRows - 1) / 2.0) * step;
          }
        }
      }
    }

    int rows() {
      return rows;
    }
  }

  /** Draws each marker at its stance, moved by its offset; no lines. */
  private static final class PackedRenderer
      extends org.jfree.chart.renderer.category.LineAndShapeRenderer {
    private static final long serialVersionUID = 1L;
    private final transient Offsets offsets;

    PackedRenderer(Offsets offsets) {
      super(false, true);
      this.offsets = offsets;
    }

    @Override
    public int getPassCount() {
      return 1;
    }

    @Override
    public void drawItem(
        Graphics2D g2,
        org.jfree.chart.renderer.category.CategoryItemRendererState state,
        Rectangle2D dataArea,
        CategoryPlot plot,
        CategoryAxis domainAxis,
        org.jfree.chart.axis.ValueAxis rangeAxis,
        org.jfree.data.category.CategoryDataset dataset,
        int row,
        int column,
        int pass) {
      Number value = dataset.getValue(row, column);
      if (value == null || !getItemVisible(row, column)) {
        return;
      }
      double x =
          rangeAxis.valueToJava2D(value.doubleValue(), dataArea, plot.getRangeAxisEdge())
              + offsets.dx[row][column];
      double y =
          domainAxis.getCategoryMiddle(
                  column, dataset.getColumnCount(), dataArea, plot.getDomainAxisEdge())
              + offsets.dy[row][column];
      Shape shape =
          AffineTransform.getTranslateInstance(x, y)
              .createTransformedShape(getItemShape(row, column));
      if (getItemShapeFilled(row, column)) {
        g2.setPaint(getItemPaint(row, column));
        g2.fill(shape);
      }
      g2.setPaint(getItemOutlinePaint(row, column));
      g2.setStroke(getItemOutlineStroke(row, column));
      g2.draw(shape);
      if (state.getEntityCollection() != null) {
        addItemEntity(state.getEntityCollection(), dataset, row, column, shape);
      }
    }
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
