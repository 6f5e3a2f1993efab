package dev.briefsmith.content;

import java.util.Locale;

/** The analyst's confidence in a judgment (ICD 203). */
public enum Confidence {
  LOW,
  MODERATE,
  HIGH;

  /** The word used in content. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
