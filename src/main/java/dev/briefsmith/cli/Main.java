package dev.briefsmith.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The command-line entry point. {@link #run} takes its output streams, so tests never touch {@code
 * System.out}; all exceptions become exit codes in one place ({@link ErrorMapper}).
 */
public final class Main {
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
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs the CLI with these streams and returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = commandLine(out, err);
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** The configured command line, shared by {@link #run} and the completion script. */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    BriefsmithCommand root = new BriefsmithCommand();
    CommandLine cli = new CommandLine(root);
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    ErrorMapper mapper = new ErrorMapper(root);
    cli.setExecutionExceptionHandler(mapper);
    cli.setExitCodeExceptionMapper(mapper);
    return cli;
  }
}
