package dev.briefsmith.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.compose.Document;
import dev.briefsmith.compose.FontFamily;
import dev.briefsmith.compose.ParaStyle;
import dev.briefsmith.compose.Span;
import dev.briefsmith.render.Checkers;
import dev.briefsmith.render.DocumentFixtures;
import dev.briefsmith.render.Fonts;
import dev.briefsmith.render.HouseFontFixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A theme with a house font: the Word file names it and embeds the faces it has, like Noto. */
class HouseFontDocxTest {
  private static final DocxRenderer RENDERER = new DocxRenderer(new Fonts());

  private static Document house(FontFamily family) {
    return HouseFontFixtures.withFonts(DocumentFixtures.kitchenSink(), family, family);
  }

  @Test
  void embedsTheHouseFacesAsObfuscatedSubsets() throws IOException {
    FontFamily family = HouseFontFixtures.dejaVuSerif();
    byte[] docx = RENDERER.render(house(family), Optional.empty());
    String styles = DocxRendererTest.part(docx, "word/styles.xml");
    assertThat(styles).contains("w:ascii=\"DejaVu Serif\"").doesNotContain("w:ascii=\"Noto Sans\"");
    String table = DocxRendererTest.part(docx, "word/fontTable.xml");
    String font = fontEntry(table, "DejaVu Serif");
    // the faces it has; Word and LibreOffice slant the regular face for italics, as the PDF does
    assertThat(font)
        .contains("w:embedRegular", "w:embedBold", "w:family w:val=\"roman\"")
        .doesNotContain("w:embedItalic", "w:embedBoldItalic");
    assertThat(table).doesNotContain("w:name=\"Noto Sans\"", "w:name=\"Noto Serif\"");
    for (boolean bold : new boolean[] {false, true}) {
      String key = EmbeddedFonts.key(family, bold, false);
      Matcher rel =
          Pattern.compile(
                  "<w:embed"
                      + (bold ? "Bold" : "Regular")
                      + " r:id=\"(rId\\d+)\" w:fontKey=\"\\Q"
                      + key
                      + "\\E\" w:subsetted=\"(\\w+)\"")
              .matcher(font);
      assertThat(rel.find()).as(font).isTrue();
      assertThat(rel.group(2)).isIn("true", "1");
      String target = target(docx, rel.group(1));
      byte[] ttf = EmbeddedFonts.obfuscate(DocxRendererTest.bytes(docx, "word/" + target), key);
      try (TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(ttf))) {
        assertThat(parsed.getNaming().getFontFamily()).isEqualTo("DejaVu Serif");
        assertThat(parsed.getName()).isEqualTo(bold ? "DejaVuSerif-Bold" : "DejaVuSerif");
        assertThat(parsed.getUnicodeCmapLookup().getGlyphId('Ł')).isPositive();
        assertThat(parsed.getNumberOfGlyphs()).as("a subset").isLessThan(600);
      }
    }
  }

  @Test
  void embedsAFontWhoseLicenceForbidsSubsettingWhole() throws IOException {
    byte[] regular = HouseFontFixtures.withFsType(HouseFontFixtures.regular(), 0x0100);
    byte[] bold = HouseFontFixtures.withFsType(HouseFontFixtures.bold(), 0x0100);
    FontFamily family = HouseFontFixtures.family(regular, bold, false);
    byte[] docx = RENDERER.render(house(family), Optional.empty());
    String font = fontEntry(DocxRendererTest.part(docx, "word/fontTable.xml"), "DejaVu Serif");
    String key = EmbeddedFonts.key(family, false, false);
    Matcher rel =
        Pattern.compile("<w:embedRegular r:id=\"(rId\\d+)\" w:fontKey=\"\\Q" + key + "\\E\"")
            .matcher(font);
    assertThat(rel.find()).as(font).isTrue();
    assertThat(font).doesNotContain("w:subsetted=\"true\"");
    byte[] ttf =
        EmbeddedFonts.obfuscate(
            DocxRendererTest.bytes(docx, "word/" + target(docx, rel.group(1))), key);
    assertThat(ttf).isEqualTo(regular);
  }

  @Test
  void setsTheCharactersTheHouseFontLacksInTheBundledNotoRunByRun(@TempDir Path dir)
      throws Exception {
    byte[] latin = HouseFontFixtures.latinOnly(HouseFontFixtures.regular());
    FontFamily family = HouseFontFixtures.family(latin, HouseFontFixtures.bold(), true);
    Document sink = house(family);
    List<Document.Block> blocks = new ArrayList<>(sink.blocks());
    // bold Greek: the Noto font goes into run properties that already hold others
    blocks.add(
        new Document.Paragraph(
            List.of(Span.text("Bold Greek: "), Span.bold("Ελλάδα"), Span.text(" and back.")),
            ParaStyle.BODY));
    Document doc =
        new Document(sink.metadata(), sink.page(), sink.theme(), sink.furniture(), blocks);
    byte[] docx = RENDERER.render(doc, Optional.empty());
    String xml = DocxRendererTest.part(docx, "word/document.xml");
    String noto =
        "<w:rFonts w:ascii=\"Noto Serif\" w:hAnsi=\"Noto Serif\" w:eastAsia=\"Noto Serif\"/>";
    assertThat(xml)
        .contains(
            "<w:t xml:space=\"preserve\">; Greek: </w:t></w:r><w:r><w:rPr>"
                + noto
                + "</w:rPr><w:t xml:space=\"preserve\">Αθήνα</w:t></w:r>")
        .contains(
            "<w:rPr>" + noto + "<w:b/><w:bCs/></w:rPr><w:t xml:space=\"preserve\">Ελλάδα</w:t>");
    // the words are the same, only cut into runs
    try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
      assertThat(word.getParagraphs())
          .extracting(XWPFParagraph::getText)
          .contains(
              "Diacritics: Zoë, Ærøskøbing, Łódź; Greek: Αθήνα; Cyrillic: Москва.",
              "Bold Greek: Ελλάδα and back.");
    }
    // the fallback family is embedded beside the house font
    String table = DocxRendererTest.part(docx, "word/fontTable.xml");
    assertThat(table).contains("w:name=\"DejaVu Serif\"", "w:name=\"Noto Serif\"");
    Path file = dir.resolve("fallback.docx");
    Files.write(file, docx);
    Checkers.OoxmlVerdict verdict = Checkers.ooxml(file);
    assertThat(verdict.ok()).as(verdict.output()).isTrue();
  }

  @Test
  void rendersTheSameBytesTwice() {
    FontFamily family = HouseFontFixtures.dejaVuSerif();
    assertThat(RENDERER.render(house(family), Optional.empty()))
        .isEqualTo(new DocxRenderer(new Fonts()).render(house(family), Optional.empty()));
  }

  private static String fontEntry(String table, String name) {
    Matcher m =
        Pattern.compile("<w:font w:name=\"\\Q" + name + "\\E\">.*?</w:font>", Pattern.DOTALL)
            .matcher(table);
    assertThat(m.find()).as(table).isTrue();
    return m.group();
  }

  private static String target(byte[] docx, String id) throws IOException {
    String rels = DocxRendererTest.part(docx, "word/_rels/fontTable.xml.rels");
    Matcher m =
        Pattern.compile(
                "Id=\"\\Q"
                    + id
                    + "\\E\"[^>]*Target=\"([^\"]+)\"|Target=\"([^\"]+)\"[^>]*Id=\"\\Q"
                    + id
                    + "\\E\"")
            .matcher(rels);
    assertThat(m.find()).as(rels).isTrue();
    return m.group(1) != null ? m.group(1) : m.group(2);
  }
}
