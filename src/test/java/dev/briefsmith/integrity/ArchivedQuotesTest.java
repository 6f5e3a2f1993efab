package dev.briefsmith.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.content.BriefCheck;
import dev.briefsmith.content.BriefLoader;
import dev.briefsmith.content.LoadResult;
import dev.briefsmith.yaml.Diagnostic;
import dev.briefsmith.yaml.LoadLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quotes checked against archived copies of their sources, written for this test. */
class ArchivedQuotesTest {
  /** A source text of our own, with typographic quotes and dashes as a published page has. */
  static final String ARTICLE =
      "The river commission met on 3 March. The northern minister, Ana Example, said her"
          + " government will \u201cshare the river by treaty\u201d and called the southern plan"
          + " \u201ca recipe for drought\u201d. The southern delegation does not \u201caccept any"
          + " binding quota on the upper reaches\u201d. Observers noted that the treaty talks had"
          + " stalled twice before \u2014 in 2019 and 2024 \u2014 because neither capital trusted"
          + " the other\u2019s gauges on the river.";

  @TempDir Path dir;

  private LoadResult load(String statements, String archive, String extra) throws IOException {
    return load(statements, archive, extra, new Archives(List.of(), false));
  }

  private LoadResult load(String statements, String archive, String extra, Archives archives)
      throws IOException {
    String brief =
        """
        format: briefsmith/1
        id: river
        title: "The river dispute"
        as_of: "2031-03-14"
        sides:
          - {id: north, name: North}
          - {id: south, name: South}
        summary: "North wants a treaty; South does not [@commission]."
        context:
          body: "%s"
        actors:
          - {id: north-pm, name: "Ana Example", side: north}
          - {id: south-delegation, name: "Southern delegation", side: south}
        statements:
        %s
        issues:
          - id: treaty
            question: "Should the river be shared by treaty?"
            positions:
              north: {stance: 2}
              south: {stance: -1}
            by_faction: {north-pm: 2, south-delegation: -1}
        outlook:
          summary: "Talks continue."
        sources:
          - id: commission
            title: "Report of the river commission"
            archive: %s
        """
            .formatted(extra, statements.indent(2).stripTrailing(), archive);
    Path file = dir.resolve("river.yaml");
    Files.writeString(file, brief);
    List<BriefCheck> checks = List.of(new QuoteCheck(archives), new CopyCheck(archives));
    return new BriefLoader(LoadLimits.DEFAULT, checks).load(file);
  }

  private static String statement(String id, String actor, String quote) {
    return """
        - id: %s
          actor: %s
          quote: "%s"
          summary: "What was said."
          source: commission
        """
        .formatted(id, actor, quote);
  }

  private static List<String> messages(LoadResult r) {
    return r.diagnostics().stream().map(Diagnostic::format).toList();
  }

  @Test
  void aVerbatimQuoteIsVerifiedDespiteStraightQuotesAndSpacing() throws IOException {
    Files.writeString(dir.resolve("article.txt"), ARTICLE);
    LoadResult r =
        load(
            statement("treaty", "north-pm", "share  the river by treaty")
                + statement("gauges", "north-pm", "in 2019 and 2024 - because neither capital"),
            "article.txt",
            "Background.");
    assertThat(messages(r)).isEmpty();
    assertThat(r.quotes()).isEqualTo(new BriefCheck.QuoteTally(2, 0, 0));
  }

  @Test
  void aQuoteNotInTheSourceIsAnErrorAtItsLineWithTheClosestPassage() throws IOException {
    Files.writeString(dir.resolve("article.txt"), ARTICLE);
    LoadResult r =
        load(statement("treaty", "north-pm", "share the water by treaty"), "article.txt", "Bg.");
    assertThat(r.valid()).isFalse();
    assertThat(r.quotes()).isEqualTo(new BriefCheck.QuoteTally(0, 0, 1));
    assertThat(messages(r))
        .singleElement()
        .satisfies(
            m ->
                assertThat(m)
                    .startsWith(
                        dir.resolve("river.yaml")
                            + ":17:12: error: statements[0].quote: not found verbatim in the"
                            + " archived copy of source \"commission\" (article.txt)")
                    .contains("the closest passage says \"share the river by treaty\""));
  }

