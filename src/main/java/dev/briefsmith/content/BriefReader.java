package dev.briefsmith.content;

import dev.briefsmith.content.References.Kind;
import dev.briefsmith.yaml.Excerpt;
import dev.briefsmith.yaml.Fields;
import dev.briefsmith.yaml.Problems;
import dev.briefsmith.yaml.Suggest;
import dev.briefsmith.yaml.YNode;
import dev.briefsmith.yaml.YNode.Entry;
import dev.briefsmith.yaml.YNode.Pos;
import dev.briefsmith.yaml.YNode.YMap;
import dev.briefsmith.yaml.YNode.YScalar;
import dev.briefsmith.yaml.YNode.YSeq;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Turns the node tree of one content file into a {@link Brief}, reporting every rule it breaks with
 * the field's path and position. Not thread-safe: one per load.
 */
final class BriefReader {

  /** The fields each kind of item accepts, in documentation order. */
  static final Map<String, List<String>> FIELDS =
      Map.ofEntries(
          Map.entry(
              "brief",
              List.of(
                  "format",
                  "id",
                  "title",
                  "subtitle",
                  "series",
                  "as_of",
                  "language",
                  "keywords",
                  "authors",
                  "sides",
                  "summary",
                  "key_judgments",
                  "context",
                  "factions",
                  "actors",
                  "third_parties",
                  "statements",
                  "issues",
                  "red_lines",
                  "outlook",
                  "sources",
                  "analyst_notes",
                  "stance_labels")),
          Map.entry("author", List.of("name", "affiliation")),
          Map.entry("analyst_note", List.of("id", "text", "sensitivity")),
          Map.entry("side", List.of("id", "name", "full_name", "color")),
          Map.entry(
              "key_judgment",
              List.of("id", "text", "likelihood", "confidence", "sources", "sensitivity")),
          Map.entry("context", List.of("body", "timeline")),
          Map.entry("timeline_entry", List.of("date", "event", "sources", "sensitivity")),
          Map.entry("faction", List.of("id", "side", "name", "summary", "sensitivity")),
          Map.entry(
              "actor", List.of("id", "name", "role", "side", "faction", "power", "sensitivity")),
          Map.entry("third_party", List.of("id", "name", "role", "sensitivity")),
          Map.entry(
              "statement",
              List.of(
                  "id",
                  "actor",
                  "date",
                  "quote",
                  "quote_language",
                  "lead_in",
                  "summary",
                  "source",
                  "sensitivity")),
          Map.entry(
              "issue",
              List.of("id", "label", "question", "positions", "by_faction", "sensitivity")),
          Map.entry("position", List.of("stance", "summary", "evidence")),
          Map.entry(
              "red_line",
              List.of(
                  "id",
                  "side",
                  "line",
                  "trigger",
                  "consequence",
                  "firmness",
                  "evidence",
                  "sensitivity")),
          Map.entry(
              "outlook", List.of("summary", "scenarios", "exclusive_and_exhaustive", "signposts")),
          Map.entry(
              "scenario",
              List.of("id", "title", "likelihood", "narrative", "signposts", "sensitivity")),
          Map.entry(
              "source",
              List.of(
                  "id",
                  "title",
                  "publisher",
                  "date",
                  "url",
                  "reliability",
                  "archive",
                  "sensitivity")));

  private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern URL = Pattern.compile("(https?|ftp|mailto|file):\\S+");
  private static final List<String> STANCE_KEYS = List.of("-2", "-1", "0", "1", "2");

  private final String source;
  private final Problems problems;
  private final References refs = new References();
  private LikelihoodUse firstLikelihood;
  private Pos idPos;

  private record LikelihoodUse(Likelihood likelihood, Pos pos) {}

  BriefReader(String source, Problems problems) {
    this.source = source;
    this.problems = problems;
  }

