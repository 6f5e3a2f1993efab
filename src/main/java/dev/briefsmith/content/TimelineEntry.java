package dev.briefsmith.content;

import java.util.List;
import java.util.Objects;

/** A dated event in the brief's context. */
public record TimelineEntry(
    PartialDate date, Text event, List<String> sources, Sensitivity sensitivity) {
  /** Checks the fields. */
  public TimelineEntry {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(event, "event");
    sources = List.copyOf(sources);
    Objects.requireNonNull(sensitivity, "sensitivity");
  }
}
