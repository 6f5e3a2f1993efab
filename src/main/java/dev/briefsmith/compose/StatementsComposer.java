package dev.briefsmith.compose;

import dev.briefsmith.audience.Section;
import dev.briefsmith.compose.Document.Heading;
import dev.briefsmith.compose.Document.Paragraph;
import dev.briefsmith.content.Actor;
import dev.briefsmith.content.Side;
import dev.briefsmith.content.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the actors said, by side: quotes with attribution, or summaries. */
final class StatementsComposer {
  private StatementsComposer() {}

  static void compose(ComposeContext c, Section s) {
    if (c.brief.statements().isEmpty()) {
      return;
    }
    c.heading(s, 1);
    for (Side side : c.brief.sides()) {
      List<Statement> said =
          c.brief.statements().stream()
              .filter(st -> c.actor(st.actor()).map(a -> a.side().equals(side.id())).orElse(false))
              .toList();
      if (said.isEmpty()) {
        continue;
      }
      c.add(new Heading(2, ComposeContext.sideTitle(side), "statements-" + side.id()));
      for (Statement st : said) {
        statement(c, s, st);
      }
    }
  }

  private static void statement(ComposeContext c, Section s, Statement st) {
    c.use(st.sensitivity());
    Actor actor = c.actor(st.actor()).orElseThrow();
    String who =
        actor.name()
            + actor.role().map(r -> c.labels.get("list.separator") + r).orElse("")
            + st.date().map(d -> c.labels.get("list.separator") + c.format.date(d)).orElse("");
    if (st.quote().isPresent() && s.flag("quotes")) {
      // Our own lead-in, outside the quotation marks, carries what the source's sentence
      // says around the quote (a negation), so the quote cannot be read as its opposite.
      // The quote in its own language, so a screen reader reads it in that language's voice;
      // the edition's quotation marks around it.
      List<String> marks = c.labels.around("statements.quote", "quote");
      List<Span> quoted = new ArrayList<>();
      String open = marks.get(0);
      quoted.add(Span.text(st.leadIn().map(l -> l + " " + open).orElse(open)));
      quoted.add(
          new Span.Text(st.quote().get(), false, false, Optional.empty(), st.quoteLanguage()));
      quoted.add(Span.text(marks.get(1)));
      c.add(new Paragraph(quoted, ParaStyle.QUOTE));
      List<Span> attribution =
          c.withNotes(List.of(Span.text("\u2014 " + who)), st.source().stream().toList());
      c.add(new Paragraph(attribution, ParaStyle.ATTRIBUTION));
      c.add(new Paragraph(new ArrayList<>(c.inline(st.summary())), ParaStyle.SMALL));
    } else {
      List<Span> spans = new ArrayList<>(List.of(Span.bold(who + ": ")));
      spans.addAll(c.inline(st.summary()));
      c.add(new Paragraph(c.withNotes(spans, st.source().stream().toList()), ParaStyle.BODY));
    }
  }

  /** Our own notes, in our own voice: never printed as something an actor said. */
  static void analystNotes(ComposeContext c, Section s) {
    if (c.brief.analystNotes().isEmpty()) {
      return;
    }
    c.heading(s, 1);
    for (dev.briefsmith.content.AnalystNote note : c.brief.analystNotes()) {
      c.use(note.sensitivity());
      c.prose(note.text(), ParaStyle.BODY);
    }
  }
}
