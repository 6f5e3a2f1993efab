package dev.briefsmith.render.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTCompat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTCompatSetting;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSettings;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STCharacterSpacing;

/** Document settings (settings.xml). */
final class Settings {
  private Settings() {}

  static void apply(XWPFDocument word, String language) {
    CTSettings settings = word.getSettings().getCTSettings();
    settings.addNewZoom().setPercent(BigInteger.valueOf(100));
    // The fonts are embedded (see EmbeddedFonts), as subsets.
    settings.addNewEmbedTrueTypeFonts();
    settings.addNewSaveSubsetFonts();
    settings.addNewDefaultTabStop().setVal(BigInteger.valueOf(720));
    settings.addNewCharacterSpacingControl().setVal(STCharacterSpacing.DO_NOT_COMPRESS);
    // Word 2013+ layout, not "compatibility mode": tables align their borders with the margin.
    CTCompat compat = settings.addNewCompat();
    CTCompatSetting mode = compat.addNewCompatSetting();
    mode.setName("compatibilityMode");
    mode.setUri("http://schemas.microsoft.com/office/word");
    mode.setVal("15");
    settings.addNewThemeFontLang().setVal(language);
  }
}
