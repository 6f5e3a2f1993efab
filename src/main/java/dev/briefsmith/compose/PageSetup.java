package dev.briefsmith.compose;

import java.util.Objects;
import java.util.Optional;

/**
 * Paper, margins (millimetres) and the page budget.
 *
 * @param maxPages the most pages the brief may take in this audience, if limited
 */
public record PageSetup(
    PaperSize size,
    float topMm,
    float rightMm,
    float bottomMm,
    float leftMm,
    Optional<Integer> maxPages) {
  /** Checks the fields. */
  public PageSetup {
    Objects.requireNonNull(size, "size");
    Objects.requireNonNull(maxPages, "maxPages");
  }

  /** Millimetres to points. */
  public static float pt(float mm) {
    return mm * 72f / 25.4f;
  }

  /** The width between the margins, in points. */
  public float textWidthPt() {
    return size.widthPt() - pt(leftMm) - pt(rightMm);
  }
}
