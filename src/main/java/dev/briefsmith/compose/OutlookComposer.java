package dev.briefsmith.compose;

import dev.briefsmith.audience.Section;
import dev.briefsmith.compose.Document.BulletList;
import dev.briefsmith.compose.Document.Heading;
import dev.briefsmith.compose.Document.Paragraph;
import dev.briefsmith.content.Brief;
import dev.briefsmith.content.Scenario;
import java.util.ArrayList;
import java.util.List;

/** The outlook, the scenarios and the signposts: what may come next and what to watch. */
final class OutlookComposer {
  private OutlookComposer() {}

  /** The outlook's summary, with its scenarios and signposts as lists when flagged. */
  static void outlook(ComposeContext c, Section s) {
    Brief brief = c.brief;
    c.heading(s, 1);
    c.prose(brief.outlook().summary(), ParaStyle.BODY);
    if (s.flag("scenarios")) {
      List<List<Span>> items = new ArrayList<>();
      for (Scenario sc : brief.outlook().scenarios()) {
        c.use(sc.sensitivity());
        List<Span> item = new ArrayList<>();
        item.add(Span.bold(sc.title()));
        String est = c.estimate(sc.likelihood(), c.probabilities);
        if (!est.isEmpty()) {
          item.add(c.accent(" (" + est + ")"));
        }
        item.add(Span.text(": "));
        item.addAll(c.inline(sc.narrative()));
        items.add(item);
      }
      if (!items.isEmpty()) {
        c.add(new BulletList(items, ParaStyle.BODY));
      }
    }
    if (s.flag("signposts") && !brief.outlook().signposts().isEmpty()) {
      c.add(
          new Paragraph(List.of(Span.bold(c.labels.get("outlook.what_to_watch"))), ParaStyle.BODY));
      c.add(signpostList(brief));
    }
  }

  /** Each scenario under its own heading: likelihood, narrative, and its signposts. */
  static void scenarios(ComposeContext c, Section s) {
    Brief brief = c.brief;
    if (brief.outlook().scenarios().isEmpty()) {
      return;
    }
    c.heading(s, 1);
    for (Scenario sc : brief.outlook().scenarios()) {
      c.use(sc.sensitivity());
      c.add(new Heading(2, sc.title(), "scenario-" + sc.id()));
      String est = c.estimate(sc.likelihood(), c.probabilities);
      if (!est.isEmpty()) {
        c.add(
            new Paragraph(
                List.of(c.accent(c.labels.format("outlook.likelihood", "estimate", est))),
                ParaStyle.BODY));
      }
      c.prose(sc.narrative(), ParaStyle.BODY);
      if (s.flag("signposts") && !sc.signposts().isEmpty()) {
        c.add(
            new BulletList(
                sc.signposts().stream()
                    .map(
                        p ->
                            List.of(Span.italic(c.labels.get("outlook.watch") + " "), Span.text(p)))
                    .toList(),
                ParaStyle.BODY));
      }
    }
  }

  /** The outlook's signposts as a section of their own. */
  static void signposts(ComposeContext c, Section s) {
    if (c.brief.outlook().signposts().isEmpty()) {
      return;
    }
    c.heading(s, 1);
    c.add(signpostList(c.brief));
  }

  private static BulletList signpostList(Brief brief) {
    return new BulletList(
        brief.outlook().signposts().stream().map(p -> List.<Span>of(Span.text(p))).toList(),
        ParaStyle.BODY);
  }
}
