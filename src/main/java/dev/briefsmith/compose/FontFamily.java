package dev.briefsmith.compose;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A font family a theme sets text in: one Briefsmith bundles, or a house font whose files a
 * template brings (checked when it loads, see {@code audience.HouseFonts}). A house family lacking
 * a style prints it from its nearest face, emboldened or slanted by the renderer. Immutable.
 */
public final class FontFamily {
  /** The bundled sans-serif family. */
  public static final FontFamily NOTO_SANS = new FontFamily("Noto Sans", "NotoSans", false);

  /** The bundled serif family. */
  public static final FontFamily NOTO_SERIF = new FontFamily("Noto Serif", "NotoSerif", true);

  /**
   * Arabic script (Arabic, Persian, Urdu): not a theme font, but the one renderers fall back to for
   * characters of that script, which the other families lack.
   */
  public static final FontFamily NOTO_NASKH_ARABIC =
      new FontFamily("Noto Naskh Arabic", "NotoNaskhArabic", false);

  private static final List<FontFamily> BUNDLED = List.of(NOTO_SANS, NOTO_SERIF, NOTO_NASKH_ARABIC);

  /** The four styles a family may have. */
  public enum Style {
    REGULAR("regular"),
    BOLD("bold"),
    ITALIC("italic"),
    BOLD_ITALIC("bold_italic");

    private final String word;

    Style(String word) {
      this.word = word;
    }

    /** The style's key in a template, e.g. "bold_italic". */
    public String word() {
      return word;
    }

    /** The style of this weight and slant. */
    public static Style of(boolean bold, boolean italic) {
      return bold ? (italic ? BOLD_ITALIC : BOLD) : (italic ? ITALIC : REGULAR);
    }

    /** Whether the style is bold. */
    public boolean bold() {
      return this == BOLD || this == BOLD_ITALIC;
    }

    /** Whether the style is italic. */
    public boolean italic() {
      return this == ITALIC || this == BOLD_ITALIC;
    }
  }

  /**
   * One style as printed: the font file that holds it and what a renderer must add to it.
   *
   * @param key a name unique to the file's content, stable across runs (a cache key, the seed of
   *     subset tags and Word's font key)
   * @param fileName the file's name, for messages and embedded names
   * @param fakeBold whether the renderer emboldens the face (the family has no bold)
   * @param fakeItalic whether the renderer slants the face (the family has no italic)
   */
  public record Face(String key, String fileName, boolean fakeBold, boolean fakeItalic) {
    /** Checks the fields. */
    public Face {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(fileName, "fileName");
    }
  }

  private final String displayName;
  private final String fileStem;
  private final boolean serif;
  private final Map<Style, HouseFont> house;
  private final boolean subset;

  private FontFamily(String displayName, String fileStem, boolean serif) {
    this.displayName = displayName;
    this.fileStem = fileStem;
    this.serif = serif;
    this.house = Map.of();
    this.subset = true;
  }

  private FontFamily(String displayName, Map<Style, HouseFont> house, boolean serif) {
    this.displayName = displayName;
    this.fileStem = null;
    this.serif = serif;
    this.house = house;
    this.subset = house.values().stream().allMatch(HouseFont::subsettable);
  }

  /**
   * A house family: its name as Word knows it (the fonts' family name), its files by style (the
   * regular one required) and whether it is a serif face (so characters it lacks fall back to Noto
   * Serif rather than Noto Sans).
   */
  public static FontFamily house(String displayName, Map<Style, HouseFont> faces, boolean serif) {
    Objects.requireNonNull(displayName, "displayName");
    if (displayName.isBlank() || displayName.length() > 63) {
      throw new IllegalArgumentException("a family name must be 1..63 characters: " + displayName);
    }
    if (!faces.containsKey(Style.REGULAR)) {
      throw new IllegalArgumentException("a house family needs a regular face");
    }
    if (byName(displayName).isPresent()
        || NOTO_NASKH_ARABIC.displayName.equalsIgnoreCase(displayName)) {
      throw new IllegalArgumentException("a house family cannot take a bundled name");
    }
    return new FontFamily(displayName, new EnumMap<>(faces), serif);
  }

  /** The family name as fonts and Word know it, e.g. "Noto Sans". */
  public String displayName() {
    return displayName;
  }

