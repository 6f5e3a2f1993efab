package dev.briefsmith.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The shipped label catalogues, each read from the classpath once, when first needed. Thread-safe:
 * one library serves every document a composer makes.
 */
final class LabelLibrary {
  /** How many merged sets of labels are kept: a run's templates and locales, a few each. */
  private static final int KEPT = 32;

  private final Map<String, Optional<LabelCatalogue>> catalogues = new ConcurrentHashMap<>();

  /** What decides an edition's labels. */
  private record Key(String locale, Map<String, String> overrides) {}

  /**
   * The labels merged lately: every document of an audience asks for the same ones, and merging the
   * catalogues (a few hundred messages) for each was 1% of a warm build's CPU.
   */
  private final Map<Key, Labels> merged = new ConcurrentHashMap<>();

  /** The labels of an edition in {@code locale}, with a template's {@code overrides}. */
  Labels labels(String locale, Map<String, String> overrides) {
    Key key = new Key(locale, Map.copyOf(overrides));
    Labels known = merged.get(key);
    if (known != null) {
      return known;
    }
    Labels made = merge(locale, key.overrides());
    if (merged.size() >= KEPT) {
      // a long watch session whose templates keep changing: start again rather than grow
      merged.clear();
    }
    merged.put(key, made);
    return made;
  }

  private Labels merge(String locale, Map<String, String> overrides) {
    List<LabelCatalogue> chain = new ArrayList<>();
    for (String tag : LabelCatalogue.chain(locale)) {
      catalogues.computeIfAbsent(tag, LabelCatalogue::load).ifPresent(chain::add);
    }
    return new Labels(locale, chain, overrides);
  }
}
