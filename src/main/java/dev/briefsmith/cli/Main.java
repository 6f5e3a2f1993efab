package dev.briefsmith.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;

/**
 * The command-line entry point. {@link #run} takes its output streams, so tests never touch {@code
 * System.out}; all exceptions become exit codes in one place ({@link ErrorMapper}).
 */
public final class Main {
  private static final String COMPLETION = "generate-completion";

  private Main() {}

  /** Runs the CLI and exits with its code. */
  public static void main(String[] args) {
    // Charts are drawn off-screen; POI logs through Log4j, which otherwise warns it has no backend.
    System.setProperty("java.awt.headless", "true");
    if (System.getProperty("log4j2.loggerContextFactory") == null) {
      System.setProperty(
          "log4j2.loggerContextFactory",
          "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    }
    // POI logs, with a stack trace, each error it then throws (a DOCTYPE in a reference .docx,
    // say); Briefsmith reports that exception as one positioned line, so the log adds only noise.
    if (System.getProperty("org.apache.logging.log4j.simplelog.level") == null) {
      System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
    }
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = run(args, out, err, Host.system());
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs the CLI with these streams and returns the exit code; never draws a progress bar. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, Host.batch());
  }

  /** Runs the CLI with these streams and surroundings and returns the exit code. */
  static int run(String[] args, PrintWriter out, PrintWriter err, Host host) {
    CommandLine cli = commandLine(out, err, host, named(args));
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** The configured command line, shared by {@link #run} and the completion script. */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, Host.batch());
  }

  /** The configured command line with every subcommand. */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, Host host) {
    return commandLine(out, err, host, BriefsmithCommand.SUBCOMMANDS.keySet());
  }

  /**
   * The subcommands {@code args} need: the one they name, or all of them when they name none
   * (top-level help, a mistyped name: picocli then lists or suggests them), and all of them for the
   * completion script. The global options take no values, so the first argument that is not an
   * option is the subcommand's name.
   */
  static Set<String> named(String[] args) {
    for (String arg : args) {
      if (!arg.startsWith("-")) {
        // the completion script describes every command
        return BriefsmithCommand.SUBCOMMANDS.containsKey(arg) && !arg.equals(COMPLETION)
            ? Set.of(arg)
            : BriefsmithCommand.SUBCOMMANDS.keySet();
      }
    }
    return BriefsmithCommand.SUBCOMMANDS.keySet();
  }

  /**
   * The configured command line with these subcommands; commands get {@code host} through their
   * constructors.
   */
  static CommandLine commandLine(
      PrintWriter out, PrintWriter err, Host host, Set<String> subcommands) {
    BriefsmithCommand root = new BriefsmithCommand();
    Factory factory = new Factory(host);
    CommandLine cli = new CommandLine(root, factory);
    for (Map.Entry<String, Class<?>> sub : BriefsmithCommand.SUBCOMMANDS.entrySet()) {
      if (subcommands.contains(sub.getKey())) {
        cli.addSubcommand(sub.getKey(), new CommandLine(sub.getValue(), factory));
      }
    }
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    ErrorMapper mapper = new ErrorMapper(root);
    cli.setExecutionExceptionHandler(mapper);
    cli.setExitCodeExceptionMapper(mapper);
    return cli;
  }

  /** Makes the commands that need the host; picocli's own factory makes everything else. */
  private record Factory(Host host) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      if (type == BuildCommand.class) {
        return type.cast(new BuildCommand(host));
      }
      if (type == WatchCommand.class) {
        return type.cast(new WatchCommand(host));
      }
      if (type == BenchCommand.class) {
        return type.cast(new BenchCommand(host));
      }
      return CommandLine.defaultFactory().create(type);
    }
  }
}