  /** Whether a template brought this family's files. */
  public boolean isHouse() {
    return !house.isEmpty();
  }

  /** Whether the family has serifs (Word's "roman" family class; the fallback chosen for it). */
  public boolean isSerif() {
    return serif;
  }

  /**
   * Whether the fonts' licences let them be subset; a house font whose OS/2 fsType forbids it
   * (0x0100) is embedded whole.
   */
  public boolean subsettable() {
    return subset;
  }

  /** The bundled family that prints the characters this one lacks: itself when bundled. */
  public FontFamily fallback() {
    return isHouse() ? (serif ? NOTO_SERIF : NOTO_SANS) : this;
  }

  /** The styles whose own files the family has (the others are synthesised). */
  public List<Style> ownStyles() {
    if (!isHouse()) {
      return equals(NOTO_NASKH_ARABIC)
          ? List.of(Style.REGULAR, Style.BOLD)
          : List.of(Style.values());
    }
    return List.copyOf(house.keySet());
  }

  /** The face that prints one style. */
  public Face face(boolean bold, boolean italic) {
    if (!isHouse()) {
      String resource = resource(bold, italic);
      return new Face(resource, resource.substring(resource.lastIndexOf('/') + 1), false, false);
    }
    Style wanted = Style.of(bold, italic);
    Style from = nearest(wanted);
    HouseFont file = house.get(from);
    return new Face(
        "house/" + file.hash() + "/" + file.fileName(),
        file.fileName(),
        wanted.bold() && !from.bold(),
        wanted.italic() && !from.italic());
  }

  /** The house font file of a face this family printed; empty for a bundled family. */
  public Optional<HouseFont> houseFile(boolean bold, boolean italic) {
    return isHouse() ? Optional.of(house.get(nearest(Style.of(bold, italic)))) : Optional.empty();
  }

  /** The style present nearest to {@code wanted}: the weight is kept before the slant. */
  private Style nearest(Style wanted) {
    List<Style> order =
        switch (wanted) {
          case REGULAR -> List.of(Style.REGULAR);
          case BOLD -> List.of(Style.BOLD, Style.REGULAR);
          case ITALIC -> List.of(Style.ITALIC, Style.REGULAR);
          case BOLD_ITALIC -> List.of(Style.BOLD_ITALIC, Style.BOLD, Style.ITALIC, Style.REGULAR);
        };
    return order.stream().filter(house::containsKey).findFirst().orElseThrow();
  }

  /**
   * The classpath resource of one style of a bundled family, e.g. {@code
   * /dev/briefsmith/fonts/NotoSans-Bold.ttf}.
   *
   * @throws IllegalStateException for a house family, whose files are not resources
   */
  public String resource(boolean bold, boolean italic) {
    if (fileStem == null) {
      throw new IllegalStateException(displayName + " is a house font, not a bundled one");
    }
    if (equals(NOTO_NASKH_ARABIC)) {
      // Arabic script has no italic; slanted text uses the upright face
      return "/dev/briefsmith/fonts/" + fileStem + (bold ? "-Bold" : "-Regular") + ".ttf";
    }
    String style = bold && italic ? "BoldItalic" : bold ? "Bold" : italic ? "Italic" : "Regular";
    return "/dev/briefsmith/fonts/" + fileStem + "-" + style + ".ttf";
  }

  /** Whether a theme may name this family for its text (the script fallback may not). */
  public boolean isThemeFont() {
    return !equals(NOTO_NASKH_ARABIC);
  }

  /** The bundled families, the theme fonts first. */
  public static List<FontFamily> bundled() {
    return BUNDLED;
  }

  /** The bundled theme family with this display name, e.g. "Noto Serif". */
  public static Optional<FontFamily> byName(String name) {
    for (FontFamily f : BUNDLED) {
      if (f.isThemeFont() && f.displayName.equalsIgnoreCase(name)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FontFamily f
        && f.displayName.equals(displayName)
        && Objects.equals(f.fileStem, fileStem)
        && f.serif == serif
        && f.house.equals(house);
  }

  @Override
  public int hashCode() {
    return Objects.hash(displayName, fileStem, house);
  }

  @Override
  public String toString() {
    return displayName + (isHouse() ? " (house font)" : "");
  }
}
