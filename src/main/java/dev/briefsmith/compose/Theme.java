package dev.briefsmith.compose;

import dev.briefsmith.image.Logo;
import java.util.Objects;
import java.util.Optional;

/**
 * How a brief looks: fonts, base size and colours. The renderers derive every size from {@code
 * baseSizePt} (headings, small print), so a theme stays consistent.
 *
 * @param logo an optional logo printed on the cover, prepared once (checked, decoded, made opaque)
 *     and shared by every document
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
    Optional<Logo> logo,
    float logoWidthMm) {
  /** Checks the fields. */
  public Theme {
    Objects.requireNonNull(bodyFont, "bodyFont");
    Objects.requireNonNull(headingFont, "headingFont");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(accent, "accent");
    Objects.requireNonNull(muted, "muted");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(logo, "logo");
    if (baseSizePt < 6 || baseSizePt > 16) {
      throw new IllegalArgumentException("base size must be 6..16 pt, got " + baseSizePt);
    }
  }
}
