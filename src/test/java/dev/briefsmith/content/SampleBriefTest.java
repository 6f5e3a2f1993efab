package dev.briefsmith.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample brief against its source article. */
class SampleBriefTest {
  static final Path SAMPLE = Path.of("content/iraq-us-iran-2014.yaml");
  static final Path ARTICLE = Path.of("../shared/seed/iraq-us-iran-cooperation.txt");

  static Brief brief;
  static String article;

  @BeforeAll
  static void load() throws Exception {
    LoadResult result = new BriefLoader().load(SAMPLE);
    assertThat(result.diagnostics()).isEmpty();
    brief = result.orThrow();
    assertThat(ARTICLE)
        .as("the source article must be beside the repository (../shared/seed)")
        .exists();
    article = normalise(Files.readString(ARTICLE));
  }

  /** Straight quotes and apostrophes, single spaces. */
  static String normalise(String s) {
    return s.replaceAll("[\u2018\u2019\u02bc]", "'")
        .replaceAll("[\u201c\u201d]", "\"")
        .replaceAll("\\s+", " ");
  }

  @Test
  void everyQuoteIsVerbatimFromTheArticle() {
    List<Statement> quoted =
        brief.statements().stream().filter(s -> s.quote().isPresent()).toList();
    assertThat(quoted).hasSizeGreaterThanOrEqualTo(19);
    for (Statement s : quoted) {
      assertThat(article).as("quote of " + s.id()).contains(normalise(s.quote().get()));
      assertThat(s.source()).as("source of " + s.id()).hasValue("ispi-2014");
    }
  }

  @Test
  void everyDirectQuoteOfTheArticleIsAStatement() {
    List<String> quotes = new ArrayList<>();
    Matcher m = Pattern.compile("\"([^\"]+)\"").matcher(article);
    while (m.find()) {
      quotes.add(m.group(1).replaceAll("[.]$", ""));
    }
    assertThat(quotes).hasSizeGreaterThanOrEqualTo(19);
    List<String> inBrief =
        brief.statements().stream()
            .flatMap(s -> s.quote().stream())
            .map(q -> normalise(q).replaceAll("[.]$", ""))
            .toList();
    assertThat(inBrief).containsAll(quotes);
  }

  @Test
  void everyNamedPersonAndBodyIsPresent() {
    List<String> names =
        Stream.concat(
                brief.actors().stream().map(Actor::name),
                brief.thirdParties().stream().map(ThirdParty::name))
            .toList();
    List<String> named =
        List.of(
            "Rouhani",
            "Afkham",
            "Khamenei",
            "Aboutalebi",
            "Kerry",
            "Graham",
            "Burns",
            "Pentagon",
            "McCain",
            "Firouzabadi",
            "Amir-Abdollahian",
            "Kayhan",
            "Naghdi",
            "Naghavi Hosseini",
            "Salami",
            "Jahangiri",
            "Boroujerdi",
            "Velayati",
            "Suleimani",
            "Emami Kashani",
            "Supreme National Security Council",
            "Bush administration",
            "Maliki",
            "Assad",
            "ISIS",
            "P5+1");
    for (String name : named) {
      assertThat(names).as(name).anyMatch(n -> n.contains(name));
    }
  }

  @Test
  void hasTheShapeTheFoundationIssueAsksFor() {
    assertThat(brief.sides()).extracting(Side::id).containsExactly("washington", "tehran");
    assertThat(brief.issues()).hasSizeGreaterThanOrEqualTo(6);
    assertThat(brief.factions()).extracting(Faction::side).contains("washington", "tehran");
    assertThat(brief.redLines()).extracting(RedLine::side).contains("washington", "tehran");
    assertThat(brief.keyJudgments()).allMatch(k -> k.likelihood().isPresent());
    assertThat(brief.keyJudgments()).allMatch(k -> k.confidence().isPresent());
    assertThat(brief.outlook().scenarios()).isNotEmpty().allMatch(s -> s.likelihood().isPresent());
    assertThat(brief.outlook().signposts()).isNotEmpty();
    assertThat(brief.context().timeline())
        .extracting(t -> t.date().year())
        .contains(2001, 2007, 2014);
    long internal =
        Stream.of(
                brief.statements().stream().map(Statement::sensitivity),
                brief.keyJudgments().stream().map(KeyJudgment::sensitivity),
                brief.outlook().scenarios().stream().map(Scenario::sensitivity),
                brief.context().timeline().stream().map(TimelineEntry::sensitivity))
            .flatMap(s -> s)
            .filter(s -> s == Sensitivity.INTERNAL)
            .count();
    assertThat(internal).isGreaterThanOrEqualTo(3);
  }
}
