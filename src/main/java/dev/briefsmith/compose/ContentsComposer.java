package dev.briefsmith.compose;

import dev.briefsmith.compose.Document.Block;
import dev.briefsmith.compose.Document.Contents;
import dev.briefsmith.compose.Document.ContentsEntry;
import dev.briefsmith.compose.Document.Heading;
import java.util.ArrayList;
import java.util.List;

/** The table of contents, built once every section is composed. */
final class ContentsComposer {
  private ContentsComposer() {}

  /** Every heading after the contents' own, level 1 (and 2 with subsections). */
  static Contents contents(List<Block> blocks, int contentsAt, boolean subsections) {
    List<ContentsEntry> entries = new ArrayList<>();
    for (Block b : blocks.subList(contentsAt, blocks.size())) {
      if (b instanceof Heading h && (h.level() == 1 || (subsections && h.level() == 2))) {
        entries.add(new ContentsEntry(h.level(), h.text(), h.anchor()));
      }
    }
    return new Contents(entries);
  }
}
