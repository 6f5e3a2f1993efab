package dev.briefsmith.render.docx;

import dev.briefsmith.render.RenderException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.drawingml.x2006.main.CTOfficeStyleSheet;
import org.openxmlformats.schemas.drawingml.x2006.main.ThemeDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * A user's reference .docx (like Pandoc's {@code --reference-doc}): its styles replace Briefsmith's
 * for every style id it defines, its document defaults and theme (the theme fonts and colours its
 * styles may refer to) replace Briefsmith's; Briefsmith's styles remain for every other id.
 */
final class ReferenceStyles {
  private final CTStyles styles;
  private final ThemeDocument theme;

  private ReferenceStyles(CTStyles styles, ThemeDocument theme) {
    this.styles = styles;
    this.theme = theme;
  }

  /**
   * The styles and theme parts of a reference .docx, as its package holds them: opening a package
   * costs far more than parsing two parts, so a renderer keeps these and parses them once per look
   * it builds styles for ({@link StyleParts}). Immutable.
   */
  static final class Parts {
    private final byte[] styles;
    private final byte[] theme;

    private Parts(byte[] styles, byte[] theme) {
      this.styles = styles;
      this.theme = theme;
    }

    /** The parts of a .docx. */
    static Parts read(byte[] docx) {
      try (WordParts reference = WordParts.open(docx)) {
        return new Parts(reference.styles().orElse(null), reference.theme().orElse(null));
      } catch (IOException | InvalidFormatException | RuntimeException e) {
        throw unreadable(e);
      }
    }

    /** A model of these parts, for one document. */
    ReferenceStyles parse() {
      try {
        CTStyles s =
            styles == null
                ? null
                : StylesDocument.Factory.parse(
                        new ByteArrayInputStream(styles), POIXMLTypeLoader.DEFAULT_XML_OPTIONS)
                    .getStyles();
        ThemeDocument t =
            theme == null
                ? null
                : ThemeDocument.Factory.parse(
                    new ByteArrayInputStream(theme), POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
        return new ReferenceStyles(s, t);
      } catch (IOException | XmlException | RuntimeException e) {
        throw unreadable(e);
      }
    }
  }

  /**
   * Whatever POI throws for a damaged, encrypted or non-Word file: the user's input is at fault.
   */
  private static RenderException unreadable(Exception e) {
    return new RenderException("the style reference is not a readable Word (.docx) file", e);
  }

  /**
   * Briefsmith's styles with the reference's in their place. The document language stays the
   * brief's: it is content, not style.
   */
  CTStyles merge(CTStyles ours, String language) {
    if (styles == null) {
      return ours;
    }
    CTStyles merged = (CTStyles) ours.copy();
    if (styles.isSetDocDefaults()) {
      merged.setDocDefaults(styles.getDocDefaults());
      if (!merged.getDocDefaults().isSetRPrDefault()) {
        merged.getDocDefaults().addNewRPrDefault();
      }
      if (!merged.getDocDefaults().getRPrDefault().isSetRPr()) {
        merged.getDocDefaults().getRPrDefault().addNewRPr();
      }
      setLanguage(merged.getDocDefaults().getRPrDefault().getRPr(), language);
    }
    if (styles.isSetLatentStyles()) {
      merged.setLatentStyles(styles.getLatentStyles());
    }
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < merged.sizeOfStyleArray(); i++) {
      index.put(merged.getStyleArray(i).getStyleId(), i);
    }
    for (CTStyle theirs : styles.getStyleArray()) {
      CTStyle copy = (CTStyle) theirs.copy();
      // A list style of the reference points at the reference's numbering.xml, which does not
      // come along; lists are numbered by Briefsmith's own definition instead.
      if (copy.isSetPPr() && copy.getPPr().isSetNumPr()) {
        copy.getPPr().unsetNumPr();
      }
      Integer at = index.get(copy.getStyleId());
      if (at != null) {
        merged.setStyleArray(at, copy);
      } else {
        merged.addNewStyle().set(copy);
      }
    }
    return merged;
  }

  /** The reference's theme, if it has one. */
  Optional<CTOfficeStyleSheet> theme() {
    return theme == null ? Optional.empty() : Optional.of(theme.getTheme());
  }

  private static void setLanguage(CTRPr rPr, String language) {
    if (rPr.sizeOfLangArray() > 0) {
      rPr.getLangArray(0).setVal(language);
    } else {
      CTLanguage lang = rPr.addNewLang();
      lang.setVal(language);
    }
  }
}
