package dev.briefsmith.content;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A key judgment, optionally with an estimative likelihood and a confidence level. */
public record KeyJudgment(
    String id,
    Text text,
    Optional<Likelihood> likelihood,
    Optional<Confidence> confidence,
    List<String> sources,
    Sensitivity sensitivity) {
  /** Checks the fields. */
  public KeyJudgment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(likelihood, "likelihood");
    Objects.requireNonNull(confidence, "confidence");
    sources = List.copyOf(sources);
    Objects.requireNonNull(sensitivity, "sensitivity");
  }
}
