package dev.briefsmith.compose;

import dev.briefsmith.audience.Section;
import dev.briefsmith.compose.Document.Cover;
import dev.briefsmith.content.Brief;
import java.util.List;

/** The cover: a page of its own, or a masthead atop the first page. */
final class CoverComposer {
  private CoverComposer() {}

  static void compose(ComposeContext c, Section s) {
    Brief brief = c.brief;
    boolean page = !s.style().orElse("page").equals("masthead");
    c.add(
        new Cover(
            brief.title(),
            brief.subtitle(),
            brief.series(),
            c.labels.format("cover.date_line", "date", c.format.date(brief.asOf())),
            c.template.title(),
            // A masthead has no room for authors; a cover page lists them.
            page
                ? brief.authors().stream()
                    .map(a -> a.name() + a.affiliation().map(x -> ", " + x).orElse(""))
                    .toList()
                : List.of(),
            c.text("cover_note"),
            page));
  }
}
