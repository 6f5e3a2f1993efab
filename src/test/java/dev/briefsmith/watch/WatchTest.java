package dev.briefsmith.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.batch.BatchOptions;
import dev.briefsmith.batch.BuildReport;
import dev.briefsmith.batch.BuildRequest;
import dev.briefsmith.batch.Builder;
import dev.briefsmith.batch.Format;
import dev.briefsmith.batch.ProgramId;
import dev.briefsmith.batch.bench.SyntheticBriefs;
import dev.briefsmith.render.Fonts;
import dev.briefsmith.yaml.LoadLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watch loop, driven by scripted changes: no file events, no timing. */
class WatchTest {
  private static final Fonts FONTS = new Fonts();
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;
  private Path content;
  private Path out;
  private BuildRequest request;

  /** Each step edits the files, then reports what it changed. */
  @FunctionalInterface
  private interface Step {
    Set<Path> edit() throws IOException;
  }

  /** Changes that run the steps in turn, then end the watch. */
  private static final class Script implements Changes {
    private final Deque<Step> steps;

    Script(List<Step> steps) {
      this.steps = new ArrayDeque<>(steps);
    }

    @Override
    public Optional<Batch> next() throws IOException {
      Step step = steps.poll();
      return step == null ? Optional.empty() : Optional.of(new Batch(step.edit(), CLOCK.instant()));
    }

    @Override
    public void close() {}
  }

  @BeforeEach
  void twoBriefs() throws IOException {
    content = dir.resolve("content");
    out = dir.resolve("output");
    Path templates = dir.resolve("templates");
    new SyntheticBriefs(2, 2, 4).write(content, 2);
    Path from = Path.of("templates", "executive");
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path to = templates.resolve("executive").resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(to);
        } else {
          Files.copy(f, to);
        }
      }
    }
    request =
        new BuildRequest(
            List.of(),
            content,
            templates,
            out,
            Set.of(),
            EnumSet.allOf(Format.class),
            LoadLimits.DEFAULT,
            BatchOptions.DEFAULT);
  }

  private Path brief(int i) {
    return content.resolve(String.format(java.util.Locale.ROOT, "synthetic-%05d.yaml", i));
  }

  private Path pdf(int i) {
    String id = String.format(java.util.Locale.ROOT, "synthetic-%05d", i);
    return out.resolve(id).resolve(id + ".executive.pdf");
  }

  private List<Watch.Cycle> watch(Step... steps) throws Exception {
    List<Watch.Cycle> cycles = new ArrayList<>();
    Builder builder = new Builder(FONTS, Map.of(), CLOCK, new ProgramId("0.1.0-test", "a", "j"));
    int builds =
        new Watch(builder, request, new Script(List.of(steps)), CLOCK).run(e -> {}, cycles::add);
    assertThat(builds).isEqualTo(cycles.size());
    return cycles;
  }

  private static BuildReport report(Watch.Cycle cycle) {
    assertThat(cycle).isInstanceOf(Watch.Built.class);
    return ((Watch.Built) cycle).report();
  }

  @Test
  void anEditRebuildsOnlyTheBriefThatChanged() throws Exception {
    byte[][] before = new byte[1][];
    List<Watch.Cycle> cycles =
        watch(
            () -> {
              before[0] = Files.readAllBytes(pdf(1));
              Files.writeString(
                  brief(1), Files.readString(brief(1)).replace("Synthetic briefs", "Edited"));
              return Set.of(brief(1));
            });

    assertThat(cycles).hasSize(2);
    assertThat(cycles.get(0).cause()).isEmpty();
    assertThat(report(cycles.get(0)).written()).hasSize(4);
    BuildReport second = report(cycles.get(1));
    assertThat(cycles.get(1).cause()).map(Changes.Batch::paths).contains(Set.of(brief(1)));
    assertThat(second.written())
        .extracting(BuildReport.Output::briefId)
        .containsExactly("synthetic-00001", "synthetic-00001");
    assertThat(second.skipped())
        .extracting(BuildReport.Skip::briefId)
        .containsOnly("synthetic-00002");
    assertThat(Files.readAllBytes(pdf(1))).isNotEqualTo(before[0]);
  }

  @Test
  void anInvalidEditPrintsItsErrorsAndKeepsTheLastGoodFiles() throws Exception {
    byte[][] good = new byte[1][];
    String[] original = new String[1];
    List<Watch.Cycle> cycles =
        watch(
            () -> {
              good[0] = Files.readAllBytes(pdf(1));
              original[0] = Files.readString(brief(1));
              Files.writeString(brief(1), original[0].replace("as_of:", "as_of: [broken"));
              return Set.of(brief(1));
            },
            () -> {
              assertThat(Files.readAllBytes(pdf(1))).isEqualTo(good[0]);
              Files.writeString(brief(1), original[0].replace("Synthetic briefs", "Fixed"));
              return Set.of(brief(1));
            });

    assertThat(cycles).hasSize(3);
    BuildReport broken = report(cycles.get(1));
    assertThat(broken.failedBriefs()).isEqualTo(1);
    assertThat(broken.written()).isEmpty();
    assertThat(broken.errors())
        .isNotEmpty()
        .allSatisfy(d -> assertThat(d.file()).isEqualTo(brief(1).toString()));
    BuildReport fixed = report(cycles.get(2));
    assertThat(fixed.ok()).isTrue();
    assertThat(fixed.written())
        .extracting(BuildReport.Output::briefId)
        .containsOnly("synthetic-00001");
    assertThat(Files.readAllBytes(pdf(1))).isNotEqualTo(good[0]);
  }

  @Test
  void changesOnlyInsideTheOutputFolderDoNotRebuild() throws Exception {
    List<Watch.Cycle> cycles =
        watch(
            () -> Set.of(pdf(1)),
            () -> {
              Files.writeString(
                  brief(2), Files.readString(brief(2)).replace("Synthetic briefs", "Edited"));
              return Set.of(brief(2));
            });

    assertThat(cycles).hasSize(2);
    assertThat(cycles.get(1).cause()).map(Changes.Batch::paths).contains(Set.of(brief(2)));
    assertThat(report(cycles.get(1)).written())
        .extracting(BuildReport.Output::briefId)
        .containsOnly("synthetic-00002");
  }

  @Test
  void aBrokenTemplateIsReportedAndTheWatchGoesOn() throws Exception {
    Path template = request.templatesDir().resolve("executive").resolve("template.yaml");
    String original = Files.readString(template);
    List<Watch.Cycle> cycles =
        watch(
            () -> {
              Files.writeString(template, "not: [a template");
              return Set.of(template);
            },
            () -> {
              Files.writeString(template, original);
              return Set.of(template);
            });

    assertThat(cycles).hasSize(3);
    assertThat(cycles.get(1)).isInstanceOf(Watch.Refused.class);
    assertThat(((Watch.Refused) cycles.get(1)).message()).contains("template");
    assertThat(report(cycles.get(2)).ok()).isTrue();
    assertThat(pdf(1)).exists();
  }
}
