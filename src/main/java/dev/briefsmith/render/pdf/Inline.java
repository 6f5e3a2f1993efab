package dev.briefsmith.render.pdf;

import dev.briefsmith.compose.Span;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.openpdf.text.pdf.PdfName;

/**
 * Where the elements being built go in the structure tree, and the tags of their spans; without a
 * tagger (elements built only to be measured) every node is null and no chunk is tagged. A run of
 * uniform text belongs to its block directly; where styling changes each span is a {@code Span},
 * and a note reference is a {@code Link} to its note. Used by one rendering only.
 */
final class Inline {
  private static final PdfName SPAN = new PdfName("Span");

  private final Tagger tags;
  private final Tagger.Node parent;
  private final Set<Integer> notes;
  private final Set<Integer> cited;

  /**
   * Elements under {@code parent} (the document when null) of {@code tags}'s tree (none when null);
   * note references link to the notes numbered in {@code notes}, and the notes {@code cited} link
   * back to their first citation.
   */
  Inline(Tagger tags, Tagger.Node parent, Set<Integer> notes, Set<Integer> cited) {
    this.tags = tags;
    this.parent = parent;
    this.notes = Set.copyOf(notes);
    this.cited = Set.copyOf(cited);
  }

  /** Whether note {@code number} is cited in the document (so its note can link back). */
  boolean cited(int number) {
    return cited.contains(number);
  }

  /** The parent of new elements; null for the document. */
  Tagger.Node parentNode() {
    return parent;
  }

  /** Whether elements are tagged. */
  boolean tagged() {
    return tags != null;
  }

  /** The tagger; null when measuring. */
  Tagger tagger() {
    return tags;
  }

  /** The same tree, under {@code node}. */
  Inline within(Tagger.Node node) {
    return new Inline(tags, node, notes, cited);
  }

  /** A new element of {@code type} under the parent. */
  Tagger.Node block(PdfName type) {
    return tags == null ? null : tags.block(parent, type);
  }

  /** A new element of {@code type} under {@code node}. */
  Tagger.Node under(Tagger.Node node, PdfName type) {
    return tags == null ? null : tags.block(node, type);
  }

  /** A table cell under {@code row}; see {@link Tagger#cell}. */
  Tagger.Node cell(Tagger.Node row, boolean header, String scope, int colspan, boolean headerRow) {
    return tags == null ? null : tags.cell(row, header, scope, colspan, headerRow);
  }

  /** The generic tag of {@code node}, or null. */
  static String tag(Tagger.Node node) {
    return node == null ? null : node.tag();
  }

  /** A new element of {@code type} holding {@code spans}: the tags of its spans. */
  IntFunction<String> spans(PdfName type, List<Span> spans) {
    if (tags == null) {
      return i -> null;
    }
    return within(tags.block(parent, type)).own(spans);
  }

  /** {@code spans} as the parent's own content: the tags of its spans. */
  IntFunction<String> own(List<Span> spans) {
    if (tags == null) {
      return i -> null;
    }
    if (parent == null) {
      throw new IllegalStateException("text needs an element to belong to");
    }
    if (uniform(spans)) {
      StringBuilder text = new StringBuilder();
      for (Span s : spans) {
        switch (s) {
          case Span.Text t -> text.append(t.text());
          case Span.NoteRef r -> text.append(r.separator()).append(r.number());
        }
      }
      Tagger.logicalText(parent, text.toString());
      String tag = parent.tag();
      return i -> tag;
    }
    String[] out = new String[spans.size()];
    for (int i = 0; i < spans.size(); i++) {
      Tagger.Node node =
          switch (spans.get(i)) {
            case Span.NoteRef r when notes.contains(r.number()) ->
                tags.link(parent, Look.note(r.number()), "Note " + r.number());
            case Span.Text t when t.language().isPresent() ->
                tags.block(parent, SPAN, t.language().get());
            default -> tags.block(parent, SPAN);
          };
      if (spans.get(i) instanceof Span.Text t) {
        Tagger.logicalText(node, t.text());
        t.spoken().ifPresent(words -> Tagger.spoken(node, words));
      }
      out[i] = node.tag();
    }
    return i -> out[i];
  }

  /**
   * Whether spans are plain text of one style and language: nothing for a Span or a Link to set
   * apart.
   */
  private boolean uniform(List<Span> spans) {
    Span.Text first = null;
    for (Span s : spans) {
      if (s instanceof Span.NoteRef r) {
        if (notes.contains(r.number())) {
          return false;
        }
        continue;
      }
      Span.Text t = (Span.Text) s;
      if (t.language().isPresent() || t.spoken().isPresent() || Bidi.any(t.text())) {
        return false;
      }
      if (first == null) {
        first = t;
      } else if (t.bold() != first.bold()
          || t.italic() != first.italic()
          || !t.color().equals(first.color())) {
        return false;
      }
    }
    return true;
  }
}
