package dev.briefsmith.cli;

import dev.briefsmith.batch.Format;
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
}
