package dev.briefsmith.compose;

import dev.briefsmith.content.Brief;
import dev.briefsmith.diff.Change;
import dev.briefsmith.diff.Change.What;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * The lines printed about changes between editions, built from an edition's labels (the {@code
 * changes.*} keys) and dates: the section's title, the first-edition line, group names, each change
 * as a line, and the matrix's change marks. Stance words are the brief's own. Immutable.
 */
public final class ChangeWords {
  /**
   * The mark of a change in a matrix cell: a capital delta, the sign of change (the bundled fonts
   * have no triangles or arrows; their modifier arrowheads are too small to read), followed by
   * words that say which way.
   */
  static final String MARK = "\u0394";

  private final Labels labels;
  private final LocalFormat format;
  private final Brief brief;

  ChangeWords(Labels labels, LocalFormat format, Brief brief) {
    this.labels = labels;
    this.format = format;
    this.brief = brief;
  }

  /** The words of a composition's edition. */
  static ChangeWords of(ComposeContext c) {
    return new ChangeWords(c.labels, c.format, c.brief);
  }

  /** The English words, Gregorian dates, for {@code brief} (as {@code briefsmith diff} prints). */
  public static ChangeWords english(Brief brief) {
    Labels english = Labels.english();
    return new ChangeWords(english, new LocalFormat("en", Calendar.GREGORIAN, english), brief);
  }

  /** The section's heading: "Changes since 24 June 2014", or "Changes" for a first edition. */
  String title(Optional<LocalDate> since) {
    return since
        .map(d -> labels.format("changes.since", "date", format.date(d)))
        .orElse(labels.get("section.changes"));
  }

  /** What a first edition says in place of changes. */
  String firstEdition() {
    return labels.get("changes.first_edition");
  }

  /** What an edition with no changes says. */
  String none(LocalDate since) {
    return labels.format("changes.none", "date", format.date(since));
  }

  /**
   * The first line of {@code briefsmith diff}: "x: 3 changes from 24 June 2014 to 25 June 2014".
   */
  public String summary(LocalDate from, LocalDate to, int n) {
    return labels.format(
        "changes.summary",
        "brief",
        brief.id(),
        "changes",
        n == 0 ? labels.get("changes.count_zero") : counted("changes.count", n),
        "from",
        format.date(from),
        "to",
        format.date(to));
  }

  /** The line after a shortened list: "… and 3 more changes." */
  String more(int n) {
    return counted("changes.more", n);
  }

  private String counted(String key, int n) {
    return labels.format(labels.plural(key, n), "count", format.number(n));
  }

  /** A group's name. */
  public String group(Change.Group g) {
    return labels.get("changes.group." + g.word());
  }

  /** One change as a line, in the brief's stance words. */
  public String line(Change change) {
    return switch (change) {
      case Change.StanceMoved m ->
          labels.format(
              "changes.stance." + direction(m),
              "issue",
              m.issue(),
              "holder",
              holder(m),
              "from",
              stance(m.from()),
              "to",
              stance(m.to()));
      case Change.AlignmentChanged a ->
          labels.format(
              "changes.alignment",
              "issue",
              a.issue(),
              "from",
              word("alignment", a.from()),
              "to",
              word("alignment", a.to()));
      case Change.Listed l -> listed(l);
      case Change.LikelihoodChanged l ->
          shift(
              "changes.likelihood",
              l.from().map(b -> word("likelihood", b)),
              l.to().map(b -> word("likelihood", b)),
              l.from().map(Enum::ordinal),
              l.to().map(Enum::ordinal),
              l.what() == What.KEY_JUDGMENT ? quoted(l.label()) : l.label());
      case Change.ConfidenceChanged c ->
          shift(
              "changes.confidence",
              c.from().map(x -> word("changes.confidence_level", x)),
              c.to().map(x -> word("changes.confidence_level", x)),
              c.from().map(Enum::ordinal),
              c.to().map(Enum::ordinal),
              quoted(c.label()));
      case Change.FirmnessChanged f -> {
        String redLine =
            f.owner()
                .map(
                    o -> labels.format("changes.red_line_of", "side", o, "item", quoted(f.label())))
                .orElseGet(() -> labels.format("changes.red_line", "item", quoted(f.label())));
        String key = f.from().isEmpty() ? "set" : f.to().isEmpty() ? "cleared" : "changed";
        yield labels.format(
            "changes.firmness." + key,
            "from",
            f.from().map(x -> word("firmness", x)).orElse(""),
            "to",
            f.to().map(x -> word("firmness", x)).orElse(""),
            "red_line",
            redLine);
      }
    };
  }

  private static String direction(Change.StanceMoved m) {
    if (m.from().isEmpty()) {
      return "stated";
    }
    if (m.to().isEmpty()) {
      return "withdrawn";
    }
    return m.to().get() > m.from().get() ? "up" : "down";
  }

  private String holder(Change.StanceMoved m) {
    return m.side()
        .map(s -> labels.format("changes.holder_of_side", "holder", m.holder(), "side", s))
        .orElse(m.holder());
  }

  private String listed(Change.Listed l) {
    String edit = l.edit().word();
    String owner = l.owner().orElse("");
    return switch (l.what()) {
      case SUMMARY, CONTEXT, OUTLOOK -> labels.get("changes.revised." + l.what().word());
      case POSITION -> labels.format("changes.revised.position", "issue", l.label(), "side", owner);
      case STATEMENT ->
          labels.format(
              "changes." + edit + ".statement", "actor", owner, "item", quoted(l.label()));
      case RED_LINE ->
          labels.format("changes." + edit + ".red_line", "side", owner, "item", quoted(l.label()));
      case SIDE, ISSUE, KEY_JUDGMENT, SCENARIO ->
          labels.format(
              "changes." + edit + "." + l.what().word(),
              "item",
              l.what() == What.KEY_JUDGMENT ? quoted(l.label()) : l.label());
    };
  }

  /** "Likelihood raised from unlikely to likely: …", "set to likely", "no longer given". */
  private String shift(
      String key,
      Optional<String> from,
      Optional<String> to,
      Optional<Integer> rankFrom,
      Optional<Integer> rankTo,
      String item) {
    String which =
        from.isEmpty()
            ? "set"
            : to.isEmpty()
                ? "cleared"
                : rankTo.orElseThrow() > rankFrom.orElseThrow() ? "raised" : "lowered";
    return labels.format(
        key + "." + which, "from", from.orElse(""), "to", to.orElse(""), "item", item);
  }

  private String quoted(String s) {
    return labels.format("statements.quote", "quote", s);
  }

  private String word(String prefix, Enum<?> value) {
    return labels.get(prefix + "." + value.name().toLowerCase(Locale.ROOT));
  }

  private String stance(Optional<Integer> s) {
    return s.flatMap(brief::declaredStanceLabel).orElseGet(() -> labels.stance(s));
  }

  /** A changed matrix cell's mark: "Δ up from sceptical", "Δ newly stated", "Δ was sceptical". */
  String mark(Change.StanceMoved m) {
    return labels.format("changes.mark." + direction(m), "mark", MARK, "from", stance(m.from()));
  }

  /** The mark of an issue new in this edition, under its label. */
  String newIssue() {
    return labels.format("changes.mark.new_issue", "mark", MARK);
  }

  /** What the marks mean, for the matrix's legend. */
  String legend(LocalDate since) {
    return labels.format("changes.legend", "mark", MARK, "date", format.date(since));
  }
}
