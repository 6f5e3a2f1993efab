package dev.briefsmith.render.docx;

import dev.briefsmith.compose.Theme;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import javax.xml.namespace.QName;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
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

  private final CTStyles styles;
  private final CTNumbering numbering;
  private final CTOfficeStyleSheet theme;

  /** styles.xml as POI saves it, compressed: every document of the look holds these bytes. */
  private final StableZip.Deflated stylesXml;

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
    this.numbering = numbering;
    this.theme = theme;
    XmlOptions options = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
    options.setSaveSyntheticDocumentElement(new QName(BriefDocument.W, "styles"));
    ByteArrayOutputStream xml = new ByteArrayOutputStream(64 * 1024);
    try {
      styles.save(xml, options);
    } catch (IOException e) {
      throw new UncheckedIOException("styles.xml could not be written", e);
    }
    this.stylesXml = StableZip.Deflated.of(xml.toByteArray());
    found.add(styles);
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
   * Installs these parts into an empty document: copies of the theme and numbering, and for the
   * styles a placeholder part that {@link StableZip} fills with {@link #stylesXml()} (saving
   * styles.xml, and walking it for its namespaces first, costs more than the copy it saves); POI's
   * model of the document then has no styles, and what needs them asks for {@link #styles()}.
   */
  void installInto(XWPFDocument word) throws IOException {
    if (theme != null) {
      word.createTheme().setTheme((CTOfficeStyleSheet) theme.copy());
    }
    try {
      PackagePartName name = PackagingURIHelper.createPartName("/" + STYLES_ENTRY);
      PackagePart part = word.getPackage().createPart(name, XWPFRelation.STYLES.getContentType());
      try (OutputStream out = part.getOutputStream()) {
        out.write(StableZip.placeholder(STYLES_ENTRY));
      }
      word.getPackagePart()
          .addRelationship(name, TargetMode.INTERNAL, XWPFRelation.STYLES.getRelation());
    } catch (InvalidFormatException e) {
      throw new IOException("could not add the styles", e);
    }
    word.createNumbering().setNumbering((CTNumbering) numbering.copy());
  }

  /** styles.xml, compressed, for the placeholder {@link #installInto} leaves. */
  StableZip.Deflated stylesXml() {
    return stylesXml;
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
