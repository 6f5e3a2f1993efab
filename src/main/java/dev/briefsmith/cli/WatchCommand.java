package dev.briefsmith.cli;

import dev.briefsmith.batch.BatchOptions;
import dev.briefsmith.batch.BuildEvent;
import dev.briefsmith.batch.BuildRequest;
import dev.briefsmith.batch.Builder;
import dev.briefsmith.batch.ProgramId;
import dev.briefsmith.batch.Shard;
import dev.briefsmith.render.Fonts;
import dev.briefsmith.watch.Changes;
import dev.briefsmith.watch.FolderChanges;
import dev.briefsmith.watch.Watch;
import dev.briefsmith.yaml.LoadLimits;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Rebuilds the briefs whose inputs change, as they are saved. */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description = {
      "Builds, then rebuilds whenever a brief or template is saved, until stopped (Ctrl-C).",
      "Stays running, so a rebuild costs only the documents whose brief or audience template"
          + " changed. An invalid edit prints its errors and leaves the last good files in"
          + " place."
    })
final class WatchCommand implements Callable<Integer> {
  /** How long a save's events may keep coming before the rebuild starts. */
  static final Duration QUIET = Duration.ofMillis(40);

  /** The longest a stream of events delays a rebuild. */
  static final Duration LONGEST = Duration.ofMillis(500);

  private final Host host;
  private final ChangeSource source;

  @Spec private CommandSpec spec;

  @Mixin private ContentOptions content;

  @Mixin private RenderOptions render;

  @Mixin private OutputOptions target;

  /** Where the watch's changes come from: the file system, or a script in tests. */
  @FunctionalInterface
  interface ChangeSource {
    ChangeSource FOLDERS =
        (folders, outDir, host) -> new FolderChanges(folders, outDir, QUIET, LONGEST, host.clock());

    Changes open(List<Path> folders, Path outDir, Host host) throws IOException;
  }

  WatchCommand(Host host) {
    this(host, ChangeSource.FOLDERS);
  }

  WatchCommand(Host host, ChangeSource source) {
    this.host = host;
    this.source = source;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    int jobs = render.jobs(stderr);
    Path contentDir = RenderOptions.folder("--content", content.contentDir);
    Path templates = RenderOptions.folder("--templates", render.templates);
    BuildRequest request =
        new BuildRequest(
            List.of(),
            contentDir,
            templates,
            RenderOptions.folder("--out", target.out),
            target.audiences(),
            EnumSet.copyOf(render.formats),
            LoadLimits.DEFAULT.withMaxBytes(content.maxBytes()),
            new BatchOptions(false, jobs, false, false, false, Shard.ALL),
            content.checks());
    Builder builder =
        new Builder(
            new Fonts(),
            host.environment(),
            host.clock(),
            ProgramId.current(VersionProvider.version()));
    try (Changes changes = source.open(List.of(contentDir, templates), target.out, host)) {
      new Watch(builder, request, changes, host.clock())
          .run(
              event -> {
                if (event instanceof BuildEvent.Built
                    || event instanceof BuildEvent.Failed
                    || event instanceof BuildEvent.Warning) {
                  stdout.println(event.line());
                  stdout.flush();
                }
              },
              cycle -> WatchLog.print(stdout, stderr, cycle, contentDir, templates));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stdout.println("watch: stopped");
      stdout.flush();
    }
    return ExitCode.OK;
  }
}
