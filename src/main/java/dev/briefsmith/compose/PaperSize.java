package dev.briefsmith.compose;

/** Paper sizes, in PostScript points (1/72 inch), portrait. */
public enum PaperSize {
  A4(595.276f, 841.89f),
  LETTER(612f, 792f);

  private final float widthPt;
  private final float heightPt;

  PaperSize(float widthPt, float heightPt) {
    this.widthPt = widthPt;
    this.heightPt = heightPt;
  }

  /** Width in points. */
  public float widthPt() {
    return widthPt;
  }

  /** Height in points. */
  public float heightPt() {
    return heightPt;
  }
}
