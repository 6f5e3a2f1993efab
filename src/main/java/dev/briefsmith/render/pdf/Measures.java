package dev.briefsmith.render.pdf;

import dev.briefsmith.compose.Document.Block;
import dev.briefsmith.compose.Document.Paragraph;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.openpdf.text.Element;

/**
 * What one document's top-level blocks measure, remembered for the rest of its rendering and for
 * its second pass: the page-break rules ask the height of a block two or three times (once as the
 * opening that must follow a heading, once before placing it), and a height measured from the top
 * of an unlimited column depends only on the block, the text width and the fonts, never on where
 * the block lands. Keyed by the blocks' identity. Not thread-safe: one document's rendering.
 */
final class Measures {
  /** The kinds of height remembered. */
  enum Kind {
    /** A heading with all its spacing. */
    EXTENT,
    /** A block as it is placed, without its spacing after. */
    WHOLE,
    /** A quotation with its attribution. */
    WITH_ATTRIBUTION,
    /** The opening of a block that must follow a heading on its page. */
    OPENING
  }

  private final EnumMap<Kind, IdentityHashMap<Block, Float>> heights = new EnumMap<>(Kind.class);
  private final IdentityHashMap<Paragraph, Integer> lines = new IdentityHashMap<>();
  private final IdentityHashMap<Paragraph, Element> drafts = new IdentityHashMap<>();

  Measures() {
    for (Kind kind : Kind.values()) {
      heights.put(kind, new IdentityHashMap<>());
    }
  }

  /** The height of one kind of {@code block}: remembered, or measured now. */
  float height(Kind kind, Block block, Supplier<Float> measure) {
    IdentityHashMap<Block, Float> known = heights.get(kind);
    Float height = known.get(block);
    if (height == null) {
      height = measure.get();
      known.put(block, height);
    }
    return height;
  }

  /** The number of lines of a paragraph in the full text width. */
  int lines(Paragraph p, IntSupplier count) {
    Integer n = lines.get(p);
    if (n == null) {
      n = count.getAsInt();
      lines.put(p, n);
    }
    return n;
  }

  /**
   * The untagged element that stands for {@code p} when measuring; measuring never changes it
   * (OpenPDF copies its chunks into each column).
   */
  Element draft(Paragraph p, Supplier<Element> make) {
    return drafts.computeIfAbsent(p, k -> make.get());
  }
}
