package dev.briefsmith.batch;

import dev.briefsmith.audience.AudienceTemplate;
import dev.briefsmith.audience.TemplateLoader;
import dev.briefsmith.compose.Composer;
import dev.briefsmith.content.Brief;
import dev.briefsmith.content.BriefLoader;
import dev.briefsmith.render.Fonts;
import dev.briefsmith.render.chart.StanceChartPainter;
import dev.briefsmith.render.docx.DocxRenderer;
import dev.briefsmith.render.pdf.PdfRenderer;
import dev.briefsmith.yaml.Diagnostic;
import dev.briefsmith.yaml.Excerpt;
import dev.briefsmith.yaml.Loaded;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Builds briefs: loads templates and briefs, and for each brief and audience selects, composes and
 * renders the formats asked for, checking the page budget. A run is incremental (an output is
 * rebuilt only when its brief, its audience's template folder or the program changed), parallel,
 * atomic (see {@link AtomicFiles}), locked against a second run on the same output folder, and
 * recorded in {@code OUT/manifest.json} and {@code OUT/run-report.json}. A brief that fails is
 * reported and the others are still built. Thread-safe: every call works on its own state.
 */
public final class Builder {
  final Fonts fonts;
  final PdfRenderer pdf;
  final DocxRenderer docx;
  final Composer composer = new Composer();
  final Map<String, String> environment;
  final Clock clock;
  final ProgramId program;
  final Faults faults;

  /** The CPU time of the calling thread in nanoseconds, or a constant where it is not measured. */
  final LongSupplier cpu;

  /**
   * Where tests make writing an output fail, as a full disk would; {@link #NONE} otherwise.
   * Package-private: a seam for tests, not an option.
   */
  @FunctionalInterface
  interface Faults {
    Faults NONE = target -> {};

    /** Called before each output file is written; throws to make that write fail. */
    void writing(Path target) throws IOException;

    /** Called before a brief is loaded to be rendered; throws to make that load fail. */
    default void loading(Path brief) throws IOException {}

    /**
     * Called before a PDF is laid out in full, with the path it would be written to (whether or not
     * it is); throws to make that rendering fail.
     */
    default void layingOut(Path pdf) throws IOException {}
  }

  /**
   * A builder; {@code environment} supplies SOURCE_DATE_EPOCH (seconds) for the documents' creation
   * date, which otherwise is the brief's as-of date.
   */
  public Builder(Fonts fonts, Map<String, String> environment) {
    this(fonts, environment, Clock.systemUTC(), ProgramId.current());
  }

  /**
   * A builder with its clock (for the run report's times and durations, never for document content)
   * and the identity of the program, which every output's record carries.
   */
  public Builder(Fonts fonts, Map<String, String> environment, Clock clock, ProgramId program) {
    this.fonts = fonts;
    // one painter for both formats: each chart is laid out and drawn once, for every audience
    StanceChartPainter charts = new StanceChartPainter(fonts);
    this.pdf = new PdfRenderer(fonts, charts);
    this.docx = new DocxRenderer(fonts, charts);
    this.environment = Map.copyOf(environment);
    this.clock = clock;
    this.program = program;
    this.faults = Faults.NONE;
    this.cpu = () -> 0L;
  }

  private Builder(Builder base, Faults faults, LongSupplier cpu) {
    this.fonts = base.fonts;
    this.pdf = base.pdf;
    this.docx = base.docx;
    this.environment = base.environment;
    this.clock = base.clock;
    this.program = base.program;
    this.faults = faults;
    this.cpu = cpu;
  }

  /** This builder, with writes that fail where {@code faults} says (for tests). */
  Builder withFaults(Faults faults) {
    return new Builder(this, faults, cpu);
  }

  /**
   * This builder, recording the CPU time of each document written ({@link BuildReport.Output#cpu})
   * as told by {@code threadCpuNanos}, the calling thread's CPU time.
   */
  public Builder withCpuTime(LongSupplier threadCpuNanos) {
    return new Builder(this, faults, Objects.requireNonNull(threadCpuNanos, "threadCpuNanos"));
  }

  /** The fonts this builder renders with. */
  public Fonts fonts() {
    return fonts;
  }

  /** The program identity recorded with every output. */
  public ProgramId program() {
    return program;
  }

  /** Runs a build; {@code log} gets one line per event (file written or skipped, problem). */
  public BuildReport run(BuildRequest request, Consumer<String> log)
      throws ConfigurationException, LockedException, IOException {
    return build(request, event -> log.accept(event.line()));
  }

  /**
   * Runs a build, telling {@code listener} what happens as it happens.
   *
   * @throws ConfigurationException when the build cannot start (templates, folders, options)
   * @throws LockedException when another run holds the output folder
   * @throws IOException when the output folder's own records cannot be written
   */
  public BuildReport build(BuildRequest request, BuildListener listener)
      throws ConfigurationException, LockedException, IOException {
    Instant started = clock.instant();
    checkSourceDateEpoch();
    BatchOptions options = request.options();
    if (options.prune() && !request.briefs().isEmpty()) {
      throw new ConfigurationException(
          "--prune works on the whole content folder; leave out the BRIEF arguments");
    }
    if (options.digest() && !request.formats().contains(Format.PDF)) {
      throw new ConfigurationException("--digest merges PDF files; add pdf to --format");
    }
    if (options.digest() && !options.shard().all()) {
      throw new ConfigurationException(
          "--digest needs every brief and cannot be combined with --shard");
    }
    Templates templates = templates(request);
    List<Path> files = briefFiles(request);
    return new BatchRun(this, request, templates, files, listener, started).run();
  }

  /** The creation date stamped in documents: SOURCE_DATE_EPOCH, else the brief's as-of date. */
  Instant created(Brief brief) {
    return created(brief.asOf());
  }

  /** The creation date stamped in documents of a brief of this as-of date. */
  Instant created(LocalDate asOf) {
    return sourceDateEpoch()
        .map(s -> Instant.ofEpochSecond(Long.parseLong(s)))
        .orElseGet(() -> asOf.atStartOfDay().toInstant(ZoneOffset.UTC));
  }

  /** SOURCE_DATE_EPOCH, if set and not empty; {@link #build} has checked it. */
  Optional<String> sourceDateEpoch() {
    String epoch = environment.get("SOURCE_DATE_EPOCH");
    return epoch == null || epoch.isEmpty() ? Optional.empty() : Optional.of(epoch);
  }

  /** 9999-12-31T23:59:59Z: PDF and Word dates have four-digit years. */
  static final long MAX_SOURCE_DATE_EPOCH = 253_402_300_799L;

  /** A bad SOURCE_DATE_EPOCH is refused, not ignored: the documents' dates would be wrong. */
  private void checkSourceDateEpoch() throws ConfigurationException {
    Optional<String> epoch = sourceDateEpoch();
    if (epoch.isPresent()
        && !(epoch.get().matches("\\d{1,12}")
            && Long.parseLong(epoch.get()) <= MAX_SOURCE_DATE_EPOCH)) {
      throw new ConfigurationException(
          "SOURCE_DATE_EPOCH=\""
              + Excerpt.of(epoch.get())
              + "\" is not a time: expected whole seconds since 1970-01-01T00:00:00Z, from 0 to "
              + MAX_SOURCE_DATE_EPOCH
              + " (9999-12-31T23:59:59Z)");
    }
  }

  /** An audience to build: its template and its folder. */
  record Audience(AudienceTemplate template, Path folder) {
    String name() {
      return template.name();
    }
  }

  /** The audiences to build, and the names of every audience there is (for pruning). */
  record Templates(List<Audience> selected, List<String> allNames) {}

  private static Templates templates(BuildRequest request) throws ConfigurationException {
    Path dir = request.templatesDir();
    if (!Files.isDirectory(dir)) {
      throw new ConfigurationException("no templates folder \"" + dir + "\" (use --templates DIR)");
    }
    List<Path> folders;
    try {
      folders = TemplateLoader.discover(dir);
    } catch (IOException e) {
      throw new ConfigurationException("cannot list \"" + dir + "\": " + e.getMessage());
    }
    checkOutsideTemplates(request.outDir(), folders);
    List<String> names = folders.stream().map(p -> p.getFileName().toString()).toList();
    for (String wanted : new TreeSet<>(request.audiences())) {
      if (!names.contains(wanted)) {
        throw new ConfigurationException(
            "no audience \""
                + wanted
                + "\" in \""
                + dir
                + "\"; audiences: "
                + String.join(", ", names));
      }
    }
    TemplateLoader loader = new TemplateLoader(request.limits());
    List<Audience> templates = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    for (Path folder : folders) {
      if (!request.audiences().isEmpty()
          && !request.audiences().contains(folder.getFileName().toString())) {
        continue;
      }
      Loaded<AudienceTemplate> t = loader.load(folder);
      problems.addAll(t.diagnostics());
      t.value().ifPresent(template -> templates.add(new Audience(template, folder)));
    }
    if (problems.stream().anyMatch(Diagnostic::isError)) {
      throw new ConfigurationException("invalid audience template", problems);
    }
    if (templates.isEmpty()) {
      throw new ConfigurationException(
          "no audience templates (templates/<name>/template.yaml) in \"" + dir + "\"");
    }
    List<String> all = new ArrayList<>(names);
    templates.forEach(a -> all.add(a.name()));
    return new Templates(templates, all);
  }

  /**
   * Outputs inside a template folder would change that template's hash, so every run would rebuild
   * everything (and list the outputs as template files).
   */
  private static void checkOutsideTemplates(Path out, List<Path> folders)
      throws ConfigurationException {
    Path where = real(out);
    for (Path folder : folders) {
      if (where.startsWith(real(folder))) {
        throw new ConfigurationException(
            "--out \""
                + out
                + "\" is inside the template folder \""
                + folder
                + "\": what a run writes there changes the template, so every run would rebuild"
                + " everything; choose an output folder outside the templates");
      }
    }
  }

  /** The path with links resolved as far as it exists (an output folder may not exist yet). */
  private static Path real(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(absolute));
    } catch (IOException e) {
      return absolute;
    }
  }

  private static List<Path> briefFiles(BuildRequest request) throws ConfigurationException {
    List<Path> all = new ArrayList<>();
    if (Files.isDirectory(request.contentDir())) {
      try {
        all.addAll(BriefLoader.discover(request.contentDir()));
      } catch (IOException e) {
        throw new ConfigurationException(
            "cannot list \"" + request.contentDir() + "\": " + e.getMessage());
      }
    } else if (request.briefs().isEmpty()) {
      throw new ConfigurationException(
          "no content folder \""
              + request.contentDir()
              + "\" (use --content DIR or name brief files)");
    }
    if (request.briefs().isEmpty()) {
      if (all.isEmpty()) {
        throw new ConfigurationException(
            "no brief files (*.yaml) in \"" + request.contentDir() + "\"");
      }
      return all;
    }
    List<Path> chosen = new ArrayList<>();
    for (String brief : request.briefs()) {
      Path asFile;
      try {
        asFile = Path.of(brief);
      } catch (InvalidPathException e) {
        // a NUL or similar: the user's argument is at fault, not the program
        throw new ConfigurationException(
            "no brief \""
                + Excerpt.of(brief)
                + "\": not a valid file name ("
                + e.getReason()
                + ")");
      }
      if (brief.endsWith(".yaml") || brief.endsWith(".yml") || Files.isRegularFile(asFile)) {
        chosen.add(asFile);
        continue;
      }
      // an id is a file name without its ending, compared literally: never a pattern
      Optional<Path> byId =
          all.stream()
              .filter(
                  p -> {
                    String name = p.getFileName().toString();
                    return name.equals(brief + ".yaml") || name.equals(brief + ".yml");
                  })
              .findFirst();
      if (byId.isEmpty()) {
        throw new ConfigurationException(
            "no brief \""
                + Excerpt.of(brief)
                + "\": not a file, and no "
                + Excerpt.of(brief)
                + ".yaml in \""
                + request.contentDir()
                + "\"");
      }
      chosen.add(byId.get());
    }
    return chosen;
  }

  /** A brief that does not fit its audience's page budget. */
  static final class BudgetException extends Exception {
    private static final long serialVersionUID = 1L;

    BudgetException(String message) {
      super(message);
    }
  }
}
