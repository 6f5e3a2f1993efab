package dev.briefsmith.select;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.content.Text;
import dev.briefsmith.content.Text.Citation;
import dev.briefsmith.content.Text.Paragraph;
import dev.briefsmith.content.Text.Run;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A citation an audience may not see leaves no gap where it stood. */
class CitationRemovalTest {
  private static Text paragraph(Text.Inline... inlines) {
    return new Text(List.of(new Paragraph(List.of(inlines))));
  }

  @Test
  void aRemovedCitationBeforePunctuationTakesItsSpaceWithIt() {
    Text text =
        paragraph(
            new Run("Against ", false, false),
            new Citation(List.of("secret")),
            new Run(".", false, false));
    Text cited = Selector.cite(text, Set.of("public"));
    assertThat(cited.plain()).isEqualTo("Against.");
    assertThat(((Paragraph) cited.blocks().get(0)).inlines())
        .containsExactly(new Run("Against", false, false), new Run(".", false, false));
  }

  @Test
  void aRemovedCitationAtTheEndLeavesNoTrailingSpace() {
    Text text =
        paragraph(new Run("The deal holds ", false, false), new Citation(List.of("secret")));
    assertThat(Selector.cite(text, Set.of()).plain()).isEqualTo("The deal holds");
  }

  @Test
  void aRemovedCitationBetweenWordsKeepsOneSpace() {
    Text text =
        paragraph(
            new Run("one ", false, false),
            new Citation(List.of("secret")),
            new Run(" two", false, false));
    assertThat(Selector.cite(text, Set.of()).plain()).isEqualTo("one  two".replace("  ", "  "));
  }

  @Test
  void aKeptCitationStaysAndPlainTextHasNoGapBeforeItsPunctuation() {
    Text text =
        paragraph(
            new Run("Said so ", false, false),
            new Citation(List.of("a", "secret")),
            new Run(".", false, false));
    Text cited = Selector.cite(text, Set.of("a"));
    assertThat(((Paragraph) cited.blocks().get(0)).inlines()).contains(new Citation(List.of("a")));
    assertThat(cited.plain()).isEqualTo("Said so.");
  }
}
