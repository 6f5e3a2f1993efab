package dev.briefsmith.cli;

import dev.briefsmith.batch.BatchOptions;
import dev.briefsmith.batch.BuildListener;
import dev.briefsmith.batch.BuildReport;
import dev.briefsmith.batch.BuildRequest;
import dev.briefsmith.batch.Builder;
import dev.briefsmith.batch.ConfigurationException;
import dev.briefsmith.batch.LockedException;
import dev.briefsmith.batch.ProgramId;
import dev.briefsmith.batch.Shard;
import dev.briefsmith.render.Fonts;
import dev.briefsmith.yaml.LoadLimits;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** Renders briefs for every audience as PDF and Word. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Renders briefs for each audience as PDF and Word.",
      "Writes OUT/<id>/<id>.<audience>.pdf and .docx, OUT/manifest.json and OUT/run-report.json.",
      "Only documents whose brief, audience template or program changed are rebuilt (--force"
          + " rebuilds all). A brief that fails is reported and skipped; the others are still"
          + " built (exit code 1). One run at a time per output folder (exit code 3 if another"
          + " holds it)."
    })
final class BuildCommand implements Callable<Integer> {
  private final Host host;

  @Spec private CommandSpec spec;

  @ParentCommand private BriefsmithCommand root;

  @Mixin private ContentOptions content;

  @Parameters(
      paramLabel = "BRIEF",
      arity = "0..*",
      description = "Brief ids or files (default: every brief in the content folder).")
  private List<String> briefs = List.of();

  @Mixin private RenderOptions render;

  @Mixin private OutputOptions target;

  @Option(
      names = "--force",
      description = "Rebuild every document, even those whose inputs have not changed.")
  private boolean force;

  @Option(
      names = "--prune",
      description = "Delete the outputs of briefs and audiences that no longer exist.")
  private boolean prune;

  @Option(names = "--fail-fast", description = "Stop at the first failure.")
  private boolean failFast;

  @Option(
      names = "--digest",
      description = "Also write OUT/digest/<audience>.pdf: the briefs built in this run, merged.")
  private boolean digest;

  @Option(
      names = "--shard",
      paramLabel = "K/N",
      converter = ShardConverter.class,
      description =
          "Build only shard K of N (0 <= K < N) of the briefs, e.g. 0/4, for fanning out over"
              + " N machines; each brief belongs to exactly one shard.")
  private Shard shard = Shard.ALL;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print only failures and warnings: no per-document lines, no summary.")
  private boolean quiet;

  BuildCommand(Host host) {
    this.host = host;
  }

  @Override
  public Integer call() throws ConfigurationException, LockedException, IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    int jobs = render.jobs(stderr);
    BuildRequest request =
        new BuildRequest(
            briefs,
            RenderOptions.folder("--content", content.contentDir),
            RenderOptions.folder("--templates", render.templates),
            RenderOptions.folder("--out", target.out),
            target.audiences(),
            EnumSet.copyOf(render.formats),
            LoadLimits.DEFAULT.withMaxBytes(content.maxBytes()),
            new BatchOptions(force, jobs, prune, failFast, digest, shard),
            content.checks());
    PlainLog.Verbosity verbosity =
        quiet
            ? PlainLog.Verbosity.QUIET
            : root.verbose() ? PlainLog.Verbosity.VERBOSE : PlainLog.Verbosity.NORMAL;
    Clock clock = host.clock();
    Builder builder =
        new Builder(
            new Fonts(), host.environment(), clock, ProgramId.current(VersionProvider.version()));
    ProgressBar bar =
        host.interactive() && !quiet ? new ProgressBar(stdout, stderr, clock, verbosity) : null;
    BuildListener listener = bar != null ? bar : new PlainLog(stdout, verbosity);
    BuildReport report;
    try {
      report = builder.build(request, listener);
    } finally {
      if (bar != null) {
        bar.finish();
      }
    }
    if (!quiet) {
      report.problems().stream().filter(d -> !d.isError()).forEach(d -> stdout.println(d.format()));
      stdout.flush();
      Summary.print(
          stderr, report, jobs, target.out.resolve("run-report" + shard.fileTag() + ".json"));
    }
    // An I/O error wins over a broken brief: running again builds what it stopped, then says 1.
    return report.retryable() ? ExitCode.IO : report.ok() ? ExitCode.OK : ExitCode.INVALID;
  }

  /** Reads {@code K/N}. */
  static final class ShardConverter implements ITypeConverter<Shard> {
    @Override
    public Shard convert(String value) {
      try {
        return Shard.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
