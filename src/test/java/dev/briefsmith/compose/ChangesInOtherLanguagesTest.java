package dev.briefsmith.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.audience.AudienceTemplate;
import dev.briefsmith.audience.TemplateLoader;
import dev.briefsmith.diff.Changes;
import dev.briefsmith.diff.EveryChange;
import dev.briefsmith.select.Selector;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The changes section and the matrix's change marks in a French and a Persian edition. */
class ChangesInOtherLanguagesTest {
  private static final String SAMPLE = "content/iraq-us-iran-2014.yaml";
  private static final Changes CHANGES = EveryChange.since(LocalDate.of(2014, 6, 24));

  private static List<String> strings(AudienceTemplate t) throws Exception {
    Document d =
        new Composer()
            .compose(
                Selector.select(ComposerTest.brief(SAMPLE), t.maxSensitivity()),
                t,
                ComposerTest.CREATED,
                CHANGES);
    return DocumentStrings.of(d);
  }

  private static AudienceTemplate french() {
    return new TemplateLoader().load(Path.of("examples/templates/analyste")).value().orElseThrow();
  }

  private static AudienceTemplate with(AudienceTemplate t, Localisation l) {
    return new AudienceTemplate(
        t.name(),
        t.title(),
        t.description(),
        t.maxSensitivity(),
        t.sections(),
        t.page(),
        t.theme(),
        t.marking(),
        t.text(),
        t.docxReference(),
        l);
  }

  @Test
  void aFrenchEditionWithAPreviousOnePrintsFrenchMarksAndLegend() throws Exception {
    List<String> s = strings(french());
    assertThat(s)
        .contains(
            "Changements depuis le 24 juin 2014",
            "\u0394 en hausse (avant\u00a0: sceptique)",
            "\u0394 en baisse (avant\u00a0: ouvert / sous conditions)",
            "\u0394 nouvellement déclarée",
            "\u0394 retirée (avant\u00a0: sceptique)",
            "\u0394 nouvel enjeu",
            "Cooperation against ISIS\u00a0: Washington en hausse, de sceptique à ouvert / sous"
                + " conditions",
            "Cooperation against ISIS\u00a0: Majlis (Tehran) en baisse, de partagé à sceptique",
            "Cooperation against ISIS\u00a0: l'alignement passe de opposés à partiellement alignés",
            "Fermeté passée de déduite à déclarée\u00a0: ligne rouge (Washington) \u00ab\u00a0Sierra"
                + " 3\u00a0\u00bb",
            "L'essentiel a été révisé")
        .anySatisfy(
            x -> assertThat(x).startsWith("\u0394 changement depuis le 24 juin 2014\u00a0:"))
        .noneMatch(x -> x.contains("24 June") || x.contains("up from") || x.contains("newly"));
  }

  @Test
  void aPersianEditionPrintsPersianDigitsAndItsCalendar() throws Exception {
    AudienceTemplate fa =
        with(
            ComposerTest.template("analyst"),
            new Localisation(Optional.of("fa"), Calendar.SOLAR_HIJRI, Map.of()));
    List<String> s = strings(fa);
    // 24 June 2014 is 3 Tir 1393
    assertThat(s)
        .contains("تغییرات از ۳ تیر ۱۳۹۳ تاکنون", "\u0394 موضوع تازه")
        .anySatisfy(x -> assertThat(x).startsWith("\u0394 تغییر از ۳ تیر ۱۳۹۳ تاکنون:"));
  }

  @Test
  void compactListsCountTheRestByTheLanguagesPluralRule() throws Exception {
    Labels en = new LabelLibrary().labels("en", Map.of());
    Labels fr = new LabelLibrary().labels("fr", Map.of());
    Labels fa = new LabelLibrary().labels("fa", Map.of());
    var b = ComposerTest.brief(SAMPLE);
    ChangeWords english = ChangeWords.english(b);
    ChangeWords french = new ChangeWords(fr, new LocalFormat("fr", Calendar.GREGORIAN, fr), b);
    ChangeWords persian = new ChangeWords(fa, new LocalFormat("fa", Calendar.GREGORIAN, fa), b);
    assertThat(english.more(1)).isEqualTo("\u2026 and 1 more change.");
    assertThat(english.more(2)).isEqualTo("\u2026 and 2 more changes.");
    assertThat(french.more(1)).isEqualTo("\u2026 et 1 autre changement.");
    assertThat(french.more(2)).isEqualTo("\u2026 et 2 autres changements.");
    assertThat(persian.more(12)).isEqualTo("\u2026 و ۱۲ تغییر دیگر.");
    assertThat(en.plural("changes.more", 0)).isEqualTo("changes.more.other");
    assertThat(fr.plural("changes.more", 0)).isEqualTo("changes.more.one");
    assertThat(english.summary(LocalDate.of(2014, 6, 24), LocalDate.of(2014, 6, 25), 1))
        .isEqualTo("iraq-us-iran-2014: 1 change from 24 June 2014 to 25 June 2014");
  }

  @Test
  void everyChangesWordIsALabel() throws Exception {
    // every label replaced by a mark: what is left of the changes lines is the items' own names
    Map<String, String> marks = LabelMarks.all();
    AudienceTemplate neutral =
        with(french(), new Localisation(Optional.of("fr"), Calendar.GREGORIAN, marks));
    List<String> names =
        List.of(
            "Cooperation against ISIS",
            "Military coordination",
            "Washington",
            "Tehran",
            "Majlis",
            "Hassan Rouhani",
            "Zulu",
            "Yankee",
            "X-ray",
            "Victor",
            "Uniform",
            "Tango",
            "Sierra",
            "juin",
            "iraq-us-iran-2014");
    List<String> changesLines =
        strings(neutral).stream()
            .filter(x -> x.contains("\u0394") || x.contains("Zulu") || x.contains("Sierra"))
            .toList();
    assertThat(changesLines).hasSizeGreaterThan(20);
    for (String line : changesLines) {
      String rest = line;
      for (String n : names) {
        rest = rest.replace(n, "");
      }
      assertThat(rest).as(line).matches("[\u00a7\u0394\\s\\d]*");
    }
  }
}
