package dev.briefsmith.watch;

import dev.briefsmith.batch.BuildListener;
import dev.briefsmith.batch.BuildReport;
import dev.briefsmith.batch.BuildRequest;
import dev.briefsmith.batch.Builder;
import dev.briefsmith.batch.ConfigurationException;
import dev.briefsmith.batch.LockedException;
import dev.briefsmith.yaml.Diagnostic;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A warm build loop for authors: builds once, then again whenever the inputs change, in the same
 * process, so fonts, parsed templates' renderers and compiled code stay warm. Each build is the
 * ordinary incremental one: only the documents whose brief or audience template changed are
 * written; an invalid brief fails alone and its last good files stay in place.
 */
public final class Watch {
  private final Builder builder;
  private final BuildRequest request;
  private final Changes changes;
  private final Clock clock;

  /** What one build of the watch gave, for the printer. */
  public sealed interface Cycle {
    /** The change that started it, or empty for the first build. */
    Optional<Changes.Batch> cause();

    /** The time from the change seen to the build done, or the build's own time for the first. */
    Duration took();
  }

  /** A build that ran. */
  public record Built(Optional<Changes.Batch> cause, BuildReport report, Duration took)
      implements Cycle {}

  /**
   * A build that could not start: the templates or options are wrong, or the folder is locked.
   *
   * @param problems positioned problems, such as an invalid template's
   */
  public record Refused(
      Optional<Changes.Batch> cause, String message, List<Diagnostic> problems, Duration took)
      implements Cycle {
    /** Copies the list. */
    public Refused {
      problems = List.copyOf(problems);
    }
  }

  /** Prints each cycle. */
  @FunctionalInterface
  public interface Printer {
    void cycle(Cycle cycle);
  }

  /** A watch that builds {@code request} with {@code builder} whenever {@code changes} says. */
  public Watch(Builder builder, BuildRequest request, Changes changes, Clock clock) {
    this.builder = Objects.requireNonNull(builder, "builder");
    this.request = Objects.requireNonNull(request, "request");
    this.changes = Objects.requireNonNull(changes, "changes");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Builds, then rebuilds on every change until {@code changes} has no more; returns how many
   * builds ran.
   */
  public int run(BuildListener listener, Printer printer) throws IOException, InterruptedException {
    int builds = 0;
    Optional<Changes.Batch> cause = Optional.empty();
    while (true) {
      Instant start = cause.map(Changes.Batch::seen).orElse(clock.instant());
      Cycle cycle;
      try {
        BuildReport report = builder.build(request, listener);
        cycle = new Built(cause, report, Duration.between(start, clock.instant()));
      } catch (ConfigurationException e) {
        cycle =
            new Refused(
                cause, e.getMessage(), e.diagnostics(), Duration.between(start, clock.instant()));
      } catch (LockedException e) {
        cycle =
            new Refused(cause, e.getMessage(), List.of(), Duration.between(start, clock.instant()));
      }
      builds++;
      printer.cycle(cycle);
      cause = nextRelevant();
      if (cause.isEmpty()) {
        return builds;
      }
    }
  }

  /** The next batch of changes, skipping those inside the output folder. */
  private Optional<Changes.Batch> nextRelevant() throws IOException, InterruptedException {
    Path out = request.outDir().toAbsolutePath().normalize();
    while (true) {
      Optional<Changes.Batch> next = changes.next();
      if (next.isEmpty()) {
        return next;
      }
      Set<Path> paths = next.get().paths();
      if (paths.stream().anyMatch(p -> !p.toAbsolutePath().normalize().startsWith(out))) {
        return next;
      }
    }
  }
}
