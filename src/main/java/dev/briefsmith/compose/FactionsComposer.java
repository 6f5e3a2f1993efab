package dev.briefsmith.compose;

import static dev.briefsmith.compose.ComposeContext.cell;

import dev.briefsmith.audience.Section;
import dev.briefsmith.compose.Document.Align;
import dev.briefsmith.compose.Document.BulletList;
import dev.briefsmith.compose.Document.Cell;
import dev.briefsmith.compose.Document.Heading;
import dev.briefsmith.compose.Document.Paragraph;
import dev.briefsmith.compose.Document.Row;
import dev.briefsmith.compose.Document.Table;
import dev.briefsmith.compose.Document.TableStyle;
import dev.briefsmith.content.Actor;
import dev.briefsmith.content.Brief;
import dev.briefsmith.content.Faction;
import dev.briefsmith.content.Side;
import dev.briefsmith.content.ThirdParty;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The sides, each with its factions and a table of its actors, then the third parties. */
final class FactionsComposer {
  private FactionsComposer() {}

  static void compose(ComposeContext c, Section s) {
    Brief brief = c.brief;
    c.heading(s, 1);
    for (Side side : brief.sides()) {
      List<Faction> factions =
          brief.factions().stream().filter(f -> f.side().equals(side.id())).toList();
      List<Actor> actors = brief.actors().stream().filter(a -> a.side().equals(side.id())).toList();
      if (factions.isEmpty() && actors.isEmpty()) {
        continue;
      }
      c.add(new Heading(2, ComposeContext.sideTitle(side), "side-" + side.id()));
      for (Faction f : factions) {
        c.use(f.sensitivity());
        List<Span> spans = new ArrayList<>(List.of(Span.bold(f.name())));
        f.summary()
            .ifPresent(
                t -> {
                  spans.add(Span.text(": "));
                  spans.addAll(c.inline(t));
                });
        c.add(new Paragraph(spans, ParaStyle.BODY));
      }
      if (!actors.isEmpty()) {
        c.add(actorTable(c, actors));
      }
    }
    List<ThirdParty> others = brief.thirdParties();
    if (s.flag("third_parties") && !others.isEmpty()) {
      c.add(new Heading(2, c.labels.get("factions.others"), "others"));
      List<List<Span>> items = new ArrayList<>();
      for (ThirdParty t : others) {
        c.use(t.sensitivity());
        List<Span> item = new ArrayList<>(List.of(Span.bold(t.name())));
        t.role().ifPresent(r -> item.add(Span.text(c.labels.get("list.separator") + r)));
        items.add(item);
      }
      c.add(new BulletList(items, ParaStyle.BODY));
    }
  }

  private static Table actorTable(ComposeContext c, List<Actor> actors) {
    List<Row> rows = new ArrayList<>();
    for (Actor a : actors) {
      c.use(a.sensitivity());
      rows.add(
          new Row(
              List.of(
                  cell(List.of(List.of(Span.bold(a.name()))), Optional.empty(), Align.LEFT),
                  Cell.of(a.role().orElse("")),
                  Cell.of(a.faction().flatMap(c::faction).map(Faction::name).orElse("")),
                  Cell.of(a.power().map(p -> c.word("power", p)).orElse("")))));
    }
    return new Table(
        List.of(2.2f, 3f, 2.2f, 1f),
        List.of(
            new Row(
                List.of(
                    Cell.of(c.labels.get("factions.actor")),
                    Cell.of(c.labels.get("factions.role")),
                    Cell.of(c.labels.get("factions.faction")),
                    Cell.of(c.labels.get("factions.weight"))))),
        rows,
        TableStyle.RULED,
        true,
        0.9f,
        Optional.empty(),
        true);
  }
}
