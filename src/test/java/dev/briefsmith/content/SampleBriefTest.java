package dev.briefsmith.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample brief's shape. Its quotes are checked against the source article by {@code validate
 * --archives} in CI (the article is not ours to commit, so no test here can read it); this test
 * makes sure that check covers every quote.
 */
class SampleBriefTest {
  static final Path SAMPLE = Path.of("content/iraq-us-iran-2014.yaml");

  static Brief brief;

  @BeforeAll
  static void load() {
    LoadResult result = new BriefLoader().load(SAMPLE);
    assertThat(result.diagnostics()).isEmpty();
    brief = result.brief().orElseThrow();
  }

  @Test
  void everyQuoteCitesTheArticleWhoseArchivedCopyCiChecksItAgainst() {
    List<Statement> quoted =
        brief.statements().stream().filter(s -> s.quote().isPresent()).toList();
    assertThat(quoted).hasSize(21);
    for (Statement s : quoted) {
      assertThat(s.source()).as("source of " + s.id()).hasValue("ispi-2014");
    }
    assertThat(brief.sources())
        .filteredOn(s -> s.id().equals("ispi-2014"))
        .singleElement()
        .satisfies(s -> assertThat(s.archive()).hasValue("iraq-us-iran-cooperation.txt"));
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
