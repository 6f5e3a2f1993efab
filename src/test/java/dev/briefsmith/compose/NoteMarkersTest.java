package dev.briefsmith.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.compose.Document.Paragraph;
import dev.briefsmith.content.Brief;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Note markers: after punctuation, a note once per group, different notes separated. */
class NoteMarkersTest {
  private static final String BRIEF =
      """
      format: briefsmith/1
      id: notes-brief
      title: Notes brief
      as_of: "2024-05-01"
      authors:
        - name: Test desk
      sides:
        - {id: north, name: North}
        - {id: south, name: South}
      summary: The canal opened [@a]. Tolls rose [@a][@b], then fell [@b; @a]; ships came [@b] [@b].
      key_judgments:
        - id: kj
          text: Talks will fail against ISIS [@a].
          likelihood: likely
          sources: [a]
        - id: kj-two
          text: Talks will resume.
          likelihood: likely
          sources: [b, a, b]
      context:
        body: The canal links the two seas.
      actors:
        - {id: north-pm, name: Northern premier, side: north}
      issues:
        - id: tolls
          question: Should ships pay tolls?
          positions:
            north: {stance: -2}
            south: {stance: 2}
      outlook:
        summary: Tension will persist.
      sources:
        - {id: a, title: Canal report}
        - {id: b, title: Toll report}
      """;

  @TempDir Path dir;

  /** The text of {@code spans}, markers as [n] and separated ones as [,n]. */
  private static String plain(List<Span> spans) {
    StringBuilder b = new StringBuilder();
    for (Span s : spans) {
      switch (s) {
        case Span.Text t -> b.append(t.text());
        case Span.NoteRef r -> b.append('[').append(r.separator()).append(r.number()).append(']');
      }
    }
    return b.toString();
  }

  private Document compose() throws Exception {
    Path file = dir.resolve("notes-brief.yaml");
    Files.writeString(file, BRIEF);
    Brief brief = ComposerTest.brief(file.toString());
    return ComposerTest.compose(brief, ComposerTest.template("analyst"));
  }

  private static List<String> paragraphs(Document d) {
    return d.blocks().stream()
        .filter(b -> b instanceof Paragraph)
        .map(b -> plain(((Paragraph) b).spans()))
        .toList();
  }

  @Test
  void aNoteCitedInTextAndAsTheJudgmentsSourcePrintsOnceAfterThePunctuation() throws Exception {
    assertThat(paragraphs(compose()))
        .anyMatch(p -> p.endsWith("Talks will fail against ISIS.[1]"))
        .anyMatch(p -> p.endsWith("Talks will resume.[2][,1]"));
  }

  @Test
  void markersFollowPunctuationAndGroupsAreDeduplicatedInOrder() throws Exception {
    assertThat(paragraphs(compose()))
        .contains("The canal opened.[1] Tolls rose,[1][,2] then fell;[2][,1] ships came.[2]");
  }

  @Test
  void settlingTwiceChangesNothing() {
    List<Span> once =
        NoteMarkers.settle(
            List.of(
                Span.text("claim"),
                new Span.NoteRef(3),
                Span.text(""),
                new Span.NoteRef(1),
                Span.text(".; next"),
                new Span.NoteRef(3)));
    assertThat(plain(once)).isEqualTo("claim.;[3][,1] next[3]");
    assertThat(NoteMarkers.settle(once)).isEqualTo(once);
  }

  @Test
  void aBracketIsNotSteppedOver() {
    List<Span> spans =
        NoteMarkers.settle(List.of(Span.text("(see"), new Span.NoteRef(1), Span.text(").")));
    assertThat(plain(spans)).isEqualTo("(see[1]).");
  }
}
