package dev.briefsmith.batch;

import dev.briefsmith.audience.TemplateLoader;
import dev.briefsmith.batch.BuildReport.Output;
import dev.briefsmith.batch.BuildReport.Skip;
import dev.briefsmith.batch.Builder.Audience;
import dev.briefsmith.batch.Builder.BudgetException;
import dev.briefsmith.batch.Builder.Templates;
import dev.briefsmith.batch.Manifest.Entry;
import dev.briefsmith.batch.Manifest.Inputs;
import dev.briefsmith.compose.Document;
import dev.briefsmith.content.Brief;
import dev.briefsmith.content.BriefLoader;
import dev.briefsmith.render.RenderException;
import dev.briefsmith.render.pdf.RenderedPdf;
import dev.briefsmith.yaml.Diagnostic;
import dev.briefsmith.yaml.Severity;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One run of {@link Builder}: takes the lock, reads the previous manifest, plans what to build,
 * renders in parallel, prunes, writes digests, the manifest and the run report.
 */
final class BatchRun {
  private static final String STOPPED = "not built: stopped at the first failure (--fail-fast)";

  private final Builder builder;
  private final BuildRequest request;
  private final BatchOptions options;
  private final Templates templates;
  private final List<Path> files;
  private final Instant started;
  private final Path out;
  private final RunSink sink;
  private final Path manifestFile;
  private final Path journalFile;
  private final Path reportFile;
  private final Path statsFile;
  private final EditionLedger editions;
  private final RunRecords records;

  /** What planning keeps of a file in this run's shard: a summary of its brief, its diagnostics. */
  private record LoadedFile(Optional<LazyBrief.Known> brief, List<Diagnostic> diagnostics) {}

  BatchRun(
      Builder builder,
      BuildRequest request,
      Templates templates,
      List<Path> files,
      BuildListener listener,
      Instant started) {
    this.builder = builder;
    this.request = request;
    this.options = request.options();
    this.templates = templates;
    this.files = files;
    this.started = started;
    this.out = request.outDir();
    this.sink = new RunSink(listener);
    String tag = options.shard().fileTag();
    this.manifestFile = out.resolve("manifest" + tag + ".json");
    this.journalFile = out.resolve(".manifest" + tag + ".json.journal");
    this.reportFile = out.resolve("run-report" + tag + ".json");
    this.statsFile = out.resolve(".manifest" + tag + ".json.stat");
    this.editions = new EditionLedger(out, sink::warning);
    this.records =
        new RunRecords(out, manifestFile, journalFile, statsFile, sink::warning, editions::carry);
  }

  /**
   * One brief × audience to render, with the formats to write and why. It names its brief and holds
   * no content: the brief is loaded when the task runs and dropped when its last task ends.
   */
  private record Task(
      LazyBrief brief,
      Audience audience,
      Inputs inputs,
      Map<Format, String> reasons,
      EditionLedger.Plan plan) {
    Path file() {
      return brief.file();
    }
  }

