package dev.briefsmith.cli;

import dev.briefsmith.compose.ChangeWords;
import dev.briefsmith.content.Brief;
import dev.briefsmith.content.BriefLoader;
import dev.briefsmith.content.LoadResult;
import dev.briefsmith.content.Sensitivity;
import dev.briefsmith.diff.Change;
import dev.briefsmith.diff.Changes;
import dev.briefsmith.diff.EditionDiff;
import dev.briefsmith.diff.Editions;
import dev.briefsmith.select.Selector;
import dev.briefsmith.yaml.Diagnostic;
import dev.briefsmith.yaml.LoadLimits;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Prints what changed between two editions of a brief. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Prints what changed from OLD to NEW, two editions of one brief: stances that moved, items"
          + " added or removed, likelihood, confidence, firmness and alignment changes, prose"
          + " revised. Items are matched by id. One line per change, grouped; --json for"
          + " programs.",
      "Exit code 0 whether or not there are changes (with --exit-code, 5 when there are), 1 when"
          + " a brief is invalid, 2 for a usage error."
    })
final class DiffCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "The earlier edition (a brief file).")
  private Path oldFile;

  @Parameters(index = "1", paramLabel = "NEW", description = "The later edition (a brief file).")
  private Path newFile;

  @Option(names = "--json", description = "Print the changes as JSON (briefsmith-diff/1).")
  private boolean json;

  @Option(
      names = "--sensitivity",
      paramLabel = "LEVEL",
      defaultValue = "restricted",
      description =
          "Compare the editions as a reader allowed up to LEVEL sees them: public, internal or"
              + " restricted (default: ${DEFAULT-VALUE}, everything). An audience's documents list"
              + " the changes at its template's max_sensitivity.")
  private Sensitivity sensitivity = Sensitivity.RESTRICTED;

  @Option(
      names = "--exit-code",
      description = "Exit with code 5 when there are changes (as diff(1) exits 1), 0 when none.")
  private boolean exitCode;

  @Option(
      names = "--max-bytes",
      paramLabel = "SIZE",
      defaultValue = "5M",
      converter = ContentOptions.SizeConverter.class,
      description = "Largest brief file accepted, e.g. 512K or 5M (default: ${DEFAULT-VALUE}).")
  private long maxBytes = LoadLimits.DEFAULT.maxBytes();

  @Override
  public Integer call() {
    BriefLoader loader = new BriefLoader(LoadLimits.DEFAULT.withMaxBytes(maxBytes));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    // one by one: two editions of a brief share its id, which loadAll refuses
    List<LoadResult> results = List.of(loader.load(oldFile), loader.load(newFile));
    boolean invalid = false;
    for (LoadResult r : results) {
      for (Diagnostic d : r.diagnostics()) {
        if (d.isError()) {
          err.println(d.format());
        }
      }
      invalid |= !r.valid();
    }
    if (invalid) {
      err.flush();
      return ExitCode.INVALID;
    }
    Brief before = results.get(0).brief().orElseThrow();
    Brief after = results.get(1).brief().orElseThrow();
    if (!before.id().equals(after.id())) {
      throw new UsageException(
          "OLD is the brief \""
              + before.id()
              + "\" and NEW the brief \""
              + after.id()
              + "\": diff compares two editions of one brief (items are matched by id)");
    }
    Changes changes =
        EditionDiff.between(
            Editions.of(Selector.select(before, sensitivity)),
            Editions.of(Selector.select(after, sensitivity)));
    if (json) {
      try {
        out.print(
            new String(
                ChangesJson.write(after, before.asOf(), sensitivity, changes),
                StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      print(out, after, changes, before);
    }
    out.flush();
    return exitCode && !changes.changes().isEmpty() ? ExitCode.CHANGES : ExitCode.OK;
  }

  private static void print(PrintWriter out, Brief after, Changes changes, Brief before) {
    ChangeWords words = ChangeWords.english(after);
    out.println(words.summary(before.asOf(), after.asOf(), changes.changes().size()));
    Optional<Change.Group> group = Optional.empty();
    for (Change c : changes.changes()) {
      if (group.isEmpty() || group.get() != c.group()) {
        group = Optional.of(c.group());
        out.println(words.group(c.group()));
      }
      out.println("  " + words.line(c));
    }
  }
}
