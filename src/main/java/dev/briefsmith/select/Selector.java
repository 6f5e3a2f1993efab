package dev.briefsmith.select;

import dev.briefsmith.content.Actor;
import dev.briefsmith.content.AnalystNote;
import dev.briefsmith.content.Brief;
import dev.briefsmith.content.Context;
import dev.briefsmith.content.Faction;
import dev.briefsmith.content.Issue;
import dev.briefsmith.content.KeyJudgment;
import dev.briefsmith.content.Outlook;
import dev.briefsmith.content.Position;
import dev.briefsmith.content.RedLine;
import dev.briefsmith.content.Scenario;
import dev.briefsmith.content.Sensitivity;
import dev.briefsmith.content.Side;
import dev.briefsmith.content.Source;
import dev.briefsmith.content.Statement;
import dev.briefsmith.content.Text;
import dev.briefsmith.content.ThirdParty;
import dev.briefsmith.content.TimelineEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Selects what one audience may see. An item above the audience's level vanishes, and so does every
 * trace of it: references to it (evidence, sources, citations, factions, by-faction stances) and
 * statements by an actor who vanished. Stateless and thread-safe.
 */
public final class Selector {
  private Selector() {}

  /** The brief as a reader allowed up to {@code max} may see it. */
  public static SelectedBrief select(Brief b, Sensitivity max) {
    List<Source> sources = keep(b.sources(), Source::sensitivity, max);
    Set<String> sourceIds = ids(sources, Source::id);
    List<Faction> factions =
        keep(b.factions(), Faction::sensitivity, max).stream()
            .map(
                f ->
                    new Faction(
                        f.id(),
                        f.side(),
                        f.name(),
                        f.summary().map(t -> cite(t, sourceIds)),
                        f.sensitivity()))
            .toList();
    Set<String> factionIds = ids(factions, Faction::id);
    List<Actor> actors =
        keep(b.actors(), Actor::sensitivity, max).stream()
            .map(
                a ->
                    new Actor(
                        a.id(),
                        a.name(),
                        a.role(),
                        a.side(),
                        a.faction().filter(factionIds::contains),
                        a.power(),
                        a.sensitivity()))
            .toList();
    Set<String> actorIds = ids(actors, Actor::id);
    List<Statement> statements =
        keep(b.statements(), Statement::sensitivity, max).stream()
            .filter(s -> actorIds.contains(s.actor()))
            .map(
                s ->
                    new Statement(
                        s.id(),
                        s.actor(),
                        s.date(),
                        s.quote(),
                        s.leadIn(),
                        cite(s.summary(), sourceIds),
                        s.source().filter(sourceIds::contains),
                        s.sensitivity(),
                        s.quoteLanguage()))
            .toList();
    Set<String> statementIds = ids(statements, Statement::id);
    List<Issue> issues =
        keep(b.issues(), Issue::sensitivity, max).stream()
            .map(i -> issue(i, statementIds, factionIds, actorIds, sourceIds))
            .toList();
    List<KeyJudgment> judgments =
        keep(b.keyJudgments(), KeyJudgment::sensitivity, max).stream()
            .map(
                k ->
                    new KeyJudgment(
                        k.id(),
                        cite(k.text(), sourceIds),
                        k.likelihood(),
                        k.confidence(),
                        k.sources().stream().filter(sourceIds::contains).toList(),
                        k.sensitivity()))
            .toList();
    List<TimelineEntry> timeline =
        keep(b.context().timeline(), TimelineEntry::sensitivity, max).stream()
            .map(
                t ->
                    new TimelineEntry(
                        t.date(),
                        cite(t.event(), sourceIds),
                        t.sources().stream().filter(sourceIds::contains).toList(),
                        t.sensitivity()))
            .toList();
    List<RedLine> redLines =
        keep(b.redLines(), RedLine::sensitivity, max).stream()
            .map(
                r ->
                    new RedLine(
                        r.id(),
                        r.side(),
                        r.line(),
                        r.trigger(),
                        r.consequence(),
                        r.firmness(),
                        r.evidence().stream().filter(statementIds::contains).toList(),
                        r.sensitivity()))
            .toList();
    List<Scenario> scenarios =
        keep(b.outlook().scenarios(), Scenario::sensitivity, max).stream()
            .map(
                s ->
                    new Scenario(
                        s.id(),
                        s.title(),
                        s.likelihood(),
                        cite(s.narrative(), sourceIds),
                        s.signposts(),
                        s.sensitivity()))
            .toList();
    List<ThirdParty> thirdParties = keep(b.thirdParties(), ThirdParty::sensitivity, max);

    Brief selected =
        new Brief(
            b.format(),
            b.id(),
            b.title(),
            b.subtitle(),
            b.series(),
            b.asOf(),
            b.language(),
            b.keywords(),
            b.authors(),
            b.sides(),
            cite(b.summary(), sourceIds),
            judgments,
            new Context(cite(b.context().body(), sourceIds), timeline),
            factions,
            actors,
            thirdParties,
            statements,
            issues,
            redLines,
            new Outlook(
                cite(b.outlook().summary(), sourceIds),
                scenarios,
                b.outlook().signposts(),
                b.outlook().exclusiveAndExhaustive()),
            sources,
            b.stanceLabels(),
            keep(b.analystNotes(), AnalystNote::sensitivity, max).stream()
                .map(n -> new AnalystNote(n.id(), cite(n.text(), sourceIds), n.sensitivity()))
                .toList());

    Sensitivity highest = highest(selected);
    Map<String, Alignment> alignments = new LinkedHashMap<>();
    for (Issue issue : issues) {
      List<Optional<Integer>> stances = new ArrayList<>();
      for (Side side : b.sides()) {
        stances.add(issue.positionOf(side.id()).stance());
      }
      alignments.put(issue.id(), Alignment.of(stances));
    }
    return new SelectedBrief(selected, highest, alignments);
  }

