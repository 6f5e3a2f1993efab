package dev.briefsmith.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by the commands that render: where the templates are and how many at once. */
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
}
