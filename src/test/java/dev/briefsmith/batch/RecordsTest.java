package dev.briefsmith.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.cli.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output folder's records (manifest, journal) are input: a run acts only on paths of the form
 * the builder writes, inside the output folder, and never deletes anything outside it.
 */
class RecordsTest {
  static final BatchOptions PRUNE = new BatchOptions(false, 1, true, false, false, Shard.ALL);

  @TempDir Path dir;
  BatchFixture f;
  Path outside;
  Path victim;

  @BeforeEach
  void firstBuild() throws Exception {
    f = BatchFixture.create(dir, 2);
    assertThat(f.build(BatchFixture.options()).ok()).isTrue();
    outside = Files.createDirectories(dir.resolve("outside"));
    victim = Files.writeString(outside.resolve("victim.public.pdf"), "not an output");
  }

  /** A record of an output whose brief is gone, so --prune would delete it. */
  private Manifest.Entry gone(String path, String id, String audience) throws Exception {
    Manifest.Entry any = manifest().outputs().get(0);
    return new Manifest.Entry(
        path,
        id,
        f.content.resolve("gone.yaml").toString(),
        audience,
        Format.PDF,
        any.sha256(),
        any.size(),
        1,
        any.inputs());
  }

  private Manifest manifest() throws Exception {
    return Manifest.fromJson(Files.readAllBytes(f.out.resolve("manifest.json")));
  }

  private void addToManifest(List<Manifest.Entry> entries, List<Manifest.Digest> digests)
      throws Exception {
    Manifest m = manifest();
    List<Manifest.Entry> outputs = new ArrayList<>(m.outputs());
    outputs.addAll(entries);
    List<Manifest.Digest> ds = new ArrayList<>(m.digests());
    ds.addAll(digests);
    Files.write(
        f.out.resolve("manifest.json"),
        new Manifest(m.program(), m.shard(), outputs, ds, m.editions()).toJson());
  }

  /** Every way a recorded path can point outside the output folder, or elsewhere inside it. */
  private List<Manifest.Entry> hostile() throws Exception {
    return List.of(
        gone(victim.toString(), "victim", "public"),
        gone("../outside/victim.public.pdf", "victim", "public"),
        gone("victim/../../outside/victim.public.pdf", "victim", "public"),
        // The form of a real output, but the id itself climbs out.
        gone("../outside/../outside.public.pdf", "../outside", "public"),
        gone("victim/victim.x/../../../outside/victim.public.pdf", "victim", "x/../../../outside"),
        // Inside the output folder, but not a file the builder writes: the manifest itself.
        gone("manifest.json", "victim", "public"));
  }

  /**
   * The manifest is read as it streams, within a limit: a file over it is refused whole, with the
   * limit named, and one that is not a plain file (a link, which could name any file) is not
   * opened; either way the run warns and rebuilds, and writes a manifest of its own.
   */
  @Test
  void aManifestOverTheLimitOrNotAPlainFileIsNotReadAndTheRunRebuilds() throws Exception {
    byte[] bytes = Files.readAllBytes(f.out.resolve("manifest.json"));
    assertThat(Manifest.fromJson(new java.io.ByteArrayInputStream(bytes), bytes.length).outputs())
        .isEqualTo(manifest().outputs())
        .hasSize(12);
    // what entries repeat is held once: the program, a template's hash, a brief's file
    List<Manifest.Entry> read =
        Manifest.fromJson(new java.io.ByteArrayInputStream(bytes), bytes.length).outputs();
    assertThat(read.get(0).inputs().program()).isSameAs(read.get(11).inputs().program());
    assertThat(read.get(0).briefFile()).isEqualTo(read.get(1).briefFile());
    assertThat(read.get(0).briefFile()).isSameAs(read.get(1).briefFile());
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Manifest.fromJson(new java.io.ByteArrayInputStream(bytes), bytes.length - 1))
        .isInstanceOf(java.io.IOException.class)
        .hasMessageContaining("over the limit of " + (bytes.length - 1) + " bytes");

