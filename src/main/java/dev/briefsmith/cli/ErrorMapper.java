package dev.briefsmith.cli;

import dev.briefsmith.batch.ConfigurationException;
import dev.briefsmith.batch.LockedException;
import java.io.IOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.ParseResult;

/**
 * The one place that turns exceptions into messages and exit codes. Stack traces reach the user
 * only with {@code --verbose}.
 */
final class ErrorMapper implements IExecutionExceptionHandler, IExitCodeExceptionMapper {
  private final BriefsmithCommand root;

  ErrorMapper(BriefsmithCommand root) {
    this.root = root;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parseResult) {
    var err = cli.getErr();
    if (e instanceof ConfigurationException c) {
      // positioned problems (an invalid template) go where validation output goes
      c.diagnostics().forEach(d -> cli.getOut().println(d.format()));
      cli.getOut().flush();
      err.println("briefsmith: " + e.getMessage());
    } else if (e instanceof UsageException || e instanceof LockedException) {
      err.println("briefsmith: " + e.getMessage());
    } else if (e instanceof IOException) {
      err.println("briefsmith: input/output error: " + e);
    } else {
      err.println(
          "briefsmith: internal error: "
              + e
              + (root.verbose() ? "" : " (run with --verbose for details)"));
    }
    if (root.verbose()) {
      e.printStackTrace(err);
    }
    err.flush();
    return getExitCode(e);
  }

  @Override
  public int getExitCode(Throwable e) {
    if (e instanceof LockedException) {
      return ExitCode.LOCKED;
    }
    return e instanceof UsageException
            || e instanceof ConfigurationException
            || e instanceof CommandLine.ParameterException
        ? ExitCode.USAGE
        : ExitCode.INVALID;
  }
}
