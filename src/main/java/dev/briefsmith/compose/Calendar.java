package dev.briefsmith.compose;

import java.util.Locale;

/** The calendar dates print in; metadata and file names stay ISO (Gregorian) whatever it is. */
public enum Calendar {
  GREGORIAN,
  /** The Solar Hijri (Persian) calendar, as ICU computes it. */
  SOLAR_HIJRI;

  /** The word in templates. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