  @Test
  void aQuoteTheSourceNegatesIsAWarningUntilALeadInCarriesTheNegation() throws IOException {
    Files.writeString(dir.resolve("article.txt"), ARTICLE);
    String quote = "accept any binding quota on the upper reaches";
    LoadResult bare = load(statement("quota", "south-delegation", quote), "article.txt", "Bg.");
    assertThat(bare.valid()).isTrue();
    assertThat(messages(bare))
        .singleElement()
        .satisfies(
            m ->
                assertThat(m)
                    .contains(":17:12: warning: statements[0].quote: in source \"commission\"")
                    .contains("follows \"does not\"")
                    .contains("lead_in"));

    String withLeadIn =
        statement("quota", "south-delegation", quote)
            .replace("  quote:", "  lead_in: \"The south does not\"\n  quote:");
    assertThat(messages(load(withLeadIn, "article.txt", "Bg."))).isEmpty();

    String weakLeadIn =
        statement("quota", "south-delegation", quote)
            .replace("  quote:", "  lead_in: \"The south says it will\"\n  quote:");
    assertThat(messages(load(weakLeadIn, "article.txt", "Bg.")))
        .singleElement()
        .satisfies(m -> assertThat(m).contains("make the lead_in carry the negation"));
  }

  @Test
  void aQuoteWithAnEllipsisHasItsPartsInOrder() throws IOException {
    Files.writeString(dir.resolve("article.txt"), ARTICLE);
    assertThat(
            messages(
                load(
                    statement("plan", "north-pm", "share the river [\u2026] a recipe for drought"),
                    "article.txt",
                    "Bg.")))
        .isEmpty();
    assertThat(
            messages(
                load(
                    statement("plan", "north-pm", "a recipe for drought ... share the river"),
                    "article.txt",
                    "Bg.")))
        .singleElement()
        .satisfies(m -> assertThat(m).contains("not found verbatim"));
  }

  @Test
  void prosethatCopiesEightWordsOutsideQuotationMarksIsAWarning() throws IOException {
    Files.writeString(dir.resolve("article.txt"), ARTICLE);
    String statements = statement("treaty", "north-pm", "share the river by treaty");
    LoadResult copied =
        load(
            statements,
            "article.txt",
            "Talks failed as neither capital trusted the other's gauges on the river.");
    assertThat(messages(copied))
        .singleElement()
        .satisfies(
            m ->
                assertThat(m)
                    .contains("warning: context.body: 9 consecutive words are the same as in")
                    .contains("\"neither capital trusted the other's gauges on the river\"")
                    .doesNotContain("\u2026"));

    // Seven words are a phrase, not a copy; words in quotation marks are quoted, not copied.
    assertThat(
            messages(
                load(
                    statements,
                    "article.txt",
                    "Neither side trusted the other's gauges on the river.")))
        .isEmpty();
    assertThat(
            messages(
                load(
                    statements,
                    "article.txt",
                    "Observers said \\\"neither capital trusted the other's gauges on the river\\\".")))
        .isEmpty();
  }

  @Test
  void htmlArchivesAreReadByTheirVisibleText() throws IOException {
    String html =
        "<!DOCTYPE html><html><head><title>Commission</title><style>p{}</style>"
            + "<script>var x = \"a recipe for disaster\";</script></head><body><p>The minister"
            + " said her government will &ldquo;share the <em>river</em>&nbsp;by"
            + " treaty&rdquo;.</p><p>It was &ldquo;a recipe for drought&rdquo;.</p></body></html>";
    Files.writeString(dir.resolve("article.html"), html);
    LoadResult ok =
        load(
            statement("treaty", "north-pm", "share the river by treaty")
                + statement("plan", "north-pm", "a recipe for drought"),
            "article.html",
            "Bg.");
    assertThat(messages(ok)).isEmpty();
    assertThat(ok.quotes().verified()).isEqualTo(2);
    // Script text is not what a reader of the page sees.
    assertThat(
            messages(
                load(statement("x", "north-pm", "a recipe for disaster"), "article.html", "Bg.")))
        .singleElement()
        .satisfies(m -> assertThat(m).contains("not found verbatim"));
  }

