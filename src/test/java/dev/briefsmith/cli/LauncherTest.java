package dev.briefsmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./briefsmith} builds the program when its sources are newer than the last build, and only
 * then: a checkout of the launcher and {@code .mvn/jdk.sh} with a stand-in for Maven that logs each
 * build and, like Maven, keeps a jar whose content would not change with its old time.
 */
class LauncherTest {
  private static final Instant JAR_MADE = Instant.parse("2021-01-01T00:00:00Z");
  private static final Instant CHECKED_OUT = Instant.parse("2022-01-01T00:00:00Z");

  @TempDir Path project;

  private Path builds;
  private Path source;

  /** What the stand-in jar runs: proof that the launcher started the program. */
  public static final class Probe {
    private Probe() {}

    public static void main(String[] args) {
      System.out.println("ran " + String.join(" ", args));
      if (System.getenv("PROBE_COMPILER") != null) {
        // what the JVM runs with, not what the launcher meant to pass
        String level =
            ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                .getVMOption("TieredStopAtLevel")
                .getValue();
        System.out.println(level.equals("1") ? "client compiler" : "full compiler, level " + level);
      }
    }
  }

  @BeforeEach
  void checkout() throws IOException {
    Files.copy(Path.of("briefsmith"), project.resolve("briefsmith"));
    Files.createDirectories(project.resolve(".mvn"));
    Files.copy(Path.of(".mvn/jdk.sh"), project.resolve(".mvn/jdk.sh"));
    builds = project.resolve("builds.log");
    // "package" appends to the log, saves an edit of the source while it builds if a file named
    // EDIT exists, and fails while a file named FAIL exists
    Path mvnw = project.resolve("mvnw");
    Files.writeString(
        mvnw,
        """
        #!/usr/bin/env bash
        here=$(cd "$(dirname "$0")" && pwd)
        echo "package" >>"$here/builds.log"
        [ ! -e "$here/EDIT" ] || { rm "$here/EDIT"; echo "class A { int b; }" >"$here/src/main/java/A.java"; }
        [ ! -e "$here/FAIL" ]
        """);
    Files.setPosixFilePermissions(mvnw, PosixFilePermissions.fromString("rwxr-xr-x"));
    source = project.resolve("src/main/java/A.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, "class A {}\n");
    Files.writeString(project.resolve("pom.xml"), "<project/>\n");
    Path jar = project.resolve("target/briefsmith.jar");
    Files.createDirectories(jar.getParent());
    writeProbeJar(jar);
    Files.setLastModifiedTime(jar, FileTime.from(JAR_MADE));
    // a checkout touched the sources after the jar was made, without changing them
    Files.setLastModifiedTime(source, FileTime.from(CHECKED_OUT));
    Files.setLastModifiedTime(project.resolve("pom.xml"), FileTime.from(CHECKED_OUT));
  }

  @Test
  void aJarMavenKeptUnchangedIsNotBuiltAgainOnEveryRun() throws Exception {
    assertThat(launch("--version")).isEqualTo("ran --version");
    assertThat(builds()).hasSize(1);

    // Maven kept the jar with its old time; the sources are still newer than it
    assertThat(Files.getLastModifiedTime(project.resolve("target/briefsmith.jar")).toInstant())
        .isEqualTo(JAR_MADE);
    assertThat(launch("build")).isEqualTo("ran build");
    assertThat(launch("build")).isEqualTo("ran build");
    assertThat(builds()).as("built once, not on every run").hasSize(1);

    // an edit after that build is built
    Files.setLastModifiedTime(source, FileTime.from(Instant.now().plusSeconds(5)));
    assertThat(launch("build")).isEqualTo("ran build");
    assertThat(builds()).hasSize(2);
  }

  @Test
  void aSourceSavedDuringTheBuildIsBuiltOnTheNextRun() throws Exception {
    Files.writeString(project.resolve("EDIT"), "");
    assertThat(launch("build")).isEqualTo("ran build");
    assertThat(builds()).hasSize(1);
    assertThat(launch("build")).isEqualTo("ran build");
    assertThat(builds()).as("the edit came after the build started").hasSize(2);
    assertThat(launch("build")).isEqualTo("ran build");
    assertThat(builds()).hasSize(2);
  }

  @Test
  void aFailedBuildIsTriedAgainOnTheNextRun() throws Exception {
    Files.writeString(project.resolve("FAIL"), "");
    Process failed = start("build");
    assertThat(failed.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(failed.exitValue()).isEqualTo(2);
    assertThat(new String(failed.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
        .contains("the build failed");
    assertThat(project.resolve("target/.briefsmith-built")).doesNotExist();

    Files.delete(project.resolve("FAIL"));
    assertThat(launch("build")).isEqualTo("ran build");
    assertThat(builds()).hasSize(2);
    assertThat(launch("build")).isEqualTo("ran build");
    assertThat(builds()).hasSize(2);
  }

  @Test
  void aContentFolderThatIsALinkStillGivesAStartUpCache() throws Exception {
    // the briefs kept elsewhere, content/ a link to them: the launcher trains on the first one
    Files.createDirectories(project.resolve("templates"));
    Path elsewhere = Files.createDirectories(project.resolve("briefs-repository"));
    Files.writeString(elsewhere.resolve("a.yaml"), "format: briefsmith/1\n");
    Files.createSymbolicLink(project.resolve("content"), elsewhere);

    assertThat(launch(true, "--version")).isEqualTo("ran --version");
    Path caches = project.resolve("target/aot");
    assertThat(caches).isDirectory();
    try (Stream<Path> made = Files.list(caches)) {
      // a cache, or the marker of a JDK that cannot make one: either way, training was tried
      assertThat(made.map(p -> p.getFileName().toString()))
          .anyMatch(name -> name.startsWith("briefsmith-"));
    }
  }

  @Test
  void aLongRunGetsTheFullCompilerAndAShortOneTheClientCompilerAlone() throws Exception {
    Path content = Files.createDirectories(project.resolve("content"));
    Files.writeString(content.resolve("one.yaml"), "format: briefsmith/1\n");
    assertThat(compiler("build")).isEqualTo("client compiler");
    assertThat(compiler("--version")).isEqualTo("client compiler");
    assertThat(compiler("bench", "--briefs", "20")).isEqualTo("client compiler");
    assertThat(compiler("bench", "--briefs=5000")).isEqualTo("full compiler, level 4");
    assertThat(compiler("bench"))
        .as("bench's 1,000 by default")
        .isEqualTo("full compiler, level 4");

    // a content folder of a thousand briefs, named on the command line or the default one
    Path many = Files.createDirectories(project.resolve("many"));
    for (int i = 0; i < 1000; i++) {
      Files.writeString(many.resolve("b" + i + (i % 2 == 0 ? ".yaml" : ".yml")), "");
    }
    assertThat(compiler("build", "--content", many.toString())).isEqualTo("full compiler, level 4");
    assertThat(compiler("build", "--content=" + many)).isEqualTo("full compiler, level 4");
    assertThat(compiler("build", "--content", many.toString(), many.resolve("b2.yaml").toString()))
        .as("one brief named: the run reads that one")
        .isEqualTo("client compiler");
    Files.writeString(many.resolve(".hidden.yaml"), "");
    Files.delete(many.resolve("b0.yaml"));
    Files.writeString(many.resolve("notes.txt"), "");
    assertThat(compiler("build", "--content", many.toString()))
        .as("999 briefs: hidden files and other names do not count")
        .isEqualTo("client compiler");
  }

  @Test
  void theCompilerCanBeChosenAndAnUnknownChoiceIsRefused() throws Exception {
    assertThat(compiler(Map.of("BRIEFSMITH_COMPILER", "full"), "--version"))
        .isEqualTo("full compiler, level 4");
    assertThat(compiler(Map.of("BRIEFSMITH_COMPILER", "client"), "bench", "--briefs", "9000"))
        .isEqualTo("client compiler");

    Process p = start(false, Map.of("BRIEFSMITH_COMPILER", "fast"), "--version");
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isEqualTo(2);
    assertThat(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
        .contains("BRIEFSMITH_COMPILER is \"fast\"; expected client, full or auto");
    assertThat(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
        .as("the program did not start")
        .isEmpty();
  }

  @Test
  void eachCompilerKeepsItsOwnStartUpCache() throws Exception {
    Files.createDirectories(project.resolve("templates"));
    Files.createDirectories(project.resolve("content"));
    Files.writeString(project.resolve("content/a.yaml"), "format: briefsmith/1\n");

    assertThat(launch(true, Map.of("BRIEFSMITH_COMPILER", "client"), "--version"))
        .isEqualTo("ran --version");
    assertThat(launch(true, Map.of("BRIEFSMITH_COMPILER", "full"), "--version"))
        .isEqualTo("ran --version");
    try (Stream<Path> made = Files.list(project.resolve("target/aot"))) {
      // a cache each, or the marker of a JDK that cannot make one: the second did not sweep the
      // first away as stale
      assertThat(
              made.map(p -> p.getFileName().toString().replaceAll("\\.(aot|jsa)(\\.failed)?$", "")))
          .hasSize(2)
          .doesNotHaveDuplicates();
    }
  }

  /** The compiler the program ran with, when launched with {@code args}. */
  private String compiler(String... args) throws Exception {
    return compiler(Map.of(), args);
  }

  private String compiler(Map<String, String> env, String... args) throws Exception {
    Map<String, String> all = new HashMap<>(env);
    all.put("PROBE_COMPILER", "1");
    String out = launch(false, all, args);
    assertThat(out).startsWith("ran ");
    return out.lines().reduce((a, b) -> b).orElseThrow();
  }

  private List<String> builds() throws IOException {
    return Files.exists(builds) ? Files.readAllLines(builds) : List.of();
  }

  private Process start(String... args) throws IOException {
    return start(false, args);
  }

  private Process start(boolean cache, String... args) throws IOException {
    return start(cache, Map.of(), args);
  }

  private Process start(boolean cache, Map<String, String> env, String... args) throws IOException {
    ProcessBuilder pb = new ProcessBuilder();
    pb.directory(project.toFile());
    pb.command().add("bash");
    pb.command().add(project.resolve("briefsmith").toString());
    pb.command().addAll(List.of(args));
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment().put("BRIEFSMITH_AOT", cache ? "on" : "off");
    pb.environment().remove("BRIEFSMITH_COMPILER");
    pb.environment().putAll(env);
    pb.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    return pb.start();
  }

  /** Runs the launcher to success and returns what the program printed. */
  private String launch(String... args) throws Exception {
    return launch(false, args);
  }

  /** Runs the launcher, with its start-up cache if {@code cache}, and returns what was printed. */
  private String launch(boolean cache, String... args) throws Exception {
    return launch(cache, Map.of(), args);
  }

  private String launch(boolean cache, Map<String, String> env, String... args) throws Exception {
    Process p = start(cache, env, args);
    byte[] out = p.getInputStream().readAllBytes();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(err).isZero();
    return new String(out, StandardCharsets.UTF_8).strip();
  }

  private static void writeProbeJar(Path jar) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Probe.class.getName());
    String entry = Probe.class.getName().replace('.', '/') + ".class";
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file, manifest);
        InputStream in = Probe.class.getClassLoader().getResourceAsStream(entry)) {
      assertThat(in).as(entry).isNotNull();
      out.putNextEntry(new JarEntry(entry));
      in.transferTo(out);
      out.closeEntry();
    }
  }
}
