package dev.briefsmith.render.docx;

import dev.briefsmith.compose.Theme;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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
  private final CTStyles styles;
  private final CTNumbering numbering;
  private final CTOfficeStyleSheet theme;

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

  /** Installs copies of these parts into an empty document. */
  void installInto(XWPFDocument word) {
    if (theme != null) {
      word.createTheme().setTheme((CTOfficeStyleSheet) theme.copy());
    }
    word.createStyles().setStyles((CTStyles) styles.copy());
    word.createNumbering().setNumbering((CTNumbering) numbering.copy());
  }
}
