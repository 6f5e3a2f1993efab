package dev.briefsmith.cli;

import dev.briefsmith.batch.Format;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** Options shared by the commands that render: templates, formats, and how many at once. */
final class RenderOptions {

  @Option(
      names = "--templates",
      paramLabel = "DIR",
      defaultValue = "templates",
      description = "Folder of audience templates (default: ${DEFAULT-VALUE}).")
  Path templates;

  @Option(
      names = {"-j", "--jobs"},
      paramLabel = "N",
      description = "Documents rendered at once (default: the number of cores).")
  int jobs = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      split = ",",
      description = "Formats: pdf, docx (default: both).")
  List<Format> formats = List.of(Format.PDF, Format.DOCX);

  /**
   * The most jobs per core. Rendering is CPU-bound, so more jobs than this only add memory: each
   * holds a document and its fonts' subsets (1,000 jobs took 2 GB).
   */
  static final int JOBS_PER_CORE = 2;

  /**
   * --jobs, checked, and capped at {@link #JOBS_PER_CORE} per core with a warning on {@code err}.
   */
  int jobs(PrintWriter err) {
    if (jobs < 1) {
      throw new UsageException("--jobs must be at least 1, got " + jobs);
    }
    int cores = Runtime.getRuntime().availableProcessors();
    int max = JOBS_PER_CORE * cores;
    if (jobs <= max) {
      return jobs;
    }
    err.println(
        "briefsmith: warning: --jobs "
            + jobs
            + " is more than "
            + JOBS_PER_CORE
            + " per core ("
            + cores
            + (cores == 1 ? " core" : " cores")
            + "); using "
            + max);
    err.flush();
    return max;
  }

  /** {@code value} of {@code option}, refused when empty: an empty path is the current folder. */
  static Path folder(String option, Path value) {
    if (value.toString().isBlank()) {
      throw new UsageException(
          option + ": the path is empty, which would mean the current folder; name a folder");
    }
    return value;
  }
}
