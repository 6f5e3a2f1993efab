package dev.briefsmith.batch;

import dev.briefsmith.content.BriefCheck;
import dev.briefsmith.yaml.LoadLimits;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What to build.
 *
 * @param briefs brief ids or file paths; empty means every brief in {@code contentDir}
 * @param audiences audience names; empty means every template in {@code templatesDir}
 * @param options how to run: incremental or forced, threads, pruning, digests, shard
 * @param checks the checks every brief passes after the format's rules (archived quotes...)
 */
public record BuildRequest(
    List<String> briefs,
    Path contentDir,
    Path templatesDir,
    Path outDir,
    Set<String> audiences,
    Set<Format> formats,
    LoadLimits limits,
    BatchOptions options,
    List<BriefCheck> checks) {
  /** Checks and copies the fields. */
  public BuildRequest {
    briefs = List.copyOf(briefs);
    Objects.requireNonNull(contentDir, "contentDir");
    Objects.requireNonNull(templatesDir, "templatesDir");
    Objects.requireNonNull(outDir, "outDir");
    audiences = Set.copyOf(audiences);
    formats = Set.copyOf(formats);
    if (formats.isEmpty()) {
      throw new IllegalArgumentException("at least one format");
    }
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(options, "options");
    checks = List.copyOf(checks);
  }

  /** A request without further checks. */
  public BuildRequest(
      List<String> briefs,
      Path contentDir,
      Path templatesDir,
      Path outDir,
      Set<String> audiences,
      Set<Format> formats,
      LoadLimits limits,
      BatchOptions options) {
    this(briefs, contentDir, templatesDir, outDir, audiences, formats, limits, options, List.of());
  }

  /** A request with the default options: incremental, one thread, whole folder. */
  public BuildRequest(
      List<String> briefs,
      Path contentDir,
      Path templatesDir,
      Path outDir,
      Set<String> audiences,
      Set<Format> formats,
      LoadLimits limits) {
    this(
        briefs, contentDir, templatesDir, outDir, audiences, formats, limits, BatchOptions.DEFAULT);
  }

  /** This request with other options. */
  public BuildRequest with(BatchOptions options) {
    return new BuildRequest(
        briefs, contentDir, templatesDir, outDir, audiences, formats, limits, options, checks);
  }
}
