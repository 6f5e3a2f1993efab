package dev.briefsmith.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.render.BrokenFiles;
import dev.briefsmith.render.Checkers;
import dev.briefsmith.render.Fonts;
import dev.briefsmith.render.RestrictedAudience;
import dev.briefsmith.render.WordChecks;
import dev.briefsmith.yaml.LoadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Renders the sample, the three- and five-sided briefs and the canary brief in every audience and
 * format once, then checks the files as independent readers would.
 */
class RenderingTest {
  static final List<String> AUDIENCES = List.of("analyst", "executive", "public");
  static final String SAMPLE = "iraq-us-iran-2014";

  @TempDir static Path work;
  static Path out;
  static Path templates;
  static BuildReport report;
  static List<String> log = new ArrayList<>();

  // files broken on purpose, by defect, and the runs of the tools that take many files at once
  private static final String NO_METADATA = "no-metadata";
  private static final String HELVETICA = "helvetica";
  private static final String TRUNCATED = "truncated";
  private static final String OUT_OF_ORDER = "out-of-order";
  private static final String UNTAGGED = "untagged";
  private static final String NO_ALT = "no-alt";
  private static final String NO_SCOPE = "no-scope";
  private static final String HEADING_SKIP = "heading-skip";
  private static final String NO_LANG = "no-lang";
  private static Map<Path, Checkers.Verdict> veraPdfVerdicts;
  private static Map<Path, Checkers.Verdict> veraPdfUaVerdicts;
  private static Map<Path, Checkers.OoxmlVerdict> ooxmlVerdicts;
  private static Path libreOfficeOut;
  private static Checkers.Run libreOfficeRun;

  @BeforeAll
  static void buildEverything() throws Exception {
    templates = work.resolve("templates");
    for (String a : AUDIENCES) {
      copyFolder(Path.of("templates", a), templates.resolve(a));
    }
    // An audience cleared for restricted items, made by copying a folder (no Java).
    RestrictedAudience.copyInto(templates);
    Path content = Files.createDirectories(work.resolve("content"));
    Files.copy(Path.of("content", SAMPLE + ".yaml"), content.resolve(SAMPLE + ".yaml"));
    for (String f :
        List.of(
            "valid/arctic-shipping-2031.yaml",
            "valid/aral-basin-water-2029.yaml",
            "canary/canary-brief.yaml",
            "many-sides/lake-varn-fisheries-2032.yaml",
            "many-sides/federal-water-council-2033.yaml",
            "scripts/scripts-brief.yaml",
            "rtl/sepidan-river-2030.yaml")) {
      Path src = Path.of("src/test/resources/briefs", f);
      Files.copy(src, content.resolve(src.getFileName()));
    }
    out = work.resolve("output");
    report =
        new Builder(new Fonts(), Map.of())
            .run(
                new BuildRequest(
                    List.of(),
                    content,
                    templates,
                    out,
                    Set.of(),
                    EnumSet.allOf(Format.class),
                    LoadLimits.DEFAULT),
                log::add);
  }

  static void copyFolder(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
  }

  static Path file(String id, String audience, String ext) {
    return out.resolve(id).resolve(id + "." + audience + "." + ext);
  }

  static List<Path> all(String ext) throws IOException {
    try (Stream<Path> files = Files.walk(out)) {
      return files.filter(p -> p.toString().endsWith("." + ext)).sorted().toList();
    }
  }

  /** Every brief the build makes: the sample, the test briefs with 3 and 5 sides, many scripts. */
  static final List<String> BRIEFS =
      List.of(
          SAMPLE,
          "arctic-shipping-2031",
          "aral-basin-water-2029",
          "canary-brief",
          "lake-varn-fisheries-2032",
          "federal-water-council-2033",
          "scripts-brief",
          "sepidan-river-2030");

