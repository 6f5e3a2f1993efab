package dev.briefsmith.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the CLI in this JVM, with its exit code and what it printed. */
public record CliRun(int exitCode, String out, String err) {

  /** Runs the CLI with these arguments. */
  public static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new CliRun(code, out.toString(), err.toString());
  }
}