    Path elsewhere = Files.write(outside.resolve("manifest.json"), bytes);
    Files.delete(f.out.resolve("manifest.json"));
    Files.createSymbolicLink(f.out.resolve("manifest.json"), elsewhere);
    BuildReport r = f.build(BatchFixture.options());
    assertThat(r.warnings())
        .singleElement()
        .asString()
        .contains("cannot read " + f.out.resolve("manifest.json") + " (not a regular file)")
        .contains("rebuilding every output");
    assertThat(r.written()).hasSize(12);
    assertThat(f.out.resolve("manifest.json")).isRegularFile();
    assertThat(java.nio.file.Files.isSymbolicLink(f.out.resolve("manifest.json"))).isFalse();
    assertThat(Files.readAllBytes(elsewhere)).isEqualTo(bytes);
  }

  /** The file stats are read within a limit too; over it, every output is checked by hash. */
  @Test
  void fileStatsOverTheLimitAreNotUsed() throws Exception {
    Path stats = f.out.resolve(".manifest.json.stat");
    assertThat(stats).isRegularFile();
    long size = Files.size(stats);
    assertThat(OutputStats.read(stats, size).orElseThrow().files()).hasSize(12);
    assertThat(OutputStats.read(stats, size - 1)).isEmpty();
  }

  /**
   * A run reads the stats keyed by the strings its manifest records already hold, so a folder of
   * tens of thousands of outputs does not hold each path twice.
   */
  @Test
  void fileStatsAreKeyedByTheCallersStrings() throws Exception {
    Path stats = f.out.resolve(".manifest.json.stat");
    Map<String, String> held = new java.util.HashMap<>();
    OutputStats read =
        OutputStats.read(
                stats, OutputStats.MAX_BYTES, rel -> held.computeIfAbsent(rel, r -> new String(r)))
            .orElseThrow();
    assertThat(read.files()).hasSize(12);
    for (String rel : read.files().keySet()) {
      assertThat(rel).isSameAs(held.get(rel));
    }
  }

  @Test
  void pruneNeverActsOnAManifestEntryWhosePathTheBuilderDoesNotWrite() throws Exception {
    List<Manifest.Entry> hostile = hostile();
    addToManifest(hostile, List.of());
    List<String> log = new ArrayList<>();
    BuildReport r = f.build(PRUNE, log);

    assertThat(victim).hasContent("not an output");
    assertThat(outside).isDirectory();
    assertThat(f.out.resolve("manifest.json")).exists();
    assertThat(r.pruned()).isEmpty();
    assertThat(r.orphans()).isEmpty();
    assertThat(r.warnings()).hasSize(hostile.size());
    for (int i = 0; i < hostile.size(); i++) {
      String quoted = RecordPaths.quote(hostile.get(i).path());
      assertThat(r.warnings())
          .as(quoted)
          .anyMatch(
              w ->
                  w.startsWith("ignored outputs[")
                      && w.contains(" of " + f.out.resolve("manifest.json") + " (path " + quoted)
                      && w.endsWith("; a run never acts on it"));
    }
    // Dropped from the records: the next run does not hear of them again.
    assertThat(manifest().outputs())
        .hasSize(2 * 3 * 2)
        .noneMatch(e -> e.briefId().contains("victim") || e.briefId().contains("outside"));
    assertThat(f.build(PRUNE).warnings()).isEmpty();
  }

  @Test
  void theCliWarnsNamingTheManifestAndTheEntryAndExitsZero() throws Exception {
    addToManifest(List.of(gone("../outside/victim.public.pdf", "victim", "public")), List.of());
    CliRun run = CliRun.of(f.args("--prune").toArray(String[]::new));
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out())
        .contains(
            "warning: ignored outputs[0] of "
                + f.out.resolve("manifest.json")
                + " (path \"../outside/victim.public.pdf\"): its path is not"
                + " victim/victim.public.pdf, the only one the builder writes for it; a run never"
                + " acts on it");
    assertThat(victim).exists();
  }

  @Test
  void pruneNeverActsOnAJournalEntryWhosePathTheBuilderDoesNotWrite() throws Exception {
    StringBuilder journal = new StringBuilder();
    for (Manifest.Entry e : hostile()) {
      journal.append(new String(Manifest.journalLine(e), StandardCharsets.UTF_8)).append('\n');
    }
    Path file = f.out.resolve(".manifest.json.journal");
    Files.writeString(file, journal);
    BuildReport r = f.build(PRUNE);

    assertThat(victim).hasContent("not an output");
    assertThat(r.pruned()).isEmpty();
    assertThat(r.warnings())
        .filteredOn(w -> w.startsWith("ignored entry "))
        .hasSize(hostile().size())
        .allMatch(w -> w.contains(" of " + file + " (path \""));
    assertThat(file).doesNotExist();
  }

  @Test
  void aDigestRecordWithAPathTheBuilderDoesNotWriteIsDropped() throws Exception {
    Manifest.Digest bad =
        new Manifest.Digest(victim.toString(), "public", "00", 1, 1, List.of(), List.of());
    addToManifest(List.of(), List.of(bad));
    BuildReport r = f.build(PRUNE);
    assertThat(r.warnings())
        .singleElement()
        .asString()
        .startsWith("ignored digests[0] of " + f.out.resolve("manifest.json"));
    assertThat(manifest().digests()).isEmpty();
    assertThat(victim).exists();
  }

  @Test
  void pruneDoesNotFollowABriefFolderThatIsASymbolicLinkOutOfTheOutputFolder() throws Exception {
    // OUT/victim -> ../outside: the recorded path has the right form, but leads out.
    Files.createSymbolicLink(f.out.resolve("victim"), outside);
    addToManifest(List.of(gone("victim/victim.public.pdf", "victim", "public")), List.of());
    BuildReport r = f.build(PRUNE);

    assertThat(victim).hasContent("not an output");
    assertThat(outside).isDirectory();
    assertThat(r.pruned()).isEmpty();
    assertThat(r.orphans()).containsExactly(f.out.resolve("victim/victim.public.pdf"));
    assertThat(r.warnings())
        .singleElement()
        .asString()
        .startsWith("not pruned " + f.out.resolve("victim/victim.public.pdf"))
        .contains("is a symbolic link");
  }

  @Test
  void temporaryFilesAreNotRemovedThroughASymbolicLink() throws Exception {
    Path temporary = Files.writeString(outside.resolve(".victim.pdf.abc123.tmp"), "theirs");
    Files.createSymbolicLink(f.out.resolve("victim"), outside);
    BuildReport r = f.build(BatchFixture.options());
    assertThat(temporary).exists();
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void aValidRecordOfAGoneBriefIsStillPruned() throws Exception {
    Path mine = f.out.resolve("victim/victim.public.pdf");
    Files.createDirectories(mine.getParent());
    Files.writeString(mine, "old output");
    addToManifest(List.of(gone("victim/victim.public.pdf", "victim", "public")), List.of());
    BuildReport r = f.build(PRUNE);
    assertThat(r.pruned()).containsExactly(mine);
    assertThat(mine.getParent()).doesNotExist();
    assertThat(r.warnings()).isEmpty();
  }
}