  @Test
  void everyBriefIsBuiltInEveryAudienceAndFormat() throws IOException {
    assertThat(report.problems()).isEmpty();
    assertThat(report.ok()).isTrue();
    for (String id : BRIEFS) {
      for (String a : List.of("analyst", "executive", "public", "restricted")) {
        assertThat(file(id, a, "pdf")).isNotEmptyFile();
        assertThat(file(id, a, "docx")).isNotEmptyFile();
      }
    }
    try (Stream<Path> files = Files.walk(out)) {
      assertThat(files.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"analyst", "executive", "public"})
  void theSampleMatchesItsGoldenText(String audience) throws IOException {
    golden(SAMPLE + "." + audience + ".pdf.txt", Outputs.pdfText(file(SAMPLE, audience, "pdf")));
    golden(SAMPLE + "." + audience + ".docx.txt", Outputs.docxText(file(SAMPLE, audience, "docx")));
  }

  private static void golden(String name, String actual) throws IOException {
    dev.briefsmith.render.Golden.check(name, actual);
  }

  @ParameterizedTest
  @ValueSource(strings = {"analyst", "executive", "public"})
  void pdfAndWordSayTheSameWords(String audience) throws IOException {
    var page =
        new dev.briefsmith.audience.TemplateLoader()
            .load(templates.resolve(audience))
            .value()
            .orElseThrow()
            .page();
    for (String id : List.of(SAMPLE, "aral-basin-water-2029")) {
      // The body only: page furniture differs by design (PDF repeats it per page, Word once).
      Set<String> pdf =
          new TreeSet<>(Outputs.words(Outputs.pdfBodyText(file(id, audience, "pdf"), page)));
      Set<String> docx =
          new TreeSet<>(Outputs.words(Outputs.docxBodyText(file(id, audience, "docx"))));
      Set<String> onlyPdf = new TreeSet<>(pdf);
      onlyPdf.removeAll(docx);
      Set<String> onlyDocx = new TreeSet<>(docx);
      onlyDocx.removeAll(pdf);
      assertThat(onlyPdf).as(id + " " + audience + ": words only in the PDF").isEmpty();
      assertThat(onlyDocx).as(id + " " + audience + ": words only in the Word file").isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"arctic-shipping-2031", "aral-basin-water-2029", SAMPLE})
  void everySideIsInTheMatrixHeader(String id) throws Exception {
    var brief =
        new dev.briefsmith.content.BriefLoader()
            .load(
                Path.of("src/test/resources/briefs/valid/" + id + ".yaml").toFile().exists()
                    ? Path.of("src/test/resources/briefs/valid/" + id + ".yaml")
                    : work.resolve("content").resolve(fileOf(id)))
            .orThrow();
    List<String> expected = new ArrayList<>(List.of("Issue"));
    brief.sides().forEach(s -> expected.add(s.name()));
    expected.add("Alignment");
    for (String audience : AUDIENCES) {
      try (InputStream in = Files.newInputStream(file(id, audience, "docx"));
          XWPFDocument doc = new XWPFDocument(in)) {
        XWPFTable matrix =
            doc.getTables().stream()
                .filter(t -> t.getRow(0).getCell(0).getText().strip().equals("Issue"))
                .findFirst()
                .orElseThrow();
        List<String> header =
            matrix.getRow(0).getTableCells().stream()
                .map(XWPFTableCell::getText)
                .map(String::strip)
                .toList();
        assertThat(header).as(id + " " + audience).isEqualTo(expected);
      }
      String pdf = Outputs.pdfText(file(id, audience, "pdf")).replaceAll("\\s+", " ");
      assertThat(pdf)
          .as(id + " " + audience)
          .contains(String.join(" ", expected.subList(1, expected.size())));
    }
  }

  private static String fileOf(String id) {
    return switch (id) {
      case "arctic-shipping-2031" -> "arctic-shipping-2031.yaml";
      case "aral-basin-water-2029" -> "aral-basin-water-2029.yaml";
      default -> id + ".yaml";
    };
  }

  @Test
  void theCoverLinesComeInTheSameOrderInBothFormats() throws IOException {
    for (String audience : AUDIENCES) {
      String pdf = Outputs.pdfText(file(SAMPLE, audience, "pdf"));
      String docx = Outputs.docxText(file(SAMPLE, audience, "docx"));
      List<String> lines =
          List.of(
              "Washington and Tehran weigh a common front",
              "Information as of 25 June 2014",
              Map.of(
                      "analyst",
                      "Analyst brief",
                      "executive",
                      "Executive brief",
                      "public",
                      "Policy brief")
                  .get(audience));
      for (String text : List.of(pdf, docx)) {
        int at = -1;
        for (String line : lines) {
          int next = text.indexOf(line);
          assertThat(next)
              .as(audience + ": \"" + line + "\" after the line before it")
              .isGreaterThan(at);
          at = next;
        }
      }
    }
  }

  @Test
  void noCanaryLeaksIntoPublicOrAnalystOutputs() throws IOException {
    String id = "canary-brief";
    String publicAll =
        Outputs.pdfText(file(id, "public", "pdf"))
            + Outputs.pdfRaw(file(id, "public", "pdf"))
            + Outputs.docxParts(file(id, "public", "docx"));
    assertThat(publicAll).doesNotContain("CANARYINT").doesNotContain("CANARYRES");
    for (String audience : List.of("analyst", "executive")) {
      String all =
          Outputs.pdfRaw(file(id, audience, "pdf")) + Outputs.docxParts(file(id, audience, "docx"));
      assertThat(all).as(audience).doesNotContain("CANARYRES");
    }
    // The check can fail: the analyst outputs do carry internal canaries, the restricted ones all.
    assertThat(Outputs.pdfText(file(id, "analyst", "pdf"))).contains("CANARYINT-kj");
    assertThat(Outputs.docxParts(file(id, "analyst", "docx"))).contains("CANARYINT-quote");
    // analyst notes have their own sensitivity: the internal one reaches the analyst edition
    assertThat(Outputs.pdfText(file(id, "analyst", "pdf"))).contains("CANARYINT-note");
    assertThat(Outputs.pdfText(file(id, "restricted", "pdf"))).contains("CANARYRES-note");
    // Page text is glyph-coded; the raw dump sees the strings: outline titles, metadata, XMP.
    assertThat(Outputs.pdfRaw(file(id, "restricted", "pdf"))).contains("CANARYRES-scenario");
    assertThat(Outputs.pdfText(file(id, "restricted", "pdf"))).contains("CANARYRES-kj");
    assertThat(Outputs.docxParts(file(id, "restricted", "docx"))).contains("CANARYRES-source");
  }

  @Test
  void everyFigureKeepsItsAlternativeTextInBothFormats() throws Exception {
    int figures = 0;
    for (String id :
        List.of(SAMPLE, "arctic-shipping-2031", "aral-basin-water-2029", "canary-brief")) {
      for (String audience : AUDIENCES) {
        List<String> pdf = Outputs.pdfFigureAlts(file(id, audience, "pdf"));
        List<String> docx = Outputs.docxFigureAlts(file(id, audience, "docx"));
        assertThat(pdf).as(id + " " + audience).isEqualTo(docx).doesNotContain("");
        figures += pdf.size();
      }
    }
    // the analyst and public briefs have a chart each
    assertThat(figures).isEqualTo(8);
    assertThat(Outputs.pdfFigureAlts(file(SAMPLE, "analyst", "pdf")))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith("Chart of each side's stance on each issue")
        .contains("Cooperation against ISIS: Washington open / conditional, Tehran ambivalent");
  }

  @Test
  void thePublicWordFileTakesItsStylesFromTheShippedHouseStyleSheet() throws IOException {
    String reference = heading1(Outputs.docxParts(Path.of("templates/public/house-style.docx")));
    assertThat(reference).contains("w:val=\"double\"", "5C1622");
    assertThat(heading1(Outputs.docxParts(file(SAMPLE, "public", "docx")))).isEqualTo(reference);
    assertThat(heading1(Outputs.docxParts(file(SAMPLE, "analyst", "docx"))))
        .doesNotContain("5C1622");
  }

  /** The Heading1 style element of a Word file's styles part. */
  private static String heading1(String parts) {
    String styles = parts.substring(parts.indexOf("== word/styles.xml"));
    int start = styles.indexOf("w:styleId=\"Heading1\"");
    return styles.substring(start, styles.indexOf("</w:style>", start));
  }

  @Test
  void theAnalystBriefHasATableOfContentsWithTheRightPages() throws IOException {
    Path pdf = file(SAMPLE, "analyst", "pdf");
    List<String> pages = new ArrayList<>();
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
      var stripper = new org.apache.pdfbox.text.PDFTextStripper();
      for (int i = 1; i <= doc.getNumberOfPages(); i++) {
        stripper.setStartPage(i);
        stripper.setEndPage(i);
        pages.add(stripper.getText(doc));
      }
    }
    String contentsPage = pages.get(1);
    assertThat(contentsPage).startsWith("Contents");
    // every line "Heading ..... N": the heading is on the page printed N (page N + 1: the cover)
    var entry = java.util.regex.Pattern.compile("(?m)^(.+?)\\s*\\.*\\s*(\\d+)$");

    int found = 0;
    for (String line : contentsPage.lines().skip(1).toList()) {
      var lm = entry.matcher(line.strip());
      if (!lm.matches() || line.contains("Page ")) {
        continue;
      }
      int printed = Integer.parseInt(lm.group(2));
      String heading = lm.group(1).replaceAll("[ .]+$", "");
      assertThat(pages.get(printed)).as(heading + " on page " + printed).contains(heading);
      found++;
    }
    assertThat(found).isGreaterThanOrEqualTo(15);

    String docx = Outputs.docxParts(file(SAMPLE, "analyst", "docx"));
    assertThat(docx).contains("TOC \\o \"1-2\" \\h \\z \\u", "PAGEREF position_matrix \\h");
    assertThat(Outputs.docxBodyText(file(SAMPLE, "analyst", "docx")))
        .contains("Positions by issue\t" + pageOf(pages, "Positions by issue"));
  }

