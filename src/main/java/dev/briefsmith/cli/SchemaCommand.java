package dev.briefsmith.cli;

import dev.briefsmith.content.BriefSchema;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Prints the JSON Schema of the content format. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the JSON Schema of the content format.",
      "The same file is committed as schema/brief.schema.json.",
      "Editors use it to check briefs as you type: add the line",
      "  # yaml-language-server: $schema=../schema/brief.schema.json",
      "at the top of a brief."
    })
final class SchemaCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(BriefSchema.json());
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }
}
