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
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

class StyleReferenceTest {

  /** A user's reference document: a red Courier heading 1 and a list style with its own list. */
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
