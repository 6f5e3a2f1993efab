package dev.briefsmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.batch.Shard;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** Point 10: the scheduling files in deploy/ and the README's crontab line are right. */
class DeployTest {

  /** Parses a command line as the CLI would, without running it. */
  static ParseResult parse(List<String> args) {
    CommandLine cli =
        Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    return cli.parseArgs(args.toArray(String[]::new));
  }

  @Test
  void theKubernetesCronJobFansOutOverItsShards() throws IOException {
    Object doc =
        new Load(LoadSettings.builder().build())
            .loadFromString(Files.readString(Path.of("deploy/kubernetes/cronjob.yaml")));
    Map<?, ?> cronJob = (Map<?, ?>) doc;
    assertThat(cronJob.get("apiVersion")).isEqualTo("batch/v1");
    assertThat(cronJob.get("kind")).isEqualTo("CronJob");
    Map<?, ?> spec = (Map<?, ?>) cronJob.get("spec");
    assertThat(spec.get("concurrencyPolicy")).isEqualTo("Forbid");
    assertThat(((String) spec.get("schedule")).split(" ", -1)).hasSize(5);
    Map<?, ?> job = (Map<?, ?>) ((Map<?, ?>) spec.get("jobTemplate")).get("spec");
    assertThat(job.get("completionMode")).isEqualTo("Indexed");
    int n = (Integer) job.get("completions");
    assertThat(job.get("parallelism")).isEqualTo(n);
    assertThat(n).isGreaterThan(1);
    Map<?, ?> pod = (Map<?, ?>) ((Map<?, ?>) job.get("template")).get("spec");
    assertThat(pod.get("restartPolicy")).isEqualTo("Never");
    Map<?, ?> container = (Map<?, ?>) ((List<?>) pod.get("containers")).get(0);
    assertThat(container.get("name")).isEqualTo("briefsmith");
    List<String> args = ((List<?>) container.get("args")).stream().map(String::valueOf).toList();
    int at = args.indexOf("--shard");
    assertThat(at).isNotNegative();
    assertThat(args.get(at + 1)).isEqualTo("$(SHARD_INDEX)/" + n);
    Map<?, ?> env = (Map<?, ?>) ((List<?>) container.get("env")).get(0);
    assertThat(env.get("name")).isEqualTo("SHARD_INDEX");
    assertThat(env.toString())
        .contains("metadata.annotations['batch.kubernetes.io/job-completion-index']");
    // The exit codes the failure policy names are the CLI's.
    assertThat(job.get("podFailurePolicy").toString())
        .contains("values=[" + ExitCode.INVALID + ", " + ExitCode.USAGE + "]");

    // Every pod's arguments, with its index filled in, are a valid build of shard K/N.
    for (int k = 0; k < n; k++) {
      List<String> expanded = new ArrayList<>();
      for (String a : args) {
        expanded.add(a.replace("$(SHARD_INDEX)", Integer.toString(k)));
      }
      ParseResult parsed = parse(expanded);
      Shard shard = parsed.subcommand().matchedOptionValue("--shard", Shard.ALL);
      assertThat(shard).isEqualTo(new Shard(k, n));
      assertThat(parsed.subcommand().commandSpec().name()).isEqualTo("build");
    }
  }