  @Test
  void pdfArchivesAreReadByTheirExtractedText() throws IOException {
    Path pdf = dir.resolve("archive").resolve("article.pdf");
    Files.createDirectories(pdf.getParent());
    writePdf(pdf, "The minister said her government will \"share the river by treaty\".");
    LoadResult ok =
        load(
            statement("treaty", "north-pm", "share the river by treaty"),
            "archive/article.pdf",
            "Bg.");
    assertThat(messages(ok)).isEmpty();
    assertThat(ok.quotes().verified()).isEqualTo(1);
    assertThat(
            messages(
                load(
                    statement("t", "north-pm", "share the lake by treaty"),
                    "archive/article.pdf",
                    "B.")))
        .singleElement()
        .satisfies(m -> assertThat(m).contains("not found verbatim").contains("article.pdf"));
  }

  @Test
  void aFileThatIsNoPdfIsAnErrorAtTheArchiveField() throws IOException {
    Files.writeString(dir.resolve("fake.pdf"), "not a pdf at all");
    LoadResult r =
        load(statement("treaty", "north-pm", "share the river by treaty"), "fake.pdf", "B.");
    assertThat(messages(r))
        .singleElement()
        .satisfies(
            m ->
                assertThat(m)
                    .contains(":32:14: error: sources[0].archive: the archived copy")
                    .contains("is not a PDF that can be read"));
  }

  @Test
  void aMissingArchiveLeavesQuotesUnverifiedUnlessArchivesAreRequired() throws IOException {
    String statements = statement("treaty", "north-pm", "share the river by treaty");
    LoadResult lenient = load(statements, "article.txt", "Bg.");
    assertThat(messages(lenient)).isEmpty();
    assertThat(lenient.quotes()).isEqualTo(new BriefCheck.QuoteTally(0, 1, 0));

    LoadResult strict = load(statements, "article.txt", "Bg.", new Archives(List.of(), true));
    assertThat(messages(strict))
        .singleElement()
        .satisfies(
            m ->
                assertThat(m)
                    .contains("error: sources[0].archive: no archived copy \"article.txt\" in ")
                    .contains("--archives DIR"));
  }

  @Test
  void archivesKeptElsewhereAreFoundThroughAnExtraFolder() throws IOException {
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("article.txt"), ARTICLE);
    LoadResult r =
        load(
            statement("treaty", "north-pm", "share the river by tready"),
            "article.txt",
            "Bg.",
            new Archives(List.of(elsewhere), true));
    assertThat(messages(r))
        .singleElement()
        .satisfies(m -> assertThat(m).contains("not found verbatim"));
  }

  @Test
  void anArchivePathThatCouldLeaveTheBriefsFolderIsRefused() throws IOException {
    for (String bad :
        List.of(
            "../secret.txt",
            "/etc/passwd.txt",
            "a/../../b.txt",
            "C:/x.txt",
            "a\\\\b.txt",
            "notes.docx")) {
      LoadResult r =
          load(statement("t", "north-pm", "share the river by treaty"), "\"" + bad + "\"", "B.");
      assertThat(r.valid()).as(bad).isFalse();
      assertThat(messages(r))
          .as(bad)
          .anySatisfy(m -> assertThat(m).contains("sources[0].archive: "));
    }
  }

  @Test
  void aTextArchiveThatIsNotUtf8IsRefusedWithAHint() throws IOException {
    Files.write(
        dir.resolve("latin1.txt"),
        "the river by treaty \u00e9t\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    LoadResult r = load(statement("t", "north-pm", "the river by treaty"), "latin1.txt", "B.");
    assertThat(messages(r))
        .singleElement()
        .satisfies(m -> assertThat(m).contains("is not UTF-8 text"));
  }

  private static void writePdf(Path file, String text) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
        cs.newLineAtOffset(72, 700);
        cs.showText(text);
        cs.endText();
      }
      doc.save(file.toFile());
    }
  }
}
