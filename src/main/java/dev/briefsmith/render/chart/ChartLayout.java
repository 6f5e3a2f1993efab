package dev.briefsmith.render.chart;

/**
 * The size a stance chart needs at a given width, in points, before any scaling to fit a page: the
 * plot keeps room for every marker side by side and the legend below it gets as many rows as its
 * entries need, so nothing is squeezed or clipped. Renderers print the chart at this size, or
 * scaled down as a whole (text and markers alike) with {@link #scaleToFit}.
 *
 * @param plotHeightPt the plot with its axes, above the legend
 * @param markerColumns the most markers set side by side in one stance column of one issue; more
 *     markers with the same stance on an issue go into further rows
 * @param legendColumns the legend's columns
 * @param legendRows the legend's rows: sides first, then factions starting on a row of their own
 */
public record ChartLayout(
    float widthPt,
    float heightPt,
    float plotHeightPt,
    int markerColumns,
    int legendColumns,
    int legendRows) {

  /** Checks the fields. */
  public ChartLayout {
    if (!(widthPt > 0) || !(heightPt > 0) || !(plotHeightPt > 0) || plotHeightPt > heightPt) {
      throw new IllegalArgumentException(
          "bad chart size " + widthPt + " x " + heightPt + " (plot " + plotHeightPt + ")");
    }
    if (markerColumns < 1 || legendColumns < 1 || legendRows < 0) {
      throw new IllegalArgumentException("bad chart grid");
    }
  }

  /** The factor (at most 1) that makes the chart at most {@code maxHeightPt} high. */
  public float scaleToFit(float maxHeightPt) {
    return Math.min(1f, maxHeightPt / heightPt);
  }
}
