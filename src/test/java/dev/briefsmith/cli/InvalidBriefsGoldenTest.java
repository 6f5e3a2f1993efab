package dev.briefsmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden error tests: each {@code invalid/NAME.yaml} breaks one rule (or is hostile input) and
 * {@code NAME.expected} holds exactly what {@code briefsmith validate} prints for it; optional
 * {@code NAME.args} holds extra arguments, one per line.
 */
class InvalidBriefsGoldenTest {
  static final Path DIR = Path.of("src/test/resources/briefs/invalid");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".yaml"))
          .map(n -> n.substring(0, n.length() - ".yaml".length()))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @Timeout(10) // a guard against hangs on hostile input, not a speed target
  void printsTheExpectedErrorsAndExitsOne(String name) throws IOException {
    List<String> args = new ArrayList<>(List.of("validate"));
    Path extra = DIR.resolve(name + ".args");
    if (Files.exists(extra)) {
      args.addAll(Files.readAllLines(extra).stream().filter(l -> !l.isBlank()).toList());
    }
    args.add(DIR.resolve(name + ".yaml").toString());

    CliRun run = CliRun.of(args.toArray(String[]::new));

    String expected = Files.readString(DIR.resolve(name + ".expected"), StandardCharsets.UTF_8);
    assertThat(run.out().replace(DIR + "/", "")).isEqualTo(expected);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(expected).contains(": error: ");
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void everyCaseHasAnExpectationAndEveryExpectationACase() throws IOException {
    List<String> names;
    try (Stream<Path> files = Files.list(DIR)) {
      names = files.map(p -> p.getFileName().toString()).sorted().toList();
    }
    for (String n : names) {
      String stem = n.substring(0, n.lastIndexOf('.'));
      assertThat(n).matches(".*\\.(yaml|expected|args)");
      assertThat(names).as("pair of " + n).contains(stem + ".yaml", stem + ".expected");
    }
    assertThat(names.stream().filter(n -> n.endsWith(".yaml")).count()).isGreaterThanOrEqualTo(25);
  }
}
