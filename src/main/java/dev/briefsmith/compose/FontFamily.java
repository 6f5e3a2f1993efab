package dev.briefsmith.compose;

/** The font families Briefsmith bundles (and embeds in PDFs). */
public enum FontFamily {
  NOTO_SANS("Noto Sans", "NotoSans"),
  NOTO_SERIF("Noto Serif", "NotoSerif"),
  /**
   * Arabic script (Arabic, Persian, Urdu): not a theme font, but the one renderers fall back to for
   * characters of that script, which the other families lack.
   */
  NOTO_NASKH_ARABIC("Noto Naskh Arabic", "NotoNaskhArabic");

  private final String displayName;
  private final String fileStem;

  FontFamily(String displayName, String fileStem) {
    this.displayName = displayName;
    this.fileStem = fileStem;
  }

  /** The family name as fonts and Word know it, e.g. "Noto Sans". */
  public String displayName() {
    return displayName;
  }

  /** The classpath resource of one style, e.g. {@code /dev/briefsmith/fonts/NotoSans-Bold.ttf}. */
  public String resource(boolean bold, boolean italic) {
    if (this == NOTO_NASKH_ARABIC) {
      // Arabic script has no italic; slanted text uses the upright face
      return "/dev/briefsmith/fonts/" + fileStem + (bold ? "-Bold" : "-Regular") + ".ttf";
    }
    String style = bold && italic ? "BoldItalic" : bold ? "Bold" : italic ? "Italic" : "Regular";
    return "/dev/briefsmith/fonts/" + fileStem + "-" + style + ".ttf";
  }

  /** Whether a theme may name this family for its text (the script fallback may not). */
  public boolean isThemeFont() {
    return this != NOTO_NASKH_ARABIC;
  }

  /** The theme family with this display name, e.g. "Noto Serif". */
  public static java.util.Optional<FontFamily> byName(String name) {
    for (FontFamily f : values()) {
      if (f.isThemeFont() && f.displayName.equalsIgnoreCase(name)) {
        return java.util.Optional.of(f);
      }
    }
    return java.util.Optional.empty();
  }
}
