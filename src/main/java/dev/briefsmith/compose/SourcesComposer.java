package dev.briefsmith.compose;

import dev.briefsmith.compose.Document.Block;
import dev.briefsmith.compose.Document.Note;
import dev.briefsmith.compose.Document.NoteList;
import dev.briefsmith.content.Source;
import java.util.ArrayList;
import java.util.List;

/** The endnotes: every source, cited ones first in order of first citation. */
final class SourcesComposer {
  private SourcesComposer() {}

  static List<Block> notes(ComposeContext c) {
    List<Note> list = new ArrayList<>();
    for (var e : c.allNoteNumbers().entrySet()) {
      Source src =
          c.brief.sources().stream()
              .filter(x -> x.id().equals(e.getKey()))
              .findFirst()
              .orElseThrow();
      c.use(src.sensitivity());
      List<Span> spans = new ArrayList<>();
      String sep = c.labels.get("list.separator");
      src.publisher().ifPresent(p -> spans.add(Span.text(p + sep)));
      spans.add(Span.italic(src.title()));
      src.date().ifPresent(d -> spans.add(Span.text(sep + c.format.date(d))));
      src.url().ifPresent(u -> spans.add(Span.text(sep + u)));
      spans.add(Span.text("."));
      src.reliability()
          .ifPresent(
              r ->
                  spans.add(
                      Span.text(" " + c.labels.format("sources.reliability", "reliability", r))));
      list.add(new Note(e.getValue(), spans));
    }
    return list.isEmpty() ? List.of() : List.<Block>of(new NoteList(list));
  }
}
