package dev.briefsmith.compose;

/** The font families Briefsmith bundles (and embeds in PDFs). */
public enum FontFamily {
  NOTO_SANS("Noto Sans", "NotoSans"),
  NOTO_SERIF("Noto Serif", "NotoSerif");

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
    String style = bold && italic ? "BoldItalic" : bold ? "Bold" : italic ? "Italic" : "Regular";
    return "/dev/briefsmith/fonts/" + fileStem + "-" + style + ".ttf";
  }

  /** The family with this display name, e.g. "Noto Serif". */
  public static java.util.Optional<FontFamily> byName(String name) {
    for (FontFamily f : values()) {
      if (f.displayName.equalsIgnoreCase(name)) {
        return java.util.Optional.of(f);
      }
    }
    return java.util.Optional.empty();
  }
}
