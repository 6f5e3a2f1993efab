package dev.briefsmith.cli;

import dev.briefsmith.content.BriefCheck.QuoteTally;
import dev.briefsmith.content.BriefLoader;
import dev.briefsmith.content.LoadResult;
import dev.briefsmith.integrity.LintRule;
import dev.briefsmith.yaml.Diagnostic;
import dev.briefsmith.yaml.Excerpt;
import dev.briefsmith.yaml.LoadLimits;
import dev.briefsmith.yaml.Suggest;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Checks content files and prints every error and warning. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks briefs and prints every error and warning.",
      "Each problem is one line: FILE:LINE:COLUMN: error|warning: MESSAGE.",
      "Exit code 0 when every brief is valid (warnings allowed, unless --strict), 1 when one is"
          + " not."
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin private ContentOptions content;

  @Parameters(
      paramLabel = "FILE",
      arity = "0..*",
      description = "Brief files to check (default: every *.yaml in the content folder).")
  private List<Path> files = List.of();

  @Option(
      names = {"-q", "--quiet"},
      description = "Print errors only: no warnings, no summary.")
  private boolean quiet;

  @Option(
      names = "--explain",
      paramLabel = "CODE",
      description = {
        "Print what a lint warning's code (the word in brackets at its end) means and how to fix",
        "it, then exit; \"all\" lists every code."
      })
  private String explain;

  @Option(
      names = "--strict",
      description = "Warnings fail too: exit code 1 when any brief has a warning (for CI).")
  private boolean strict;

  @Override
  public Integer call() {
    if (explain != null) {
      return explain(spec.commandLine().getOut());
    }
    RenderOptions.folder("--content", content.contentDir);
    List<Path> targets = files.isEmpty() ? content.discover() : files;
    BriefLoader loader =
        new BriefLoader(LoadLimits.DEFAULT.withMaxBytes(content.maxBytes()), content.checks());
    List<LoadResult> results = loader.loadAll(targets);
    PrintWriter out = spec.commandLine().getOut();
    int errors = 0;
    int warnings = 0;
    int invalid = 0;
    QuoteTally quotes = QuoteTally.NONE;
    for (LoadResult result : results) {
      quotes = quotes.plus(result.quotes());
      if (!result.valid()) {
        invalid++;
      }
      for (Diagnostic d : result.diagnostics()) {
        if (d.isError()) {
          errors++;
        } else {
          warnings++;
        }
        if (d.isError() || !quiet) {
          out.println(d.format());
        }
      }
    }
    out.flush();
    if (!quiet) {
      PrintWriter err = spec.commandLine().getErr();
      err.printf(
          "%d %s checked: %d valid, %d invalid (%d %s, %d %s); %s%n",
          results.size(),
          results.size() == 1 ? "brief" : "briefs",
          results.size() - invalid,
          invalid,
          errors,
          errors == 1 ? "error" : "errors",
          warnings,
          warnings == 1 ? "warning" : "warnings",
          describe(quotes));
      err.flush();
    }
    return invalid == 0 && !(strict && warnings > 0) ? ExitCode.OK : ExitCode.INVALID;
  }

  private int explain(PrintWriter out) {
    List<LintRule> rules =
        explain.equals("all")
            ? List.of(LintRule.values())
            : LintRule.of(explain).map(List::of).orElse(List.of());
    if (rules.isEmpty()) {
      List<String> codes = Arrays.stream(LintRule.values()).map(LintRule::code).toList();
      throw new UsageException(
          "--explain: no lint code \""
              + Excerpt.of(explain)
              + "\""
              + Suggest.closest(explain, codes).map(c -> "; did you mean \"" + c + "\"?").orElse("")
              + " (codes: "
              + String.join(", ", codes)
              + ")");
    }
    for (LintRule rule : rules) {
      out.println(rule.code() + ": " + rule.summary());
      out.println();
      rule.explanation().lines().forEach(l -> out.println("  " + l));
      out.println();
    }
    out.flush();
    return ExitCode.OK;
  }

  private static String describe(QuoteTally quotes) {
    int all = quotes.all();
    if (all == 0) {
      return "no quotes";
    }
    return quotes.verified()
        + " of "
        + all
        + (all == 1 ? " quote" : " quotes")
        + " verified against archived sources"
        + (quotes.failed() == 0 ? "" : ", " + quotes.failed() + " not verbatim")
        + (quotes.unverified() == 0
            ? ""
            : ", " + quotes.unverified() + " without an archive at hand (see --archives)");
  }
}
