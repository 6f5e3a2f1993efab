package dev.briefsmith.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.content.PartialDate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shipped label catalogues, their fallback chain, and dates and digits per edition. */
class LabelCatalogueTest {
  private static final Path FOLDER = Path.of("src/main/resources/dev/briefsmith/labels");

  private static List<String> tags() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".yaml"))
          .map(n -> n.substring(0, n.length() - ".yaml".length()))
          .sorted()
          .toList();
    }
  }

  @Test
  void englishFrenchAndPersianShip() throws IOException {
    assertThat(tags()).contains("en", "fr", "fa");
  }

  @Test
  void everyLanguageCatalogueHasEveryEnglishKeyAndNoOther() throws IOException {
    var english = LabelCatalogue.ENGLISH.messages().keySet();
    assertThat(english).hasSizeGreaterThan(100);
    for (String tag : tags()) {
      // loading checks each message's placeholders against English and throws if one is wrong
      LabelCatalogue c = LabelCatalogue.load(tag).orElseThrow();
      assertThat(english).as(tag + ": keys English lacks").containsAll(c.messages().keySet());
      if (!tag.contains("-")) {
        // a language's own catalogue is complete; only a regional one (fr-CA) may be partial
        assertThat(c.messages().keySet()).as(tag + ": missing keys").containsAll(english);
      }
    }
  }

  @Test
  void everyMessageUsesExactlyTheEnglishPlaceholders() throws IOException {
    for (String tag : tags()) {
      Map<String, String> messages = LabelCatalogue.load(tag).orElseThrow().messages();
      messages.forEach(
          (key, message) ->
              assertThat(LabelCatalogue.problem(key, message)).as(tag + " " + key).isEmpty());
    }
  }

  @Test
  void theTemplateReferenceListsEveryKey() throws IOException {
    String doc = Files.readString(Path.of("docs/templates.md"));
    for (String key : LabelCatalogue.ENGLISH.messages().keySet()) {
      assertThat(doc).as(key).contains("`" + key + "`");
    }
  }

  @Test
  void aBrokenMessageSaysWhatIsWrong() {
    assertThat(Message.mismatch("Page {page}", "Page {page} of {pages}"))
        .hasValue(
            "the placeholder {pages} is missing; this label's placeholders are {page}, {pages}");
    assertThat(Message.mismatch("Page {pgae} of {pages}", "Page {page} of {pages}"))
        .hasValueSatisfying(m -> assertThat(m).contains("{pgae}", "did you mean {page}?"));
    assertThat(Message.mismatch("Page {page of {pages}", "Page {page} of {pages}"))
        .hasValueSatisfying(m -> assertThat(m).contains("a brace that opens no placeholder"));
    assertThat(LabelCatalogue.problem("section.sumary", "x"))
        .hasValueSatisfying(m -> assertThat(m).contains("did you mean \"section.summary\"?"));
    assertThat(LabelCatalogue.problem("date.day", "d MMMM"))
        .hasValueSatisfying(m -> assertThat(m).contains("with the year (y) at least"));
    assertThat(LabelCatalogue.problem("date.day", "d MMMM HH:mm y")).isPresent();
    assertThat(Message.fill("Page {page} of {pages}", Map.of("page", "2", "pages", "$5")))
        .isEqualTo("Page 2 of $5");
  }

  @Test
  void aRegionFallsBackToItsLanguageThenToEnglish() {
    assertThat(LabelCatalogue.chain("fr-CA")).containsExactly("fr-CA", "fr", "en");
    assertThat(LabelCatalogue.chain("fa-u-nu-latn")).containsExactly("fa", "en");
    assertThat(LabelCatalogue.chain("en-GB")).containsExactly("en-GB", "en");
    LabelLibrary library = new LabelLibrary();
    assertThat(library.labels("fr-CA", Map.of()).get("section.summary")).isEqualTo("L'essentiel");
    // no German catalogue: English words, never a missing label
    assertThat(library.labels("de", Map.of()).get("section.summary")).isEqualTo("Bottom line");
    assertThat(library.labels("fr", Map.of("section.summary", "En bref")).get("section.summary"))
        .isEqualTo("En bref");
    assertThat(library.labels("fr", Map.of()).format("page.number", "page", "2", "pages", "5"))
        .isEqualTo("Page 2 sur 5");
  }

  @Test
  void labelsMergedOnceAreServedAgainOnlyForTheSameLocaleAndOverrides() {
    LabelLibrary library = new LabelLibrary();
    Map<String, String> overrides = new java.util.HashMap<>(Map.of("section.summary", "En bref"));
    Labels first = library.labels("fr", overrides);
    assertThat(library.labels("fr", Map.of("section.summary", "En bref"))).isSameAs(first);
    // what the library keeps is its own copy: a caller's map changed later changes nothing
    overrides.put("section.summary", "Autre");
    assertThat(library.labels("fr", overrides).get("section.summary")).isEqualTo("Autre");
    assertThat(first.get("section.summary")).isEqualTo("En bref");
    assertThat(library.labels("fr-CA", Map.of("section.summary", "En bref")).locale())
        .isEqualTo("fr-CA");
    assertThat(library.labels("fr", Map.of()).get("section.summary")).isEqualTo("L'essentiel");
    // many templates in a long watch session: still the right words after the memory starts over
    for (int i = 0; i < 100; i++) {
      assertThat(library.labels("en", Map.of("section.summary", "S" + i)).get("section.summary"))
          .isEqualTo("S" + i);
    }
  }

  private static LocalFormat format(String tag, Calendar calendar) {
    return new LocalFormat(tag, calendar, new LabelLibrary().labels(tag, Map.of()));
  }

  @Test
  void datesPrintInTheEditionsLanguage() {
    LocalDate asOf = LocalDate.of(2014, 6, 25);
    assertThat(format("en", Calendar.GREGORIAN).date(asOf)).isEqualTo("25 June 2014");
    assertThat(format("fr", Calendar.GREGORIAN).date(asOf)).isEqualTo("25 juin 2014");
    assertThat(format("fr", Calendar.GREGORIAN).date(new PartialDate(2014, 6, 0)))
        .isEqualTo("juin 2014");
    assertThat(format("fr", Calendar.GREGORIAN).date(new PartialDate(2001, 0, 0)))
        .isEqualTo("2001");
    assertThat(format("fa", Calendar.GREGORIAN).date(asOf)).isEqualTo("۲۵ ژوئن ۲۰۱۴");
    assertThat(format("fa-u-nu-latn", Calendar.GREGORIAN).date(asOf)).isEqualTo("25 ژوئن 2014");
  }

  @Test
  void theSolarHijriCalendarIsIcus() {
    LocalFormat fa = format("fa", Calendar.SOLAR_HIJRI);
    // 25 June 2014 is 4 Tir 1393; Nowruz 1393 fell on 21 March 2014
    assertThat(fa.date(LocalDate.of(2014, 6, 25))).isEqualTo("۴ تیر ۱۳۹۳");
    assertThat(fa.date(LocalDate.of(2014, 3, 21))).isEqualTo("۱ فروردین ۱۳۹۳");
    assertThat(fa.date(LocalDate.of(2014, 3, 20))).isEqualTo("۲۹ اسفند ۱۳۹۲");
    // a Gregorian month or year spans two Solar Hijri ones: both are printed
    assertThat(fa.date(new PartialDate(2014, 6, 0))).isEqualTo("خرداد ۱۳۹۳–تیر ۱۳۹۳");
    assertThat(fa.date(new PartialDate(2014, 0, 0))).isEqualTo("۱۳۹۲–۱۳۹۳");
    assertThat(format("en", Calendar.SOLAR_HIJRI).date(LocalDate.of(2014, 6, 25)))
        .isEqualTo("4 Tir 1393");
  }

  @Test
  void numbersPrintInTheEditionsDigits() {
    assertThat(format("fa", Calendar.GREGORIAN).number(2014)).isEqualTo("۲۰۱۴");
    assertThat(format("ar-EG", Calendar.GREGORIAN).number(55)).isEqualTo("٥٥");
    assertThat(format("fr", Calendar.GREGORIAN).number(55)).isEqualTo("55");
    Edition fa = new Edition("fa", true, '۰', "صفحهٔ {page} از {pages}", "جلد");
    assertThat(fa.pageLabel(2, 12)).isEqualTo("صفحهٔ ۲ از ۱۲");
    assertThat(fa.pageParts()).containsExactly("صفحهٔ ", "{page}", " از ", "{pages}");
    assertThat(Edition.rightToLeft("fa")).isTrue();
    assertThat(Edition.rightToLeft("he-IL")).isTrue();
    assertThat(Edition.rightToLeft("az-Arab")).isTrue();
    assertThat(Edition.rightToLeft("fr")).isFalse();
  }
}
