package dev.briefsmith.render.pdf;

import dev.briefsmith.compose.Document.Block;
import dev.briefsmith.compose.Document.BulletList;
import dev.briefsmith.compose.Document.Callout;
import dev.briefsmith.compose.Document.Cell;
import dev.briefsmith.compose.Document.Note;
import dev.briefsmith.compose.Document.NoteList;
import dev.briefsmith.compose.Document.Paragraph;
import dev.briefsmith.compose.Document.Row;
import dev.briefsmith.compose.Document.Table;
import dev.briefsmith.compose.Span;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The endnotes of a document and their citations, so links are made only where both exist. */
final class Notes {
  private Notes() {}

  /** The numbers of the notes the document prints. */
  static Set<Integer> listed(List<Block> blocks) {
    Set<Integer> out = new TreeSet<>();
    for (Block b : blocks) {
      switch (b) {
        case NoteList n -> n.notes().stream().map(Note::number).forEach(out::add);
        case Callout c -> out.addAll(listed(c.body()));
        default -> {}
      }
    }
    return out;
  }

  /** The numbers of the notes the document cites. */
  static Set<Integer> cited(List<Block> blocks) {
    Set<Integer> out = new TreeSet<>();
    for (Block b : blocks) {
      switch (b) {
        case Paragraph p -> refs(p.spans(), out);
        case BulletList l -> l.items().forEach(item -> refs(item, out));
        case Table t -> {
          for (List<Row> rows : List.of(t.header(), t.body())) {
            for (Row row : rows) {
              for (Cell cell : row.cells()) {
                cell.lines().forEach(line -> refs(line, out));
              }
            }
          }
        }
        case Callout c -> out.addAll(cited(c.body()));
        default -> {}
      }
    }
    return out;
  }

  private static void refs(List<Span> spans, Set<Integer> out) {
    for (Span s : spans) {
      if (s instanceof Span.NoteRef r) {
        out.add(r.number());
      }
    }
  }
}
