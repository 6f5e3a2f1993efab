package dev.briefsmith.content;

import dev.briefsmith.yaml.Problems;
import dev.briefsmith.yaml.Suggest;
import dev.briefsmith.yaml.YNode.Pos;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The ids a brief defines and the references it makes, collected while reading and checked
 * afterwards: ids unique within their kind, every reference resolved, actors' factions on their own
 * side. Not thread-safe: one per load.
 */
final class References {

  /** The kinds of item that have ids. */
  enum Kind {
    SIDE("side", "sides"),
    FACTION("faction", "factions"),
    ACTOR("actor", "actors"),
    THIRD_PARTY("third party", "third_parties"),
    STATEMENT("statement", "statements"),
    ISSUE("issue", "issues"),
    RED_LINE("red line", "red_lines"),
    SCENARIO("scenario", "scenarios"),
    KEY_JUDGMENT("key judgment", "key_judgments"),
    SOURCE("source", "sources"),
    ANALYST_NOTE("analyst note", "analyst_notes");

    final String noun;
    final String listName;

    Kind(String noun, String listName) {
      this.noun = noun;
      this.listName = listName;
    }
  }

  private record Def(String id, Pos pos, String path) {}

  private record Ref(Set<Kind> kinds, String id, Pos pos, String path) {}

  private record SameSide(String actor, String side, String faction, Pos pos, String path) {}

  private final Map<Kind, Map<String, Def>> defs = new EnumMap<>(Kind.class);
  private final List<Ref> refs = new ArrayList<>();
  private final List<SameSide> sameSides = new ArrayList<>();
  private final Map<String, String> factionSides = new LinkedHashMap<>();
  private final Set<String> used = new HashSet<>();
  private final Set<Kind> broken = EnumSet.noneOf(Kind.class);

  References() {
    for (Kind kind : Kind.values()) {
      defs.put(kind, new LinkedHashMap<>());
    }
  }

  /** Records an id; a second item of the same kind with the same id is an error. */
  void define(Kind kind, String id, Pos pos, String path, Problems problems) {
    Def first = defs.get(kind).putIfAbsent(id, new Def(id, pos, path));
    if (first != null) {
      problems.error(
          pos,
          path
              + ": duplicate "
              + kind.noun
              + " id \""
              + id
              + "\" (first used at line "
              + first.pos().line()
              + "); ids must be unique");
    }
  }

  /**
   * Marks a kind whose list could not be read at all, so references to it are not reported again,
   * one by one, as unresolved.
   */
  void broken(Kind kind) {
    broken.add(kind);
  }

  void refer(Kind kind, String id, Pos pos, String path) {
    refs.add(new Ref(EnumSet.of(kind), id, pos, path));
  }

  void referFactionOrActor(String id, Pos pos, String path) {
    refs.add(new Ref(EnumSet.of(Kind.FACTION, Kind.ACTOR), id, pos, path));
  }

  void factionSide(String faction, String side) {
    factionSides.putIfAbsent(faction, side);
  }

  void actorFaction(String actor, String side, String faction, Pos pos, String path) {
    sameSides.add(new SameSide(actor, side, faction, pos, path));
  }

  /** Reports unresolved references and side mismatches. */
  void check(Problems problems) {
    for (Ref ref : refs) {
      List<Kind> matches =
          ref.kinds().stream().filter(k -> defs.get(k).containsKey(ref.id())).toList();
      if (matches.size() == 1) {
        used.add(matches.get(0) + ":" + ref.id());
        continue;
      }
      if (matches.size() > 1) {
        problems.error(
            ref.pos(),
            ref.path()
                + ": \""
                + ref.id()
                + "\" names both a faction and an actor; give one of them another id");
        continue;
      }
      if (ref.kinds().stream().anyMatch(broken::contains)) {
        continue;
      }
      Set<String> choices = new java.util.TreeSet<>();
      ref.kinds().forEach(k -> choices.addAll(defs.get(k).keySet()));
      String nouns = ref.kinds().stream().map(k -> k.noun).collect(Collectors.joining(" or "));
      StringBuilder message =
          new StringBuilder(ref.path() + ": no " + nouns + " with id \"" + ref.id() + "\"");
      message.append(Suggest.didYouMean(ref.id(), choices));
      if (choices.isEmpty()) {
        message.append(" (the brief defines none)");
      } else if (choices.size() <= 12) {
        List<String> ordered = new ArrayList<>();
        ref.kinds().forEach(k -> ordered.addAll(defs.get(k).keySet()));
        message.append(" (defined: ").append(String.join(", ", ordered)).append(')');
      }
      problems.error(ref.pos(), message.toString());
    }
    for (SameSide s : sameSides) {
      String factionSide = factionSides.get(s.faction());
      boolean sideKnown = defs.get(Kind.SIDE).containsKey(s.side());
      if (factionSide != null && sideKnown && !factionSide.equals(s.side())) {
        problems.error(
            s.pos(),
            s.path()
                + ": faction \""
                + s.faction()
                + "\" belongs to side \""
                + factionSide
                + "\", but actor \""
                + s.actor()
                + "\" is on side \""
                + s.side()
                + "\"");
      }
    }
  }

  /** Whether an item was referred to at least once (after {@link #check}). */
  boolean isUsed(Kind kind, String id) {
    return used.contains(kind + ":" + id);
  }

  /** The position and path of a defined item. */
  Pos posOf(Kind kind, String id) {
    return defs.get(kind).get(id).pos();
  }

  String pathOf(Kind kind, String id) {
    return defs.get(kind).get(id).path();
  }

  Set<String> ids(Kind kind) {
    return defs.get(kind).keySet();
  }
}