  BuildReport run() throws ConfigurationException, LockedException, IOException {
    Path existing = out.toAbsolutePath();
    while (existing.getParent() != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (!Files.isDirectory(existing)) {
      throw new ConfigurationException(
          existing.equals(out.toAbsolutePath())
              ? "the output folder \""
                  + out
                  + "\" is a file, not a folder (--out DIR names a folder, created if missing)"
              : "cannot create the output folder \""
                  + out
                  + "\": \""
                  + existing
                  + "\" is a file, not a folder");
    }
    OutputLock lock;
    try {
      lock = OutputLock.acquire(out, options.shard(), builder.clock, sink::warning);
    } catch (AccessDeniedException | FileAlreadyExistsException | NotDirectoryException e) {
      // The folder given cannot be one (a file on its path, no permission): fix the command.
      throw new ConfigurationException(
          "cannot use the output folder \"" + out + "\": " + describe(e));
    }
    try (lock;
        Journal journal = new Journal(journalFile)) {
      return locked(journal);
    }
  }

  private BuildReport locked(Journal journal) throws IOException {
    records.read();
    Shard shard = options.shard();
    List<Path> mine = files.stream().filter(f -> shard.contains(name(f))).toList();

    // Hash before loading: if a brief changes in between, the record is older than the output
    // and the next run rebuilds it, never the other way round.
    Map<Path, String> briefHashes = new HashMap<>();
    for (Path f : mine) {
      try {
        // Never open what the loader will refuse unopened (a FIFO would block here forever).
        if (BriefLoader.unreadable(f).isEmpty()) {
          briefHashes.put(f, Hashing.file(f));
        }
      } catch (IOException e) {
        // the loader reports the unreadable file
      }
    }
    // Load every brief once to plan, keeping only what the plan, the manifest and the digest
    // need (its id and title); the content is loaded again, one brief at a time, to render.
    BriefLoader.Sequence loading = new BriefLoader(request.limits(), request.checks()).sequence();
    Set<String> validIds = new HashSet<>();
    Set<String> invalidFiles = new HashSet<>();
    Map<String, Path> fileOfId = new HashMap<>();
    Map<String, LazyBrief.Known> known = new HashMap<>();
    List<LoadedFile> loaded = new ArrayList<>(); // parallel to files; null for other shards
    // read on as many threads as will render, in order, a few at a time
    try {
      loading.loadEach(
          files,
          options.jobs(),
          (f, result) -> {
            Optional<LazyBrief.Known> k = result.brief().map(b -> LazyBrief.Known.of(f, b));
            if (k.isPresent()) {
              validIds.add(k.get().id());
              fileOfId.put(k.get().id(), f);
              known.put(k.get().id(), k.get());
            } else {
              invalidFiles.add(f.toString());
            }
            loaded.add(shard.contains(name(f)) ? new LoadedFile(k, result.diagnostics()) : null);
          });
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while loading the briefs");
    }
    removeTemporaries(loaded);
    Map<String, String> templateHashes = new HashMap<>();
    for (Audience a : templates.selected()) {
      templateHashes.put(a.name(), Hashing.tree(a.folder()));
    }
    BriefLoader renderLoader = new BriefLoader(request.limits());

    // Plan.
    int perBrief = templates.selected().size() * request.formats().size();
    List<Task> tasks = new ArrayList<>();
    List<Skip> unchanged = new ArrayList<>();
    Map<String, Entry> carried = new LinkedHashMap<>();
    List<Diagnostic> invalid = new ArrayList<>();
    int myBriefs = 0;
    String program = builder.program.fingerprint();
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      LoadedFile result = loaded.get(i);
      if (result == null) {
        continue;
      }
      myBriefs++;
      sink.problems(result.diagnostics());
      if (result.brief().isEmpty()) {
        invalid.addAll(result.diagnostics().stream().filter(Diagnostic::isError).toList());
        continue;
      }
      if (!briefHashes.containsKey(file)) {
        invalid.add(new Diagnostic(file.toString(), 1, 1, Severity.ERROR, "cannot read the file"));
        continue;
      }
      LazyBrief.Known brief = result.brief().get();
      List<Task> briefTasks = new ArrayList<>();
      LazyBrief lazy = new LazyBrief(brief, renderLoader, builder.faults);
      for (Audience audience : templates.selected()) {
        EditionLedger.Plan plan = editions.plan(brief.id(), brief.asOf(), audience);
        Inputs inputs =
            new Inputs(
                briefHashes.get(file),
                templateHashes.get(audience.name()),
                program,
                builder.sourceDateEpoch(),
                plan.hash());
        // in the order rendered: the PDF first, whose heading pages the Word file's contents use
        Map<Format, String> reasons = new EnumMap<>(Format.class);
        for (Format format : List.of(Format.PDF, Format.DOCX)) {
          if (!request.formats().contains(format)) {
            continue;
          }
          String rel = relative(brief.id(), audience, format);
          Optional<String> reason = records.reason(rel, inputs, options.force());
          if (reason.isPresent()) {
            reasons.put(format, reason.get());
          } else {
            Entry e = records.previous(rel);
            rel = e.path(); // one copy of each path for the run
            Entry now =
                new Entry(
                    rel,
                    brief.id(),
                    file.toString(),
                    audience.name(),
                    format,
                    e.sha256(),
                    e.size(),
                    e.pages(),
                    e.inputs());
            // the record read is kept when it says the same: one copy of each entry for the run
            carried.put(rel, now.equals(e) ? e : now);
            unchanged.add(new Skip(out, rel, brief.id(), audience.name(), format, "unchanged"));
          }
        }
        if (!reasons.isEmpty()) {
          briefTasks.add(new Task(lazy, audience, inputs, reasons, plan));
        } else {
          editions.upToDate(
              brief.id(), brief.asOf(), audience, plan, records.recovering(), lazy::acquire);
        }
      }
      lazy.expect(briefTasks.size());
      if (briefTasks.isEmpty()) {
        // nothing to render: drop what completing an edition record may have loaded
        lazy.release();
      }
      tasks.addAll(briefTasks);
    }
    int toBuild = tasks.stream().mapToInt(t -> t.reasons().size()).sum();
    sink.event(new BuildEvent.Planned(myBriefs, myBriefs * perBrief, toBuild, unchanged.size()));
    unchanged.forEach(sink::skipped);
    AtomicBoolean stop = new AtomicBoolean(false);
    if (!invalid.isEmpty()) {
      Set<String> seen = new HashSet<>();
      for (Diagnostic d : invalid) {
        // progress counts each invalid brief's documents once
        sink.failed(d, seen.add(d.file()) ? perBrief : 0);
      }
      if (options.failFast()) {
        stop.set(true);
      }
    }

    // Render.
    Map<String, Entry> built = execute(tasks, stop, journal);

    // What the output folder holds now.
    Map<String, Entry> next = new TreeMap<>(records.previous());
    next.putAll(carried);
    next.putAll(built);
    List<Path> orphans = new ArrayList<>();
    List<Path> pruned = new ArrayList<>();
    Set<String> audiences = new HashSet<>(templates.allNames());
    for (Entry e : List.copyOf(next.values())) {
      if (built.containsKey(e.path()) || carried.containsKey(e.path())) {
        continue;
      }
      Path owner = fileOfId.get(e.briefId());
      if (owner != null && !shard.contains(name(owner))) {
        next.remove(e.path()); // its brief now belongs to another shard, which records it
        continue;
      }
      if (!request.briefs().isEmpty()) {
        continue; // a partial run cannot tell what no longer exists
      }
      boolean briefGone = !validIds.contains(e.briefId()) && !invalidFiles.contains(e.briefFile());
      boolean audienceGone = !audiences.contains(e.audience());
      if (!briefGone && !audienceGone) {
        continue;
      }
      Path file = out.resolve(e.path());
      Optional<String> unsafe = options.prune() ? unsafeToDelete(file) : Optional.empty();
      if (unsafe.isPresent()) {
        sink.warning("not pruned " + file + ": " + unsafe.get());
        orphans.add(file);
      } else if (options.prune()) {
        Files.deleteIfExists(file);
        editions.pruned(e.briefId(), e.audience());
        deleteIfEmpty(file.getParent());
        next.remove(e.path());
        pruned.add(file);
        sink.event(
            new BuildEvent.Note(
                "pruned",
                file,
                briefGone ? "its brief no longer exists" : "its audience no longer exists"));
      } else {
        orphans.add(file);
      }
    }
    if (!orphans.isEmpty() && !options.prune()) {
      sink.warning(
          orphans.size()
              + (orphans.size() == 1 ? " output belongs" : " outputs belong")
              + " to briefs or audiences that no longer exist and "
              + (orphans.size() == 1 ? "is" : "are")
              + " left in place (--prune deletes them; the run report lists them)");
    }

    List<Manifest.Digest> digests = new ArrayList<>(records.previousDigests());
    List<Path> digestFiles = new ArrayList<>();
    if (options.digest()) {
      digests(built, known, digests, digestFiles);
    }

    Set<String> present = new TreeSet<>();
    next.values().forEach(e -> present.add(EditionLedger.present(e)));
    Manifest manifest =
        new Manifest(
            builder.program, shard, List.copyOf(next.values()), digests, editions.entries(present));
    AtomicFiles.write(manifestFile, manifest::writeJson);
    journal.delete();
    records.writeStats(next.keySet());

    BuildReport report =
        sink.report(orphans, pruned, digestFiles, editions.published(), started, builder.clock);
    AtomicFiles.write(reportFile, out -> RunReport.write(out, report, request, builder.program));
    return report;
  }

