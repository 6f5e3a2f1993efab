package dev.briefsmith.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.yaml.LoadLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run holds no brief's content for the whole run: planning keeps a summary, and each brief is
 * loaded again when its documents are rendered and dropped after, one at a time on one thread.
 */
class StreamingTest {
  @TempDir Path dir;

  /**
   * Records, in order, each load for rendering and each document built; with {@code renders}, each
   * PDF laid out instead of each document built (documents are written on other threads than they
   * are rendered on, so a build may be reported after the next brief is loaded).
   */
  private static final class Trace implements Builder.Faults {
    final List<String> events = new ArrayList<>();
    final List<String> built = new ArrayList<>();
    private final boolean renders;

    Trace(boolean renders) {
      this.renders = renders;
    }

    Trace() {
      this(false);
    }

    @Override
    public synchronized void writing(Path target) {}

    @Override
    public synchronized void loading(Path brief) {
      events.add("load " + brief.getFileName());
    }

    @Override
    public synchronized void layingOut(Path pdf) {
      if (renders) {
        events.add("render " + pdf.getFileName());
      }
    }

    synchronized void on(BuildEvent e) {
      if (e instanceof BuildEvent.Built b) {
        built.add(b.output().file().getFileName().toString());
        if (!renders) {
          events.add("built " + b.output().file().getFileName());
        }
      }
    }
  }

  private static BuildRequest request(BatchFixture f, Set<Format> formats, BatchOptions options) {
    return new BuildRequest(
        List.of(),
        f.content,
        f.templates,
        f.out,
        Set.of("executive", "public"),
        EnumSet.copyOf(formats),
        LoadLimits.DEFAULT,
        options);
  }

  @Test
  void eachBriefIsLoadedWhenItsDocumentsAreRenderedAndOnlyThen() throws Exception {
    BatchFixture f = BatchFixture.create(dir, 3);
    Trace trace = new Trace(true);
    BuildReport r =
        BatchFixture.builder(Map.of(), BatchFixture.PROGRAM)
            .withFaults(trace)
            .build(request(f, Set.of(Format.PDF), BatchFixture.options()), trace::on);

    assertThat(r.ok()).isTrue();
    // Brief 2 is loaded only after brief 1's documents are rendered: had the plan kept the briefs
    // it loaded, there would be no loads here, or all of them before the first document.
    assertThat(trace.events)
        .containsExactly(
            "load synthetic-00001.yaml",
            "render synthetic-00001.executive.pdf",
            "render synthetic-00001.public.pdf",
            "load synthetic-00002.yaml",
            "render synthetic-00002.executive.pdf",
            "render synthetic-00002.public.pdf",
            "load synthetic-00003.yaml",
            "render synthetic-00003.executive.pdf",
            "render synthetic-00003.public.pdf");
    // and every one was written before the build returned
    assertThat(trace.built)
        .containsExactlyInAnyOrder(
            "synthetic-00001.executive.pdf",
            "synthetic-00001.public.pdf",
            "synthetic-00002.executive.pdf",
            "synthetic-00002.public.pdf",
            "synthetic-00003.executive.pdf",
            "synthetic-00003.public.pdf");
  }

  @Test
  void anUpToDateBriefIsNotLoadedToRender() throws Exception {
    BatchFixture f = BatchFixture.create(dir, 2);
    f.build(BatchFixture.options());
    Files.writeString(
        f.brief(2), Files.readString(f.brief(2)).replace("Synthetic briefs", "Edited"));
    Trace trace = new Trace();
    BatchFixture.builder(Map.of(), BatchFixture.PROGRAM)
        .withFaults(trace)
        .build(request(f, Set.of(Format.PDF, Format.DOCX), BatchFixture.options()), trace::on);

    assertThat(trace.events)
        .containsExactly(
            "load synthetic-00002.yaml",
            "built synthetic-00002.executive.pdf",
            "built synthetic-00002.executive.docx",
            "built synthetic-00002.public.pdf",
            "built synthetic-00002.public.docx");
  }

  @Test
  void aBriefBrokenAfterPlanningFailsAloneAndKeepsItsOldFiles() throws Exception {
    BatchFixture f = BatchFixture.create(dir, 2);
    Path broken = f.brief(1);
    Builder.Faults breakFirst =
        new Builder.Faults() {
          @Override
          public void writing(Path target) {}

          @Override
          public void loading(Path brief) throws IOException {
            if (brief.equals(broken)) {
              Files.writeString(brief, "format: briefsmith/1\n");
            }
          }
        };
    BuildReport r =
        BatchFixture.builder(Map.of(), BatchFixture.PROGRAM)
            .withFaults(breakFirst)
            .build(request(f, Set.of(Format.PDF), BatchFixture.options()), e -> {});

    assertThat(r.failedBriefs()).isEqualTo(1);
    assertThat(r.errors())
        .isNotEmpty()
        .allSatisfy(
            d ->
                assertThat(d.message())
                    .contains("the file changed during the run and is no longer valid")
                    .endsWith("; run again"));
    assertThat(r.written())
        .extracting(o -> o.file().getFileName().toString())
        .containsExactlyInAnyOrder("synthetic-00002.executive.pdf", "synthetic-00002.public.pdf");
  }
}
