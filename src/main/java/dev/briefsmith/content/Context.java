package dev.briefsmith.content;

import java.util.List;
import java.util.Objects;

/** Background prose and a timeline. */
public record Context(Text body, List<TimelineEntry> timeline) {
  /** Checks the fields. */
  public Context {
    Objects.requireNonNull(body, "body");
    timeline = List.copyOf(timeline);
  }
}
