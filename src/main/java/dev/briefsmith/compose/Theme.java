package dev.briefsmith.compose;

import java.util.Objects;
import java.util.Optional;

/**
 * How a brief looks: fonts, base size and colours. The renderers derive every size from {@code
 * baseSizePt} (headings, small print), so a theme stays consistent.
 *
 * @param logoPng an optional logo (PNG bytes) printed on the cover
 * @param logoWidthMm the logo's printed width
 */
public record Theme(
    FontFamily bodyFont,
    FontFamily headingFont,
    float baseSizePt,
    Rgb text,
    Rgb accent,
    Rgb muted,
    Rgb rule,
    Optional<byte[]> logoPng,
    float logoWidthMm) {
  /** Checks the fields and copies the logo. */
  public Theme {
    Objects.requireNonNull(bodyFont, "bodyFont");
    Objects.requireNonNull(headingFont, "headingFont");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(accent, "accent");
    Objects.requireNonNull(muted, "muted");
    Objects.requireNonNull(rule, "rule");
    logoPng = logoPng.map(byte[]::clone);
    if (baseSizePt < 6 || baseSizePt > 16) {
      throw new IllegalArgumentException("base size must be 6..16 pt, got " + baseSizePt);
    }
  }

  /** A copy of the logo bytes, if any. */
  @Override
  public Optional<byte[]> logoPng() {
    return logoPng.map(byte[]::clone);
  }
}