  @Test
  void theVolumeClaimIsSharedByEveryPod() throws IOException {
    Map<?, ?> pvc =
        (Map<?, ?>)
            new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(Path.of("deploy/kubernetes/pvc.yaml")));
    assertThat(pvc.get("kind")).isEqualTo("PersistentVolumeClaim");
    assertThat(((Map<?, ?>) pvc.get("spec")).get("accessModes").toString())
        .contains("ReadWriteMany");
    assertThat(Files.readString(Path.of("deploy/kubernetes/cronjob.yaml")))
        .contains("claimName: " + ((Map<?, ?>) pvc.get("metadata")).get("name"));
  }

  @Test
  void theSystemdUnitsVerifyAndRunAValidBuild(@TempDir Path dir) throws Exception {
    Path service = Path.of("deploy/systemd/briefsmith.service");
    Path timer = Path.of("deploy/systemd/briefsmith.timer");
    String execStart =
        Files.readString(service)
            .lines()
            .filter(l -> l.startsWith("ExecStart="))
            .findFirst()
            .orElseThrow()
            .substring("ExecStart=".length());
    List<String> command = Arrays.asList(execStart.split(" ", -1));
    assertThat(command.get(0)).isEqualTo("/opt/briefsmith/briefsmith");
    assertThat(parse(command.subList(1, command.size())).subcommand().commandSpec().name())
        .isEqualTo("build");
    assertThat(Files.readString(timer)).contains("Unit=briefsmith.service", "OnCalendar=");

    Assumptions.assumeTrue(onPath("systemd-analyze"), "systemd-analyze is not installed");
    // verify checks that the program exists: point it at this checkout's launcher.
    Path launcher = Path.of("briefsmith").toAbsolutePath();
    Files.writeString(
        dir.resolve("briefsmith.service"),
        Files.readString(service).replace("/opt/briefsmith/briefsmith ", launcher + " "));
    Files.copy(timer, dir.resolve("briefsmith.timer"));
    String output =
        run(
            "systemd-analyze",
            "verify",
            dir.resolve("briefsmith.service").toString(),
            dir.resolve("briefsmith.timer").toString());
    assertThat(output).as("no warnings").isBlank();
  }

  @Test
  void theReadmeCrontabLineIsTheShippedOneAndAValidBuild() throws IOException {
    String readme = ReadmeTest.readme();
    assertThat(readme).contains("## Nightly runs");
    String block = ReadmeTest.block(readme, "### With cron", "");
    List<String> shipped =
        Files.readString(Path.of("deploy/cron/crontab"))
            .lines()
            .filter(l -> !l.startsWith("#") && !l.isBlank())
            .toList();
    assertThat(block.lines().toList()).isEqualTo(shipped);
    String line = shipped.stream().filter(l -> !l.contains("=")).findFirst().orElseThrow();
    String[] fields = line.split("\\s+", 6);
    assertThat(fields[0]).matches("[0-5]?\\d");
    assertThat(fields[1]).matches("1?\\d|2[0-3]");
    assertThat(Arrays.asList(fields[2], fields[3], fields[4])).containsOnly("*");
    String command = fields[5];
    assertThat(command).startsWith("cd ").contains(" && ./briefsmith build ");
    List<String> args =
        Arrays.asList(command.substring(command.indexOf("./briefsmith ") + 13).split(" ", -1));
    assertThat(parse(args).subcommand().commandSpec().name()).isEqualTo("build");
  }

  @Test
  void theReadmeDocumentsTheExitCodesOfNightlyRuns() throws IOException {
    String nightly = ReadmeTest.readme().split("## Nightly runs", -1)[1].split("\n## ", -1)[0];
    assertThat(nightly)
        .contains("deploy/systemd/", "deploy/kubernetes/", "--shard", "--force", "--jobs")
        .contains("manifest.json", "run-report.json", "--prune", "--digest", "SIGKILL")
        .contains("| 3 |", "| 1 |");
  }

  static boolean onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":", -1)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }

  /** Runs a command, which must end within a minute with exit code 0; returns what it printed. */
  private static String run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output =
        new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    return output;
  }

  /** The launcher's heap flags for a cap, as {@code .mvn/jdk.sh} prints them. */
  static List<String> heapFlags(String cap) throws IOException, InterruptedException {
    String output = run("bash", "-c", ". .mvn/jdk.sh && briefsmith_heap_flags \"$0\"", cap);
    return Arrays.asList(output.strip().split(" ", -1));
  }

  /**
   * The young generation grows with the heap cap, a fifth of it, with survivor spaces of a quarter
   * of that, so a document's garbage dies young; a cap in other units keeps the JVM's own size.
   */
  @Test
  void theHeapFlagsSizeTheYoungGenerationWithTheCap() throws Exception {
    assertThat(heapFlags("768m")).containsExactly("-Xmx768m", "-Xmn160m", "-XX:SurvivorRatio=3");
    assertThat(heapFlags("2g")).containsExactly("-Xmx2g", "-Xmn426m", "-XX:SurvivorRatio=3");
    assertThat(heapFlags("2G")).containsExactly("-Xmx2G", "-Xmn426m", "-XX:SurvivorRatio=3");
    assertThat(heapFlags("128m")).containsExactly("-Xmx128m", "-Xmn26m", "-XX:SurvivorRatio=3");
    // too small to split, other units, not a size: the JVM decides (and rejects what is no size)
    assertThat(heapFlags("40m")).containsExactly("-Xmx40m", "-XX:SurvivorRatio=3");
    assertThat(heapFlags("300000k")).containsExactly("-Xmx300000k", "-XX:SurvivorRatio=3");
    assertThat(heapFlags("lots")).containsExactly("-Xmxlots", "-XX:SurvivorRatio=3");
  }

  /**
   * The image starts the program with the launcher's JVM flags and from a start-up cache its build
   * trains with those same flags (a cache made with other flags may not be usable).
   */
  @Test
  void theImageStartsTheProgramAsTheLauncherDoes() throws Exception {
    String script = Files.readString(Path.of("briefsmith"));
    java.util.regex.Matcher line =
        java.util.regex.Pattern.compile("(?m)^flags=\\((.*)\\)$").matcher(script);
    assertThat(line.find()).as("the launcher's flags=(...) line").isTrue();
    assertThat(script)
        .contains(
            "read -r -a heap <<<\"$(briefsmith_heap_flags \"${BRIEFSMITH_MAX_HEAP:-768m}\")\"");
    assertThat(script).contains("compiler=$(briefsmith_compiler_flags \"$@\")");
    List<String> launcher = new ArrayList<>();
    for (String f : line.group(1).split(" ", -1)) {
      if (f.equals("\"${heap[@]}\"")) {
        launcher.addAll(heapFlags("768m"));
      } else if (f.equals("\"$compiler\"")) {
        // the image runs what the launcher chooses for a run of a few briefs: a scheduled run of
        // thousands is faster with the full compiler (the Dockerfile says how)
        launcher.add(
            run(
                    "bash",
                    "-c",
                    ". .mvn/jdk.sh && BRIEFSMITH_COMPILER=auto briefsmith_compiler_flags build"
                        + " --content \"$0\"",
                    "src/test/resources/briefs")
                .strip());
      } else {
        launcher.add(f);
      }
    }
    assertThat(launcher).contains("-XX:TieredStopAtLevel=1", "-Xmx768m", "-Xmn160m");
    String dockerfile = Files.readString(Path.of("deploy/container/Dockerfile"));
    java.util.regex.Matcher entry =
        java.util.regex.Pattern.compile("(?m)^ENTRYPOINT \\[(.*)]$").matcher(dockerfile);
    assertThat(entry.find()).as("the ENTRYPOINT line").isTrue();
    List<String> entrypoint =
        Arrays.stream(entry.group(1).split(", ")).map(s -> s.replace("\"", "")).toList();
    assertThat(entrypoint)
        .containsAll(launcher)
        .contains("-XX:AOTCache=/opt/briefsmith/briefsmith.aot");
    String training = dockerfile.replace("\\\n", " ").replaceAll(" +", " ");
    assertThat(training)
        .as("the training run")
        .contains("RUN java " + String.join(" ", launcher))
        .contains("-XX:AOTCacheOutput=/opt/briefsmith/briefsmith.aot");
  }
}
