package dev.briefsmith.cli;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/** Options shared by the commands that build: where the outputs go, and for which audiences. */
final class OutputOptions {
  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "output",
      description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--audience",
      paramLabel = "NAME",
      split = ",",
      description = "Audiences to build, e.g. analyst,public (default: every template).")
  List<String> audiences = List.of();

  /** The audiences asked for, in order; empty for every template. */
  Set<String> audiences() {
    return new LinkedHashSet<>(audiences);
  }
}
