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

  /** Okabe-Ito colours: distinguishable by colour-blind readers; sides take them in order. */
  private static final List<Rgb> SIDE_COLORS =
      List.of(
          Rgb.hex("#0072B2"),
          Rgb.hex("#D55E00"),
          Rgb.hex("#009E73"),
          Rgb.hex("#CC79A7"),
          Rgb.hex("#E69F00"),
          Rgb.hex("#56B4E9"),
          Rgb.hex("#000000"));

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

  static Rgb sideColor(int index, Optional<String> declared) {
    return declared.map(Rgb::hex).orElse(SIDE_COLORS.get(index % SIDE_COLORS.size()));
  }
}
