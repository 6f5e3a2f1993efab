package dev.briefsmith.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level command: holds the global options and the subcommands. */
@Command(
    name = "briefsmith",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Turns structured analytical content into print-ready policy briefs.",
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  success (warnings allowed)",
      "  1  at least one brief is invalid or failed",
      "  2  usage or configuration error",
      "  3  another run holds the lock on the output folder",
      "  4  input/output error",
      "  5  diff --exit-code: the editions differ"
    })
final class BriefsmithCommand implements Runnable {

  /**
   * The subcommands by name, in the order help lists them. They are not in the annotation: {@link
   * Main} builds only the one a run names, since building every command's model costs a cold start
   * more than the rest of the start-up (picocli's classes cannot be in the start-up cache).
   */
  static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

  private static Map<String, Class<?>> subcommands() {
    Map<String, Class<?>> all = new LinkedHashMap<>();
    for (Class<?> type :
        List.of(
            BuildCommand.class,
            WatchCommand.class,
            BenchCommand.class,
            ValidateCommand.class,
            DiffCommand.class,
            SchemaCommand.class,
            AutoComplete.GenerateCompletion.class)) {
      all.put(type.getAnnotation(Command.class).name(), type);
    }
    return Collections.unmodifiableMap(all);
  }

  @Option(
      names = {"-v", "--verbose"},
      scope = ScopeType.INHERIT,
      description = "Print more detail, including stack traces of internal errors.")
  private boolean verbose;

  @picocli.CommandLine.Spec private picocli.CommandLine.Model.CommandSpec spec;

  boolean verbose() {
    return verbose;
  }

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(),
        "a command is required: build, bench, validate, diff, schema or generate-completion");
  }
}
