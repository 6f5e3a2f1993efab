package dev.briefsmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code briefsmith diff}: what it refuses, and its exit codes. */
class DiffCommandTest {
  static final Path ONE = Path.of("src/test/resources/briefs/editions/1/river-editions-2031.yaml");
  static final Path TWO = Path.of("src/test/resources/briefs/editions/2/river-editions-2031.yaml");

  @TempDir Path dir;

  @Test
  void twoDifferentBriefsAreAUsageError() {
    CliRun run =
        CliRun.of(
            "diff", ONE.toString(), "src/test/resources/briefs/valid/arctic-shipping-2031.yaml");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            "OLD is the brief \"river-editions-2031\" and NEW the brief \"arctic-shipping-2031\":"
                + " diff compares two editions of one brief");
  }

  @Test
  void anInvalidEditionIsReportedAtItsPlaceAndExits1() throws Exception {
    Path bad = dir.resolve("river-editions-2031.yaml");
    Files.writeString(bad, Files.readString(TWO).replace("stance: -2,", "stance: 7,"));
    CliRun run = CliRun.of("diff", ONE.toString(), bad.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(bad + ":").contains("issues[0].positions.south.stance");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void noChangesIsOneLineAndExit0EvenWithExitCode() {
    CliRun run = CliRun.of("diff", "--exit-code", TWO.toString(), TWO.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualTo("river-editions-2031: no changes from 15 March 2031 to 15 March 2031\n");
  }

  @Test
  void anUnknownSensitivityIsAUsageError() {
    CliRun run = CliRun.of("diff", "--sensitivity", "secret", ONE.toString(), TWO.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--sensitivity");
  }
}
