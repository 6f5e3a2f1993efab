package dev.briefsmith.compose;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A template's language settings: the edition's locale (a BCP 47 tag; empty: the brief's language),
 * the calendar its dates print in, and labels it words its own way. Immutable.
 *
 * @param labels messages by label key, already checked against the English catalogue's keys and
 *     placeholders
 */
public record Localisation(Optional<String> locale, Calendar calendar, Map<String, String> labels) {
  /** The brief's language, the Gregorian calendar, the catalogue's words. */
  public static final Localisation DEFAULT =
      new Localisation(Optional.empty(), Calendar.GREGORIAN, Map.of());

  /** Checks and copies the fields. */
  public Localisation {
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(calendar, "calendar");
    labels = Collections.unmodifiableMap(new TreeMap<>(labels));
  }

  /** The edition's locale for a brief written in {@code briefLanguage}. */
  public String localeFor(String briefLanguage) {
    return locale.orElse(briefLanguage);
  }
}
