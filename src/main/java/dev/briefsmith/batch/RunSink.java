package dev.briefsmith.batch;

import dev.briefsmith.batch.BuildReport.Output;
import dev.briefsmith.batch.BuildReport.Skip;
import dev.briefsmith.yaml.Diagnostic;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects what the run did and passes events on, one at a time, whichever thread they come from.
 */
final class RunSink {
  private final BuildListener listener;
  private final List<Output> written = new ArrayList<>();
  private final List<Skip> skipped = new ArrayList<>();
  private final List<Diagnostic> problems = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private int failedBriefs;
  private int failedDocuments;
  private int ioFailures;
  private final Set<String> failedBriefFiles = new HashSet<>();

  RunSink(BuildListener listener) {
    this.listener = listener;
  }

  synchronized void event(BuildEvent e) {
    listener.on(e);
  }

  synchronized void warning(String message) {
    warnings.add(message);
    listener.on(new BuildEvent.Warning(message));
  }

  synchronized void problems(List<Diagnostic> diagnostics) {
    problems.addAll(diagnostics.stream().filter(d -> !d.isError()).toList());
  }

  synchronized void built(Output output) {
    written.add(output);
    listener.on(new BuildEvent.Built(output));
  }

  synchronized void skipped(Skip skip) {
    skipped.add(skip);
    listener.on(new BuildEvent.Skipped(skip));
  }

  synchronized void failed(Diagnostic d, int documents) {
    problems.add(d);
    if (failedBriefFiles.add(d.file())) {
      failedBriefs++;
    }
    failedDocuments += documents;
    listener.on(new BuildEvent.Failed(d, documents));
  }

  synchronized void ioFailed(Diagnostic d, int documents) {
    ioFailures++;
    failed(d, documents);
  }

  synchronized BuildReport report(
      List<Path> orphans,
      List<Path> pruned,
      List<Path> digests,
      List<BuildReport.Published> editions,
      Instant started,
      Clock clock) {
    Comparator<Path> byPath = Comparator.comparing(Path::toString);
    // one output folder: the paths inside it sort as the files do
    List<Output> w = written.stream().sorted(Comparator.comparing(Output::path)).toList();
    List<Skip> s = skipped.stream().sorted(Comparator.comparing(Skip::path)).toList();
    List<Diagnostic> p = problems.stream().sorted(Diagnostic.ORDER).toList();
    return new BuildReport(
        w,
        s,
        p,
        failedBriefs,
        failedDocuments,
        ioFailures,
        orphans.stream().sorted(byPath).toList(),
        pruned.stream().sorted(byPath).toList(),
        digests.stream().sorted(byPath).toList(),
        warnings,
        editions,
        started,
        Duration.between(started, clock.instant()));
  }
}
