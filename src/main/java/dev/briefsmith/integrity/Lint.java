package dev.briefsmith.integrity;

import dev.briefsmith.content.Actor;
import dev.briefsmith.content.Brief;
import dev.briefsmith.content.BriefCheck;
import dev.briefsmith.content.Faction;
import dev.briefsmith.content.Issue;
import dev.briefsmith.content.KeyJudgment;
import dev.briefsmith.content.Likelihood;
import dev.briefsmith.content.Position;
import dev.briefsmith.content.Scenario;
import dev.briefsmith.content.Statement;
import dev.briefsmith.yaml.Suggest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The analyst's lint: what an editor would query in a brief that is valid but misleading. Each
 * warning ends with its {@link LintRule} code; {@code validate --explain CODE} says more. Stateless
 * and thread-safe.
 */
public final class Lint implements BriefCheck {
  private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)");
  private static final Pattern VAGUE =
      Pattern.compile(
          "\\b(plausibl[ey]|possibl[ey]|could well|may well|might well|perhaps|conceivabl[ey])\\b",
          Pattern.CASE_INSENSITIVE);

  /** Near-miss names are compared in pairs only among this many items of a side. */
  private static final int NEAR_LIMIT = 500;

  @Override
  public void check(Brief brief, Context context) {
    duplicates(brief, context);
    evidence(brief, context);
    estimativeLanguage(brief, context);
    scenarioBands(brief, context);
    commentary(brief, context);
  }

  private static final Pattern COMMENTARY =
      Pattern.compile(
          "^(?:analysts?'?s? notes?|editor'?s note|note|comment(?:ary)?)\\s*:"
              + "|^(?:we (?:assess|judge|believe|think)|in our (?:view|judgment|assessment)"
              + "|our (?:view|assessment|judgment) is)\\b",
          Pattern.CASE_INSENSITIVE);

  /** Summaries that speak in our voice, filed as what an actor said. */
  private static void commentary(Brief b, Context context) {
    for (int i = 0; i < b.statements().size(); i++) {
      Statement st = b.statements().get(i);
      if (COMMENTARY.matcher(st.summary().plain().strip()).find()) {
        String path = "statements[" + i + "].summary";
        context
            .problems()
            .warning(
                context.pos(path),
                path
                    + ": reads as our own commentary, but a statement prints as what its actor"
                    + " said; move it to analyst_notes, which prints in our own voice"
                    + LintRule.COMMENTARY_AS_STATEMENT.tag());
      }
    }
  }

  // ---- the same entity twice ----

  private record Named(String path, String kind, String name, String side) {}

  private static void duplicates(Brief b, Context context) {
    List<Named> items = new ArrayList<>();
    for (int i = 0; i < b.factions().size(); i++) {
      Faction f = b.factions().get(i);
      items.add(new Named("factions[" + i + "].name", "faction", f.name(), f.side()));
    }
    for (int i = 0; i < b.actors().size(); i++) {
      Actor a = b.actors().get(i);
      items.add(new Named("actors[" + i + "].name", "actor", a.name(), a.side()));
    }
    Map<String, Named> seen = new HashMap<>();
    Map<String, List<Named>> bySide = new HashMap<>();
    for (Named item : items) {
      Named first = seen.putIfAbsent(item.side() + "\u0000" + normalise(item.name()), item);
      List<Named> side = bySide.computeIfAbsent(item.side(), k -> new ArrayList<>());
      if (first == null && side.size() <= NEAR_LIMIT) {
        // near misses ("Kadhimiya", "Kadhimiva") by pairs, bounded so that huge briefs stay linear
        first = side.stream().filter(o -> near(o.name(), item.name())).findFirst().orElse(null);
      }
      side.add(item);
      if (first != null) {
        context
            .problems()
            .warning(
                context.pos(item.path()),
                item.path()
                    + ": "
                    + item.kind()
                    + " \""
                    + item.name()
                    + "\" looks like the same entity as "
                    + first.kind()
                    + " \""
                    + first.name()
                    + "\" ("
                    + first.path()
                    + ") on side \""
                    + item.side()
                    + "\"; keep one"
                    + LintRule.DUPLICATE_ENTITY.tag());
      }
    }
  }

  /** A name as compared: lower case, no bracketed part, no leading "the", letters and digits. */
  static String normalise(String name) {
    String s = BRACKETED.matcher(name.toLowerCase(Locale.ROOT)).replaceAll(" ");
    s = s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    return s.startsWith("the ") ? s.substring(4) : s;
  }

  /** Nearly the same name: one or two letters apart in a name long enough for that to mean it. */
  private static boolean near(String a, String b) {
    String x = normalise(a);
    String y = normalise(b);
    if (x.equals(y)) {
      return true;
    }
    int longest = Math.max(x.length(), y.length());
    return longest >= 8
        && Math.abs(x.length() - y.length()) <= 2
        && Suggest.distance(x, y) <= longest / 10;
  }

  // ---- evidence against its stance ----

  private static void evidence(Brief b, Context context) {
    Map<String, Statement> statements = new HashMap<>();
    b.statements().forEach(s -> statements.put(s.id(), s));
    Map<String, Actor> actors = new HashMap<>();
    b.actors().forEach(a -> actors.put(a.id(), a));
    for (int i = 0; i < b.issues().size(); i++) {
      Issue issue = b.issues().get(i);
      for (Map.Entry<String, Position> e : issue.positions().entrySet()) {
        Optional<Integer> stance = e.getValue().stance();
        List<String> evidence = e.getValue().evidence();
        for (int k = 0; k < evidence.size() && stance.isPresent(); k++) {
          Statement st = statements.get(evidence.get(k));
          Actor actor = st == null ? null : actors.get(st.actor());
          if (actor == null) {
            continue;
          }
          String who = actor.id();
          Optional<Integer> theirs = issue.byFaction().getOrDefault(who, Optional.empty());
          if (theirs.isEmpty() && actor.faction().isPresent()) {
            who = actor.faction().get();
            theirs = issue.byFaction().getOrDefault(who, Optional.empty());
          }
          if (theirs.isEmpty()) {
            continue;
          }
          int side = stance.get();
          int their = theirs.get();
          if (Math.abs(their - side) >= 3 || (long) their * side < 0) {
            String path = "issues[" + i + "].positions." + e.getKey() + ".evidence[" + k + "]";
            context
                .problems()
                .warning(
                    context.pos(path),
                    String.format(
                        Locale.ROOT,
                        "%s: statement \"%s\" by %s is evidence for a stance of %+d, but by_faction"
                            + " rates %s %+d on this issue; change the stance or leave the"
                            + " statement out of the evidence%s",
                        path,
                        st.id(),
                        actor.name(),
                        side,
                        who.equals(actor.id()) ? actor.name() : "its faction \"" + who + "\"",
                        their,
                        LintRule.EVIDENCE_CONTRADICTS_STANCE.tag()));
          }
        }
      }
    }
  }

  // ---- estimative language ----

  private static void estimativeLanguage(Brief b, Context context) {
    List<ProseFields.Field> prose = ProseFields.of(b);
    Optional<Boolean> alternative =
        Stream.concat(
                b.keyJudgments().stream().map(KeyJudgment::likelihood),
                b.outlook().scenarios().stream().map(Scenario::likelihood))
            .flatMap(Optional::stream)
            .map(Likelihood::alternative)
            .findFirst();
    if (alternative.isPresent()) {
      Pattern other = otherColumn(alternative.get());
      for (ProseFields.Field field : prose) {
        Matcher m = other.matcher(field.text());
        if (m.find()) {
          context
              .problems()
              .warning(
                  context.pos(field.path()),
                  field.path()
                      + ": \""
                      + m.group()
                      + "\" is a term of the "
                      + (alternative.get() ? "main" : "alternative")
                      + " ICD 203 column, and this brief's likelihoods use the "
                      + (alternative.get() ? "alternative" : "main")
                      + " one; write \""
                      + sameBand(m.group(), alternative.get())
                      + "\""
                      + LintRule.ESTIMATIVE_COLUMN.tag());
        }
      }
    }
    for (ProseFields.Field field : prose) {
      if (!field.path().startsWith("key_judgments[")
          && !field.path().startsWith("outlook.scenarios[")) {
        continue;
      }
      Matcher m = VAGUE.matcher(field.text());
      if (m.find()) {
        context
            .problems()
            .warning(
                context.pos(field.path()),
                field.path()
                    + ": \""
                    + m.group()
                    + "\" says how likely something is in words ICD 203 does not define; use"
                    + " the term of the band you mean"
                    + LintRule.ESTIMATIVE_VAGUE.tag());
      }
    }
  }

  /** The terms of the column a brief does not use, as words in prose. */
  private static Pattern otherColumn(boolean briefUsesAlternative) {
    List<String> terms = new ArrayList<>();
    for (Likelihood.Band band : Likelihood.Band.values()) {
      String term = briefUsesAlternative ? band.term() : band.alternativeTerm();
      // "remote" alone is an ordinary word ("remote areas"); only as a chance is it ICD 203's
      terms.add(term.equals("remote") ? "remote (?:chance|possibility|prospect|likelihood)" : term);
    }
    terms.sort((x, y) -> y.length() - x.length()); // "very unlikely" before "unlikely"
    return Pattern.compile("\\b(?:" + String.join("|", terms) + ")\\b", Pattern.CASE_INSENSITIVE);
  }

  private static String sameBand(String found, boolean briefUsesAlternative) {
    String lower = found.toLowerCase(Locale.ROOT).replaceAll("^remote .*", "remote");
    for (Likelihood.Band band : Likelihood.Band.values()) {
      if (band.term().equals(lower) || band.alternativeTerm().equals(lower)) {
        return briefUsesAlternative ? band.alternativeTerm() : band.term();
      }
    }
    return found;
  }

  // ---- scenarios that cannot add up ----

  private static void scenarioBands(Brief b, Context context) {
    if (!b.outlook().exclusiveAndExhaustive() || b.outlook().scenarios().isEmpty()) {
      return;
    }
    String path = "outlook.exclusive_and_exhaustive";
    int low = 0;
    int high = 0;
    List<String> unrated = new ArrayList<>();
    for (Scenario s : b.outlook().scenarios()) {
      if (s.likelihood().isEmpty()) {
        unrated.add(s.id());
        continue;
      }
      low += s.likelihood().get().band().lowPercent();
      high += s.likelihood().get().band().highPercent();
    }
    String problem = null;
    if (!unrated.isEmpty()) {
      problem = "scenarios " + String.join(", ", unrated) + " have no likelihood to add up";
    } else if (low > 100) {
      problem = "the lower ends of the scenarios' bands add up to " + low + "%, over 100%";
    } else if (high < 100) {
      problem = "the upper ends of the scenarios' bands add up to " + high + "%, under 100%";
    }
    if (problem != null) {
      context
          .problems()
          .warning(
              context.pos(path),
              path
                  + ": the scenarios are declared mutually exclusive and exhaustive, but "
                  + problem
                  + LintRule.SCENARIO_BANDS.tag());
    }
  }
}
