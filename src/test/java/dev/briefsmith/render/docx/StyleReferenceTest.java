package dev.briefsmith.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.render.DocumentFixtures;
import dev.briefsmith.render.Fonts;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlException;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.main.ThemeDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

class StyleReferenceTest {

  /** A small but complete DrawingML theme: Georgia headings, Verdana body. */
  private static final String THEME =
      """
      <a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Test">
        <a:themeElements>
          <a:clrScheme name="Test">
            <a:dk1><a:srgbClr val="000000"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1>
            <a:dk2><a:srgbClr val="1F497D"/></a:dk2><a:lt2><a:srgbClr val="EEECE1"/></a:lt2>
            <a:accent1><a:srgbClr val="C00000"/></a:accent1>
            <a:accent2><a:srgbClr val="C0504D"/></a:accent2>
            <a:accent3><a:srgbClr val="9BBB59"/></a:accent3>
            <a:accent4><a:srgbClr val="8064A2"/></a:accent4>
            <a:accent5><a:srgbClr val="4BACC6"/></a:accent5>
            <a:accent6><a:srgbClr val="F79646"/></a:accent6>
            <a:hlink><a:srgbClr val="0000FF"/></a:hlink>
            <a:folHlink><a:srgbClr val="800080"/></a:folHlink>
          </a:clrScheme>
          <a:fontScheme name="Test">
            <a:majorFont><a:latin typeface="Georgia"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>
            <a:minorFont><a:latin typeface="Verdana"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont>
          </a:fontScheme>
          <a:fmtScheme name="Test">
            <a:fillStyleLst>
              <a:solidFill><a:schemeClr val="phClr"/></a:solidFill>
              <a:solidFill><a:schemeClr val="phClr"/></a:solidFill>
              <a:solidFill><a:schemeClr val="phClr"/></a:solidFill>
            </a:fillStyleLst>
            <a:lnStyleLst>
              <a:ln w="9525"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>
              <a:ln w="9525"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>
              <a:ln w="9525"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>
            </a:lnStyleLst>
            <a:effectStyleLst>
              <a:effectStyle><a:effectLst/></a:effectStyle>
              <a:effectStyle><a:effectLst/></a:effectStyle>
              <a:effectStyle><a:effectLst/></a:effectStyle>
            </a:effectStyleLst>
            <a:bgFillStyleLst>
              <a:solidFill><a:schemeClr val="phClr"/></a:solidFill>
              <a:solidFill><a:schemeClr val="phClr"/></a:solidFill>
              <a:solidFill><a:schemeClr val="phClr"/></a:solidFill>
            </a:bgFillStyleLst>
          </a:fmtScheme>
        </a:themeElements>
      </a:theme>
      """;

  /**
   * A user's reference document: a red Courier heading 1, a list style with its own list, and a
   * theme.
   */
  private static byte[] reference() throws IOException {
    try (XWPFDocument ref = new XWPFDocument()) {
      CTStyles styles = CTStyles.Factory.newInstance();
      CTRPr defaults = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
      defaults.addNewSz().setVal(BigInteger.valueOf(24));
      defaults.addNewLang().setVal("de-DE");

      CTStyle h1 = styles.addNewStyle();
      h1.setType(STStyleType.PARAGRAPH);
      h1.setStyleId("Heading1");
      h1.addNewName().setVal("heading 1");
      h1.addNewBasedOn().setVal("Normal");
      h1.addNewPPr().addNewOutlineLvl().setVal(BigInteger.ZERO);
      CTRPr rPr = h1.addNewRPr();
      CTFonts fonts = rPr.addNewRFonts();
      fonts.setAscii("Courier New");
      fonts.setHAnsi("Courier New");
      rPr.addNewColor().setVal("FF0000");

      CTStyle list = styles.addNewStyle();
      list.setType(STStyleType.PARAGRAPH);
      list.setStyleId("ListBullet");
      list.addNewName().setVal("List Bullet");
      list.addNewPPr().addNewNumPr().addNewNumId().setVal(BigInteger.valueOf(7));

      ref.createStyles().setStyles(styles);
      try {
        ref.createTheme().setTheme(ThemeDocument.Factory.parse(THEME).getTheme());
      } catch (XmlException e) {
        throw new IOException(e);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ref.write(out);
      return out.toByteArray();
    }
  }

  @Test
  void referenceStylesReplaceOursForTheIdsItDefines() throws IOException {
    byte[] docx =
        new DocxRenderer(new Fonts())
            .render(DocumentFixtures.kitchenSink(), Optional.of(reference()));
    Files.createDirectories(Path.of("target/test-output"));
    Files.write(Path.of("target/test-output/with-reference.docx"), docx);
    try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
      XWPFStyles styles = word.getStyles();
      CTStyle h1 = styles.getStyle("Heading1").getCTStyle();
      assertThat(h1.getRPr().getRFontsArray(0).getAscii()).isEqualTo("Courier New");
      assertThat(h1.getRPr().getColorArray(0).xgetVal().getStringValue()).isEqualTo("FF0000");
      assertThat(styles.getStyles().stream().filter(s -> s.getStyleId().equals("Heading1")))
          .as("replaced, not duplicated")
          .hasSize(1);

      // Styles the reference does not define stay Briefsmith's.
      XWPFStyle h2 = styles.getStyle("Heading2");
      assertThat(h2.getCTStyle().getRPr().getRFontsArray(0).getAscii()).isEqualTo("Noto Serif");
      assertThat(styles.getStyle("Lead")).isNotNull();
      assertThat(styles.getStyle("BriefsmithGrid")).isNotNull();

      // The reference's document defaults come along, but the language stays the brief's.
      CTRPr defaults = styles.getCtStyles().getDocDefaults().getRPrDefault().getRPr();
      assertThat(defaults.getSzArray(0).getVal().toString()).isEqualTo("24");
      assertThat(defaults.getLangArray(0).getVal()).isEqualTo("en");

      // The reference's list style points at a list that does not come along: dropped, and the
      // bullets keep Briefsmith's own numbering.
      assertThat(styles.getStyle("ListBullet").getCTStyle().getPPr().isSetNumPr()).isFalse();
      XWPFParagraph first =
          word.getParagraphs().stream()
              .filter(p -> p.getText().equals("First point"))
              .findFirst()
              .orElseThrow();
      assertThat(first.getStyle()).isEqualTo("ListBullet");
      assertThat(first.getNumID()).isEqualTo(BigInteger.ONE);

      // The reference's theme (fonts and colours its styles may name) comes along.
      assertThat(word.getTheme()).isNotNull();
      assertThat(word.getTheme().getMajorFont()).isEqualTo("Georgia");

      // Headings still use the (now red) style.
      XWPFParagraph summary =
          word.getParagraphs().stream()
              .filter(p -> p.getText().equals("Summary"))
              .findFirst()
              .orElseThrow();
      assertThat(summary.getStyle()).isEqualTo("Heading1");
    }
  }
}