  /**
   * Renders the tasks on {@code jobs} threads; returns the records of the files written. Empties
   * {@code tasks}, so that each task is garbage once it has run.
   */
  private Map<String, Entry> execute(List<Task> tasks, AtomicBoolean stop, Journal journal) {
    Map<String, Entry> built = new TreeMap<>();
    AtomicReference<Error> fatal = new AtomicReference<>();
    ThreadFactory factory =
        Thread.ofPlatform().name("briefsmith-render-", 1).daemon(true).factory();
    // closed after the render threads, so every rendered task is written before this returns
    try (Writers writers = new Writers(options.jobs(), 2 * options.jobs());
        ExecutorService pool = Executors.newFixedThreadPool(options.jobs(), factory)) {
      for (Task task : tasks) {
        // each task is dropped when it has run: the list no longer holds it (cleared below)
        pool.execute(
            () -> {
              if (stop.get()) {
                task.reasons().keySet().forEach(f -> sink.skipped(skip(task, f, STOPPED)));
                return;
              }
              guarded(
                  stop,
                  fatal,
                  () -> {
                    Rendered r = render(task);
                    writers.hand(() -> guarded(stop, fatal, () -> publish(r, journal, built)));
                  });
            });
      }
      tasks.clear();
    }
    if (fatal.get() != null) {
      throw fatal.get();
    }
    return built;
  }

