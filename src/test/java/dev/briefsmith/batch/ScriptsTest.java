package dev.briefsmith.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.render.Fonts;
import dev.briefsmith.yaml.LoadLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text in many scripts: Latin with diacritics, Greek, Cyrillic, and a Persian quotation in the
 * original script, which must come out right to left and shaped in both formats.
 */
class ScriptsTest {
  static final List<String> NAMES =
      List.of(
          "Zoë Ærøskøbing",
          "Instytut Łódź",
          "Κυριάκος Παπαδόπουλος",
          "Ελληνική Δημοκρατία",
          "Сергей Иванович Лавров",
          "Российская Федерация",
          "Łukasz Żółć",
          "João Gonçalves");
  static final List<String> PERSIAN = List.of("هرگونه", "دخالت", "خارجی", "عراق", "حمایت");

  @TempDir static Path out;
  static BuildReport report;

  @BeforeAll
  static void build() throws Exception {
    report =
        new Builder(new Fonts(), Map.of())
            .run(
                new BuildRequest(
                    List.of("src/test/resources/briefs/scripts/scripts-brief.yaml"),
                    Path.of("content"),
                    Path.of("templates"),
                    out,
                    Set.of("analyst"),
                    EnumSet.allOf(Format.class),
                    LoadLimits.DEFAULT),
                line -> {});
  }

  /** Presentation forms back to letters, and no bidi controls: text as a reader would type it. */
  static String normalise(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC)
        .replaceAll("[\u200e\u200f\u202a-\u202e]", "");
  }

  @Test
  void everyScriptIsInThePdfWithEmbeddedFonts() throws Exception {
    assertThat(report.ok()).as(report.problems().toString()).isTrue();
    Path pdf = out.resolve("scripts-brief/scripts-brief.analyst.pdf");
    String text = normalise(Outputs.pdfText(pdf));
    assertThat(text).contains(NAMES);
    assertThat(text).contains(PERSIAN);
    Outputs.Result fonts = Outputs.run(List.of("pdffonts", pdf.toString()), null);
    assertThat(fonts.output())
        .containsPattern("NotoNaskhArabic-Regular +CID TrueType +Identity-H +yes");
  }

  @Test
  void thePersianQuotationIsShapedAndSetRightToLeft() throws Exception {
    Path pdf = out.resolve("scripts-brief/scripts-brief.analyst.pdf");
    // shaped: the glyphs drawn are the letters' joining forms, not the isolated letters
    java.util.Set<Integer> drawn = new java.util.TreeSet<>();
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
      var stripper =
          new org.apache.pdfbox.text.PDFTextStripper() {
            @Override
            protected void processTextPosition(org.apache.pdfbox.text.TextPosition t) {
              if (t.getFont().getName().contains("NotoNaskhArabic")) {
                for (int code : t.getCharacterCodes()) {
                  drawn.add(code);
                }
              }
            }
          };
      stripper.getText(doc);
    }
    java.util.Set<Integer> isolated = new java.util.TreeSet<>();
    try (var font =
        new org.apache.fontbox.ttf.TTFParser()
            .parse(
                new org.apache.pdfbox.io.RandomAccessReadBuffer(
                    new Fonts()
                        .ttf(dev.briefsmith.compose.FontFamily.NOTO_NASKH_ARABIC, false, false)))) {
      var cmap = font.getUnicodeCmapLookup();
      "ما از هرگونه دخالت خارجی در عراق حمایت نمی‌کنیم"
          .codePoints()
          .forEach(c -> isolated.add(cmap.getGlyphId(c)));
    }
    assertThat(drawn).isNotEmpty();
    java.util.Set<Integer> joined = new java.util.TreeSet<>(drawn);
    joined.removeAll(isolated);
    assertThat(joined).as("glyphs in joining (initial, medial, final) forms").hasSizeGreaterThan(5);
    // right to left: read by position from left to right, the quotation's letters come in
    // reverse order (its first word is the rightmost)
    String visual;
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
      java.util.Map<String, java.util.List<org.apache.pdfbox.text.TextPosition>> lines =
          new java.util.TreeMap<>();
      var stripper =
          new org.apache.pdfbox.text.PDFTextStripper() {
            @Override
            protected void processTextPosition(org.apache.pdfbox.text.TextPosition t) {
              if (t.getFont().getName().contains("NotoNaskhArabic")) {
                lines
                    .computeIfAbsent(
                        getCurrentPageNo() + ":" + Math.round(t.getYDirAdj()),
                        k -> new java.util.ArrayList<>())
                    .add(t);
              }
            }
          };
      stripper.getText(doc);
      var longest =
          lines.values().stream().max(java.util.Comparator.comparingInt(List::size)).orElseThrow();
      longest.sort(
          java.util.Comparator.comparingDouble(org.apache.pdfbox.text.TextPosition::getXDirAdj));
      StringBuilder b = new StringBuilder();
      longest.forEach(t -> b.append(t.getUnicode()));
      visual = normalise(b.toString());
    }
    String logical =
        "ما از هرگونه دخالت خارجی در عراق حمایت نمی‌کنیم".replaceAll("[\\s\u200c]", "");
    assertThat(new StringBuilder(visual.replaceAll("[\\s\u200c]", "")).reverse().toString())
        .isEqualTo(logical);

    String docx = Outputs.docxParts(out.resolve("scripts-brief/scripts-brief.analyst.docx"));
    String document = docx.substring(docx.indexOf("== word/document.xml"));
    int quote = document.indexOf("ما از هرگونه");
    String paragraph = document.substring(document.lastIndexOf("<w:p>", quote), quote);
    assertThat(paragraph).contains("<w:bidi/>", "<w:rtl/>");
    assertThat(docx).contains("w:cs=\"Noto Naskh Arabic\"");
  }

  @Test
  void libreOfficeReadsTheWordFileInEveryScript() throws Exception {
    Path docx = out.resolve("scripts-brief/scripts-brief.analyst.docx");
    Path dir = Files.createDirectories(out.resolve("lo"));
    Outputs.run(
        List.of(
            "soffice",
            "--headless",
            "--norestore",
            "-env:UserInstallation=file://" + out.resolve("lo-profile"),
            "--convert-to",
            "pdf",
            "--outdir",
            dir.toString(),
            docx.toString()),
        null);
    Path pdf = dir.resolve("scripts-brief.analyst.pdf");
    assertThat(pdf).isNotEmptyFile();
    String text = normalise(Outputs.pdfText(pdf));
    assertThat(text).contains(NAMES);
    assertThat(text).contains(PERSIAN);
  }

  @Test
  void theIndependentCheckersAcceptEveryScript() throws Exception {
    Path pdf = out.resolve("scripts-brief/scripts-brief.analyst.pdf");
    Path docx = out.resolve("scripts-brief/scripts-brief.analyst.docx");
    var verdict =
        dev.briefsmith.render.Checkers.veraPdf(
                "2b", List.of(pdf), Files.createDirectories(out.resolve("vera")))
            .get(pdf);
    assertThat(verdict.compliant()).as(verdict.detail()).isTrue();
    var ooxml = dev.briefsmith.render.Checkers.ooxml(docx);
    assertThat(ooxml.ok()).as(ooxml.output()).isTrue();
  }
}
