package dev.briefsmith.compose;

import java.util.Objects;

/**
 * What every page carries. The header shows {@code banner} (the sensitivity marking, centred, in
 * {@code bannerColor}) and {@code headerText} (the short title); the footer shows {@code
 * footerText} and, when {@code pageNumbers}, "Page X of Y". When {@code coverUnnumbered}, the first
 * page (a full-page cover) carries neither header text nor page number and is left out of the
 * count's labels.
 */
public record Furniture(
    String banner,
    Rgb bannerColor,
    String headerText,
    String footerText,
    boolean pageNumbers,
    boolean coverUnnumbered) {
  /** Checks the fields. */
  public Furniture {
    Objects.requireNonNull(banner, "banner");
    Objects.requireNonNull(bannerColor, "bannerColor");
    Objects.requireNonNull(headerText, "headerText");
    Objects.requireNonNull(footerText, "footerText");
  }
}