  /** A step of a task that can fail (already reported when it throws). */
  @FunctionalInterface
  private interface Step {
    void run() throws Failure;
  }

  /** Runs {@code step}: an error stops the run, a failure stops it with --fail-fast. */
  private void guarded(AtomicBoolean stop, AtomicReference<Error> fatal, Step step) {
    try {
      step.run();
    } catch (Error e) {
      fatal.compareAndSet(null, e);
      stop.set(true);
    } catch (Failure f) {
      if (options.failFast()) {
        stop.set(true);
      }
    }
  }

  /** A task failed; already reported. */
  private static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;
  }

  /** A format of a task, rendered and not yet written. */
  @SuppressWarnings("ArrayRecordComponent") // a private carrier; nobody compares or keeps it
  private record Made(
      Format format, String rel, byte[] bytes, String sha256, Duration took, Duration cpu) {}

  /** A task rendered in every format, and what publishing it needs. */
  private record Rendered(
      Task task, Brief brief, EditionLedger.Prepared edition, int pages, List<Made> made) {}

  /**
   * Renders every format of one task into memory. A failure here writes nothing: the old files stay
   * as they were.
   */
  private Rendered render(Task task) throws Failure {
    Audience audience = task.audience();
    try {
      Instant t0 = builder.clock.instant();
      long cpu0 = builder.cpu.getAsLong();
      Brief brief = task.brief().acquire();
      EditionLedger.Prepared edition = EditionLedger.prepare(brief, audience, task.plan());
      Document document =
          builder.composer.compose(
              edition.selected(), audience.template(), builder.created(brief), edition.changes());
      Optional<Integer> budget = audience.template().page().maxPages();
      // The PDF is laid out in full only if it is to be written or its pages are counted (a
      // budget): a Word file alone needs only the pages its table of contents prints.
      Optional<RenderedPdf> pdf = Optional.empty();
      if (task.reasons().containsKey(Format.PDF) || budget.isPresent()) {
        builder.faults.layingOut(out.resolve(relative(brief.id(), audience, Format.PDF)));
        pdf = Optional.of(builder.pdf.render(document));
      }
      if (budget.isPresent() && pdf.orElseThrow().pageCount() > budget.get()) {
        throw new BudgetException(
            "the brief takes "
                + pdf.orElseThrow().pageCount()
                + " pages, over the audience's budget of "
                + budget.get()
                + " (page.max_pages in "
                + audience.folder().resolve(TemplateLoader.FILE)
                + "); shorten the brief or drop sections for this audience");
      }
      List<Made> made = new ArrayList<>();
      for (Format format : task.reasons().keySet()) {
        byte[] bytes =
            format == Format.PDF
                ? pdf.orElseThrow().bytes()
                : builder.docx.render(
                    document,
                    audience.template().docxReference(),
                    pdf.map(RenderedPdf::headingPages)
                        .orElseGet(() -> builder.pdf.headingPages(document)));
        // a PDF's hash comes with it: the renderer hashed the file once, for its identifier too
        String sha256 = format == Format.PDF ? pdf.orElseThrow().sha256() : Hashing.hex(bytes);
        Instant t1 = builder.clock.instant();
        long cpu1 = builder.cpu.getAsLong();
        made.add(
            new Made(
                format,
                relative(brief.id(), audience, format),
                bytes,
                sha256,
                Duration.between(t0, t1),
                Duration.ofNanos(cpu1 - cpu0)));
        t0 = t1;
        cpu0 = cpu1;
      }
      return new Rendered(task, brief, edition, pdf.map(RenderedPdf::pageCount).orElse(0), made);
    } catch (BudgetException | IOException | RuntimeException | LazyBrief.ChangedException e) {
      throw failed(task, e, 0);
    } finally {
      task.brief().release();
    }
  }

  /**
   * Writes a rendered task and replaces its formats together: every format is staged (in full, on
   * disk, under a temporary name) before any is renamed into place, so a failure while writing any
   * of them replaces none, and the old files stay as they were. Only a failure between two renames
   * (a crash, or a rename refused) can leave one format new and another old; the journal and the
   * manifest then say which, and the next run rebuilds the old one, whose record is stale.
   */
  private void publish(Rendered r, Journal journal, Map<String, Entry> built) throws Failure {
    Task task = r.task();
    Audience audience = task.audience();
    int written = 0;
    List<AtomicFiles.Staged> staged = new ArrayList<>();
    try {
      for (Made m : r.made()) {
        Path target = out.resolve(m.rel());
        builder.faults.writing(target);
        staged.add(AtomicFiles.stage(target, m.bytes()));
      }
      // Every format is on disk: now they replace the old ones, one rename each.
      for (int i = 0; i < r.made().size(); i++) {
        Made m = r.made().get(i);
        staged.get(i).commit();
        Path target = out.resolve(m.rel());
        OutputStats.Stat stat = OutputStats.Stat.of(target);
        records.checked(m.rel(), stat);
        int pages = m.format() == Format.PDF ? r.pages() : 0;
        Entry entry =
            new Entry(
                m.rel(),
                r.brief().id(),
                task.file().toString(),
                audience.name(),
                m.format(),
                m.sha256(),
                m.bytes().length,
                pages,
                task.inputs());
        journal.append(entry);
        written++;
        synchronized (built) {
          built.put(m.rel(), entry);
        }
        sink.built(
            new Output(
                out,
                m.rel(),
                r.brief().id(),
                audience.name(),
                m.format(),
                pages,
                task.reasons().get(m.format()),
                m.took().toNanos(),
                m.cpu().toNanos()));
      }
      // After the documents, never before: the record names only an edition actually published.
      builder.faults.writing(out.resolve(EditionRecords.path(r.brief().id(), audience.name())));
      editions.published(r.brief(), audience, task.plan(), r.edition());
    } catch (IOException | RuntimeException e) {
      throw failed(task, e, written);
    } finally {
      for (AtomicFiles.Staged s : staged) {
        try {
          s.discard();
        } catch (IOException e) {
          // left for the next run's removeTemporaries
        }
      }
    }
  }

  /** Reports that {@code task} failed with {@code e} after {@code written} of its documents. */
  private Failure failed(Task task, Exception e, int written) {
    String message =
        e instanceof IOException io
            ? "input/output error while writing the outputs ("
                + describe(io)
                + "); the old files are kept, and running again can fix it"
            : e instanceof RuntimeException && !(e instanceof RenderException)
                ? "internal error while rendering: " + e
                : e.getMessage();
    int notWritten = task.reasons().size() - written;
    Diagnostic d =
        new Diagnostic(
            task.file().toString(), 1, 1, Severity.ERROR, task.audience().name() + ": " + message);
    if (e instanceof IOException) {
      sink.ioFailed(d, notWritten);
    } else {
      sink.failed(d, notWritten);
    }
    return new Failure();
  }

  private Skip skip(Task task, Format format, String reason) {
    return new Skip(
        out,
        relative(task.brief().id(), task.audience(), format),
        task.brief().id(),
        task.audience().name(),
        format,
        reason);
  }

  /** Deletes temporary files left by an interrupted run, in this run's part of the folder. */
  private void removeTemporaries(List<LoadedFile> loaded) throws IOException {
    List<Path> removed = new ArrayList<>();
    Shard shard = options.shard();
    if (shard.all()) {
      removed.addAll(AtomicFiles.removeTemporaries(out, n -> true));
      // Not through a link: it could lead out of the output folder.
      try (DirectoryStream<Path> dirs =
          Files.newDirectoryStream(out, d -> Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS))) {
        for (Path dir : dirs) {
          removed.addAll(AtomicFiles.removeTemporaries(dir, n -> true));
        }
      }
    } else {
      Set<String> own =
          Set.of(
              manifestFile.getFileName().toString(),
              reportFile.getFileName().toString(),
              statsFile.getFileName().toString());
      removed.addAll(AtomicFiles.removeTemporaries(out, own::contains));
      Set<String> ids = new TreeSet<>();
      records.previous().values().forEach(e -> ids.add(e.briefId()));
      for (LoadedFile f : loaded) {
        if (f != null) {
          f.brief().ifPresent(b -> ids.add(b.id()));
        }
      }
      for (String id : ids) {
        if (Files.isDirectory(out.resolve(id), LinkOption.NOFOLLOW_LINKS)) {
          removed.addAll(AtomicFiles.removeTemporaries(out.resolve(id), n -> true));
        }
      }
    }
    if (!removed.isEmpty()) {
      sink.warning(
          "removed "
              + removed.size()
              + (removed.size() == 1 ? " temporary file" : " temporary files")
              + " left by an interrupted run");
    }
  }

  private void digests(
      Map<String, Entry> built,
      Map<String, LazyBrief.Known> byId,
      List<Manifest.Digest> digests,
      List<Path> digestFiles)
      throws IOException {
    for (Audience audience : templates.selected()) {
      Set<String> ids = new TreeSet<>(records.recoveredPdfs(audience.name()));
      built.values().stream()
          .filter(e -> e.audience().equals(audience.name()) && e.format() == Format.PDF)
          .forEach(e -> ids.add(e.briefId()));
      ids.retainAll(byId.keySet());
      String rel = RecordPaths.digest(audience.name());
      Path target = out.resolve(rel);
      if (ids.isEmpty()) {
        sink.event(
            new BuildEvent.Note(
                "kept", target, "no brief was built for this audience, so no new digest"));
        continue;
      }
      List<PdfDigest.Part> parts = new ArrayList<>();
      List<String> sources = new ArrayList<>();
      Instant created = Instant.EPOCH;
      for (String id : ids) {
        LazyBrief.Known brief = byId.get(id);
        Path pdf = out.resolve(relative(id, audience, Format.PDF));
        String sha256 = Hashing.file(pdf);
        parts.add(new PdfDigest.Part(brief.title(), pdf, sha256));
        sources.add(sha256);
        Instant c = builder.created(brief.asOf());
        created = c.isAfter(created) ? c : created;
      }
      PdfDigest.Merged merged =
          PdfDigest.merge(audience.template().title() + ": digest", parts, created);
      AtomicFiles.write(target, merged.bytes());
      digests.removeIf(d -> d.path().equals(rel));
      digests.add(
          new Manifest.Digest(
              rel,
              audience.name(),
              Hashing.hex(merged.bytes()),
              merged.bytes().length,
              merged.pages(),
              List.copyOf(ids),
              sources));
      digestFiles.add(target);
      sink.event(
          new BuildEvent.Note(
              "wrote",
              target,
              ids.size()
                  + (ids.size() == 1 ? " brief, " : " briefs, ")
                  + merged.pages()
                  + (merged.pages() == 1 ? " page" : " pages")));
    }
  }

  private static String relative(String briefId, Audience audience, Format format) {
    return RecordPaths.output(briefId, audience.name(), format);
  }

  /** An I/O error in words: the file and the reason, which getMessage() alone may leave out. */
  static String describe(IOException e) {
    if (e instanceof FileSystemException f && f.getFile() != null) {
      String reason =
          f.getReason() != null
              ? f.getReason()
              : switch (f) {
                case AccessDeniedException a -> "permission denied";
                case FileAlreadyExistsException a -> "a file is in the way";
                case NotDirectoryException a -> "not a folder";
                case java.nio.file.NoSuchFileException a -> "no such file or folder";
                case java.nio.file.DirectoryNotEmptyException a -> "a folder is in the way";
                default -> f.getClass().getSimpleName();
              };
      // For a rename, the target: the temporary file's name means nothing to the reader.
      return (f.getOtherFile() != null ? f.getOtherFile() : f.getFile()) + ": " + reason;
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  private static String name(Path file) {
    return file.getFileName().toString();
  }

  /**
   * Why {@code file} ({@code OUT/<id>/NAME}) must not be deleted, or empty if it may: its folder
   * must be absent or a real folder directly in the output folder, not a symbolic link, which would
   * make prune delete wherever it points; and it must not be a folder itself.
   */
  private Optional<String> unsafeToDelete(Path file) throws IOException {
    Path dir = file.getParent();
    if (Files.isSymbolicLink(dir)
        || (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)
            && !dir.toRealPath().getParent().equals(out.toRealPath()))) {
      return Optional.of(
          "its folder "
              + dir
              + " is a symbolic link or leads out of "
              + out
              + ", and --prune deletes only inside it");
    }
    if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.of("it is a folder, and --prune deletes only the files the builder wrote");
    }
    return Optional.empty();
  }

  private void deleteIfEmpty(Path dir) throws IOException {
    if (dir.equals(out) || !Files.isDirectory(dir)) {
      return;
    }
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      if (s.iterator().hasNext()) {
        return;
      }
    }
    Files.deleteIfExists(dir);
  }
}
