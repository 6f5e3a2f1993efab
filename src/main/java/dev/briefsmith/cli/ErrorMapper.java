package dev.briefsmith.cli;

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
    if (e instanceof UsageException) {
      err.println("briefsmith: " + e.getMessage());
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
    return e instanceof UsageException || e instanceof CommandLine.ParameterException
        ? ExitCode.USAGE
        : ExitCode.INVALID;
  }
}
