package dev.briefsmith.content;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A line a side has said, hinted or is judged it will not let be crossed. */
public record RedLine(
    String id,
    String side,
    String line,
    Optional<String> trigger,
    Optional<String> consequence,
    Optional<Firmness> firmness,
    List<String> evidence,
    Sensitivity sensitivity) {
  /** Checks the fields. */
  public RedLine {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(consequence, "consequence");
    Objects.requireNonNull(firmness, "firmness");
    evidence = List.copyOf(evidence);
    Objects.requireNonNull(sensitivity, "sensitivity");
  }
}
