package dev.briefsmith.render.docx;

import java.math.BigInteger;

/** Conversions from points and millimetres to the units WordprocessingML counts in. */
final class Units {
  /** English metric units per point (DrawingML sizes). */
  static final long EMU_PER_PT = 12_700;

  private Units() {}

  /** Twentieths of a point (page sizes, margins, indents, spacing, widths). */
  static BigInteger twips(double pt) {
    return BigInteger.valueOf(twipsInt(pt));
  }

  /** Twentieths of a point, as an int for arithmetic. */
  static int twipsInt(double pt) {
    return (int) Math.round(pt * 20);
  }

  /** Millimetres to twips. */
  static int mmToTwips(double mm) {
    return (int) Math.round(mm / 25.4 * 1440);
  }

  /** Half-points (font sizes). */
  static BigInteger halfPoints(double pt) {
    return BigInteger.valueOf(Math.max(2, Math.round(pt * 2)));
  }

  /** Eighths of a point (border widths). */
  static BigInteger eighths(double pt) {
    return BigInteger.valueOf(Math.max(2, Math.round(pt * 8)));
  }

  /** English metric units (picture extents). */
  static long emu(double pt) {
    return Math.round(pt * EMU_PER_PT);
  }

  /** Twips to points. */
  static double pt(int twips) {
    return twips / 20.0;
  }

  /** A line-spacing value for {@code lineRule="auto"}: 240ths of a line. */
  static BigInteger lines(double multiple) {
    return BigInteger.valueOf(Math.round(multiple * 240));
  }
}
