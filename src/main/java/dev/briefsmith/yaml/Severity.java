package dev.briefsmith.yaml;

import java.util.Locale;

/** How bad a diagnostic is: errors make a brief invalid, warnings do not. */
public enum Severity {
  ERROR,
  WARNING;

  /** The word printed in diagnostics. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
