package dev.briefsmith.render.docx;

import dev.briefsmith.compose.Theme;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import javax.xml.namespace.QName;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.drawingml.x2006.main.CTOfficeStyleSheet;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;

/**
 * The styles, list numbering and theme parts of documents that share a look (their theme, reading
 * direction, language and style reference), built once and installed into each document as copies:
 * building styles.xml element by element, and parsing and merging a reference's, cost more than
 * copying the result. Never changed once built; XMLBeans copies under the source's lock, so two
 * renderings may copy the same parts at once.
 */
final class StyleParts {
  static final String STYLES_ENTRY = "word/styles.xml";

  /** The start of a WordprocessingML part's content type. */
  static final String CONTENT_TYPE =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.";

  private static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";

  private final CTStyles styles;

  /** styles.xml as POI saves it, compressed: every document of the look holds these bytes. */
  private final StableZip.Deflated stylesXml;

  /** numbering.xml, likewise. */
  private final StableZip.Deflated numberingXml;

  /** The reference's theme, likewise, or null. */
  private final StableZip.Deflated themeXml;

  /** The characters and font names the styles hold, for the embedded fonts. */
  private final EmbeddedFonts.Found found = new EmbeddedFonts.Found();

  /**
   * What decides the parts: the theme's fonts, size and colours (not its logo, which no style
   * uses), the direction, the language, and the reference's parts (by identity: the renderer
   * remembers one per reference content).
   */
  record Key(
      Theme theme,
      boolean rightToLeft,
      String language,
      Optional<ReferenceStyles.Parts> reference) {
    Key {
      // the logo is no part of any style, and a Logo compares by identity
      theme =
          new Theme(
              theme.bodyFont(),
              theme.headingFont(),
              theme.baseSizePt(),
              theme.text(),
              theme.accent(),
              theme.muted(),
              theme.rule(),
              Optional.empty(),
              0);
    }
  }

  private StyleParts(CTStyles styles, CTNumbering numbering, CTOfficeStyleSheet theme) {
    this.styles = styles;
    this.stylesXml = saved(styles, WordPackage.W, "styles");
    this.numberingXml = saved(numbering, WordPackage.W, "numbering");
    this.themeXml = theme == null ? null : saved(theme, A, "theme");
    found.add(styles);
  }

  /** A part as POI saves it (its root named {@code root}), compressed. */
  private static StableZip.Deflated saved(XmlObject part, String namespace, String root) {
    XmlOptions options = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
    options.setSaveSyntheticDocumentElement(new QName(namespace, root));
    ByteArrayOutputStream xml = new ByteArrayOutputStream(64 * 1024);
    try {
      part.save(xml, options);
    } catch (IOException e) {
      throw new UncheckedIOException(root + ".xml could not be written", e);
    }
    return StableZip.Deflated.of(xml.toByteArray());
  }

  /** Builds the parts for {@code key}: Briefsmith's styles, with the reference's in their place. */
  static StyleParts of(Key key) {
    StyleSheet sheet = new StyleSheet(key.theme(), key.rightToLeft());
    CTStyles styles = sheet.styles(key.language());
    CTOfficeStyleSheet theme = null;
    if (key.reference().isPresent()) {
      ReferenceStyles reference = key.reference().get().parse();
      styles = reference.merge(styles, key.language());
      theme = reference.theme().orElse(null);
    }
    return new StyleParts(styles, sheet.numbering(), theme);
  }

  /**
   * Adds these parts to a new package, with their relationships from the main part in the order POI
   * makes them: the theme (if the reference has one), the styles, the numbering.
   */
  void installInto(WordPackage word) {
    if (themeXml != null) {
      String entry = "word/theme/theme1.xml";
      word.put(entry, "application/vnd.openxmlformats-officedocument.theme+xml", themeXml);
      word.relateFromDocument(entry, "theme");
    }
    word.put(STYLES_ENTRY, CONTENT_TYPE + "styles+xml", stylesXml);
    word.relateFromDocument(STYLES_ENTRY, "styles");
    String numberingEntry = "word/numbering.xml";
    word.put(numberingEntry, CONTENT_TYPE + "numbering+xml", numberingXml);
    word.relateFromDocument(numberingEntry, "numbering");
  }

  /** A copy of the styles, to read. */
  CTStyles styles() {
    return (CTStyles) styles.copy();
  }

  /** The characters and font names the styles hold (never changed: read it, do not add to it). */
  EmbeddedFonts.Found found() {
    return found;
  }
}
