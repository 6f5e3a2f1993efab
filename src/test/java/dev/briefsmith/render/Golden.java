package dev.briefsmith.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under src/test/resources/golden: a missing one fails the test and writes the
 * candidate to target/golden-candidates; {@code -Dgolden.update=true} rewrites them.
 */
public final class Golden {
  private Golden() {}

  /**
   * Checks {@code actual} (trailing blanks and line ends normalised) against golden {@code name}.
   */
  public static void check(String name, String actual) throws IOException {
    String normalised = actual.replaceAll("[ \\t]+\\n", "\n").replace("\r\n", "\n");
    Path expected = Path.of("src/test/resources/golden", name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(expected.getParent());
      Files.writeString(expected, normalised);
    }
    if (!Files.exists(expected)) {
      Path candidate = Path.of("target/golden-candidates", name);
      Files.createDirectories(candidate.getParent());
      Files.writeString(candidate, normalised);
      throw new AssertionError(
          "no golden file "
              + expected
              + "; review "
              + candidate
              + " and copy it there (or run with -Dgolden.update=true)");
    }
    assertThat(normalised).isEqualTo(Files.readString(expected));
  }
}
