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
      src.publisher().ifPresent(p -> spans.add(Span.text(p + ", ")));
      spans.add(Span.italic(src.title()));
      src.date().ifPresent(d -> spans.add(Span.text(", " + Dates.longForm(d))));
      src.url().ifPresent(u -> spans.add(Span.text(", " + u)));
      spans.add(Span.text("."));
      src.reliability().ifPresent(r -> spans.add(Span.text(" Reliability: " + r + ".")));
      list.add(new Note(e.getValue(), spans));
    }
    return list.isEmpty() ? List.of() : List.<Block>of(new NoteList(list));
  }
}
