package dev.briefsmith.content;

import java.util.Locale;

/** How a red line is known: stated openly, hinted at, or inferred by the analyst. */
public enum Firmness {
  DECLARED,
  SIGNALLED,
  INFERRED;

  /** The word used in content. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
