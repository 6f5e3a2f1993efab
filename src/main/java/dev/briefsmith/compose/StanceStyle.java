package dev.briefsmith.compose;

import dev.briefsmith.select.Alignment;
import java.util.List;
import java.util.Optional;

/**
 * How stances and alignments look in every format: a symbol and a word as well as a fill, so a
 * matrix reads in greyscale and for colour-blind readers (fills from the ColorBrewer RdBu scheme,
 * light enough for black text).
 */
final class StanceStyle {
  // En dashes, not U+2212: the bundled fonts have no minus sign glyph.
  private static final List<String> SYMBOLS =
      List.of("\u2013\u2013", "\u2013", "\u00b1", "+", "++");
  private static final List<Rgb> FILLS =
      List.of(
          Rgb.hex("#F4A582"),
          Rgb.hex("#FDDBC7"),
          Rgb.hex("#F0F0F0"),
          Rgb.hex("#D1E5F0"),
          Rgb.hex("#92C5DE"));
  private static final String NONE_SYMBOL = "\u00b7";

  /**
   * Side colours: dark enough for markers on white, told apart by colour-blind readers together
   * with the marker shapes, and none of the hues of the stance fills (the reds and oranges of
   * "opposes", the blues of "supports"), so a side's colour never reads as a stance.
   */
  private static final List<Rgb> SIDE_COLORS =
      List.of(
          Rgb.hex("#009E73"), // bluish green
          Rgb.hex("#762A83"), // purple
          Rgb.hex("#222222"), // near black
          Rgb.hex("#CC79A7"), // reddish purple
          Rgb.hex("#6B8E23"), // olive
          Rgb.hex("#777777"), // grey
          Rgb.hex("#8A8A00")); // dark yellow

  private StanceStyle() {}

  static String symbol(Optional<Integer> stance) {
    return stance.map(s -> SYMBOLS.get(s + 2)).orElse(NONE_SYMBOL);
  }

  static Optional<Rgb> fill(Optional<Integer> stance) {
    return stance.map(s -> FILLS.get(s + 2));
  }

  static Optional<Rgb> fill(Alignment alignment) {
    return switch (alignment.level()) {
      case ALIGNED -> Optional.of(Rgb.hex("#FFFFFF"));
      case PARTLY_ALIGNED -> Optional.of(Rgb.hex("#E4E4E4"));
      case OPPOSED -> Optional.of(Rgb.hex("#C4C4C4"));
      case NOT_ASSESSABLE -> Optional.empty();
    };
  }

  static String noneSymbol() {
    return NONE_SYMBOL;
  }

  /** The default side colours, in order (for tests). */
  static List<Rgb> sideColors() {
    return SIDE_COLORS;
  }

  /** The stance fills, from opposes to supports (for tests). */
  static List<Rgb> stanceFills() {
    return FILLS;
  }

  static Rgb sideColor(int index, Optional<String> declared) {
    return declared.map(Rgb::hex).orElse(SIDE_COLORS.get(index % SIDE_COLORS.size()));
  }
}
