package dev.briefsmith.diff;

import dev.briefsmith.content.Actor;
import dev.briefsmith.content.Brief;
import dev.briefsmith.content.Faction;
import dev.briefsmith.content.Issue;
import dev.briefsmith.content.KeyJudgment;
import dev.briefsmith.content.Position;
import dev.briefsmith.content.RedLine;
import dev.briefsmith.content.Scenario;
import dev.briefsmith.content.Side;
import dev.briefsmith.content.Statement;
import dev.briefsmith.content.Text;
import dev.briefsmith.diff.Edition.IssueState;
import dev.briefsmith.diff.Edition.Item;
import dev.briefsmith.diff.Edition.Party;
import dev.briefsmith.select.SelectedBrief;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Takes the {@link Edition} of a selected brief. Stateless and thread-safe. */
public final class Editions {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Editions() {}

  /** The edition of {@code selected}: the brief as its audience sees it. */
  public static Edition of(SelectedBrief selected) {
    Brief b = selected.brief();
    List<Party> parties = new ArrayList<>();
    for (Side s : b.sides()) {
      parties.add(new Party(s.id(), label(s.name()), Optional.empty()));
    }
    Set<String> holders = new LinkedHashSet<>();
    b.issues().forEach(i -> holders.addAll(i.byFaction().keySet()));
    for (String h : holders) {
      Optional<Faction> f = b.factions().stream().filter(x -> x.id().equals(h)).findFirst();
      Optional<Actor> a = b.actors().stream().filter(x -> x.id().equals(h)).findFirst();
      if (f.isPresent()) {
        parties.add(new Party(h, label(f.get().name()), Optional.of(f.get().side())));
      } else if (a.isPresent()) {
        parties.add(new Party(h, label(a.get().name()), Optional.of(a.get().side())));
      }
    }
    List<IssueState> issues = new ArrayList<>();
    for (Issue i : b.issues()) {
      Map<String, Optional<Integer>> stances = new LinkedHashMap<>();
      Map<String, String> summaries = new LinkedHashMap<>();
      for (Side s : b.sides()) {
        Position p = i.positionOf(s.id());
        stances.put(s.id(), p.stance());
        p.summary().ifPresent(t -> summaries.put(s.id(), digest(text(t))));
      }
      issues.add(
          new IssueState(
              i.id(),
              label(i.rowLabel()),
              digest(i.label().orElse(""), i.question()),
              stances,
              summaries,
              i.byFaction(),
              selected.alignment(i.id()).level()));
    }
    List<Item> statements = new ArrayList<>();
    for (Statement s : b.statements()) {
      Optional<String> actor =
          b.actors().stream().filter(a -> a.id().equals(s.actor())).map(Actor::name).findFirst();
      statements.add(
          new Item(
              s.id(),
              label(s.summary().plain()),
              actor.map(Editions::label),
              digest(
                  s.actor(),
                  s.date().map(Object::toString).orElse(""),
                  s.quote().orElse(""),
                  s.leadIn().orElse(""),
                  text(s.summary()),
                  s.source().orElse("")),
              Optional.empty(),
              Optional.empty(),
              Optional.empty()));
    }
    List<Item> redLines = new ArrayList<>();
    for (RedLine r : b.redLines()) {
      redLines.add(
          new Item(
              r.id(),
              label(r.line()),
              b.side(r.side()).map(s -> label(s.name())),
              digest(
                  r.side(),
                  r.line(),
                  r.trigger().orElse(""),
                  r.consequence().orElse(""),
                  String.join(",", r.evidence())),
              Optional.empty(),
              Optional.empty(),
              r.firmness()));
    }
    List<Item> judgments = new ArrayList<>();
    for (KeyJudgment k : b.keyJudgments()) {
      judgments.add(
          new Item(
              k.id(),
              label(k.text().plain()),
              Optional.empty(),
              digest(text(k.text()), String.join(",", k.sources())),
              k.likelihood().map(l -> l.band()),
              k.confidence(),
              Optional.empty()));
    }
    List<Item> scenarios = new ArrayList<>();
    for (Scenario s : b.outlook().scenarios()) {
      scenarios.add(
          new Item(
              s.id(),
              label(s.title()),
              Optional.empty(),
              digest(s.title(), text(s.narrative()), String.join("\n", s.signposts())),
              s.likelihood().map(l -> l.band()),
              Optional.empty(),
              Optional.empty()));
    }
    Map<String, String> prose = new LinkedHashMap<>();
    prose.put(Change.What.SUMMARY.word(), digest(text(b.summary())));
    prose.put(Change.What.CONTEXT.word(), digest(text(b.context().body())));
    prose.put(
        Change.What.OUTLOOK.word(),
        digest(text(b.outlook().summary()), String.join("\n", b.outlook().signposts())));
    return new Edition(
        b.id(),
        b.asOf(),
        selected.highest(),
        parties,
        issues,
        statements,
        redLines,
        judgments,
        scenarios,
        prose);
  }

  /** A label of at most {@link Edition#MAX_LABEL} characters, on one line, cut at a word. */
  static String label(String s) {
    String one = (needsSpacing(s) ? SPACES.matcher(s).replaceAll(" ") : s).strip();
    if (one.isEmpty()) {
      return "?";
    }
    if (one.length() <= Edition.MAX_LABEL) {
      return one;
    }
    int max = Edition.MAX_LABEL - 1;
    if (Character.isLowSurrogate(one.charAt(max))) {
      max--;
    }
    int cut = one.lastIndexOf(' ', max);
    return one.substring(0, cut > max / 2 ? cut : max).stripTrailing() + "\u2026";
  }

  /** Whether {@code s} holds what {@link #SPACES} would change: a control space or two spaces. */
  private static boolean needsSpacing(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= '\t' && c <= '\r') || (c == ' ' && i + 1 < s.length() && s.charAt(i + 1) == ' ')) {
        return true;
      }
    }
    return false;
  }

  /** Prose as compared: its words, its emphasis and its citations (the structure, not a render). */
  private static String text(Text t) {
    StringBuilder out = new StringBuilder();
    for (Text.Block block : t.blocks()) {
      switch (block) {
        case Text.Paragraph p -> inlines(out.append("\u0001P"), p.inlines());
        case Text.BulletList l -> l.items().forEach(item -> inlines(out.append("\u0001L"), item));
      }
    }
    return out.toString();
  }

  private static void inlines(StringBuilder out, List<Text.Inline> inlines) {
    for (Text.Inline inline : inlines) {
      switch (inline) {
        case Text.Run r ->
            out.append(r.bold() ? "\u0002b" : "\u0002")
                .append(r.italic() ? "i" : "")
                .append('\u0003')
                .append(r.text());
        case Text.Citation c -> out.append("\u0002@").append(String.join(";", c.sourceIds()));
      }
    }
  }

  /** The first half of the SHA-256 of the parts, each ended by a NUL. */
  static String digest(String... parts) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (String p : parts) {
        md.update(p.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
      }
      return HexFormat.of().formatHex(md.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