  /** The printed page number of a contents entry, as the PDF's contents page gives it. */
  private static String pageOf(List<String> pages, String heading) {
    return pages
        .get(1)
        .lines()
        .map(String::strip)
        .filter(l -> l.startsWith(heading))
        .map(l -> l.replaceAll("^.*?(\\d+)$", "$1"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theExecutiveSampleFitsItsTwoPages() throws IOException {
    assertThat(Outputs.pdfPages(file(SAMPLE, "executive", "pdf"))).isLessThanOrEqualTo(2);
  }

  @Test
  void aBriefOverItsPageBudgetFailsNamingTheAudienceAndPageCount() throws Exception {
    Path tight = work.resolve("tight-templates");
    copyFolder(Path.of("templates/analyst"), tight.resolve("analyst"));
    Path yaml = tight.resolve("analyst/template.yaml");
    Files.writeString(
        yaml, Files.readString(yaml).replace("  size: A4\n", "  size: A4\n  max_pages: 2\n"));
    Path tightOut = work.resolve("tight-out");
    List<String> lines = new ArrayList<>();
    BuildReport r =
        new Builder(new Fonts(), Map.of())
            .run(
                new BuildRequest(
                    List.of("content/" + SAMPLE + ".yaml"),
                    Path.of("content"),
                    tight,
                    tightOut,
                    new LinkedHashSet<>(),
                    EnumSet.allOf(Format.class),
                    LoadLimits.DEFAULT),
                lines::add);
    assertThat(r.ok()).isFalse();
    assertThat(r.problems())
        .singleElement()
        .satisfies(
            d ->
                assertThat(d.format())
                    .matches(
                        "content/iraq-us-iran-2014\\.yaml:1:1: error: analyst: the brief takes \\d+ pages,"
                            + " over the audience's budget of 2 \\(page\\.max_pages in .*analyst/template\\.yaml\\);"
                            + " shorten the brief or drop sections for this audience"));
    assertThat(tightOut.resolve(SAMPLE)).doesNotExist();
  }

  @Test
  void qpdfFindsNoErrorAndEveryFontIsEmbedded() throws Exception {
    List<Path> pdfs = all("pdf");
    assertThat(pdfs).hasSizeGreaterThanOrEqualTo(16);
    for (Path pdf : pdfs) {
      Checkers.Run qpdf = Checkers.qpdfCheck(pdf);
      assertThat(Checkers.qpdfSound(qpdf))
          .as("qpdf --check " + pdf + "\n" + qpdf.output())
          .isTrue();
      assertThat(Checkers.fontsNotEmbedded(pdf)).as("fonts of " + pdf).isEmpty();
    }
  }

  @Test
  void qpdfAndPdffontsCatchBrokenPdfs() throws Exception {
    Path truncated = broken("pdf").get(TRUNCATED);
    Checkers.Run qpdf = Checkers.qpdfCheck(truncated);
    assertThat(Checkers.qpdfSound(qpdf)).as("qpdf --check " + truncated).isFalse();
    assertThat(qpdf.exitCode()).isNotZero();
    assertThat(Checkers.fontsNotEmbedded(broken("pdf").get(HELVETICA)))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith("Helvetica");
  }

  @Test
  void everyPdfIsPdfA2aByVeraPdf() throws Exception {
    Map<Path, Checkers.Verdict> verdicts = veraPdf();
    List<Path> pdfs = all("pdf");
    assertThat(pdfs).hasSizeGreaterThanOrEqualTo(BRIEFS.size() * 4);
    for (Path pdf : pdfs) {
      Checkers.Verdict v = verdicts.get(pdf);
      assertThat(v.profile()).as(pdf + ": " + v.detail()).isEqualTo("PDF/A-2a validation profile");
      assertThat(v.compliant()).as("veraPDF -f 2a " + pdf + ":\n" + v.detail()).isTrue();
    }
  }

  @Test
  void everyPdfIsPdfUa1ByVeraPdf() throws Exception {
    Map<Path, Checkers.Verdict> verdicts = veraPdfUa();
    List<Path> pdfs = all("pdf");
    assertThat(pdfs).hasSizeGreaterThanOrEqualTo(BRIEFS.size() * 4);
    for (Path pdf : pdfs) {
      Checkers.Verdict v = verdicts.get(pdf);
      assertThat(v.profile()).as(pdf + ": " + v.detail()).isEqualTo("PDF/UA-1 validation profile");
      assertThat(v.compliant()).as("veraPDF -f ua1 " + pdf + ":\n" + v.detail()).isTrue();
    }
  }

  @Test
  void veraPdfUaFailsEachAccessibilityDefectMadeOnPurpose() throws Exception {
    Map<Path, Checkers.Verdict> verdicts = veraPdfUa();
    Map<String, String> ruleByDefect =
        Map.of(
            // content neither tagged nor an artifact
            UNTAGGED, "7.1-3",
            // a figure without alternative text
            NO_ALT, "7.3-1",
            // a table header cell without a scope
            NO_SCOPE, "7.5-1",
            // headings skip from H1 to H4
            HEADING_SKIP, "7.4.2-1",
            // no natural language anywhere
            NO_LANG, "7.2-34");
    for (Map.Entry<String, String> e : ruleByDefect.entrySet()) {
      Checkers.Verdict v = verdicts.get(broken("pdf").get(e.getKey()));
      assertThat(v.compliant()).as(e.getKey() + ": " + v.detail()).isFalse();
      assertThat(v.failedRules()).as(e.getKey() + ": " + v.detail()).contains(e.getValue());
    }
  }

  @Test
  void veraPdfFailsPdfsBrokenOnPurpose() throws Exception {
    Map<Path, Checkers.Verdict> verdicts = veraPdf();
    Checkers.Verdict noMetadata = verdicts.get(broken("pdf").get(NO_METADATA));
    assertThat(noMetadata.compliant()).isFalse();
    // no XMP metadata at all; device colours without an output intent
    assertThat(noMetadata.failedRules()).as(noMetadata.detail()).contains("6.6.2.1-1", "6.2.4.3-2");
    Checkers.Verdict helvetica = verdicts.get(broken("pdf").get(HELVETICA));
    assertThat(helvetica.compliant()).isFalse();
    // the font program is not embedded
    assertThat(helvetica.failedRules()).as(helvetica.detail()).contains("6.2.11.4.1-1");
    Checkers.Verdict truncated = verdicts.get(broken("pdf").get(TRUNCATED));
    assertThat(truncated.compliant()).isFalse();
    assertThat(truncated.detail()).contains("not validated");
  }

  @Test
  void everyWordFilePassesTheOpenXmlSchemaCheck() throws Exception {
    List<Path> docs = all("docx");
    assertThat(docs).hasSizeGreaterThanOrEqualTo(16);
    Map<Path, Checkers.OoxmlVerdict> verdicts = ooxml();
    for (Path docx : docs) {
      Checkers.OoxmlVerdict v = verdicts.get(docx);
      assertThat(v.errors()).as("ooxml-validator " + docx + "\n" + v.output()).isEmpty();
      assertThat(v.ok()).as(v.output()).isTrue();
    }
  }

  @Test
  void everyWordFilePassesTheAccessibilityRulesWeCanCheckOffline() throws Exception {
    List<Path> docs = all("docx");
    assertThat(docs).hasSizeGreaterThanOrEqualTo(BRIEFS.size() * 4);
    for (Path docx : docs) {
      assertThat(WordChecks.problems(docx)).as(docx.toString()).isEmpty();
    }
  }

  @Test
  void theWordAccessibilityChecksFindEachDefectMadeOnPurpose() throws Exception {
    Path docx = file(SAMPLE, "analyst", "docx");
    Path dir = Files.createDirectories(work.resolve("broken-word"));
    Map<String, String[]> defects =
        Map.of(
            "described by a file name",
            new String[] {"descr=\"[^\"]*\"", "descr=\"stance-chart.png\""},
            "has no alternative text",
            new String[] {"descr=\"[^\"]*\"", ""},
            "has no header row repeated",
            new String[] {"<w:tblHeader/>", ""},
            "does not declare its header row",
            new String[] {"w:firstRow=\"(true|1)\"", "w:firstRow=\"false\""},
            "heading level 3 follows level 1",
            new String[] {"w:val=\"Heading2\"", "w:val=\"Heading3\""});
    int n = 0;
    for (Map.Entry<String, String[]> d : defects.entrySet()) {
      Path broken =
          BrokenFiles.docxEdited(
              docx, dir.resolve("defect-" + n++ + ".docx"), d.getValue()[0], d.getValue()[1]);
      assertThat(WordChecks.problems(broken)).as(d.getKey()).anyMatch(p -> p.contains(d.getKey()));
    }
  }

  @Test
  void theOpenXmlSchemaCheckFailsAWordFileWithElementsOutOfOrder() throws Exception {
    Checkers.OoxmlVerdict v = ooxml().get(broken("docx").get(OUT_OF_ORDER));
    assertThat(v.ok()).isFalse();
    // the body's children are out of order: a paragraph after the section properties
    assertThat(v.errors())
        .as(v.output())
        .anyMatch(
            e ->
                e.startsWith("Schema Sch_UnexpectedElementContentExpectingComplex")
                    && e.contains("in /word/document.xml at /w:document[1]/w:body[1]"));
  }

  @Test
  void everyWordFileOpensInLibreOffice() throws Exception {
    Path converted = libreOffice();
    for (Path d : all("docx")) {
      Path pdf = converted.resolve(d.getFileName().toString().replace(".docx", ".pdf"));
      assertThat(pdf)
          .as("LibreOffice converted " + d + "\n" + libreOfficeRun.output())
          .isNotEmptyFile();
      assertThat(Outputs.pdfPages(pdf)).isGreaterThanOrEqualTo(1);
      // LibreOffice paginates the Word file within one page of our PDF.
      Path ours = d.resolveSibling(d.getFileName().toString().replace(".docx", ".pdf"));
      assertThat(Outputs.pdfPages(pdf))
          .as(d.toString())
          .isBetween(Outputs.pdfPages(ours) - 1, Outputs.pdfPages(ours) + 1);
      // what LibreOffice laid out is the brief, not an empty page: the title is there
      String title;
      try (InputStream in = Files.newInputStream(d);
          XWPFDocument doc = new XWPFDocument(in)) {
        title = doc.getProperties().getCoreProperties().getTitle();
      }
      // (word by word: a title mixing scripts comes out of pdftotext in visual order)
      String text = Outputs.pdfText(pdf).replaceAll("\\s+", " ");
      for (String word : title.split("[\\s,:]+", -1)) {
        assertThat(text).as(d.toString()).contains(word);
      }
    }
  }

  @Test
  void libreOfficeConvertsNothingFromACorruptWordFile() throws Exception {
    Path converted = libreOffice();
    Path corrupt = broken("docx").get(TRUNCATED);
    assertThat(corrupt).isNotEmptyFile();
    assertThat(converted.resolve(corrupt.getFileName().toString().replace(".docx", ".pdf")))
        .doesNotExist();
    assertThat(libreOfficeRun.output()).contains("source file could not be loaded");
  }

  /** Copies of the sample's analyst files, each broken on purpose, by defect; made once. */
  private static synchronized Map<String, Path> broken(String ext) throws IOException {
    Path dir = work.resolve("broken");
    if (!Files.isDirectory(dir)) {
      Files.createDirectories(dir);
      Path pdf = file(SAMPLE, "analyst", "pdf");
      BrokenFiles.withoutPdfAMetadata(pdf, dir.resolve(NO_METADATA + ".pdf"));
      BrokenFiles.withHelveticaNotEmbedded(pdf, dir.resolve(HELVETICA + ".pdf"));
      BrokenFiles.truncated(pdf, dir.resolve(TRUNCATED + ".pdf"));
      BrokenFiles.withUntaggedContent(pdf, dir.resolve(UNTAGGED + ".pdf"));
      BrokenFiles.withoutFigureAlt(pdf, dir.resolve(NO_ALT + ".pdf"));
      BrokenFiles.withHeaderCellsWithoutScope(pdf, dir.resolve(NO_SCOPE + ".pdf"));
      BrokenFiles.withHeadingLevelSkipped(pdf, dir.resolve(HEADING_SKIP + ".pdf"));
      BrokenFiles.withoutLanguage(pdf, dir.resolve(NO_LANG + ".pdf"));
      Path docx = file(SAMPLE, "analyst", "docx");
      BrokenFiles.docxWithSectionPropertiesFirst(docx, dir.resolve(OUT_OF_ORDER + ".docx"));
      BrokenFiles.truncated(docx, dir.resolve(TRUNCATED + ".docx"));
    }
    Map<String, Path> files = new TreeMap<>();
    for (String defect :
        List.of(
            NO_METADATA,
            HELVETICA,
            TRUNCATED,
            OUT_OF_ORDER,
            UNTAGGED,
            NO_ALT,
            NO_SCOPE,
            HEADING_SKIP,
            NO_LANG)) {
      Path f = dir.resolve(defect + "." + ext);
      if (Files.exists(f)) {
        files.put(defect, f);
      }
    }
    return files;
  }

  /** One veraPDF run (one JVM) over every rendered PDF and the broken ones. */
  private static synchronized Map<Path, Checkers.Verdict> veraPdf() throws Exception {
    if (veraPdfVerdicts == null) {
      List<Path> pdfs = new ArrayList<>(all("pdf"));
      pdfs.addAll(broken("pdf").values());
      veraPdfVerdicts =
          Checkers.veraPdf("2a", pdfs, Files.createDirectories(work.resolve("verapdf")));
    }
    return veraPdfVerdicts;
  }

  /** One veraPDF PDF/UA-1 run over every rendered PDF and the broken ones. */
  private static synchronized Map<Path, Checkers.Verdict> veraPdfUa() throws Exception {
    if (veraPdfUaVerdicts == null) {
      List<Path> pdfs = new ArrayList<>(all("pdf"));
      pdfs.addAll(broken("pdf").values());
      veraPdfUaVerdicts =
          Checkers.veraPdf("ua1", pdfs, Files.createDirectories(work.resolve("verapdf-ua")));
    }
    return veraPdfUaVerdicts;
  }

  /** The Open XML schema check of every Word file and the one out of order, a few at a time. */
  private static synchronized Map<Path, Checkers.OoxmlVerdict> ooxml() throws Exception {
    if (ooxmlVerdicts == null) {
      List<Path> docs = new ArrayList<>(all("docx"));
      docs.add(broken("docx").get(OUT_OF_ORDER));
      ooxmlVerdicts = Checkers.ooxml(docs);
    }
    return ooxmlVerdicts;
  }

  /** One LibreOffice run over every Word file, the corrupt one last. */
  private static synchronized Path libreOffice() throws Exception {
    if (libreOfficeOut == null) {
      Path converted = Files.createDirectories(work.resolve("converted"));
      List<Path> docs = new ArrayList<>(all("docx"));
      docs.add(broken("docx").get(TRUNCATED));
      libreOfficeRun = Checkers.libreOfficeToPdf(docs, converted, work.resolve("lo-profile"));
      libreOfficeOut = converted;
    }
    return libreOfficeOut;
  }

  @Test
  void theBuildLogSaysWhatWasWritten() {
    assertThat(log)
        .anyMatch(
            l -> l.matches("wrote .*iraq-us-iran-2014\\.executive\\.pdf \\(\\d pages?\\): new"));
    assertThat(
            new String(
                String.join("\n", log).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
        .doesNotContain("Exception");
  }
}
