package dev.briefsmith.cli;

import dev.briefsmith.batch.ConfigurationException;
import dev.briefsmith.batch.LockedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
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
    } else if (e instanceof IOException || e instanceof UncheckedIOException) {
      err.println(
          "briefsmith: input/output error: "
              + describe(e)
              + "; nothing is wrong with the briefs, so running again once it is fixed can"
              + " succeed (exit code "
              + ExitCode.IO
              + ")");
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

  /** The file and the reason: a FileSystemException's message alone may be just the path. */
  private static String describe(Exception e) {
    Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
    if (t instanceof FileSystemException f && f.getFile() != null) {
      // For a rename, the target: the temporary file's name means nothing to the reader.
      return (f.getOtherFile() != null ? f.getOtherFile() : f.getFile())
          + ": "
          + (f.getReason() != null ? f.getReason() : f.getClass().getSimpleName());
    }
    return String.valueOf(t.getMessage());
  }

  @Override
  public int getExitCode(Throwable e) {
    if (e instanceof LockedException) {
      return ExitCode.LOCKED;
    }
    if (e instanceof IOException || e instanceof UncheckedIOException) {
      return ExitCode.IO;
    }
    return e instanceof UsageException
            || e instanceof ConfigurationException
            || e instanceof CommandLine.ParameterException
        ? ExitCode.USAGE
        : ExitCode.INVALID;
  }
}
