package dev.briefsmith.select;

import dev.briefsmith.content.Brief;
import dev.briefsmith.content.Sensitivity;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A brief as one audience may see it: items above the audience's sensitivity removed everywhere
 * (with every reference to them), the most sensitive level actually left in, and each issue's
 * computed alignment. Immutable.
 *
 * @param highest the most sensitive level among the items left in: the banner's level
 */
public record SelectedBrief(Brief brief, Sensitivity highest, Map<String, Alignment> alignments) {
  /** Checks and copies the fields. */
  public SelectedBrief {
    Objects.requireNonNull(brief, "brief");
    Objects.requireNonNull(highest, "highest");
    alignments = Collections.unmodifiableMap(new LinkedHashMap<>(alignments));
  }

  /** The alignment of an issue of the brief. */
  public Alignment alignment(String issueId) {
    Alignment a = alignments.get(issueId);
    if (a == null) {
      throw new IllegalArgumentException("no issue " + issueId);
    }
    return a;
  }
}
