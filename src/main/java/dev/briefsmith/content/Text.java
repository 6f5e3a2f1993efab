package dev.briefsmith.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Prose in the brief's Markdown subset: paragraphs and bullet lists of styled runs and citations.
 * Immutable.
 */
public record Text(List<Block> blocks) {

  /** A paragraph or a bullet list. */
  public sealed interface Block permits Paragraph, BulletList {}

  /** A paragraph: one run of inline content. */
  public record Paragraph(List<Inline> inlines) implements Block {
    /** Copies the inlines. */
    public Paragraph {
      inlines = List.copyOf(inlines);
    }
  }

  /** A bullet list; each item is inline content. */
  public record BulletList(List<List<Inline>> items) implements Block {
    /** Copies the items. */
    public BulletList {
      items = items.stream().map(List::copyOf).toList();
    }
  }

  /** Inline content: text with a style, or a citation. */
  public sealed interface Inline permits Run, Citation {}

  /** Text in one style. */
  public record Run(String text, boolean bold, boolean italic) implements Inline {
    /** Checks the text. */
    public Run {
      Objects.requireNonNull(text, "text");
    }
  }

  /** A citation of one or more sources, written {@code [@id]} or {@code [@a; @b]}. */
  public record Citation(List<String> sourceIds) implements Inline {
    /** Copies the ids. */
    public Citation {
      sourceIds = List.copyOf(sourceIds);
      if (sourceIds.isEmpty()) {
        throw new IllegalArgumentException("a citation names at least one source");
      }
    }
  }

  /** Copies the blocks. */
  public Text {
    blocks = List.copyOf(blocks);
  }

  /** Plain text without markup or citations, one line per paragraph or list item. */
  public String plain() {
    StringBuilder out = new StringBuilder();
    for (Block block : blocks) {
      switch (block) {
        case Paragraph p -> appendLine(out, p.inlines());
        case BulletList l -> l.items().forEach(item -> appendLine(out, item));
      }
    }
    return out.toString().strip();
  }

  /** Every source id cited, in order of appearance, with repeats. */
  public List<String> citedSourceIds() {
    List<String> ids = new ArrayList<>();
    for (Block block : blocks) {
      switch (block) {
        case Paragraph p -> collect(p.inlines(), ids);
        case BulletList l -> l.items().forEach(item -> collect(item, ids));
      }
    }
    return ids;
  }

  private static void appendLine(StringBuilder out, List<Inline> inlines) {
    for (int i = 0; i < inlines.size(); i++) {
      if (inlines.get(i) instanceof Run run) {
        out.append(run.text());
      } else if (i + 1 >= inlines.size()
          || (inlines.get(i + 1) instanceof Run next
              && !next.text().isEmpty()
              && ".,;:!?)]".indexOf(next.text().charAt(0)) >= 0)) {
        // plain text has no citation marks: "claim [@x]." reads "claim.", not "claim ."
        while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
          out.setLength(out.length() - 1);
        }
      }
    }
    out.append('\n');
  }

  private static void collect(List<Inline> inlines, List<String> ids) {
    for (Inline inline : inlines) {
      if (inline instanceof Citation c) {
        ids.addAll(c.sourceIds());
      }
    }
  }
}
