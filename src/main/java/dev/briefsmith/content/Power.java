package dev.briefsmith.content;

import java.util.Locale;

/** How much an actor weighs in its side's decisions. */
public enum Power {
  HIGH,
  MEDIUM,
  LOW;

  /** The word used in content. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
