package dev.briefsmith.render;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A checker that is not there fails the test and says how to get it; it never skips. */
class CheckersTest {
  @TempDir Path dir;

  @Test
  void aMissingToolFailsWithWhatToInstall() {
    assertThatThrownBy(
            () ->
                Checkers.run(
                    List.of("briefsmith-no-such-checker", "x.pdf"), "apt-get install some-package"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "briefsmith-no-such-checker is not installed, and the tests check every rendered file"
                + " with it: apt-get install some-package (.ci/run installs it)");
  }

  @Test
  void aMissingVeraPdfJarFailsWithWhereMavenPutsIt() {
    Path jar = dir.resolve("verapdf-cli.jar");
    assertThatThrownBy(
            () -> Checkers.veraPdf(jar, "2b", List.of(dir.resolve("x.pdf")), dir.resolve("work")))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("the veraPDF command-line jar is not at " + jar)
        .hasMessageContaining("./mvnw -B verify")
        .hasMessageContaining("org.verapdf.apps:cli:");
  }
}
