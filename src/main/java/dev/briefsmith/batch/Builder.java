package dev.briefsmith.batch;

import dev.briefsmith.audience.AudienceTemplate;
import dev.briefsmith.audience.TemplateLoader;
import dev.briefsmith.batch.BuildReport.Output;
import dev.briefsmith.compose.Composer;
import dev.briefsmith.compose.Document;
import dev.briefsmith.content.Brief;
import dev.briefsmith.content.BriefLoader;
import dev.briefsmith.content.LoadResult;
import dev.briefsmith.render.Fonts;
import dev.briefsmith.render.RenderException;
import dev.briefsmith.render.docx.DocxRenderer;
import dev.briefsmith.render.pdf.PdfRenderer;
import dev.briefsmith.render.pdf.RenderedPdf;
import dev.briefsmith.select.Selector;
import dev.briefsmith.yaml.Diagnostic;
import dev.briefsmith.yaml.Loaded;
import dev.briefsmith.yaml.Severity;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Builds briefs: loads templates and briefs, and for each brief and audience selects, composes and
 * renders the formats asked for, checking the page budget and writing each file atomically (a
 * temporary file in the same folder, then a rename). A brief that fails is reported and the others
 * are still built. Thread-safe: every call works on its own state.
 */
public final class Builder {
  private final Fonts fonts;
  private final PdfRenderer pdf;
  private final DocxRenderer docx;
  private final Composer composer = new Composer();
  private final Map<String, String> environment;

  /**
   * A builder; {@code environment} supplies SOURCE_DATE_EPOCH (seconds) for the documents' creation
   * date, which otherwise is the brief's as-of date.
   */
  public Builder(Fonts fonts, Map<String, String> environment) {
    this.fonts = fonts;
    this.pdf = new PdfRenderer(fonts);
    this.docx = new DocxRenderer(fonts);
    this.environment = Map.copyOf(environment);
  }

  /** The fonts this builder renders with. */
  public Fonts fonts() {
    return fonts;
  }

  /** Runs a build; {@code log} gets one line per file written or problem found. */
  public BuildReport run(BuildRequest request, Consumer<String> log) throws ConfigurationException {
    List<AudienceTemplate> templates = templates(request);
    List<Path> files = briefFiles(request);
    BriefLoader loader = new BriefLoader(request.limits());
    List<Output> written = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    int failed = 0;
    List<LoadResult> results = loader.loadAll(files);
    for (int i = 0; i < results.size(); i++) {
      LoadResult result = results.get(i);
      problems.addAll(result.diagnostics());
      if (!result.valid()) {
        failed++;
        result.diagnostics().stream()
            .filter(Diagnostic::isError)
            .forEach(d -> log.accept(d.format()));
        continue;
      }
      Brief brief = result.brief().orElseThrow();
      boolean ok = true;
      for (AudienceTemplate template : templates) {
        try {
          written.addAll(build(brief, template, request, log));
        } catch (BudgetException | RenderException | IOException e) {
          ok = false;
          Diagnostic d =
              new Diagnostic(
                  files.get(i).toString(),
                  1,
                  1,
                  Severity.ERROR,
                  template.name() + ": " + e.getMessage());
          problems.add(d);
          log.accept(d.format());
        }
      }
      if (!ok) {
        failed++;
      }
    }
    return new BuildReport(written, problems, failed);
  }

  private List<Output> build(
      Brief brief, AudienceTemplate template, BuildRequest request, Consumer<String> log)
      throws IOException, BudgetException {
    Document document =
        composer.compose(
            Selector.select(brief, template.maxSensitivity()), template, created(brief));
    RenderedPdf rendered = pdf.render(document);
    Optional<Integer> budget = template.page().maxPages();
    if (budget.isPresent() && rendered.pageCount() > budget.get()) {
      throw new BudgetException(
          "the brief takes "
              + rendered.pageCount()
              + " pages, over the audience's budget of "
              + budget.get()
              + " (page.max_pages in "
              + request.templatesDir().resolve(template.name()).resolve(TemplateLoader.FILE)
              + "); shorten the brief or drop sections for this audience");
    }
    Path dir = request.outDir().resolve(brief.id());
    List<Output> out = new ArrayList<>();
    for (Format format : List.of(Format.PDF, Format.DOCX)) {
      if (!request.formats().contains(format)) {
        continue;
      }
      byte[] bytes =
          format == Format.PDF
              ? rendered.bytes()
              : docx.render(document, template.docxReference(), rendered.headingPages());
      Path target = dir.resolve(brief.id() + "." + template.name() + "." + format.extension());
      writeAtomically(target, bytes);
      int pages = format == Format.PDF ? rendered.pageCount() : 0;
      out.add(new Output(target, brief.id(), template.name(), format, pages));
      log.accept(
          "wrote "
              + target
              + (format == Format.PDF ? " (" + pages + (pages == 1 ? " page)" : " pages)") : ""));
    }
    return out;
  }

  /** The creation date stamped in documents: SOURCE_DATE_EPOCH, else the brief's as-of date. */
  Instant created(Brief brief) {
    String epoch = environment.get("SOURCE_DATE_EPOCH");
    if (epoch != null && epoch.matches("\\d{1,12}")) {
      return Instant.ofEpochSecond(Long.parseLong(epoch));
    }
    return brief.asOf().atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  /** Writes to a temporary file beside {@code target}, then renames it into place. */
  static void writeAtomically(Path target, byte[] bytes) throws IOException {
    Files.createDirectories(target.getParent());
    Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
    try {
      Files.write(temp, bytes);
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private List<AudienceTemplate> templates(BuildRequest request) throws ConfigurationException {
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
    List<AudienceTemplate> templates = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    for (Path folder : folders) {
      if (!request.audiences().isEmpty()
          && !request.audiences().contains(folder.getFileName().toString())) {
        continue;
      }
      Loaded<AudienceTemplate> t = loader.load(folder);
      problems.addAll(t.diagnostics());
      t.value().ifPresent(templates::add);
    }
    if (problems.stream().anyMatch(Diagnostic::isError)) {
      throw new ConfigurationException("invalid audience template", problems);
    }
    if (templates.isEmpty()) {
      throw new ConfigurationException(
          "no audience templates (templates/<name>/template.yaml) in \"" + dir + "\"");
    }
    return templates;
  }

  private static List<Path> briefFiles(BuildRequest request) throws ConfigurationException {
    List<Path> all = new ArrayList<>();
    if (Files.isDirectory(request.contentDir())) {
      try (Stream<Path> list = Files.list(request.contentDir())) {
        all.addAll(
            list.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
                .filter(Files::isRegularFile)
                .sorted()
                .toList());
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
      Path asFile = Path.of(brief);
      if (brief.endsWith(".yaml") || brief.endsWith(".yml") || Files.isRegularFile(asFile)) {
        chosen.add(asFile);
        continue;
      }
      Optional<Path> byId =
          all.stream()
              .filter(p -> p.getFileName().toString().matches("\\Q" + brief + "\\E\\.ya?ml"))
              .findFirst();
      if (byId.isEmpty()) {
        throw new ConfigurationException(
            "no brief \""
                + brief
                + "\": not a file, and no "
                + brief
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
