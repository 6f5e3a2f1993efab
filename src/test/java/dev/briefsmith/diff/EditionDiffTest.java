package dev.briefsmith.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefsmith.content.Brief;
import dev.briefsmith.content.BriefLoader;
import dev.briefsmith.content.Sensitivity;
import dev.briefsmith.diff.Change.Edit;
import dev.briefsmith.diff.Change.What;
import dev.briefsmith.select.Alignment;
import dev.briefsmith.select.Selector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The semantic diff: every kind of change, matched by id, and nothing else. */
class EditionDiffTest {
  static final Path ONE = Path.of("src/test/resources/briefs/editions/1/river-editions-2031.yaml");

  @TempDir Path dir;

  private Brief load(String yaml) throws Exception {
    Path f = dir.resolve("river-editions-2031.yaml");
    Files.writeString(f, yaml);
    return new BriefLoader().load(f).orThrow();
  }

  private static Edition edition(Brief b, Sensitivity s) {
    return Editions.of(Selector.select(b, s));
  }

  private Changes diff(String before, String after) throws Exception {
    return EditionDiff.between(
        edition(load(before), Sensitivity.RESTRICTED),
        edition(load(after), Sensitivity.RESTRICTED));
  }

  @Test
  void anEditionComparedWithItselfHasNoChanges() throws Exception {
    String one = Files.readString(ONE);
    Changes c = diff(one, one);
    assertThat(c.changes()).isEmpty();
    assertThat(c.since()).contains(LocalDate.of(2031, 3, 14));
    assertThat(c.positionsChanged()).isFalse();
  }

  @Test
  void aFirstEditionHasNothingToCompareWith() throws Exception {
    Changes c =
        EditionDiff.between(
            Optional.empty(), edition(load(Files.readString(ONE)), Sensitivity.PUBLIC));
    assertThat(c.firstEdition()).isTrue();
    assertThat(c.changes()).isEmpty();
    assertThatThrownBy(
            () ->
                new Changes(
                    Optional.empty(),
                    List.of(
                        new Change.Listed(What.SUMMARY, Edit.REVISED, "s", "s", Optional.empty())),
                    Sensitivity.PUBLIC))
        .hasMessageContaining("first edition");
  }

  @Test
  void stancesMovedPerSideAndFactionWithTheirAlignment() throws Exception {
    String one = Files.readString(ONE);
    String before =
        one.replace(
            "      south: {stance: -1, summary: \"Sceptical of a treaty\"}\n",
            """
                  south: {stance: -1, summary: "Sceptical of a treaty"}
                by_faction: {south-fm: -1}
            """);
    String after =
        before
            .replace("south: {stance: -1,", "south: {stance: 2,")
            .replace("by_faction: {south-fm: -1}", "by_faction: {south-fm: 1}")
            .replace("south: {stance: 0, summary: \"Undecided\"}", "south: {stance: null}");
    Changes c = diff(before, after);
    assertThat(c.changes())
        .containsExactly(
            new Change.StanceMoved(
                "treaty",
                "Treaty",
                "south",
                "South",
                Optional.empty(),
                Optional.of(-1),
                Optional.of(2)),
            new Change.StanceMoved(
                "treaty",
                "Treaty",
                "south-fm",
                "Bo Sample",
                Optional.of("South"),
                Optional.of(-1),
                Optional.of(1)),
            new Change.AlignmentChanged(
                "treaty", "Treaty", Alignment.Level.OPPOSED, Alignment.Level.ALIGNED),
            new Change.StanceMoved(
                "dams",
                "New dams",
                "south",
                "South",
                Optional.empty(),
                Optional.of(0),
                Optional.empty()),
            new Change.AlignmentChanged(
                "dams", "New dams", Alignment.Level.ALIGNED, Alignment.Level.NOT_ASSESSABLE));
    assertThat(c.positionsChanged()).isTrue();
    assertThat(c.stanceMove("treaty", "south")).isPresent();
    assertThat(c.stanceMove("treaty", "north")).isEmpty();
  }

  @Test
  void itemsAddedRemovedAndRevisedAreMatchedById() throws Exception {
    String one = Files.readString(ONE);
    String after =
        one.replace("id: north-pm-treaty", "id: north-pm-treaty-2") // same text, another id
            .replace("evidence: [north-pm-treaty]", "evidence: [north-pm-treaty-2]")
            .replace("label: New dams", "label: Dams")
            .replace("summary: \"Wants a treaty\"", "summary: \"Wants a treaty now\"")
            .replace("body: \"The river runs", "body: \"The great river runs")
            .replace("confidence: moderate", "confidence: high")
            .replace("- id: dams", "- id: dams-upstream");
    Changes c = diff(one, after);
    assertThat(c.changes())
        .extracting(ch -> ch.group() + " " + ch.getClass().getSimpleName() + " " + ch.id())
        .containsExactly(
            "POSITIONS Listed treaty/north",
            "ISSUES Listed dams-upstream",
            "ISSUES Listed dams",
            "KEY_JUDGMENTS ConfidenceChanged kj-talks",
            "STATEMENTS Listed north-pm-treaty-2",
            "STATEMENTS Listed north-pm-treaty",
            "TEXT Listed context");
    assertThat(c.changes().get(1))
        .isEqualTo(
            new Change.Listed(What.ISSUE, Edit.ADDED, "dams-upstream", "Dams", Optional.empty()));
    assertThat(c.changes().get(2))
        .isEqualTo(
            new Change.Listed(What.ISSUE, Edit.REMOVED, "dams", "New dams", Optional.empty()));
    assertThat(c.changes().get(4))
        .isEqualTo(
            new Change.Listed(
                What.STATEMENT,
                Edit.ADDED,
                "north-pm-treaty-2",
                "The prime minister commits to a treaty.",
                Optional.of("Ana Example")));
    assertThat(c.positionsChanged()).as("an issue came and went").isTrue();
    assertThat(c.issueAdded("dams-upstream")).isTrue();
  }

