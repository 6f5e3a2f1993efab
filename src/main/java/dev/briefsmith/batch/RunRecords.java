package dev.briefsmith.batch;

import dev.briefsmith.batch.Manifest.Entry;
import dev.briefsmith.batch.Manifest.Inputs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * What an output folder's records say at the start of a run (the manifest, the outputs' stats, the
 * journal of an interrupted run), whether each output is up to date by them, and the stats this run
 * takes, written back at its end. One per run; {@link #checked} may be called from any thread.
 */
final class RunRecords {
  private final Path out;
  private final Path manifestFile;
  private final Path journalFile;
  private final Path statsFile;
  private final Consumer<String> warnings;
  private final Consumer<Manifest.EditionEntry> editions;

  /** The size and time of each output when its content was last known to be the recorded one. */
  private OutputStats previousStats = OutputStats.none();

  /** The same, for the outputs this run checked or wrote; guarded by itself. */
  private final Map<String, OutputStats.Stat> stats = new HashMap<>();

  /** The last known record of each output, by path inside the output folder. */
  private final SortedMap<String, Entry> previous = new TreeMap<>();

  private final List<Manifest.Digest> previousDigests = new ArrayList<>();

  /** Whether the previous run was interrupted: recorded outputs are then checked by hash. */
  private boolean recovering;

  /** Briefs whose PDF an interrupted run built, by audience: tonight's digest includes them. */
  private final Map<String, Set<String>> recoveredPdfs = new HashMap<>();

  /**
   * Records of the folder {@code out}; {@code warnings} hears of records that cannot be used, and
   * {@code editions} receives each edition entry of the manifest.
   */
  RunRecords(
      Path out,
      Path manifestFile,
      Path journalFile,
      Path statsFile,
      Consumer<String> warnings,
      Consumer<Manifest.EditionEntry> editions) {
    this.out = out;
    this.manifestFile = manifestFile;
    this.journalFile = journalFile;
    this.statsFile = statsFile;
    this.warnings = warnings;
    this.editions = editions;
  }

  /** The last known record of the output at {@code rel}, or null. */
  Entry previous(String rel) {
    return previous.get(rel);
  }

  /** The last known record of every output, by path inside the output folder. */
  SortedMap<String, Entry> previous() {
    return Collections.unmodifiableSortedMap(previous);
  }

  /** The digests the manifest records. */
  List<Manifest.Digest> previousDigests() {
    return Collections.unmodifiableList(previousDigests);
  }

  /** Whether the previous run was interrupted: recorded outputs are then checked by hash. */
  boolean recovering() {
    return recovering;
  }

  /** The briefs whose PDF for {@code audience} an interrupted run built. */
  Set<String> recoveredPdfs(String audience) {
    return recoveredPdfs.getOrDefault(audience, Set.of());
  }

  /** Records the stat of an output this run wrote: its content is the one it recorded. */
  void checked(String rel, OutputStats.Stat stat) {
    synchronized (stats) {
      stats.put(rel, stat);
    }
  }

  /**
   * Records the stat of every output in the manifest: this run's where it checked or wrote the
   * file, the previous record where it did not look (a record only ever vouches for content that
   * was verified). Written after the manifest: if the run dies in between, a stale record only
   * makes the next run hash a file, never trust one.
   */
  void writeStats(Set<String> recorded) throws IOException {
    Map<String, OutputStats.Stat> all = new HashMap<>();
    for (String rel : recorded) {
      OutputStats.Stat s;
      synchronized (stats) {
        s = stats.get(rel);
      }
      if (s == null) {
        s = previousStats.files().get(rel);
      }
      if (s != null) {
        all.put(rel, s);
      }
    }
    OutputStats.write(statsFile, all);
  }

  /**
   * Why an output must be built, or empty if it is up to date.
   *
   * <p>An edit on disk is found without reading every output on every run: a stat (size and
   * modification time) is cheap, a hash reads the whole file. So the file is hashed only when its
   * stat differs from the one recorded when its content was last verified, when that record is too
   * close to the file's time to tell (see {@link OutputStats#TICK}), or after an interrupted run.
   * What is promised: any edit that changes the size or the modification time is found. An edit
   * that keeps both (a tool that restores the time, touch -r) more than a tick after the last run
   * is the residual case; --force rebuilds everything.
   */
  Optional<String> reason(String rel, Inputs inputs, boolean force) throws IOException {
    if (force) {
      return Optional.of("forced (--force)");
    }
    Entry e = previous.get(rel);
    Path file = out.resolve(rel);
    if (e == null) {
      return Optional.of(Files.exists(file) ? "not in the manifest" : "new");
    }
    if (!Files.isRegularFile(file)) {
      return Optional.of("output missing");
    }
    // Stat before hashing: an edit after the stat changes the time, and the next run sees it.
    OutputStats.Stat now = OutputStats.Stat.of(file);
    if (now.size() != e.size()) {
      return Optional.of("output changed on disk");
    }
    List<String> changes = inputs.changesFrom(e.inputs());
    if (!changes.isEmpty()) {
      return Optional.of(String.join(", ", changes));
    }
    if ((recovering || !previousStats.vouchesFor(rel, now))
        && !Hashing.file(file).equals(e.sha256())) {
      return Optional.of("output changed on disk");
    }
    // one copy of the path and, when the file is as recorded, of its stat, for the run
    OutputStats.Stat then = previousStats.files().get(rel);
    synchronized (stats) {
      stats.put(e.path(), now.equals(then) ? then : now);
    }
    return Optional.empty();
  }

  /** Reads the manifest, the outputs' stats and the journal of an interrupted run. */
  void read() throws IOException {
    if (Files.exists(manifestFile, LinkOption.NOFOLLOW_LINKS)) {
      try {
        Manifest m;
        // never opened unless a plain file: a FIFO would wait for a writer forever
        if (!Files.isRegularFile(manifestFile, LinkOption.NOFOLLOW_LINKS)) {
          throw new IOException("not a regular file");
        }
        try (InputStream in = Files.newInputStream(manifestFile, LinkOption.NOFOLLOW_LINKS)) {
          m = Manifest.fromJson(in, Manifest.MAX_BYTES);
        }
        for (int i = 0; i < m.outputs().size(); i++) {
          Entry e = m.outputs().get(i);
          if (accepted(manifestFile, "outputs[" + i + "]", e.path(), RecordPaths.problem(e))) {
            previous.put(e.path(), e);
          }
        }
        for (int i = 0; i < m.digests().size(); i++) {
          Manifest.Digest d = m.digests().get(i);
          if (accepted(manifestFile, "digests[" + i + "]", d.path(), RecordPaths.problem(d))) {
            previousDigests.add(d);
          }
        }
        for (int i = 0; i < m.editions().size(); i++) {
          Manifest.EditionEntry d = m.editions().get(i);
          if (accepted(
              manifestFile,
              "editions[" + i + "]",
              d.brief() + "/" + d.audience(),
              RecordPaths.problem(d))) {
            editions.accept(d);
          }
        }
      } catch (IOException e) {
        warnings.accept(
            "cannot read " + manifestFile + " (" + e.getMessage() + "); rebuilding every output");
      }
    }
    // after the manifest: an output's stat is keyed by the same string as its record
    previousStats =
        OutputStats.read(
                statsFile,
                OutputStats.MAX_BYTES,
                rel -> {
                  Entry e = previous.get(rel);
                  return e == null ? rel : e.path();
                })
            .orElse(OutputStats.none());
    if (Files.exists(journalFile)) {
      recovering = true;
      List<Entry> entries = Journal.read(journalFile);
      for (int i = 0; i < entries.size(); i++) {
        Entry e = entries.get(i);
        if (!accepted(journalFile, "entry " + (i + 1), e.path(), RecordPaths.problem(e))) {
          continue;
        }
        previous.put(e.path(), e);
        if (e.format() == Format.PDF) {
          recoveredPdfs.computeIfAbsent(e.audience(), a -> new TreeSet<>()).add(e.briefId());
        }
      }
      warnings.accept(
          "the previous run was interrupted after writing "
              + entries.size()
              + (entries.size() == 1 ? " output" : " outputs")
              + "; recorded outputs are checked by SHA-256 and kept if complete");
    }
  }

  /**
   * Whether a recorded entry may be used; if not, warns naming the record file and the entry. An
   * entry refused is dropped: never rebuilt, pruned or written back, as if it had not been there.
   */
  private boolean accepted(Path recordFile, String which, String path, Optional<String> problem) {
    problem.ifPresent(
        p ->
            warnings.accept(
                "ignored "
                    + which
                    + " of "
                    + recordFile
                    + " (path "
                    + RecordPaths.quote(path)
                    + "): "
                    + p
                    + "; a run never acts on it"));
    return problem.isEmpty();
  }
}
