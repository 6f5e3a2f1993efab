package dev.briefsmith.batch;

import dev.briefsmith.content.Brief;
import dev.briefsmith.diff.Changes;
import dev.briefsmith.diff.Edition;
import dev.briefsmith.diff.EditionDiff;
import dev.briefsmith.diff.Editions;
import dev.briefsmith.select.SelectedBrief;
import dev.briefsmith.select.Selector;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * What one run knows and does about editions: for each brief and audience, the editions recorded
 * (read once, when the run plans), the previous edition its documents are compared with, and, once
 * the documents are in place, the record of the edition they published. The order is what keeps the
 * record consistent whatever kills the run: the record is written only after the documents are
 * renamed into place, and a run that finds documents up to date but a record without their edition
 * (the run that wrote them was killed in between) completes the record. Thread-safe.
 */
final class EditionLedger {
  private final EditionRecords records;

  /**
   * The manifest's entries of the previous run, by {@link #key}; what a run that did not look
   * keeps.
   */
  private final Map<String, Manifest.EditionEntry> before = new TreeMap<>();

  /** This run's entries, by {@link #key}; guarded by this. */
  private final Map<String, Manifest.EditionEntry> now = new TreeMap<>();

  /** The editions this run published; guarded by this. */
  private final List<BuildReport.Published> published = new ArrayList<>();

  EditionLedger(Path out, Consumer<String> warnings) {
    this.records = new EditionRecords(out, warnings);
  }

  /** What a brief and audience's documents are compared with, as planned. */
  record Plan(List<Edition> recorded, Optional<Edition> previous) {
    /** The previous edition's hash, one of the documents' inputs. */
    Optional<String> hash() {
      return previous.map(EditionRecords::hash);
    }
  }

  /** An edition about to be rendered: the selected brief, its edition and its changes. */
  record Prepared(SelectedBrief selected, Edition edition, Changes changes) {}

  private static String key(String briefId, String audience) {
    return briefId + "/" + audience;
  }

  /** Keeps an entry of the previous manifest (already checked), for what this run does not see. */
  void carry(Manifest.EditionEntry e) {
    before.put(key(e.brief(), e.audience()), e);
  }

  /** Reads the record of a brief and audience and picks the previous edition. */
  Plan plan(String briefId, java.time.LocalDate asOf, Builder.Audience audience) {
    List<Edition> recorded =
        records.read(briefId, audience.name(), audience.template().maxSensitivity());
    return new Plan(recorded, EditionRecords.previous(recorded, asOf));
  }

  /** The brief's content, loaded only when an edition must be taken again. */
  interface Content {
    Brief load() throws IOException, LazyBrief.ChangedException;
  }

  /** Selects the brief for an audience and diffs its edition with the planned previous one. */
  static Prepared prepare(Brief brief, Builder.Audience audience, Plan plan) {
    SelectedBrief selected = Selector.select(brief, audience.template().maxSensitivity());
    Edition edition = Editions.of(selected);
    return new Prepared(selected, edition, EditionDiff.between(plan.previous(), edition));
  }

  /** Records the edition whose documents were just renamed into place. */
  void published(Brief brief, Builder.Audience a, Plan plan, Prepared p) throws IOException {
    String audience = a.name();
    synchronized (this) {
      // if the record cannot be written, the manifest must not vouch for it (see upToDate)
      before.remove(key(brief.id(), audience));
    }
    records.write(
        brief.id(),
        audience,
        a.template().maxSensitivity(),
        EditionRecords.after(plan.recorded(), p.edition()));
    boolean tonight =
        EditionDiff.between(EditionRecords.last(plan.recorded()), p.edition()).positionsChanged();
    synchronized (this) {
      now.put(key(brief.id(), audience), entry(brief, audience, p.changes()));
      published.add(
          new BuildReport.Published(
              brief.id(),
              audience,
              brief.asOf(),
              p.changes().since(),
              p.changes().positionsChanged(),
              tonight));
    }
  }

  /**
   * Completes the record for documents that are up to date: they show this edition, so the record
   * must hold it (it does not if the run that wrote them was killed before writing the record).
   *
   * <p>Most nights nothing changed, so this is skipped when the manifest already vouches for the
   * record: a run writes every record before its manifest, so a manifest entry of this date, from a
   * run that was not interrupted ({@code recovering} false), proves the record was written. Else
   * the edition is taken again (selection and diff, under a millisecond) and compared.
   */
  void upToDate(
      String briefId,
      java.time.LocalDate asOf,
      Builder.Audience audience,
      Plan plan,
      boolean recovering,
      Content content)
      throws IOException {
    String k = key(briefId, audience.name());
    synchronized (this) {
      Manifest.EditionEntry known = before.get(k);
      if (!recovering
          && known != null
          && known.asOf().equals(asOf)
          && plan.recorded().stream().anyMatch(e -> e.asOf().equals(asOf))) {
        now.put(k, known);
        return;
      }
    }
    Brief brief;
    try {
      brief = content.load();
    } catch (LazyBrief.ChangedException e) {
      throw new IOException(e.getMessage(), e);
    }
    Prepared p = prepare(brief, audience, plan);
    List<Edition> next = EditionRecords.after(plan.recorded(), p.edition());
    if (!next.equals(plan.recorded())) {
      records.write(brief.id(), audience.name(), audience.template().maxSensitivity(), next);
    }
    synchronized (this) {
      now.put(key(brief.id(), audience.name()), entry(brief, audience.name(), p.changes()));
    }
  }

  /** Deletes the record of a brief and audience whose outputs were pruned. */
  void pruned(String briefId, String audience) throws IOException {
    records.delete(briefId, audience);
  }

  private static Manifest.EditionEntry entry(Brief brief, String audience, Changes changes) {
    return new Manifest.EditionEntry(
        brief.id(), audience, brief.asOf(), changes.since(), changes.positionsChanged());
  }

  /**
   * The manifest's entries: for every brief and audience with outputs in the folder ({@code
   * present}, as {@code id/audience}), this run's entry, else the previous manifest's.
   */
  synchronized List<Manifest.EditionEntry> entries(Set<String> present) {
    List<Manifest.EditionEntry> out = new ArrayList<>();
    for (String k : present) {
      Manifest.EditionEntry e = now.containsKey(k) ? now.get(k) : before.get(k);
      if (e != null) {
        out.add(e);
      }
    }
    return out;
  }

  /** The editions published, in brief and audience order. */
  synchronized List<BuildReport.Published> published() {
    return published.stream()
        .sorted(
            java.util.Comparator.comparing(BuildReport.Published::briefId)
                .thenComparing(BuildReport.Published::audience))
        .toList();
  }

  /** {@code id/audience}, as {@link #entries} takes it. */
  static String present(Manifest.Entry e) {
    return key(e.briefId(), e.audience());
  }
}
