package dev.briefsmith.render.docx;

import dev.briefsmith.compose.FontFamily;
import dev.briefsmith.compose.StanceChart;
import dev.briefsmith.render.Remembered;
import dev.briefsmith.render.chart.ChartLayout;
import dev.briefsmith.render.chart.StanceChartPainter;

/**
 * The stance-chart painter with the latest layouts remembered: laying a chart out draws it once
 * off-screen, and the audiences and documents of a run mostly lay out the same chart at the same
 * width. Thread-safe.
 */
final class Charts {
  /** How many layouts are remembered: a chart in a few widths for every brief being built. */
  private static final int REMEMBERED = 16;

  private final StanceChartPainter painter;
  private final Remembered<Key, ChartLayout> layouts = new Remembered<>(REMEMBERED);

  /** Everything that decides a layout. */
  private record Key(
      StanceChart chart, float widthPt, float minAspect, FontFamily theme, float baseSizePt) {}

  Charts(StanceChartPainter painter) {
    this.painter = painter;
  }

  /** The layout {@link StanceChartPainter#layout} gives, remembered. */
  ChartLayout layout(
      StanceChart chart, float widthPt, float minAspect, FontFamily theme, float baseSizePt) {
    return layouts.get(
        new Key(chart, widthPt, minAspect, theme, baseSizePt),
        () -> painter.layout(chart, widthPt, minAspect, theme, baseSizePt));
  }

  /** The chart as a PNG (remembered by the painter). */
  byte[] png(
      StanceChart chart,
      ChartLayout layout,
      float scale,
      int dpi,
      FontFamily family,
      float baseSizePt) {
    return painter.png(chart, layout, scale, dpi, family, baseSizePt);
  }
}