  private static Issue issue(
      Issue i,
      Set<String> statementIds,
      Set<String> factionIds,
      Set<String> actorIds,
      Set<String> sourceIds) {
    Map<String, Position> positions = new LinkedHashMap<>();
    i.positions()
        .forEach(
            (side, p) ->
                positions.put(
                    side,
                    new Position(
                        p.stance(),
                        p.summary().map(t -> cite(t, sourceIds)),
                        p.evidence().stream().filter(statementIds::contains).toList())));
    Map<String, Optional<Integer>> byFaction = new LinkedHashMap<>();
    i.byFaction()
        .forEach(
            (key, stance) -> {
              if (factionIds.contains(key) || actorIds.contains(key)) {
                byFaction.put(key, stance);
              }
            });
    return new Issue(i.id(), i.label(), i.question(), positions, byFaction, i.sensitivity());
  }

  private static <T> List<T> keep(List<T> items, Function<T, Sensitivity> level, Sensitivity max) {
    return items.stream().filter(i -> level.apply(i).allowedUpTo(max)).toList();
  }

  private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
    return items.stream().map(id).collect(Collectors.toUnmodifiableSet());
  }

  /** The text without citations of sources the audience may not see. */
  static Text cite(Text text, Set<String> sourceIds) {
    List<Text.Block> blocks = new ArrayList<>();
    for (Text.Block block : text.blocks()) {
      blocks.add(
          switch (block) {
            case Text.Paragraph p -> new Text.Paragraph(inlines(p.inlines(), sourceIds));
            case Text.BulletList l ->
                new Text.BulletList(
                    l.items().stream().map(item -> inlines(item, sourceIds)).toList());
          });
    }
    return new Text(blocks);
  }

  private static List<Text.Inline> inlines(List<Text.Inline> inlines, Set<String> sourceIds) {
    List<Text.Inline> out = new ArrayList<>();
    for (int i = 0; i < inlines.size(); i++) {
      Text.Inline inline = inlines.get(i);
      if (inline instanceof Text.Citation c) {
        List<String> kept = c.sourceIds().stream().filter(sourceIds::contains).toList();
        if (!kept.isEmpty()) {
          out.add(new Text.Citation(kept));
        } else if (i + 1 >= inlines.size() || startsWithPunctuation(inlines.get(i + 1))) {
          // "text [@gone]." must read "text.", not "text .": drop the space the citation stood on
          stripTrailingSpace(out);
        }
      } else {
        out.add(inline);
      }
    }
    return out;
  }

  private static boolean startsWithPunctuation(Text.Inline inline) {
    return inline instanceof Text.Run r
        && !r.text().isEmpty()
        && ".,;:!?)]".indexOf(r.text().charAt(0)) >= 0;
  }

  private static void stripTrailingSpace(List<Text.Inline> out) {
    if (!out.isEmpty() && out.get(out.size() - 1) instanceof Text.Run r) {
      String stripped = r.text().stripTrailing();
      out.set(out.size() - 1, new Text.Run(stripped, r.bold(), r.italic()));
      if (stripped.isEmpty()) {
        out.remove(out.size() - 1);
      }
    }
  }

  private static Sensitivity highest(Brief b) {
    List<Sensitivity> all = new ArrayList<>();
    b.keyJudgments().forEach(x -> all.add(x.sensitivity()));
    b.context().timeline().forEach(x -> all.add(x.sensitivity()));
    b.factions().forEach(x -> all.add(x.sensitivity()));
    b.actors().forEach(x -> all.add(x.sensitivity()));
    b.thirdParties().forEach(x -> all.add(x.sensitivity()));
    b.statements().forEach(x -> all.add(x.sensitivity()));
    b.issues().forEach(x -> all.add(x.sensitivity()));
    b.redLines().forEach(x -> all.add(x.sensitivity()));
    b.outlook().scenarios().forEach(x -> all.add(x.sensitivity()));
    b.sources().forEach(x -> all.add(x.sensitivity()));
    b.analystNotes().forEach(x -> all.add(x.sensitivity()));
    return all.stream().max(Sensitivity::compareTo).orElse(Sensitivity.PUBLIC);
  }
}
