package dev.briefsmith.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.audience.AudienceTemplate;
import dev.briefsmith.audience.TemplateLoader;
import dev.briefsmith.compose.Composer;
import dev.briefsmith.compose.Document;
import dev.briefsmith.compose.LabelCatalogue;
import dev.briefsmith.compose.LabelMarks;
import dev.briefsmith.compose.Localisation;
import dev.briefsmith.compose.Message;
import dev.briefsmith.diff.Changes;
import dev.briefsmith.diff.EveryChange;
import dev.briefsmith.render.docx.DocxRenderer;
import dev.briefsmith.render.pdf.PdfRenderer;
import dev.briefsmith.select.Selector;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The French edition of the sample (examples/templates/analyste: the analyst template with {@code
 * locale: fr} and its own words in French), with a previous edition and every kind of change since
 * it: no English label is left in the PDF or the Word file (the changes section, the matrix's marks
 * and legend included), and the dates are French.
 */
class FrenchEditionTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-z_]+\\}");
  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final String SAMPLE = "content/iraq-us-iran-2014.yaml";

  /** A previous edition and every kind of change since, so every changes line and mark prints. */
  private static final Changes CHANGES = EveryChange.since(LocalDate.of(2014, 6, 24));

  private static String pdf;
  private static String docx;

  private static String neutralPdf;
  private static String neutralDocx;

  @BeforeAll
  static void render() throws Exception {
    AudienceTemplate french =
        new TemplateLoader().load(Path.of("examples/templates/analyste")).value().orElseThrow();
    AudienceTemplate analyst = Composed.template("analyst");
    // the same template as the analyst one, in French
    assertThat(french.sections()).isEqualTo(analyst.sections());
    assertThat(french.localisation().locale()).hasValue("fr");
    String[] texts = texts(french);
    pdf = texts[0];
    docx = texts[1];
    // The same edition with every label replaced by a mark: what is left is the brief's own
    // (English) text, so an English phrase may occur in the French edition only as often as here.
    Map<String, String> marks = LabelMarks.all();
    AudienceTemplate neutral =
        new AudienceTemplate(
            french.name(),
            french.title(),
            french.description(),
            french.maxSensitivity(),
            french.sections(),
            french.page(),
            french.theme(),
            french.marking(),
            french.text(),
            french.docxReference(),
            new Localisation(
                french.localisation().locale(), french.localisation().calendar(), marks));
    String[] n = texts(neutral);
    neutralPdf = n[0];
    neutralDocx = n[1];
  }

  private static String[] texts(AudienceTemplate template) throws Exception {
    Document doc =
        new Composer()
            .compose(
                Selector.select(Composed.brief(SAMPLE), template.maxSensitivity()),
                template,
                Instant.parse("2024-05-01T00:00:00Z"),
                CHANGES);
    String pdfText;
    try (PDDocument d = Loader.loadPDF(new PdfRenderer(new Fonts()).render(doc).bytes())) {
      pdfText = new PDFTextStripper().getText(d);
    }
    byte[] word = new DocxRenderer(new Fonts()).render(doc, Optional.empty());
    String docxText;
    try (XWPFWordExtractor x =
        new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(word)))) {
      docxText = x.getText();
    }
    // The two editions differ in pages, so the running head, the footer and a table's header
    // row repeat a different number of times: the PDF's lines count once each.
    String furniture = doc.furniture().headerText();
    String lines =
        String.join(
            "\n",
            new java.util.LinkedHashSet<>(
                pdfText
                    .replace(furniture, "")
                    .replace(doc.furniture().footerText(), "")
                    .lines()
                    .map(String::strip)
                    .toList()));
    return new String[] {lines, docxText};
  }

  /**
   * Every phrase of the English catalogue that the French one does not share: the literal text of
   * each message between its placeholders, e.g. "Information as of" and "Positions by issue".
   */
  private static List<String> englishPhrases() {
    Map<String, String> english = LabelCatalogue.ENGLISH.messages();
    Map<String, String> french = LabelCatalogue.load("fr").orElseThrow().messages();
    TreeSet<String> phrases = new TreeSet<>();
    String frenchWords = String.join("\n", french.values());
    english.forEach(
        (key, message) -> {
          if (key.startsWith("date.")
              || key.startsWith("list.")
              || key.equals("legend.scale_separator")) {
            return; // patterns and punctuation, not words
          }
          for (String part : parts(message)) {
            if (part.equals("and")) {
              // list.and's word, also between placeholders in "… and {count} more changes" (whose
              // "more change" is checked): the brief's English prose is full of it, and the PDF's
              // line wrapping moves its count by one between the two editions
              continue;
            }
            // a word French shares ("Sources", "probable", "Date") is French there
            boolean shared =
                count(part, frenchWords) > 0 || count(capitalised(part), frenchWords) > 0;
            if (part.chars().filter(Character::isLetter).count() >= 2 && !shared) {
              phrases.add(part);
            }
          }
        });
    return new ArrayList<>(phrases);
  }

  private static List<String> parts(String message) {
    List<String> out = new ArrayList<>();
    for (String p : PLACEHOLDER.split(message, -1)) {
      String core = p.strip().replaceAll("^[\\p{P}\\s]+|[\\p{P}\\s]+$", "");
      if (!core.isEmpty()) {
        out.add(core);
      }
    }
    assertThat(Message.placeholders(message)).isNotNull();
    return out;
  }

  private static int count(String phrase, String text) {
    // whole words, any white space between them (PDF lines wrap), case as printed
    String regex =
        "(?<![\\p{L}])"
            + String.join(
                "\\s+",
                java.util.Arrays.stream(SPACE.split(phrase, -1)).map(Pattern::quote).toList())
            + "(?![\\p{L}])";
    return (int) Pattern.compile(regex).matcher(text).results().count();
  }

  @Test
  void noEnglishLabelIsLeftInEitherFormat() {
    List<String> phrases = englishPhrases();
    assertThat(phrases).hasSizeGreaterThan(80).contains("Bottom line", "Information as of");
    for (String phrase : phrases) {
      for (String variant : List.of(phrase, capitalised(phrase))) {
        assertThat(count(variant, pdf))
            .as("PDF: \"" + variant + "\" beyond the brief's own text")
            .isLessThanOrEqualTo(count(variant, neutralPdf));
        assertThat(count(variant, docx))
            .as("Word: \"" + variant + "\" beyond the brief's own text")
            .isLessThanOrEqualTo(count(variant, neutralDocx));
      }
    }
  }

  @Test
  void theCheckWouldSeeAnEnglishLabel() throws Exception {
    // the English edition has more of these phrases than the brief's own text: they are labels
    String english = texts(Composed.template("analyst"))[0];
    for (String phrase :
        List.of(
            "Bottom line",
            "Positions by issue",
            "Information as of",
            "Issue",
            "Alignment",
            "moderate confidence",
            "Red line",
            "of",
            "Scale",
            "declared",
            "Sources",
            "Changes since",
            "Key judgments",
            "up from",
            "newly stated",
            "changed since",
            "now states a position",
            "Likelihood raised from",
            "New statement by",
            "Firmness from",
            "The bottom line was revised")) {
      assertThat(count(phrase, english)).as(phrase).isGreaterThan(count(phrase, neutralPdf));
    }
  }

  private static String capitalised(String s) {
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  @Test
  void datesAreFrench() {
    for (String text : List.of(pdf, docx)) {
      assertThat(text)
          .contains("Informations arrêtées au 25 juin 2014", "12 juin 2014", "21 juin 2014")
          .contains(
              "L'essentiel",
              "Positions par enjeu",
              "Très peu probable (5-20\u00a0%), confiance modérée")
          .doesNotContain("25 June 2014", "12 June 2014", "21 June 2014");
    }
    for (String text : List.of(pdf, docx)) {
      assertThat(text.replace('\n', ' '))
          .contains(
              "Changements depuis le 24 juin 2014",
              "Jugements clés",
              "\u0394 en hausse (avant\u00a0: sceptique)",
              "\u0394 nouvellement déclarée",
              "\u0394 nouvel enjeu",
              "Nouvel enjeu\u00a0: Zulu 2",
              "Probabilité relevée de peu probable à très probable\u00a0: Uniform 3",
              "Confiance abaissée de élevée à modérée\u00a0: \u00ab\u00a0Tango 4\u00a0\u00bb")
          .doesNotContain("24 June 2014");
    }
    assertThat(pdf).contains("Page 1 sur ");
    assertThat(docx).contains("Page 1 sur ");
  }
}
