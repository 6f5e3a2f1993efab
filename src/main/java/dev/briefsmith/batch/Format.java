package dev.briefsmith.batch;

import java.util.Locale;

/** The output formats. */
public enum Format {
  PDF,
  DOCX;

  /** The file extension, e.g. "pdf". */
  public String extension() {
    return name().toLowerCase(Locale.ROOT);
  }
}
