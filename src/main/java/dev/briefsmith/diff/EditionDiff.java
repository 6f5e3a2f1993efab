package dev.briefsmith.diff;

import dev.briefsmith.content.Sensitivity;
import dev.briefsmith.diff.Change.Edit;
import dev.briefsmith.diff.Change.What;
import dev.briefsmith.diff.Edition.IssueState;
import dev.briefsmith.diff.Edition.Item;
import dev.briefsmith.diff.Edition.Party;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The semantic diff of two editions of a brief: items are matched by id; a stance that moved is
 * listed per issue and side (and per faction or actor) with its old and new value; items added or
 * removed, likelihoods, confidences and firmness that changed, and computed alignments that changed
 * are listed each once; an edit to prose is "revised", without its words. Both editions are of the
 * same audience, so the diff lists only what that audience may see. Stateless and thread-safe.
 */
public final class EditionDiff {
  private EditionDiff() {}

  /** What changed from {@code previous} (empty for a first edition) to {@code current}. */
  public static Changes between(Optional<Edition> previous, Edition current) {
    return previous.map(p -> between(p, current)).orElse(Changes.none());
  }

  /** What changed from {@code before} to {@code after}. */
  public static Changes between(Edition before, Edition after) {
    List<Change> out = new ArrayList<>();
    sides(before, after, out);
    issues(before, after, out);
    items(What.KEY_JUDGMENT, before.keyJudgments(), after.keyJudgments(), out);
    items(What.SCENARIO, before.scenarios(), after.scenarios(), out);
    items(What.RED_LINE, before.redLines(), after.redLines(), out);
    items(What.STATEMENT, before.statements(), after.statements(), out);
    for (What w : List.of(What.SUMMARY, What.CONTEXT, What.OUTLOOK)) {
      String was = before.prose().get(w.word());
      String is = after.prose().get(w.word());
      if (was != null && is != null && !was.equals(is)) {
        out.add(new Change.Listed(w, Edit.REVISED, w.word(), w.word(), Optional.empty()));
      }
    }
    Sensitivity highest =
        before.highest().compareTo(after.highest()) > 0 ? before.highest() : after.highest();
    return new Changes(Optional.of(before.asOf()), out, highest);
  }

  private static void sides(Edition before, Edition after, List<Change> out) {
    Map<String, Party> was = byId(before.sides(), Party::id);
    Map<String, Party> is = byId(after.sides(), Party::id);
    for (Party p : after.sides()) {
      if (!was.containsKey(p.id())) {
        out.add(new Change.Listed(What.SIDE, Edit.ADDED, p.id(), p.name(), Optional.empty()));
      }
    }
    for (Party p : before.sides()) {
      if (!is.containsKey(p.id())) {
        out.add(new Change.Listed(What.SIDE, Edit.REMOVED, p.id(), p.name(), Optional.empty()));
      }
    }
  }

  private static void issues(Edition before, Edition after, List<Change> out) {
    Map<String, IssueState> was = byId(before.issues(), IssueState::id);
    Map<String, IssueState> is = byId(after.issues(), IssueState::id);
    for (IssueState now : after.issues()) {
      IssueState then = was.get(now.id());
      if (then == null) {
        out.add(new Change.Listed(What.ISSUE, Edit.ADDED, now.id(), now.label(), Optional.empty()));
        continue;
      }
      // sides that are in only one edition are listed as sides added or removed, not as moves
      for (Party side : after.sides()) {
        if (before.party(side.id()).isEmpty()) {
          continue;
        }
        Optional<Integer> from = then.stance(side.id());
        Optional<Integer> to = now.stance(side.id());
        if (!from.equals(to)) {
          out.add(
              new Change.StanceMoved(
                  now.id(), now.label(), side.id(), side.name(), Optional.empty(), from, to));
        }
      }
      Set<String> holders = new LinkedHashSet<>(now.byFaction().keySet());
      holders.addAll(then.byFaction().keySet());
      for (String h : holders) {
        Optional<Integer> from = then.byFaction().getOrDefault(h, Optional.empty());
        Optional<Integer> to = now.byFaction().getOrDefault(h, Optional.empty());
        Optional<Party> holder = after.party(h).or(() -> before.party(h));
        if (from.equals(to) || holder.isEmpty()) {
          continue;
        }
        Optional<String> sideName =
            holder
                .get()
                .side()
                .flatMap(s -> after.party(s).or(() -> before.party(s)))
                .map(Party::name);
        out.add(
            new Change.StanceMoved(
                now.id(),
                now.label(),
                h,
                holder.get().name(),
                Optional.of(sideName.orElse(holder.get().side().orElse("?"))),
                from,
                to));
      }
      if (then.alignment() != now.alignment()) {
        out.add(
            new Change.AlignmentChanged(now.id(), now.label(), then.alignment(), now.alignment()));
      }
      for (Party side : after.sides()) {
        String was1 = then.summaries().get(side.id());
        String is1 = now.summaries().get(side.id());
        if (was1 != null && is1 != null && !was1.equals(is1)) {
          out.add(
              new Change.Listed(
                  What.POSITION,
                  Edit.REVISED,
                  now.id() + "/" + side.id(),
                  now.label(),
                  Optional.of(side.name())));
        }
      }
      if (!then.digest().equals(now.digest())) {
        out.add(
            new Change.Listed(What.ISSUE, Edit.REVISED, now.id(), now.label(), Optional.empty()));
      }
    }
    for (IssueState then : before.issues()) {
      if (!is.containsKey(then.id())) {
        out.add(
            new Change.Listed(What.ISSUE, Edit.REMOVED, then.id(), then.label(), Optional.empty()));
      }
    }
  }

  private static void items(What what, List<Item> before, List<Item> after, List<Change> out) {
    Map<String, Item> was = byId(before, Item::id);
    Map<String, Item> is = byId(after, Item::id);
    for (Item now : after) {
      Item then = was.get(now.id());
      if (then == null) {
        out.add(new Change.Listed(what, Edit.ADDED, now.id(), now.label(), now.owner()));
        continue;
      }
      if (!then.likelihood().equals(now.likelihood())) {
        out.add(
            new Change.LikelihoodChanged(
                what, now.id(), now.label(), then.likelihood(), now.likelihood()));
      }
      if (!then.confidence().equals(now.confidence())) {
        out.add(
            new Change.ConfidenceChanged(
                now.id(), now.label(), then.confidence(), now.confidence()));
      }
      if (!then.firmness().equals(now.firmness())) {
        out.add(
            new Change.FirmnessChanged(
                now.id(), now.label(), now.owner(), then.firmness(), now.firmness()));
      }
      if (!then.digest().equals(now.digest())) {
        out.add(new Change.Listed(what, Edit.REVISED, now.id(), now.label(), now.owner()));
      }
    }
    for (Item then : before) {
      if (!is.containsKey(then.id())) {
        out.add(new Change.Listed(what, Edit.REMOVED, then.id(), then.label(), then.owner()));
      }
    }
  }

  private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
    return items.stream()
        .collect(
            Collectors.toMap(id, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
  }
}
