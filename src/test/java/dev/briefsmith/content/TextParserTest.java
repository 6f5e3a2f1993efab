package dev.briefsmith.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.content.Text.BulletList;
import dev.briefsmith.content.Text.Citation;
import dev.briefsmith.content.Text.Paragraph;
import dev.briefsmith.content.Text.Run;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextParserTest {

  @Test
  void paragraphsAreSeparatedByBlankLinesAndSoftBreaksBecomeSpaces() {
    Text text = TextParser.parse("One line\ncontinues.\n\nSecond paragraph.");
    assertThat(text.blocks())
        .containsExactly(
            new Paragraph(List.of(new Run("One line continues.", false, false))),
            new Paragraph(List.of(new Run("Second paragraph.", false, false))));
  }

  @Test
  void boldItalicAndCitations() {
    Text text = TextParser.parse("A **bold** and *italic* claim [@src-1; @src-2].");
    assertThat(text.blocks())
        .containsExactly(
            new Paragraph(
                List.of(
                    new Run("A ", false, false),
                    new Run("bold", true, false),
                    new Run(" and ", false, false),
                    new Run("italic", false, true),
                    new Run(" claim ", false, false),
                    new Citation(List.of("src-1", "src-2")),
                    new Run(".", false, false))));
    assertThat(text.citedSourceIds()).containsExactly("src-1", "src-2");
    assertThat(text.plain()).isEqualTo("A bold and italic claim.");
  }

  @Test
  void bulletLists() {
    Text text = TextParser.parse("Intro:\n\n- first\n  continued\n* second *point*\n\nAfter.");
    assertThat(text.blocks()).hasSize(3);
    assertThat(text.blocks().get(1))
        .isEqualTo(
            new BulletList(
                List.of(
                    List.of(new Run("first continued", false, false)),
                    List.of(new Run("second ", false, false), new Run("point", false, true)))));
  }

  @Test
  void anythingElseStaysText() {
    assertThat(TextParser.parse("<b>raw</b> 2 * 3 = 6, a lone ** and [not a @citation]").plain())
        .isEqualTo("<b>raw</b> 2 * 3 = 6, a lone ** and [not a @citation]");
    assertThat(TextParser.parse("an escaped \\*star\\* and \\[@x]").plain())
        .isEqualTo("an escaped *star* and [@x]");
    assertThat(TextParser.parse("*Italic start* of a paragraph").blocks().get(0))
        .isInstanceOf(Paragraph.class);
  }

  private static List<String> notes(String source) {
    List<TextParser.Note> notes = new java.util.ArrayList<>();
    TextParser.parse(source, notes);
    return notes.stream().map(TextParser.Note::message).toList();
  }

  @Test
  void anUnclosedDoubleStarPrintsAsWrittenWithANote() {
    Text text = TextParser.parse("A **bold claim without an end, and *italic* after");
    assertThat(text.plain()).isEqualTo("A **bold claim without an end, and italic after");
    assertThat(notes("A **bold claim without an end"))
        .singleElement()
        .asString()
        .contains("unclosed **");
    assertThat(notes("A **closed** one")).isEmpty();
    assertThat(notes("- **one\n- two**")).singleElement().asString().contains("unclosed **");
  }

  @Test
  void nestedListItemsAreItemsOfTheListAboveWithANote() {
    Text text = TextParser.parse("- first\n  - second\n    - third\n- fourth");
    assertThat(text.blocks()).singleElement().isInstanceOf(BulletList.class);
    assertThat(((BulletList) text.blocks().get(0)).items()).hasSize(4);
    assertThat(text.plain()).isEqualTo("first\nsecond\nthird\nfourth");
    assertThat(notes("- first\n  - second\n    - third"))
        .hasSize(2)
        .allMatch(m -> m.contains("nested list item"));
    assertThat(notes("- first\n- second")).isEmpty();
  }

  @Test
  void textThatLooksLikeACitationButIsNotOneGetsANote() {
    assertThat(notes("As reported [@Ministry-Note]."))
        .singleElement()
        .asString()
        .contains("[@Ministry-Note] is not a citation");
    assertThat(notes("As reported [@x;]."))
        .singleElement()
        .asString()
        .contains("[@x;] is not a citation");
    assertThat(notes("As reported [@x; @y] and \\[@Not-One].")).isEmpty();
  }

  @Test
  @org.junit.jupiter.api.Timeout(
      20) // a hang guard: finding closing markers used to rescan the text
  void manyStarsAreParsedInLinearTime() {
    String text = "*a ".repeat(100_000);
    assertThat(TextParser.parse(text).plain()).isNotEmpty();
    String bold = "**a ".repeat(100_000);
    assertThat(TextParser.parse(bold).plain()).isNotEmpty();
  }
}
