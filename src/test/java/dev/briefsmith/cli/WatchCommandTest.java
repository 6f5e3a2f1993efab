package dev.briefsmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.batch.bench.SyntheticBriefs;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code briefsmith watch} with real file events: started, a brief edited, the new output seen;
 * then an invalid edit that leaves the last good files. The waits are generous deadlines for a
 * loaded machine, not timing assertions.
 */
class WatchCommandTest {
  private static final Duration DEADLINE = Duration.ofSeconds(90);

  @TempDir Path dir;

  private static void await(StringWriter out, Predicate<String> done, String what)
      throws InterruptedException {
    Instant end = Instant.now().plus(DEADLINE);
    while (!done.test(out.toString())) {
      if (Instant.now().isAfter(end)) {
        throw new AssertionError("no " + what + " within " + DEADLINE + "; output:\n" + out);
      }
      Thread.sleep(20);
    }
  }

  private static int count(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }

  @Test
  void rebuildsAnEditedBriefAndKeepsTheLastGoodFilesAfterAnInvalidEdit() throws Exception {
    Path content = dir.resolve("content");
    Path templates = dir.resolve("templates");
    Path out = dir.resolve("output");
    new SyntheticBriefs(2, 2, 4).write(content, 2);
    Files.createDirectories(templates.resolve("executive"));
    try (Stream<Path> files = Files.list(Path.of("templates", "executive"))) {
      for (Path f : files.toList()) {
        Files.copy(f, templates.resolve("executive").resolve(f.getFileName()));
      }
    }
    Path brief = content.resolve("synthetic-00001.yaml");
    Path pdf = out.resolve("synthetic-00001").resolve("synthetic-00001.executive.pdf");
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    Host host = new Host(Map.of(), Clock.systemUTC(), false);
    AtomicInteger exit = new AtomicInteger(-1);
    Thread watch =
        new Thread(
            () ->
                exit.set(
                    Main.commandLine(new PrintWriter(stdout), new PrintWriter(stderr), host)
                        .execute(
                            "watch",
                            "--content",
                            content.toString(),
                            "--templates",
                            templates.toString(),
                            "--out",
                            out.toString(),
                            "--jobs",
                            "1")));
    watch.start();
    try {
      await(stdout, s -> s.contains("watch: watching"), "first build");
      assertThat(stdout.toString()).contains("watch: built 4 files, 0 up to date");
      byte[] first = Files.readAllBytes(pdf);

      Files.writeString(brief, Files.readString(brief).replace("Synthetic briefs", "Edited"));
      await(stdout, s -> count(s, "watch: watching") == 2, "rebuild after the edit");
      assertThat(stdout.toString())
          .contains("watch: synthetic-00001.yaml changed: built 2 files, 2 up to date in ")
          .contains("synthetic-00001.executive.pdf");
      byte[] edited = Files.readAllBytes(pdf);
      assertThat(edited).isNotEqualTo(first);

      Files.writeString(brief, "format: briefsmith/1\nid: [broken\n");
      await(stdout, s -> count(s, "watch: watching") == 3, "report of the invalid edit");
      assertThat(stdout.toString())
          .contains("1 brief failed (its last good files are kept)")
          .contains(brief + ":");
      assertThat(Files.readAllBytes(pdf)).isEqualTo(edited);
    } finally {
      watch.interrupt();
      watch.join(DEADLINE.toMillis());
    }
    assertThat(watch.isAlive()).isFalse();
    assertThat(stdout.toString()).endsWith("watch: stopped" + System.lineSeparator());
    assertThat(exit.get()).isZero();
  }
}
