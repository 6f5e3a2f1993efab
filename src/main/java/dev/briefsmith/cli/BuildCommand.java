package dev.briefsmith.cli;

import dev.briefsmith.batch.BuildReport;
import dev.briefsmith.batch.BuildRequest;
import dev.briefsmith.batch.Builder;
import dev.briefsmith.batch.ConfigurationException;
import dev.briefsmith.batch.Format;
import dev.briefsmith.render.Fonts;
import dev.briefsmith.yaml.Diagnostic;
import dev.briefsmith.yaml.LoadLimits;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Renders briefs for every audience as PDF and Word. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Renders briefs for each audience as PDF and Word.",
      "Writes OUT/<id>/<id>.<audience>.pdf and .docx; a brief that fails is reported and skipped,",
      "the others are still built (exit code 1)."
    })
final class BuildCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin private ContentOptions content;

  @Parameters(
      paramLabel = "BRIEF",
      arity = "0..*",
      description = "Brief ids or files (default: every brief in the content folder).")
  private List<String> briefs = List.of();

  @Option(
      names = "--templates",
      paramLabel = "DIR",
      defaultValue = "templates",
      description = "Folder of audience templates (default: ${DEFAULT-VALUE}).")
  private Path templates;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "output",
      description = "Output folder (default: ${DEFAULT-VALUE}).")
  private Path out;

  @Option(
      names = "--audience",
      paramLabel = "NAME",
      split = ",",
      description = "Audiences to build, e.g. analyst,public (default: every template).")
  private List<String> audiences = List.of();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      split = ",",
      description = "Formats: pdf, docx (default: both).")
  private List<Format> formats = List.of(Format.PDF, Format.DOCX);

  @Override
  public Integer call() {
    BuildRequest request =
        new BuildRequest(
            briefs,
            content.contentDir,
            templates,
            out,
            new LinkedHashSet<>(audiences),
            EnumSet.copyOf(formats),
            LoadLimits.DEFAULT.withMaxBytes(content.maxBytes()));
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    Builder builder = new Builder(new Fonts(), System.getenv());
    BuildReport report;
    try {
      report =
          builder.run(
              request,
              line -> {
                stdout.println(line);
                stdout.flush();
              });
    } catch (ConfigurationException e) {
      for (Diagnostic d : e.diagnostics()) {
        stdout.println(d.format());
      }
      stdout.flush();
      stderr.println("briefsmith: " + e.getMessage());
      stderr.flush();
      return ExitCode.USAGE;
    }
    report.problems().stream().filter(d -> !d.isError()).forEach(d -> stdout.println(d.format()));
    stdout.flush();
    stderr.printf(
        "%d %s written; %d %s failed%n",
        report.written().size(),
        report.written().size() == 1 ? "file" : "files",
        report.failedBriefs(),
        report.failedBriefs() == 1 ? "brief" : "briefs");
    stderr.flush();
    return report.ok() ? ExitCode.OK : ExitCode.INVALID;
  }
}
