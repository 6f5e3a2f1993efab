package dev.briefsmith.content;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A brief as written: everything the content file says, checked and resolved. Immutable; lists keep
 * the author's order (sides are matrix columns in this order).
 */
public record Brief(
    String format,
    String id,
    String title,
    Optional<String> subtitle,
    Optional<String> series,
    LocalDate asOf,
    String language,
    List<String> keywords,
    List<Author> authors,
    List<Side> sides,
    Text summary,
    List<KeyJudgment> keyJudgments,
    Context context,
    List<Faction> factions,
    List<Actor> actors,
    List<ThirdParty> thirdParties,
    List<Statement> statements,
    List<Issue> issues,
    List<RedLine> redLines,
    Outlook outlook,
    List<Source> sources,
    Map<Integer, String> stanceLabels,
    List<AnalystNote> analystNotes) {

  /** The only format this version reads. */
  public static final String FORMAT = "briefsmith/1";

  /** The default stance words, -2..+2. */
  public static final Map<Integer, String> DEFAULT_STANCE_LABELS =
      Map.of(
          2, "supports", 1, "open / conditional", 0, "ambivalent", -1, "sceptical", -2, "opposes");

  /** Checks and copies the fields; at least two sides, one actor and one issue. */
  public Brief {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(subtitle, "subtitle");
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(language, "language");
    keywords = List.copyOf(keywords);
    authors = List.copyOf(authors);
    sides = List.copyOf(sides);
    if (sides.size() < 2) {
      throw new IllegalArgumentException("a brief compares at least two sides");
    }
    Objects.requireNonNull(summary, "summary");
    keyJudgments = List.copyOf(keyJudgments);
    Objects.requireNonNull(context, "context");
    factions = List.copyOf(factions);
    actors = List.copyOf(actors);
    thirdParties = List.copyOf(thirdParties);
    statements = List.copyOf(statements);
    issues = List.copyOf(issues);
    redLines = List.copyOf(redLines);
    Objects.requireNonNull(outlook, "outlook");
    sources = List.copyOf(sources);
    // only the brief's own words: the defaults are the edition's, in its language
    stanceLabels = Collections.unmodifiableMap(new TreeMap<>(stanceLabels));
    analystNotes = List.copyOf(analystNotes);
  }

  /** The brief's own word for a stance, if it gives one in {@code stance_labels}. */
  public Optional<String> declaredStanceLabel(int stance) {
    return Optional.ofNullable(stanceLabels.get(stance));
  }

  /** The side with this id, if any. */
  public Optional<Side> side(String sideId) {
    return sides.stream().filter(s -> s.id().equals(sideId)).findFirst();
  }
}
