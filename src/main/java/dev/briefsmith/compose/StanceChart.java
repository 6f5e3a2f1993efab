package dev.briefsmith.compose;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Data for the stance chart: one row per issue ({@code categories}), the -2..+2 scale across, and
 * one marker per series (a side, or in the analyst audience also a faction) where it has a stated
 * stance.
 *
 * @param scaleLabels the words for -2, -1, 0, +1, +2, in that order
 * @param rightToLeft whether the chart reads from the right (a right-to-left edition): the issue
 *     labels on the right, the scale from opposes on the right to supports on the left, the legend
 *     from the right
 */
public record StanceChart(
    List<String> categories, List<Series> series, List<String> scaleLabels, boolean rightToLeft) {

  /** A chart that reads from the left. */
  public StanceChart(List<String> categories, List<Series> series, List<String> scaleLabels) {
    this(categories, series, scaleLabels, false);
  }

  /** Marker shapes; sides get distinct ones so the chart reads in greyscale. */
  public enum Marker {
    CIRCLE,
    SQUARE,
    TRIANGLE,
    DIAMOND,
    TRIANGLE_DOWN,
    CROSS
  }

  /**
   * One side or faction: a value per category (empty: no stated stance).
   *
   * @param primary true for sides (large filled markers), false for factions (small hollow ones)
   */
  public record Series(
      String name, Rgb color, Marker marker, boolean primary, List<Optional<Integer>> values) {
    /** Checks and copies the fields. */
    public Series {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(color, "color");
      Objects.requireNonNull(marker, "marker");
      values = List.copyOf(values);
    }
  }

  /** Checks that every series has one value per category. */
  public StanceChart {
    categories = List.copyOf(categories);
    series = List.copyOf(series);
    scaleLabels = List.copyOf(scaleLabels);
    for (Series s : series) {
      if (s.values().size() != categories.size()) {
        throw new IllegalArgumentException(
            "series "
                + s.name()
                + " has "
                + s.values().size()
                + " values for "
                + categories.size()
                + " categories");
      }
    }
    if (scaleLabels.size() != 5) {
      throw new IllegalArgumentException("the scale has five labels, -2..+2");
    }
  }
}
