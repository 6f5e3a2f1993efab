package dev.briefsmith.compose;

import dev.briefsmith.content.Brief;
import dev.briefsmith.content.Likelihood;
import dev.briefsmith.diff.Change;
import dev.briefsmith.diff.Change.Edit;
import dev.briefsmith.diff.Change.What;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Every fixed word printed about changes between editions, in one place (for the label catalogue to
 * take over): the section's title, the first-edition line, group names, each change as a line, and
 * the matrix's change marks. Stance words are the brief's own. Stateless.
 */
public final class ChangeWords {
  /**
   * The mark of a change in a matrix cell: a capital delta, the sign of change (the bundled fonts
   * have no triangles or arrows; their modifier arrowheads are too small to read), followed by
   * words that say which way.
   */
  static final String MARK = "\u0394";

  private ChangeWords() {}

  /** "25 June 2014": English until these words join the label catalogues. */
  private static String longForm(LocalDate date) {
    return date.format(
        java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH));
  }

  /** The section's heading: "Changes since 24 June 2014", or "Changes" for a first edition. */
  public static String title(Optional<LocalDate> since) {
    return since.map(d -> "Changes since " + longForm(d)).orElse("Changes");
  }

  /** What a first edition says in place of changes. */
  public static String firstEdition() {
    return "This is the first edition of this brief: there is no earlier edition to compare with.";
  }

  /** What an edition with no changes says. */
  public static String none(LocalDate since) {
    return "Nothing has changed since the edition of " + longForm(since) + ".";
  }

  /**
   * The first line of {@code briefsmith diff}: "x: 3 changes from 24 June 2014 to 25 June 2014".
   */
  public static String summary(String id, LocalDate from, LocalDate to, int n) {
    return id
        + ": "
        + (n == 0 ? "no changes" : n + (n == 1 ? " change" : " changes"))
        + " from "
        + longForm(from)
        + " to "
        + longForm(to);
  }

  /** The line after a shortened list: "… and 3 more changes." */
  static String more(int n) {
    return "\u2026 and " + n + (n == 1 ? " more change." : " more changes.");
  }

  /** A group's name. */
  public static String group(Change.Group g) {
    return switch (g) {
      case POSITIONS -> "Positions";
      case ISSUES -> "Issues";
      case KEY_JUDGMENTS -> "Key judgments";
      case SCENARIOS -> "Scenarios";
      case RED_LINES -> "Red lines";
      case STATEMENTS -> "Statements";
      case TEXT -> "Text";
    };
  }

  /** One change as a line, in the brief's stance words. */
  public static String line(Change change, Brief brief) {
    return switch (change) {
      case Change.StanceMoved m -> stance(m, brief);
      case Change.AlignmentChanged a ->
          a.issue() + ": alignment from " + a.from().word() + " to " + a.to().word();
      case Change.Listed l -> listed(l);
      case Change.LikelihoodChanged l ->
          "Likelihood "
              + shift(
                  l.from().map(Likelihood.Band::term),
                  l.to().map(Likelihood.Band::term),
                  l.from().map(Enum::ordinal),
                  l.to().map(Enum::ordinal))
              + ": "
              + (l.what() == What.KEY_JUDGMENT ? quoted(l.label()) : l.label());
      case Change.ConfidenceChanged c ->
          "Confidence "
              + shift(
                  c.from().map(x -> x.word()),
                  c.to().map(x -> x.word()),
                  c.from().map(Enum::ordinal),
                  c.to().map(Enum::ordinal))
              + ": "
              + quoted(c.label());
      case Change.FirmnessChanged f ->
          "Firmness "
              + (f.from().isEmpty()
                  ? "set to " + f.to().orElseThrow().word()
                  : f.to().isEmpty()
                      ? "no longer given (was " + f.from().get().word() + ")"
                      : "from " + f.from().get().word() + " to " + f.to().get().word())
              + ": red line"
              + f.owner().map(o -> " (" + o + ")").orElse("")
              + " "
              + quoted(f.label());
    };
  }

  private static String stance(Change.StanceMoved m, Brief brief) {
    String who = m.holder() + m.side().map(s -> " (" + s + ")").orElse("");
    String what;
    if (m.from().isEmpty()) {
      what = "now states a position: " + brief.stanceLabel(m.to());
    } else if (m.to().isEmpty()) {
      what = "no longer states a position (was " + brief.stanceLabel(m.from()) + ")";
    } else {
      what =
          (m.to().get() > m.from().get() ? "up" : "down")
              + " from "
              + brief.stanceLabel(m.from())
              + " to "
              + brief.stanceLabel(m.to());
    }
    return m.issue() + ": " + who + " " + what;
  }

  private static String listed(Change.Listed l) {
    String owner = l.owner().orElse("");
    return switch (l.what()) {
      case SUMMARY -> "The bottom line was revised";
      case CONTEXT -> "The context was revised";
      case OUTLOOK -> "The outlook was revised";
      case POSITION -> l.label() + ": the summary of " + owner + "'s position was revised";
      case STATEMENT ->
          switch (l.edit()) {
            case ADDED -> "New statement by " + owner + ": " + quoted(l.label());
            case REMOVED -> "Statement by " + owner + " removed: " + quoted(l.label());
            case REVISED -> "Statement by " + owner + " revised: " + quoted(l.label());
          };
      case RED_LINE ->
          switch (l.edit()) {
            case ADDED -> "New red line (" + owner + "): " + quoted(l.label());
            case REMOVED -> "Red line (" + owner + ") removed: " + quoted(l.label());
            case REVISED -> "Red line (" + owner + ") revised: " + quoted(l.label());
          };
      case SIDE, ISSUE, KEY_JUDGMENT, SCENARIO -> {
        String label = l.what() == What.KEY_JUDGMENT ? quoted(l.label()) : l.label();
        yield l.edit() == Edit.ADDED
            ? "New " + what(l.what()) + ": " + label
            : ComposeContext.capitalise(what(l.what()))
                + (l.edit() == Edit.REMOVED ? " removed: " : " revised: ")
                + label;
      }
    };
  }

  private static String what(What w) {
    return switch (w) {
      case SIDE -> "side";
      case POSITION -> "position";
      case ISSUE -> "issue";
      case KEY_JUDGMENT -> "key judgment";
      case SCENARIO -> "scenario";
      case RED_LINE -> "red line";
      case STATEMENT -> "statement";
      case SUMMARY -> "bottom line";
      case CONTEXT -> "context";
      case OUTLOOK -> "outlook";
    };
  }

  /** "raised from unlikely to likely", "set to likely", "no longer given (was likely)". */
  private static String shift(
      Optional<String> from,
      Optional<String> to,
      Optional<Integer> rankFrom,
      Optional<Integer> rankTo) {
    if (from.isEmpty()) {
      return "set to " + to.orElseThrow();
    }
    if (to.isEmpty()) {
      return "no longer given (was " + from.get() + ")";
    }
    return (rankTo.orElseThrow() > rankFrom.orElseThrow() ? "raised" : "lowered")
        + " from "
        + from.get()
        + " to "
        + to.get();
  }

  private static String quoted(String s) {
    return "\u201c" + s + "\u201d";
  }

  /** A changed matrix cell's mark: "Δ up from sceptical", "Δ newly stated", "Δ was sceptical". */
  static String mark(Change.StanceMoved m, Brief brief) {
    if (m.from().isEmpty()) {
      return MARK + " newly stated";
    }
    if (m.to().isEmpty()) {
      return MARK + " was " + brief.stanceLabel(m.from());
    }
    return MARK
        + (m.to().get() > m.from().get() ? " up from " : " down from ")
        + brief.stanceLabel(m.from());
  }

  /** The mark of an issue new in this edition, under its label. */
  static String newIssue() {
    return MARK + " new issue";
  }

  /** What the marks mean, for the matrix's legend. */
  static String legend(LocalDate since) {
    return MARK
        + " changed since "
        + longForm(since)
        + ": the stance went up or down from the one named, was newly stated or was withdrawn;"
        + " or the issue is new.";
  }
}