  @Test
  void redLinesScenariosAndLikelihoodsAreCompared() throws Exception {
    String one =
        Files.readString(ONE)
            .replace(
                "outlook:\n  summary: \"Talks continue; a treaty is *unlikely* this year.\"\n",
                """
                red_lines:
                  - {id: no-dam, side: south, line: "No dam upstream", firmness: signalled}
                outlook:
                  summary: "Talks continue; a treaty is *unlikely* this year."
                  scenarios:
                    - {id: deal, title: A deal, likelihood: unlikely, narrative: "They sign."}
                """);
    String after =
        one.replace("firmness: signalled", "firmness: declared")
            .replace(
                "likelihood: unlikely, narrative: \"They sign.\"",
                "likelihood: likely, narrative: \"They sign in May.\"");
    Changes c = diff(one, after);
    assertThat(c.changes())
        .containsExactly(
            new Change.LikelihoodChanged(
                What.SCENARIO,
                "deal",
                "A deal",
                Optional.of(dev.briefsmith.content.Likelihood.Band.UNLIKELY),
                Optional.of(dev.briefsmith.content.Likelihood.Band.LIKELY)),
            new Change.Listed(What.SCENARIO, Edit.REVISED, "deal", "A deal", Optional.empty()),
            new Change.FirmnessChanged(
                "no-dam",
                "No dam upstream",
                Optional.of("South"),
                Optional.of(dev.briefsmith.content.Firmness.SIGNALLED),
                Optional.of(dev.briefsmith.content.Firmness.DECLARED)));
    assertThat(c.positionsChanged()).isFalse();
  }

  @Test
  void anInternalChangeIsNotInThePublicDiffNorIsTheItemInItsEdition() throws Exception {
    Brief one = new BriefLoader().load(ONE).orThrow();
    Brief two =
        new BriefLoader()
            .load(Path.of("src/test/resources/briefs/editions/2/river-editions-2031.yaml"))
            .orThrow();
    Changes pub =
        EditionDiff.between(edition(one, Sensitivity.PUBLIC), edition(two, Sensitivity.PUBLIC));
    Changes internal =
        EditionDiff.between(edition(one, Sensitivity.INTERNAL), edition(two, Sensitivity.INTERNAL));
    assertThat(pub.changes()).hasSize(3).noneMatch(c -> c.id().equals("kj-internal-deal"));
    assertThat(internal.changes()).hasSize(4).anyMatch(c -> c.id().equals("kj-internal-deal"));
    assertThat(edition(two, Sensitivity.PUBLIC).keyJudgments())
        .extracting(Edition.Item::id)
        .containsExactly("kj-talks");
    assertThat(pub.highest()).isEqualTo(Sensitivity.PUBLIC);
    assertThat(internal.highest()).isEqualTo(Sensitivity.INTERNAL);
  }

  @Test
  void labelsAreCutAtAWordAndEditionsRefuseWhatAPrintedLabelCannotHold() {
    String longText = "word ".repeat(100);
    String label = Editions.label(longText);
    assertThat(label).hasSizeLessThanOrEqualTo(Edition.MAX_LABEL).endsWith("word\u2026");
    assertThat(Editions.label("  two\n lines ")).isEqualTo("two lines");
    // each kind of run the pattern folds, alone in an otherwise plain label
    assertThat(Editions.label("two  spaces")).isEqualTo("two spaces");
    assertThat(Editions.label("a\ttab")).isEqualTo("a tab");
    assertThat(Editions.label("a\u000bvertical\fform\rreturn")).isEqualTo("a vertical form return");
    // the ends lose what strip() counts as space (an em space), never a no-break space
    assertThat(Editions.label("\u00a0plain words\u2003")).isEqualTo("\u00a0plain words");
    assertThatThrownBy(() -> new Edition.Party("x", "a\u0007b", Optional.empty()))
        .hasMessageContaining("control character");
    for (String bad : List.of("\u001f", "ab\u007f", "\u0080c", "\u0085", "x\u009f")) {
      assertThatThrownBy(() -> Edition.checkLabel(bad, "name"))
          .as(bad)
          .hasMessage("name: a control character");
    }
    for (String good :
        List.of(" ~", "\u00a0", "Téhéran", "\u062a\u0647\u0631\u0627\u0646", "\ud83d\ude00")) {
      Edition.checkLabel(good, "name");
    }
    assertThatThrownBy(
            () ->
                new Edition.Item(
                    "x",
                    "x",
                    Optional.empty(),
                    "not a digest",
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty()))
        .hasMessageContaining("digest");
    for (String bad : List.of("a".repeat(31), "a".repeat(33), "A".repeat(32), "g".repeat(32))) {
      assertThatThrownBy(() -> Edition.checkDigest(bad))
          .as(bad)
          .hasMessage("a digest is 32 hex digits");
    }
    Edition.checkDigest("0123456789abcdef".repeat(2));
  }
}
