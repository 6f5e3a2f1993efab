package dev.briefsmith.integrity;

import dev.briefsmith.content.Brief;
import dev.briefsmith.content.BriefCheck;
import dev.briefsmith.content.Source;
import dev.briefsmith.content.Statement;
import dev.briefsmith.yaml.Excerpt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks every quote against the archived copy of the source its statement cites: a quote not in
 * the source verbatim (after {@link Normalised normalising}) is an error that shows the closest
 * passage; a quote the source negates ("does not “support …”") is a warning unless the statement's
 * lead-in carries the negation. A quote may leave words out with an ellipsis ("…", "...", "[…]"):
 * its parts must then appear in order, close together. Thread-safe.
 */
public final class QuoteCheck implements BriefCheck {
  /** Words that, just before a quote, reverse what it says. */
  static final Set<String> NEGATIONS =
      Set.of(
          "not",
          "no",
          "never",
          "nor",
          "neither",
          "cannot",
          "without",
          "rejects",
          "rejected",
          "reject",
          "denies",
          "denied",
          "deny",
          "refuses",
          "refused",
          "nothing",
          "none");

  private static final Pattern ELLIPSIS =
      Pattern.compile("\\s*(?:\\[\\s*(?:\u2026|\\.\\.\\.)\\s*]|\u2026|\\.\\.\\.)\\s*");
  private static final int NEAR = 1_000;
  private static final int CONTEXT_WORDS = 3;

  private final Archives archives;

  /** A check that finds archives through {@code archives}. */
  public QuoteCheck(Archives archives) {
    this.archives = archives;
  }

  @Override
  public void check(Brief brief, Context context) {
    Map<String, Source> sources = new HashMap<>();
    brief.sources().forEach(s -> sources.put(s.id(), s));
    Map<String, Archives.Lookup> lookups = lookUp(brief, context);
    List<Statement> statements = brief.statements();
    for (int i = 0; i < statements.size(); i++) {
      Statement st = statements.get(i);
      if (st.quote().isEmpty()) {
        continue;
      }
      String path = "statements[" + i + "].quote";
      Optional<Archives.Lookup> lookup = st.source().map(lookups::get);
      if (lookup.isEmpty() || !(lookup.get() instanceof Archives.Found found)) {
        context.tally().unverified();
        if (archives.required()
            && (st.source().isEmpty() || !lookups.containsKey(st.source().get()))) {
          context
              .problems()
              .error(
                  context.pos(path),
                  path
                      + ": cannot be verified (--require-archives): "
                      + st.source()
                          .map(id -> "source \"" + id + "\" names no archive")
                          .orElse("the statement names no source"));
        }
        continue;
      }
      String sourceId = st.source().get();
      check(st, found, sourceId, path, context);
    }
  }

  /** Looks up each source's archive once, reporting those that cannot be used. */
  private Map<String, Archives.Lookup> lookUp(Brief brief, Context context) {
    Map<String, Archives.Lookup> out = new HashMap<>();
    List<Source> sources = brief.sources();
    for (int i = 0; i < sources.size(); i++) {
      Source s = sources.get(i);
      if (s.archive().isEmpty()) {
        continue;
      }
      Archives.Lookup lookup = archives.find(context.folder(), s.archive().get());
      out.put(s.id(), lookup);
      String path = "sources[" + i + "].archive";
      switch (lookup) {
        case Archives.Unreadable u ->
            context
                .problems()
                .error(
                    context.pos(path), path + ": the archived copy " + u.file() + " " + u.reason());
        case Archives.Missing m when archives.required() ->
            context
                .problems()
                .error(
                    context.pos(path),
                    path
                        + ": no archived copy \""
                        + s.archive().get()
                        + "\" in "
                        + m.searched().stream()
                            .map(d -> d.toString().isEmpty() ? "." : d.toString())
                            .collect(Collectors.joining(", "))
                        + "; add the file or name the folder that holds it with --archives DIR");
        default -> {}
      }
    }
    return out;
  }

  private void check(
      Statement st, Archives.Found found, String sourceId, String path, Context context) {
    String text = found.text().normalised();
    List<String> parts = new ArrayList<>();
    for (String part : ELLIPSIS.split(Normalised.of(st.quote().get()), -1)) {
      if (!part.isBlank()) {
        parts.add(part.strip());
      }
    }
    if (parts.isEmpty()) {
      context.tally().unverified();
      return;
    }
    List<Integer> starts = occurrences(text, parts);
    if (starts.isEmpty()) {
      context.tally().failed();
      String closest = Passages.closest(text, String.join(" ", parts), 240);
      context
          .problems()
          .error(
              context.pos(path),
              path
                  + ": not found verbatim in the archived copy of source \""
                  + sourceId
                  + "\" ("
                  + found.file().getFileName()
                  + ")"
                  + (closest.isEmpty()
                      ? "; no passage of it is close"
                      : "; the closest passage says \"" + Excerpt.of(closest, 240) + "\""));
      return;
    }
    context.tally().verified();
    List<String> negations = new ArrayList<>();
    for (int start : starts) {
      Optional<String> negation = negationBefore(text, start);
      if (negation.isEmpty()) {
        return; // said at least once without a negation: the quote stands alone
      }
      negations.add(negation.get());
    }
    boolean leadInNegates =
        st.leadIn()
            .map(l -> Words.of(Normalised.of(l)).words().stream().anyMatch(QuoteCheck::negates))
            .orElse(false);
    if (!leadInNegates) {
      context
          .problems()
          .warning(
              context.pos(path),
              path
                  + ": in source \""
                  + sourceId
                  + "\" the quote follows \""
                  + negations.get(0)
                  + "\", so printed alone it says the opposite of what was said; "
                  + (st.leadIn().isPresent()
                      ? "make the lead_in carry the negation"
                      : "give the statement a lead_in that carries it, e.g. lead_in: \"... "
                          + negations.get(0)
                          + "\""));
    }
  }

  /** Where the quote's first part starts, for every occurrence with all its parts in order. */
  private static List<Integer> occurrences(String text, List<String> parts) {
    List<Integer> starts = new ArrayList<>();
    int from = 0;
    while (true) {
      int start = text.indexOf(parts.get(0), from);
      if (start < 0) {
        return starts;
      }
      int end = start + parts.get(0).length();
      boolean all = true;
      for (int k = 1; k < parts.size() && all; k++) {
        int next = text.indexOf(parts.get(k), end);
        all = next >= 0 && next - end <= NEAR;
        end = all ? next + parts.get(k).length() : end;
      }
      if (all) {
        starts.add(start);
      }
      from = start + 1;
    }
  }

  /**
   * The words before {@code start}, within its sentence, if one of the last few negates: "does not"
   * before "support any foreign interference".
   */
  private static Optional<String> negationBefore(String text, int start) {
    int from = Math.max(0, start - 80);
    String before = text.substring(from, start);
    int cut =
        Math.max(
            before.lastIndexOf(". "), Math.max(before.lastIndexOf("; "), before.lastIndexOf(": ")));
    if (cut >= 0) {
      before = before.substring(cut + 2);
    }
    List<String> words = Words.of(before).words();
    List<String> last = words.subList(Math.max(0, words.size() - CONTEXT_WORDS), words.size());
    for (int k = 0; k < last.size(); k++) {
      if (negates(last.get(k))) {
        return Optional.of(String.join(" ", last.subList(Math.max(0, k - 1), last.size())));
      }
    }
    return Optional.empty();
  }

  static boolean negates(String word) {
    return NEGATIONS.contains(word) || word.endsWith("n't");
  }
}
