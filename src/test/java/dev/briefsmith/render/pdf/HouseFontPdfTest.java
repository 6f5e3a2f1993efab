package dev.briefsmith.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.compose.Document;
import dev.briefsmith.compose.FontFamily;
import dev.briefsmith.render.Checkers;
import dev.briefsmith.render.DocumentFixtures;
import dev.briefsmith.render.Fonts;
import dev.briefsmith.render.HouseFontFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A theme with a house font: the PDF embeds it as a subset (or whole, when its licence forbids
 * subsetting), prints the styles it lacks from its nearest face, and sets the characters it lacks
 * in the bundled Noto.
 */
class HouseFontPdfTest {
  private static final PdfRenderer RENDERER = new PdfRenderer(new Fonts());

  @TempDir Path dir;

  static Document houseKitchenSink() {
    FontFamily house = HouseFontFixtures.dejaVuSerif();
    return HouseFontFixtures.withFonts(DocumentFixtures.kitchenSink(), house, house);
  }

  @Test
  void embedsTheHouseFontAsASubsetAndPdffontsSaysSo() throws Exception {
    byte[] pdf = RENDERER.render(houseKitchenSink()).bytes();
    Map<String, PDFont> fonts = fonts(pdf);
    // the house faces replace the theme's Noto; a subset tag, embedded, a TrueType font program
    assertThat(fonts.keySet())
        .anyMatch(n -> n.matches("[A-Z]{6}\\+DejaVuSerif"))
        .anyMatch(n -> n.matches("[A-Z]{6}\\+DejaVuSerif-Bold"))
        .noneMatch(n -> n.contains("NotoSans") || n.contains("NotoSerif"));
    for (var e : fonts.entrySet()) {
      assertThat(e.getValue().isEmbedded()).as(e.getKey()).isTrue();
      if (e.getKey().contains("DejaVu")) {
        PDType0Font type0 = (PDType0Font) e.getValue();
        assertThat(type0.getDescendantFont().getFontDescriptor().getFontFile2())
            .as(e.getKey())
            .isNotNull();
      }
    }
    Path file = dir.resolve("house.pdf");
    Files.write(file, pdf);
    Checkers.Run pdffonts = Checkers.run(List.of("pdffonts", file.toString()), "poppler-utils");
    List<String> rows = pdffonts.output().lines().filter(l -> l.contains("+DejaVuSerif")).toList();
    assertThat(rows).hasSize(2);
    for (String row : rows) {
      // name type encoding emb sub uni object generation
      String[] cols = row.strip().split("\\s+", -1);
      assertThat(cols[cols.length - 5]).as(row).isEqualTo("yes"); // embedded
      assertThat(cols[cols.length - 4]).as(row).isEqualTo("yes"); // subset
    }
    assertThat(Checkers.fontsNotEmbedded(file)).isEmpty();
  }

  @Test
  void printsTheItalicsItLacksFromTheUprightFaceAndKeepsTheText() throws Exception {
    byte[] pdf = RENDERER.render(houseKitchenSink()).bytes();
    String text = text(pdf);
    // the kitchen sink's italic span, set in the upright DejaVu face with a slanted text matrix
    Map<String, TextPosition> at = firstLetters(pdf);
    assertThat(at.get("italic").getFont().getName()).endsWith("+DejaVuSerif");
    assertThat(at.get("italic").getTextMatrix().getShearX()).isGreaterThan(0.1f);
    assertThat(at.get("bold,").getFont().getName()).endsWith("+DejaVuSerif-Bold");
    assertThat(at.get("bold,").getTextMatrix().getShearX()).isZero();
    assertThat(text).contains("A verbatim quotation, with curly quotes.");
  }

