package dev.briefsmith.render.docx;

import dev.briefsmith.render.Remembered;

/**
 * Document settings (settings.xml): the zoom, fonts embedded as subsets, Word 2013+ layout (not
 * "compatibility mode": tables align their borders with the margin), and the language of the
 * theme's fonts. The same for every document of a language, so each language's part is made once.
 * Thread-safe.
 */
final class Settings {
  static final String ENTRY = "word/settings.xml";

  private static final String TYPE = StyleParts.CONTENT_TYPE + "settings+xml";

  /** The parts of the latest languages asked for. */
  private final Remembered<String, StableZip.Deflated> byLanguage = new Remembered<>(16);

  /** Adds the settings part and its relationship from the main part (POI's first). */
  void apply(WordPackage word, String language) {
    word.put(ENTRY, TYPE, byLanguage.get(language, () -> xml(language)));
    word.relateFromDocument(ENTRY, "settings");
  }

  private static StableZip.Deflated xml(String language) {
    Element settings = new Element("w:settings").attr("xmlns:w", WordPackage.W);
    settings.add("w:zoom").attr("w:percent", 100);
    // The fonts are embedded (see EmbeddedFonts), as subsets.
    settings.add("w:embedTrueTypeFonts");
    settings.add("w:saveSubsetFonts");
    settings.add("w:defaultTabStop").attr("w:val", 720);
    settings.add("w:characterSpacingControl").attr("w:val", "doNotCompress");
    settings
        .add("w:compat")
        .add("w:compatSetting")
        .attr("w:name", "compatibilityMode")
        .attr("w:uri", "http://schemas.microsoft.com/office/word")
        .attr("w:val", "15");
    settings.add("w:themeFontLang").attr("w:val", language);
    return StableZip.Deflated.of(WordPackage.xml(settings));
  }
}
