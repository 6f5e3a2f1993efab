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
  private final Map<String, Optional<LabelCatalogue>> catalogues = new ConcurrentHashMap<>();

  /** The labels of an edition in {@code locale}, with a template's {@code overrides}. */
  Labels labels(String locale, Map<String, String> overrides) {
    List<LabelCatalogue> chain = new ArrayList<>();
    for (String tag : LabelCatalogue.chain(locale)) {
      catalogues.computeIfAbsent(tag, LabelCatalogue::load).ifPresent(chain::add);
    }
    return new Labels(locale, chain, overrides);
  }
}