  @Test
  void printsTheBoldItLacksFromTheRegularFaceStroked() throws Exception {
    byte[] regular = HouseFontFixtures.regular();
    FontFamily only =
        FontFamily.house(
            "DejaVu Serif",
            Map.of(
                FontFamily.Style.REGULAR,
                new dev.briefsmith.compose.HouseFont("DejaVuSerif.ttf", regular, true)),
            true);
    byte[] pdf =
        RENDERER
            .render(HouseFontFixtures.withFonts(DocumentFixtures.kitchenSink(), only, only))
            .bytes();
    assertThat(fonts(pdf).keySet()).singleElement().asString().endsWith("+DejaVuSerif");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String content =
          new String(
              doc.getPage(1).getContents().readAllBytes(),
              java.nio.charset.StandardCharsets.ISO_8859_1);
      // OpenPDF's synthetic bold: text rendering mode 2, fill and stroke
      assertThat(content).containsPattern("(?m)\\b2 Tr\\b");
    }
    assertThat(firstLetters(pdf).get("bold,").getFont().getName()).endsWith("+DejaVuSerif");
  }

  @Test
  void setsTheCharactersTheHouseFontLacksInTheBundledNoto() throws Exception {
    byte[] latin = HouseFontFixtures.latinOnly(HouseFontFixtures.regular());
    FontFamily house = HouseFontFixtures.family(latin, HouseFontFixtures.bold(), true);
    Document doc = HouseFontFixtures.withFonts(DocumentFixtures.kitchenSink(), house, house);
    byte[] pdf = RENDERER.render(doc).bytes();
    Map<String, String> fontOf = new TreeMap<>();
    firstLetters(pdf).forEach((w, p) -> fontOf.put(w, p.getFont().getName()));
    // Greek and Cyrillic in the fallback for a serif house font, the Latin around them in the
    // house font, run by run
    assertThat(fontOf.get("Αθήνα;")).endsWith("+NotoSerif-Regular");
    assertThat(fontOf.get("Москва.")).endsWith("+NotoSerif-Regular");
    assertThat(fontOf.get("Diacritics:")).endsWith("+DejaVuSerif");
    assertThat(text(pdf)).contains("Greek: Αθήνα; Cyrillic: Москва.");
  }

  @Test
  void embedsAFontWhoseLicenceForbidsSubsettingWhole() throws Exception {
    byte[] regular = HouseFontFixtures.withFsType(HouseFontFixtures.regular(), 0x0100);
    byte[] bold = HouseFontFixtures.withFsType(HouseFontFixtures.bold(), 0x0100);
    FontFamily house = HouseFontFixtures.family(regular, bold, false);
    byte[] pdf =
        RENDERER
            .render(HouseFontFixtures.withFonts(DocumentFixtures.kitchenSink(), house, house))
            .bytes();
    assertThat(fonts(pdf)).containsOnlyKeys("DejaVuSerif", "DejaVuSerif-Bold");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDType0Font whole =
          (PDType0Font) doc.getPage(1).getResources().getFont(fontNamed(doc, "DejaVuSerif"));
      byte[] program = whole.getDescendantFont().getFontDescriptor().getFontFile2().toByteArray();
      assertThat(program).isEqualTo(regular);
    }
  }

  @Test
  void rendersTheSameBytesTwice() {
    assertThat(RENDERER.render(houseKitchenSink()).bytes())
        .isEqualTo(new PdfRenderer(new Fonts()).render(houseKitchenSink()).bytes());
  }

  /** Every font of the document's pages by name. */
  static Map<String, PDFont> fonts(byte[] pdf) throws IOException {
    Map<String, PDFont> out = new TreeMap<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (PDPage page : doc.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
          PDFont font = resources.getFont(name);
          out.put(font.getName(), font);
        }
      }
    }
    return out;
  }

  private static COSName fontNamed(PDDocument doc, String name) throws IOException {
    PDResources resources = doc.getPage(1).getResources();
    for (COSName n : resources.getFontNames()) {
      if (resources.getFont(n).getName().equals(name)) {
        return n;
      }
    }
    throw new AssertionError("no font " + name + " on page 2");
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  /** The first letter of each word's first occurrence. */
  private static Map<String, TextPosition> firstLetters(byte[] pdf) throws IOException {
    Map<String, TextPosition> out = new TreeMap<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
              int start = 0;
              for (String word : text.split(" ", -1)) {
                if (!word.isEmpty() && start < positions.size()) {
                  out.putIfAbsent(word, positions.get(start));
                }
                start += word.length() + 1;
              }
            }
          };
      stripper.getText(doc);
    }
    return out;
  }
}
