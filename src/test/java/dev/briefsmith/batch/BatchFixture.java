package dev.briefsmith.batch;

import dev.briefsmith.batch.bench.SyntheticBriefs;
import dev.briefsmith.render.Fonts;
import dev.briefsmith.yaml.LoadLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A content folder of small synthetic briefs, the three shipped audiences and an output folder. */
final class BatchFixture {
  /** Small briefs: two sides, two issues, four statements (a few pages each). */
  static final SyntheticBriefs SMALL = new SyntheticBriefs(2, 2, 4);

  static final ProgramId PROGRAM = new ProgramId("0.1.0-test", "code-a", "java-test");

  /** Shared by every test: fonts are read once per instance. */
  private static final Fonts FONTS = new Fonts();

  final Path dir;
  final Path content;
  final Path templates;
  final Path out;

  private BatchFixture(Path dir, Path out) {
    this.dir = dir;
    this.content = dir.resolve("content");
    this.templates = dir.resolve("templates");
    this.out = out;
  }

  static BatchFixture create(Path dir, int briefs) throws IOException {
    BatchFixture f = new BatchFixture(dir, dir.resolve("output"));
    for (String a : List.of("analyst", "executive", "public")) {
      RenderingTest.copyFolder(Path.of("templates", a), f.templates.resolve(a));
    }
    SMALL.write(f.content, briefs);
    return f;
  }

  /** The same content and templates, another output folder. */
  BatchFixture withOut(Path other) {
    return new BatchFixture(dir, other);
  }

  BuildRequest request(BatchOptions options) {
    return new BuildRequest(
        List.of(),
        content,
        templates,
        out,
        Set.of(),
        EnumSet.allOf(Format.class),
        LoadLimits.DEFAULT,
        options);
  }

  static BatchOptions options() {
    return BatchOptions.DEFAULT;
  }

  static BatchOptions jobs(int n) {
    return new BatchOptions(false, n, false, false, false, Shard.ALL);
  }

  static Builder builder(Map<String, String> env, ProgramId program) {
    return new Builder(FONTS, env, Clock.systemUTC(), program);
  }

  BuildReport build(BatchOptions options, List<String> log) throws Exception {
    return builder(Map.of(), PROGRAM).run(request(options), log::add);
  }

  BuildReport build(BatchOptions options) throws Exception {
    return build(options, new ArrayList<>());
  }

  Path brief(int i) {
    return content.resolve(String.format(java.util.Locale.ROOT, "synthetic-%05d.yaml", i));
  }

  static String id(int i) {
    return String.format(java.util.Locale.ROOT, "synthetic-%05d", i);
  }

  /** Every visible file under the output folder, by relative path, with its SHA-256. */
  Map<String, String> hashes() throws IOException {
    return hashes(out);
  }

  static Map<String, String> hashes(Path out) throws IOException {
    Map<String, String> map = new TreeMap<>();
    try (Stream<Path> files = Files.walk(out)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        if (!p.getFileName().toString().startsWith(".")) {
          map.put(out.relativize(p).toString(), Hashing.file(p));
        }
      }
    }
    return map;
  }

  /** Every file whose name starts with a dot, below the output folder. */
  static List<Path> hidden(Path out) throws IOException {
    try (Stream<Path> files = Files.walk(out)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().startsWith("."))
          .toList();
    }
  }

  /** The arguments that point the CLI at this fixture. */
  List<String> args(String... more) {
    List<String> a =
        new ArrayList<>(
            List.of(
                "build",
                "--content",
                content.toString(),
                "--templates",
                templates.toString(),
                "--out",
                out.toString()));
    a.addAll(List.of(more));
    return a;
  }
}
