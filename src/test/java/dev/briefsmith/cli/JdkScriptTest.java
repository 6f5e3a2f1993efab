package dev.briefsmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code .mvn/jdk.sh}, which the launcher and {@code ./mvnw} source, reads a JDK's version from its
 * {@code release} file with shell built-ins, and starts {@code java} to ask only when that file
 * does not say.
 */
class JdkScriptTest {
  @TempDir Path dir;

  /**
   * A stand-in JDK: its {@code release} file holds {@code release} (none if null), and its {@code
   * java}, if started, says it is version 99 and leaves a mark.
   */
  private Path jdk(String name, String release) throws IOException {
    Path home = dir.resolve(name);
    Path bin = Files.createDirectories(home.resolve("bin"));
    for (String tool : List.of("java", "javac")) {
      Path file = bin.resolve(tool);
      Files.writeString(
          file,
          """
          #!/usr/bin/env bash
          touch "$(dirname "$0")/started"
          echo '    java.specification.version = 99' >&2
          """);
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    if (release != null) {
      Files.writeString(home.resolve("release"), release, StandardCharsets.UTF_8);
    }
    return home;
  }

  private static String shell(String script, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("bash", "-c", ". .mvn/jdk.sh && " + script));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }

  private static String major(Path home) throws Exception {
    return shell("briefsmith_java_major \"$0\"", home.resolve("bin/java").toString());
  }

  @Test
  void theVersionComesFromTheReleaseFileWithoutStartingJava() throws Exception {
    Path plain =
        jdk(
            "plain",
            """
            IMPLEMENTOR="Eclipse Adoptium"
            JAVA_RUNTIME_VERSION="21.0.2+13-LTS"
            JAVA_VERSION="21.0.2"
            MODULES="java.base"
            """);
    Path crlf = jdk("crlf", "JAVA_VERSION=\"25.0.3\"\r\nOS_NAME=\"Linux\"\r\n");
    Path unended = jdk("unended", "OS_ARCH=\"x86_64\"\nJAVA_VERSION=\"24\"");

    assertThat(major(plain)).isEqualTo("21");
    assertThat(major(crlf)).isEqualTo("25");
    assertThat(major(unended)).isEqualTo("24");
    for (Path home : List.of(plain, crlf, unended)) {
      assertThat(home.resolve("bin/started")).as(home.toString()).doesNotExist();
    }
    assertThat(
            shell(
                "briefsmith_release_value \"$0\" JAVA_RUNTIME_VERSION",
                plain.resolve("release").toString()))
        .isEqualTo("21.0.2+13-LTS");
  }

  @Test
  void withoutAVersionInTheReleaseFileJavaIsAsked() throws Exception {
    Path none = jdk("none", null);
    Path silent = jdk("silent", "IMPLEMENTOR=\"someone\"\nJAVA_VERSIONS=\"30\"\n");

    assertThat(major(none)).isEqualTo("99");
    assertThat(major(silent)).isEqualTo("99");
    assertThat(none.resolve("bin/started")).exists();
  }

  @Test
  void javaHomeIsTakenWhenItIsNewEnoughAndPassedOverWhenNot() throws Exception {
    Path recent = jdk("recent", "JAVA_VERSION=\"21.0.5\"\n");
    Path old = jdk("old", "JAVA_VERSION=\"17.0.9\"\n");

    assertThat(
            shell("JAVA_HOME=\"$0\" briefsmith_find_jdk && echo \"$JAVA_HOME\"", recent.toString()))
        .isEqualTo(recent.toString());
    assertThat(
            shell(
                "JAVA_HOME=\"$0\" briefsmith_find_jdk && echo \"$BRIEFSMITH_JAVA_MAJOR\"",
                recent.toString()))
        .as("the version found is kept for the launcher")
        .isEqualTo("21");
    assertThat(
            shell(
                "JAVA_HOME=\"$0\"; if briefsmith_find_jdk 2>/dev/null; then echo \"$JAVA_HOME\";"
                    + " else echo none; fi",
                old.toString()))
        .isNotEqualTo(old.toString());
  }
}
