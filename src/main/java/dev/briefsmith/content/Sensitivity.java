package dev.briefsmith.content;

import java.util.Locale;

/** How widely an item may be shown, from least to most sensitive. */
public enum Sensitivity {
  PUBLIC,
  INTERNAL,
  RESTRICTED;

  /** The word used in content and templates. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether an item of this sensitivity may be shown to a reader allowed up to {@code max}. */
  public boolean allowedUpTo(Sensitivity max) {
    return compareTo(max) <= 0;
  }
}