  /** The brief, or empty when the file breaks a rule (all of them are reported). */
  Optional<Brief> read(YNode root) {
    if (!(root instanceof YMap map)) {
      problems.error(
          root.pos(),
          "a brief is a YAML mapping of fields (format, id, title, ...), not " + root.describe());
      return Optional.empty();
    }
    Fields f = new Fields(map, "", "brief", FIELDS.get("brief"), problems);
    String format = f.required("format", this::text);
    if (format != null && !format.equals(Brief.FORMAT)) {
      problems.error(
          f.node("format").pos(),
          "format: unsupported format \""
              + format
              + "\"; this version of Briefsmith reads \""
              + Brief.FORMAT
              + "\"");
    }
    String id = f.required("id", this::slug);
    idPos = f.has("id") ? f.node("id").pos() : map.pos();
    String title = f.required("title", this::text);
    Optional<String> subtitle = f.optional("subtitle", this::text);
    Optional<String> series = f.optional("series", this::text);
    LocalDate asOf = f.required("as_of", this::isoDate);
    String language = f.optional("language", this::language).orElse("en");
    List<String> keywords = f.list("keywords", this::text);
    List<Author> authors = f.list("authors", this::author);
    List<Side> sides = f.requiredList("sides", this::side, 2);
    Text summary = f.required("summary", this::prose);
    List<KeyJudgment> judgments = f.list("key_judgments", this::keyJudgment);
    Context context = f.required("context", this::context);
    List<Faction> factions = f.list("factions", this::faction);
    List<Actor> actors = f.requiredList("actors", this::actor, 1);
    List<ThirdParty> thirdParties = f.list("third_parties", this::thirdParty);
    List<Statement> statements = f.list("statements", this::statement);
    List<Issue> issues = f.requiredList("issues", this::issue, 1);
    List<RedLine> redLines = f.list("red_lines", this::redLine);
    Outlook outlook = f.required("outlook", this::outlook);
    List<Source> sources = f.list("sources", this::source);
    List<AnalystNote> notes = f.list("analyst_notes", this::analystNote);
    Map<Integer, String> stanceLabels =
        f.optional("stance_labels", this::stanceLabels).orElse(Map.of());

    for (Kind kind : Kind.values()) {
      if (f.has(kind.listName) && !(f.node(kind.listName) instanceof YSeq)) {
        refs.broken(kind);
      }
    }
    refs.check(problems);
    warnUnused(issues);
    if (problems.hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(
        new Brief(
            format,
            id,
            title,
            subtitle,
            series,
            asOf,
            language,
            keywords,
            authors,
            sides,
            summary,
            judgments,
            context,
            factions,
            actors,
            thirdParties,
            statements,
            issues,
            redLines,
            outlook,
            sources,
            stanceLabels,
            notes));
  }

  /** Where the brief's id is written (after {@link #read}), for cross-file checks. */
  Optional<Pos> idPos() {
    return Optional.ofNullable(idPos);
  }

  private void warnUnused(List<Issue> issues) {
    for (String sourceId : refs.ids(Kind.SOURCE)) {
      if (!refs.isUsed(Kind.SOURCE, sourceId)) {
        problems.warning(
            refs.posOf(Kind.SOURCE, sourceId),
            refs.pathOf(Kind.SOURCE, sourceId)
                + ": source \""
                + sourceId
                + "\" is never cited ([@"
                + sourceId
                + "], a statement's source or a sources list)");
      }
    }
    for (String actorId : refs.ids(Kind.ACTOR)) {
      if (!refs.isUsed(Kind.ACTOR, actorId)) {
        problems.warning(
            refs.posOf(Kind.ACTOR, actorId),
            refs.pathOf(Kind.ACTOR, actorId)
                + ": actor \""
                + actorId
                + "\" appears in no statement and no issue's by_faction");
      }
    }
    for (Issue issue : issues) {
      if (issue.positions().values().stream().allMatch(p -> p.stance().isEmpty())) {
        problems.warning(
            refs.posOf(Kind.ISSUE, issue.id()),
            refs.pathOf(Kind.ISSUE, issue.id())
                + ": no side has a stated stance on issue \""
                + issue.id()
                + "\"; its alignment cannot be assessed");
      }
    }
  }

  // ---- items ----

  private Author author(YNode node, String path) {
    Fields f = fields(node, path, "author");
    if (f == null) {
      return null;
    }
    String name = f.required("name", this::text);
    Optional<String> affiliation = f.optional("affiliation", this::text);
    return name == null ? null : new Author(name, affiliation);
  }

  private Side side(YNode node, String path) {
    Fields f = fields(node, path, "side");
    if (f == null) {
      return null;
    }
    String id = id(f, Kind.SIDE);
    String name = f.required("name", this::text);
    Optional<String> fullName = f.optional("full_name", this::text);
    Optional<String> color = f.optional("color", this::color);
    return id == null || name == null ? null : new Side(id, name, fullName, color);
  }

  private KeyJudgment keyJudgment(YNode node, String path) {
    Fields f = fields(node, path, "key_judgment");
    if (f == null) {
      return null;
    }
    String id = id(f, Kind.KEY_JUDGMENT);
    Text text = f.required("text", this::prose);
    Optional<Likelihood> likelihood = f.optional("likelihood", this::likelihood);
    Optional<Confidence> confidence =
        f.optional("confidence", (n, p) -> word(n, p, Confidence.class));
    List<String> sources = f.list("sources", (n, p) -> reference(n, p, Kind.SOURCE));
    Sensitivity sensitivity = sensitivity(f);
    return id == null || text == null
        ? null
        : new KeyJudgment(id, text, likelihood, confidence, sources, sensitivity);
  }

  private Context context(YNode node, String path) {
    Fields f = fields(node, path, "context");
    if (f == null) {
      return null;
    }
    Text body = f.required("body", this::prose);
    List<TimelineEntry> timeline = f.list("timeline", this::timelineEntry);
    return body == null ? null : new Context(body, timeline);
  }

  private TimelineEntry timelineEntry(YNode node, String path) {
    Fields f = fields(node, path, "timeline_entry");
    if (f == null) {
      return null;
    }
    PartialDate date = f.required("date", this::partialDate);
    Text event = f.required("event", this::prose);
    List<String> sources = f.list("sources", (n, p) -> reference(n, p, Kind.SOURCE));
    Sensitivity sensitivity = sensitivity(f);
    return date == null || event == null
        ? null
        : new TimelineEntry(date, event, sources, sensitivity);
  }

  private Faction faction(YNode node, String path) {
    Fields f = fields(node, path, "faction");
    if (f == null) {
      return null;
    }
    String id = id(f, Kind.FACTION);
    String side = f.required("side", (n, p) -> reference(n, p, Kind.SIDE));
    String name = f.required("name", this::text);
    Optional<Text> summary = f.optional("summary", this::prose);
    Sensitivity sensitivity = sensitivity(f);
    if (id == null || side == null || name == null) {
      return null;
    }
    refs.factionSide(id, side);
    return new Faction(id, side, name, summary, sensitivity);
  }

  private Actor actor(YNode node, String path) {
    Fields f = fields(node, path, "actor");
    if (f == null) {
      return null;
    }
    String id = id(f, Kind.ACTOR);
    String name = f.required("name", this::text);
    Optional<String> role = f.optional("role", this::text);
    String side = f.required("side", (n, p) -> reference(n, p, Kind.SIDE));
    Optional<String> faction = f.optional("faction", (n, p) -> reference(n, p, Kind.FACTION));
    Optional<Power> power = f.optional("power", (n, p) -> word(n, p, Power.class));
    Sensitivity sensitivity = sensitivity(f);
    if (id == null || name == null || side == null) {
      return null;
    }
    faction.ifPresent(
        fa -> refs.actorFaction(id, side, fa, f.node("faction").pos(), f.path("faction")));
    return new Actor(id, name, role, side, faction, power, sensitivity);
  }

  private ThirdParty thirdParty(YNode node, String path) {
    Fields f = fields(node, path, "third_party");
    if (f == null) {
      return null;
    }
    String id = id(f, Kind.THIRD_PARTY);
    String name = f.required("name", this::text);
    Optional<String> role = f.optional("role", this::text);
    Sensitivity sensitivity = sensitivity(f);
    return id == null || name == null ? null : new ThirdParty(id, name, role, sensitivity);
  }

  private Statement statement(YNode node, String path) {
    Fields f = fields(node, path, "statement");
    if (f == null) {
      return null;
    }
    String id = id(f, Kind.STATEMENT);
    String actor = f.required("actor", (n, p) -> reference(n, p, Kind.ACTOR));
    Optional<PartialDate> date = f.optional("date", this::partialDate);
    Optional<String> quote = f.optional("quote", this::text);
    Optional<String> leadIn = f.optional("lead_in", this::text);
    if (leadIn.isPresent() && quote.isEmpty()) {
      problems.error(
          f.node("lead_in").pos(),
          f.path("lead_in") + ": a lead-in introduces a quote; this statement has no \"quote\"");
      leadIn = Optional.empty();
    }
    Optional<String> quoteLanguage = f.optional("quote_language", this::language);
    if (quoteLanguage.isPresent() && quote.isEmpty()) {
      problems.error(
          f.node("quote_language").pos(),
          f.path("quote_language") + ": the language of a quote; this statement has no \"quote\"");
      quoteLanguage = Optional.empty();
    }
    Text summary = f.required("summary", this::prose);
    Optional<String> sourceId = f.optional("source", (n, p) -> reference(n, p, Kind.SOURCE));
    Sensitivity sensitivity = sensitivity(f);
    return id == null || actor == null || summary == null
        ? null
        : new Statement(
            id, actor, date, quote, leadIn, summary, sourceId, sensitivity, quoteLanguage);
  }

  private Issue issue(YNode node, String path) {
    Fields f = fields(node, path, "issue");
    if (f == null) {
      return null;
    }
    String id = id(f, Kind.ISSUE);
    Optional<String> label = f.optional("label", this::text);
    String question = f.required("question", this::text);
    Map<String, Position> positions =
        f.required("positions", (n, p) -> map(n, p, Kind.SIDE, this::position));
    Map<String, Optional<Integer>> byFaction =
        f.optional("by_faction", (n, p) -> map(n, p, null, this::stance)).orElse(Map.of());
    Sensitivity sensitivity = sensitivity(f);
    return id == null || question == null || positions == null
        ? null
        : new Issue(id, label, question, positions, byFaction, sensitivity);
  }

  private Position position(YNode node, String path) {
    Fields f = fields(node, path, "position");
    if (f == null) {
      return null;
    }
    if (!f.has("stance")) {
      f.missing("stance", " (an integer from -2 to 2, or null for no stated position)");
    }
    Optional<Integer> stance = f.has("stance") ? stance(f.node("stance"), f.path("stance")) : null;
    Optional<Text> summary = f.optional("summary", this::prose);
    List<String> evidence = f.list("evidence", (n, p) -> reference(n, p, Kind.STATEMENT));
    return stance == null ? null : new Position(stance, summary, evidence);
  }

  private RedLine redLine(YNode node, String path) {
    Fields f = fields(node, path, "red_line");
    if (f == null) {
      return null;
    }
    String id = id(f, Kind.RED_LINE);
    String side = f.required("side", (n, p) -> reference(n, p, Kind.SIDE));
    String line = f.required("line", this::text);
    Optional<String> trigger = f.optional("trigger", this::text);
    Optional<String> consequence = f.optional("consequence", this::text);
    Optional<Firmness> firmness = f.optional("firmness", (n, p) -> word(n, p, Firmness.class));
    List<String> evidence = f.list("evidence", (n, p) -> reference(n, p, Kind.STATEMENT));
    Sensitivity sensitivity = sensitivity(f);
    return id == null || side == null || line == null
        ? null
        : new RedLine(id, side, line, trigger, consequence, firmness, evidence, sensitivity);
  }

  private Outlook outlook(YNode node, String path) {
    Fields f = fields(node, path, "outlook");
    if (f == null) {
      return null;
    }
    Text summary = f.required("summary", this::prose);
    List<Scenario> scenarios = f.list("scenarios", this::scenario);
    List<String> signposts = f.list("signposts", this::text);
    boolean exhaustive =
        f.optional("exclusive_and_exhaustive", (n, p) -> Fields.bool(n, p, problems)).orElse(false);
    return summary == null ? null : new Outlook(summary, scenarios, signposts, exhaustive);
  }

  private Scenario scenario(YNode node, String path) {
    Fields f = fields(node, path, "scenario");
    if (f == null) {
      return null;
    }
    String id = id(f, Kind.SCENARIO);
    String title = f.required("title", this::text);
    Optional<Likelihood> likelihood = f.optional("likelihood", this::likelihood);
    Text narrative = f.required("narrative", this::prose);
    List<String> signposts = f.list("signposts", this::text);
    Sensitivity sensitivity = sensitivity(f);
    return id == null || title == null || narrative == null
        ? null
        : new Scenario(id, title, likelihood, narrative, signposts, sensitivity);
  }

  private AnalystNote analystNote(YNode node, String path) {
    Fields f = fields(node, path, "analyst_note");
    if (f == null) {
      return null;
    }
    String id = id(f, Kind.ANALYST_NOTE);
    Text text = f.required("text", this::prose);
    Sensitivity sensitivity = sensitivity(f);
    return id == null || text == null ? null : new AnalystNote(id, text, sensitivity);
  }

  private Source source(YNode node, String path) {
    Fields f = fields(node, path, "source");
    if (f == null) {
      return null;
    }
    String id = id(f, Kind.SOURCE);
    String title = f.required("title", this::text);
    Optional<String> publisher = f.optional("publisher", this::text);
    Optional<PartialDate> date = f.optional("date", this::partialDate);
    Optional<String> url = f.optional("url", this::url);
    Optional<String> reliability = f.optional("reliability", this::text);
    Optional<String> archive = f.optional("archive", this::archivePath);
    Sensitivity sensitivity = sensitivity(f);
    return id == null || title == null
        ? null
        : new Source(id, title, publisher, date, url, reliability, archive, sensitivity);
  }

  private Map<Integer, String> stanceLabels(YNode node, String path) {
    if (!(node instanceof YMap map)) {
      expected(node, path, "a mapping from stance (-2 to 2) to its label");
      return null;
    }
    Map<Integer, String> labels = new LinkedHashMap<>();
    for (Entry e : map.entries()) {
      String key = e.key().value();
      if (!STANCE_KEYS.contains(key)) {
        problems.error(
            e.key().pos(),
            path + ": \"" + key + "\" is not a stance; expected one of -2, -1, 0, 1, 2");
        continue;
      }
      String label = text(e.value(), path + "." + key);
      if (label != null) {
        labels.put(Integer.parseInt(key), label);
      }
    }
    return labels;
  }

  // ---- values ----

  private String text(YNode node, String path) {
    String value = Fields.text(node, path, problems);
    if (value == null) {
      return null;
    }
    OptionalInt limit = TextLimits.exceeded(path, value);
    if (limit.isPresent()) {
      problems.error(
          node.pos(),
          path
              + ": \""
              + Excerpt.of(value, 40)
              + "\" is over the limit of "
              + String.format(Locale.ROOT, "%,d", limit.getAsInt())
              + " characters for this field; shorten it");
      return null;
    }
    return value;
  }

  private Text prose(YNode node, String path) {
    String value = text(node, path);
    if (value == null) {
      return null;
    }
    List<TextParser.Note> notes = new ArrayList<>();
    Text text = TextParser.parse(value, notes);
    for (TextParser.Note note : notes) {
      // where the snippet is written, when it can be found as written (escapes aside)
      int at = source.indexOf(note.snippet(), node.pos().offset());
      Pos pos =
          at < 0 || at > node.pos().offset() + value.length() * 2 + 16
              ? node.pos()
              : posAfter(node.pos(), at);
      problems.warning(pos, path + ": " + note.message());
    }
    int from = node.pos().offset();
    Pos last = node.pos();
    for (String id : text.citedSourceIds()) {
      int at = source.indexOf("@" + id, from);
      Pos pos = node.pos();
      if (at >= 0) {
        // counted on from the previous citation, so many citations cost one pass over the text
        pos = posAfter(last, at + 1);
        last = pos;
        from = at + 1;
      }
      refs.refer(Kind.SOURCE, id, pos, path + " [@" + id + "]");
    }
    return text;
  }

  /** The position of {@code offset}, counted on from {@code base}, which lies before it. */
  private Pos posAfter(Pos base, int offset) {
    int line = base.line();
    int lineStart = base.offset() - (base.column() - 1);
    for (int i = base.offset(); i < offset && i < source.length(); i++) {
      if (source.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Pos(line, offset - lineStart + 1, offset);
  }

  private String slug(YNode node, String path) {
    String value = text(node, path);
    if (value != null && !SLUG.matcher(value).matches()) {
      problems.error(
          node.pos(),
          path
              + ": \""
              + value
              + "\" is not a valid id; use lower-case letters, digits and hyphens,"
              + " starting with a letter or digit (e.g. \""
              + suggestSlug(value)
              + "\")");
      return null;
    }
    return value;
  }

  private static String suggestSlug(String value) {
    String s = value.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    s = s.replaceAll("^-+|-+$", "");
    return s.isEmpty() ? "my-id" : s;
  }

  private String reference(YNode node, String path, Kind kind) {
    String id = slug(node, path);
    if (id != null) {
      refs.refer(kind, id, node.pos(), path);
    }
    return id;
  }

  private LocalDate isoDate(YNode node, String path) {
    String value = text(node, path);
    if (value == null) {
      return null;
    }
    if (ISO_DATE.matcher(value).matches()) {
      try {
        LocalDate date = LocalDate.parse(value);
        if (date.getYear() < 1583) {
          // Documents' metadata dates are read in the Gregorian calendar, which began in 1582;
          // before it, readers and libraries disagree by days, so the date printed and the
          // date recorded would differ.
          problems.error(
              node.pos(),
              path
                  + ": \""
                  + value
                  + "\" is before 1583; the information cut-off is a Gregorian date from 1583 on");
          return null;
        }
        return date;
      } catch (DateTimeParseException e) {
        problems.error(node.pos(), path + ": \"" + value + "\" is not a real calendar date");
        return null;
      }
    }
    problems.error(
        node.pos(),
        path + ": expected a date as YYYY-MM-DD (e.g. 2014-06-25), got \"" + value + "\"");
    return null;
  }

  private PartialDate partialDate(YNode node, String path) {
    String value =
        node instanceof YScalar s && s.kind() == YNode.Kind.INT ? s.value() : text(node, path);
    if (value == null) {
      return null;
    }
    Optional<PartialDate> date = PartialDate.parse(value);
    if (date.isEmpty()) {
      problems.error(
          node.pos(),
          path
              + ": expected a date as YYYY, YYYY-MM or YYYY-MM-DD (a real date), got \""
              + value
              + "\"");
      return null;
    }
    return date.get();
  }

  private String language(YNode node, String path) {
    return Fields.languageTag(node, path, "en, en-GB, fa, de-CH", problems);
  }

  private String color(YNode node, String path) {
    String value = text(node, path);
    if (value != null && !COLOR.matcher(value).matches()) {
      problems.error(
          node.pos(),
          path + ": expected a colour as #RRGGBB (e.g. \"#1f77b4\"), got \"" + value + "\"");
      return null;
    }
    return value;
  }

  private String url(YNode node, String path) {
    String value = text(node, path);
    if (value != null && !URL.matcher(value).matches()) {
      problems.error(
          node.pos(),
          path + ": expected a URL starting with https:// or http://, got \"" + value + "\"");
      return null;
    }
    return value;
  }

  private String archivePath(YNode node, String path) {
    String value = text(node, path);
    if (value == null) {
      return null;
    }
    Optional<String> problem = ArchivePath.problem(value);
    if (problem.isPresent()) {
      problems.error(node.pos(), path + ": " + problem.get());
      return null;
    }
    return value;
  }

  private Likelihood likelihood(YNode node, String path) {
    String value = text(node, path);
    if (value == null) {
      return null;
    }
    Optional<Likelihood> parsed = Likelihood.parse(value);
    if (parsed.isEmpty()) {
      List<String> all = new ArrayList<>(Likelihood.mainTerms());
      all.addAll(Likelihood.alternativeTerms());
      problems.error(
          node.pos(),
          path
              + ": \""
              + value
              + "\" is not an ICD 203 term"
              + Suggest.didYouMean(value, all)
              + "; expected one of: "
              + String.join(", ", Likelihood.mainTerms())
              + " (or the alternative column: "
              + String.join(", ", Likelihood.alternativeTerms())
              + ")");
      return null;
    }
    Likelihood likelihood = parsed.get();
    if (firstLikelihood == null) {
      firstLikelihood = new LikelihoodUse(likelihood, node.pos());
    } else if (firstLikelihood.likelihood().alternative() != likelihood.alternative()) {
      Likelihood first = firstLikelihood.likelihood();
      String column = first.alternative() ? "alternative" : "main";
      String same =
          first.alternative() ? likelihood.band().alternativeTerm() : likelihood.band().term();
      problems.error(
          node.pos(),
          path
              + ": \""
              + value
              + "\" mixes the two ICD 203 columns; this brief already uses the "
              + column
              + " column (\""
              + first.term()
              + "\" at line "
              + firstLikelihood.pos().line()
              + "), so write \""
              + same
              + "\"");
    }
    return likelihood;
  }

  private Optional<Integer> stance(YNode node, String path) {
    if (node instanceof YScalar s) {
      if (s.kind() == YNode.Kind.NULL) {
        return Optional.empty();
      }
      if (s.kind() == YNode.Kind.INT) {
        try {
          int value = Integer.parseInt(s.value().replace("+", ""));
          if (value >= -2 && value <= 2) {
            return Optional.of(value);
          }
        } catch (NumberFormatException e) {
          // reported below
        }
      }
    }
    problems.error(
        node.pos(),
        path
            + ": expected a stance, an integer from -2 to 2 (or null for no stated position), got "
            + node.describe());
    return null;
  }

  private <E extends Enum<E>> E word(YNode node, String path, Class<E> type) {
    return Fields.word(node, path, type, problems);
  }

  /** A mapping keyed by ids: side ids when {@code keyKind} is SIDE, else factions or actors. */
  private <T> Map<String, T> map(
      YNode node, String path, Kind keyKind, BiFunction<YNode, String, T> value) {
    if (!(node instanceof YMap map)) {
      expected(
          node,
          path,
          keyKind == Kind.SIDE
              ? "a mapping from side id to position"
              : "a mapping from faction or actor id to stance");
      return null;
    }
    Map<String, T> out = new LinkedHashMap<>();
    for (Entry e : map.entries()) {
      String key = e.key().value();
      String keyPath = path + "." + key;
      if (!SLUG.matcher(key).matches()) {
        problems.error(e.key().pos(), keyPath + ": \"" + key + "\" is not a valid id");
        continue;
      }
      if (keyKind == Kind.SIDE) {
        refs.refer(Kind.SIDE, key, e.key().pos(), keyPath);
      } else {
        refs.referFactionOrActor(key, e.key().pos(), keyPath);
      }
      T v = value.apply(e.value(), keyPath);
      if (v != null) {
        out.put(key, v);
      }
    }
    return out;
  }

  private void expected(YNode node, String path, String what) {
    problems.error(node.pos(), path + ": expected " + what + ", got " + node.describe());
  }

  private Fields fields(YNode node, String path, String kind) {
    return Fields.of(node, path, kind, FIELDS.get(kind), problems);
  }

  private String id(Fields f, Kind kind) {
    String id = f.required("id", this::slug);
    if (id != null) {
      refs.define(kind, id, f.node("id").pos(), f.path(), problems);
    }
    return id;
  }

  private Sensitivity sensitivity(Fields f) {
    return f.optional("sensitivity", (n, p) -> Fields.word(n, p, Sensitivity.class, problems))
        .orElse(Sensitivity.PUBLIC);
  }
}
