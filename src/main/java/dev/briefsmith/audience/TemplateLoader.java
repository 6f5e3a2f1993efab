package dev.briefsmith.audience;

import dev.briefsmith.compose.FontFamily;
import dev.briefsmith.compose.Localisation;
import dev.briefsmith.compose.PageSetup;
import dev.briefsmith.compose.PaperSize;
import dev.briefsmith.compose.Rgb;
import dev.briefsmith.compose.Theme;
import dev.briefsmith.content.Sensitivity;
import dev.briefsmith.image.Logo;
import dev.briefsmith.yaml.Excerpt;
import dev.briefsmith.yaml.Fields;
import dev.briefsmith.yaml.LoadLimits;
import dev.briefsmith.yaml.Loaded;
import dev.briefsmith.yaml.Problems;
import dev.briefsmith.yaml.Severity;
import dev.briefsmith.yaml.Suggest;
import dev.briefsmith.yaml.YNode;
import dev.briefsmith.yaml.YNode.Entry;
import dev.briefsmith.yaml.YNode.YMap;
import dev.briefsmith.yaml.YNode.YScalar;
import dev.briefsmith.yaml.YamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads audience templates from {@code templates/<name>/template.yaml}, checking them as strictly
 * as content: every problem with file, line, column and field; unknown fields refused; files the
 * template names (logo, reference document) must stay inside its folder. Thread-safe.
 */
public final class TemplateLoader {
  /** The file in each template folder. */
  public static final String FILE = "template.yaml";

  static final Map<String, List<String>> FIELDS =
      Map.of(
          "template",
          List.of(
              "name",
              "title",
              "description",
              "max_sensitivity",
              "sections",
              "page",
              "theme",
              "marking",
              "text",
              "docx",
              "locale",
              "calendar",
              "labels"),
          "page",
          List.of("size", "margins_mm", "max_pages"),
          "margins",
          List.of("top", "right", "bottom", "left"),
          "theme",
          List.of("body_font", "heading_font", "base_size", "colors", "logo", "logo_width_mm"),
          "colors",
          List.of("text", "accent", "muted", "rule"),
          "text",
          List.of("cover_note", "header", "footer", "disclaimer"),
          "docx",
          List.of("reference"));

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");

  private final LoadLimits limits;

  /** A loader with these limits for the template file. */
  public TemplateLoader(LoadLimits limits) {
    this.limits = limits;
  }

  /** A loader with the default limits. */
  public TemplateLoader() {
    this(LoadLimits.DEFAULT);
  }

  /** The template folders under {@code dir} (those holding a template.yaml), sorted by name. */
  public static List<Path> discover(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(p -> Files.isRegularFile(p.resolve(FILE))).sorted().toList();
    }
  }

  /** Loads the template in {@code folder}; diagnostics name {@code folder/template.yaml}. */
  public Loaded<AudienceTemplate> load(Path folder) {
    Path file = folder.resolve(FILE);
    Problems problems = new Problems(file.toString());
    try {
      byte[] bytes;
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
      }
      if (bytes.length > limits.maxBytes()) {
        problems.add(1, 1, Severity.ERROR, "the template file is over the size limit");
        return result(problems, null);
      }
      Optional<String> text = YamlReader.decode(bytes, problems);
      if (text.isEmpty()) {
        return result(problems, null);
      }
      Optional<YNode> root =
          new YamlReader(
                  limits, "the file is empty; a template is a YAML mapping (name, title, ...)")
              .read(text.get(), problems);
      if (root.isEmpty()) {
        return result(problems, null);
      }
      return result(problems, new Reader(folder, problems).template(root.get()));
    } catch (NoSuchFileException e) {
      problems.add(1, 1, Severity.ERROR, "no such file");
    } catch (IOException e) {
      problems.add(1, 1, Severity.ERROR, "cannot read the file: " + e.getMessage());
    }
    return result(problems, null);
  }

  private static Loaded<AudienceTemplate> result(Problems problems, AudienceTemplate template) {
    return new Loaded<>(
        problems.hasErrors() ? Optional.empty() : Optional.ofNullable(template), problems.sorted());
  }

  /** Reads one template file. */
  private static final class Reader {
    private final Path folder;
    private final Problems problems;
    private final TemplateFiles files;

    Reader(Path folder, Problems problems) {
      this.folder = folder;
      this.problems = problems;
      this.files = new TemplateFiles(folder, problems);
    }

    AudienceTemplate template(YNode root) {
      Fields f = Fields.of(root, "", "template", FIELDS.get("template"), problems);
      if (f == null) {
        return null;
      }
      String folderName = folder.toAbsolutePath().normalize().getFileName().toString();
      String name = f.optional("name", this::text).orElse(folderName);
      if (!NAME.matcher(name).matches()) {
        problems.error(
            f.has("name") ? f.node("name").pos() : f.map().pos(),
            "name: \""
                + name
                + "\" is not a valid audience name; use lower-case letters, digits and hyphens");
      } else if (!name.equals(folderName)) {
        problems.error(
            f.node("name").pos(),
            "name: \""
                + name
                + "\" differs from its folder \""
                + folderName
                + "\"; a template's name is its folder's name (rename one of them)");
      }
      String title = f.required("title", this::text);
      Optional<String> description = f.optional("description", this::text);
      Sensitivity max =
          f.required("max_sensitivity", (n, p) -> Fields.word(n, p, Sensitivity.class, problems));
      List<Section> sections = f.requiredList("sections", this::section, 1);
      checkDuplicates(f, sections);
      PageSetup page = f.required("page", this::page);
      Theme theme = f.required("theme", this::theme);
      Map<Sensitivity, String> marking = f.required("marking", (n, p) -> marking(n, p, max));
      Map<String, TextTemplate> text = f.optional("text", this::textTemplates).orElse(Map.of());
      Optional<byte[]> reference = f.optional("docx", this::docx);
      Localisation localisation = new LocalisationReader(problems).read(f);
      if (problems.hasErrors()) {
        return null;
      }
      return new AudienceTemplate(
          name,
          title,
          description,
          max,
          sections,
          page,
          theme,
          marking,
          text,
          reference,
          localisation);
    }

    private void checkDuplicates(Fields f, List<Section> sections) {
      Set<SectionKind> seen = new HashSet<>();
      for (Section s : sections) {
        if (!seen.add(s.kind())) {
          problems.error(
              f.node("sections").pos(),
              "sections: " + s.kind().word() + " is listed twice; list each section once");
        }
      }
    }

    private String text(YNode node, String path) {
      return Fields.text(node, path, problems);
    }

    private Section section(YNode node, String path) {
      if (node instanceof YScalar s && s.kind() == YNode.Kind.STRING) {
        return kind(s, path).map(Section::of).orElse(null);
      }
      if (!(node instanceof YMap map) || map.entries().size() != 1) {
        problems.error(
            node.pos(),
            path
                + ": expected a section name (e.g. summary) or one name with options (e.g."
                + " position_matrix: {compact: true}), got "
                + node.describe());
        return null;
      }
      Entry entry = map.entries().get(0);
      Optional<SectionKind> kind = kind(entry.key(), path);
      if (kind.isEmpty()) {
        return null;
      }
      String optionsPath = path + "." + kind.get().word();
      YNode value = entry.value();
      if (value instanceof YScalar s && s.kind() == YNode.Kind.NULL) {
        return Section.of(kind.get());
      }
      List<String> known = new ArrayList<>(List.of("title", "page_break_before"));
      if (kind.get() == SectionKind.COVER) {
        known.add("style");
      }
      known.addAll(kind.get().flags().keySet().stream().sorted().toList());
      Fields f = Fields.of(value, optionsPath, kind.get().word() + " options", known, problems);
      if (f == null) {
        return null;
      }
      Optional<String> title = f.optional("title", this::text);
      boolean pageBreak =
          f.optional("page_break_before", (n, p) -> Fields.bool(n, p, problems)).orElse(false);
      Optional<String> style = f.optional("style", this::coverStyle);
      Map<String, Boolean> flags = new LinkedHashMap<>();
      for (String flag : kind.get().flags().keySet()) {
        f.optional(flag, (n, p) -> Fields.bool(n, p, problems)).ifPresent(v -> flags.put(flag, v));
      }
      return new Section(kind.get(), title, pageBreak, style, flags);
    }

    private String coverStyle(YNode node, String path) {
      String value = text(node, path);
      if (value != null && !value.equals("page") && !value.equals("masthead")) {
        problems.error(
            node.pos(),
            path + ": \"" + value + "\" is not a cover style; expected one of: page, masthead");
        return null;
      }
      return value;
    }

    private Optional<SectionKind> kind(YScalar key, String path) {
      Optional<SectionKind> kind = SectionKind.byWord(key.value());
      if (kind.isEmpty()) {
        List<String> words = Arrays.stream(SectionKind.values()).map(SectionKind::word).toList();
        problems.error(
            key.pos(),
            path
                + ": unknown section \""
                + key.value()
                + "\""
                + Suggest.closest(key.value(), words)
                    .map(w -> "; did you mean \"" + w + "\"?")
                    .orElse("; sections are: " + String.join(", ", words)));
      }
      return kind;
    }

    private PageSetup page(YNode node, String path) {
      Fields f = Fields.of(node, path, "page", FIELDS.get("page"), problems);
      if (f == null) {
        return null;
      }
      PaperSize size = f.required("size", this::paperSize);
      float[] margins = f.required("margins_mm", this::margins);
      Optional<Integer> maxPages =
          f.optional("max_pages", (n, p) -> Fields.integer(n, p, 1, 500, problems));
      if (size == null || margins == null) {
        return null;
      }
      return new PageSetup(size, margins[0], margins[1], margins[2], margins[3], maxPages);
    }

    private PaperSize paperSize(YNode node, String path) {
      String value = text(node, path);
      if (value == null) {
        return null;
      }
      for (PaperSize s : PaperSize.values()) {
        if (s.name().equalsIgnoreCase(value)) {
          return s;
        }
      }
      problems.error(
          node.pos(), path + ": \"" + value + "\" is not a paper size; expected A4 or Letter");
      return null;
    }

    private float[] margins(YNode node, String path) {
      if (node instanceof YScalar) {
        Double all = Fields.number(node, path, 5, 60, problems);
        return all == null
            ? null
            : new float[] {all.floatValue(), all.floatValue(), all.floatValue(), all.floatValue()};
      }
      Fields f = Fields.of(node, path, "margins", FIELDS.get("margins"), problems);
      if (f == null) {
        return null;
      }
      float[] out = new float[4];
      List<String> sides = FIELDS.get("margins");
      boolean ok = true;
      for (int i = 0; i < 4; i++) {
        Double v = f.required(sides.get(i), (n, p) -> Fields.number(n, p, 5, 60, problems));
        if (v == null) {
          ok = false;
        } else {
          out[i] = v.floatValue();
        }
      }
      return ok ? out : null;
    }

    private Theme theme(YNode node, String path) {
      Fields f = Fields.of(node, path, "theme", FIELDS.get("theme"), problems);
      if (f == null) {
        return null;
      }
      HouseFonts fonts = new HouseFonts(files, problems);
      FontFamily body = f.required("body_font", fonts::family);
      FontFamily heading = f.optional("heading_font", fonts::family).orElse(body);
      if (body != null
          && heading != null
          && !body.equals(heading)
          && body.displayName().equalsIgnoreCase(heading.displayName())) {
        problems.error(
            f.node("heading_font").pos(),
            f.path("heading_font")
                + ": names other files of the family \""
                + body.displayName()
                + "\" than body_font; Word knows a family by its name, so name the same files");
      }
      Double size = f.required("base_size", (n, p) -> Fields.number(n, p, 7, 14, problems));
      Map<String, Rgb> colors = f.required("colors", this::colors);
      Optional<Logo> logo = f.optional("logo", this::logo);
      double logoWidth =
          f.optional("logo_width_mm", (n, p) -> Fields.number(n, p, 5, 150, problems)).orElse(30.0);
      if (body == null || heading == null || size == null || colors == null) {
        return null;
      }
      return new Theme(
          body,
          heading,
          size.floatValue(),
          colors.get("text"),
          colors.get("accent"),
          colors.get("muted"),
          colors.get("rule"),
          logo,
          (float) logoWidth);
    }

    private Map<String, Rgb> colors(YNode node, String path) {
      Fields f = Fields.of(node, path, "colors", FIELDS.get("colors"), problems);
      if (f == null) {
        return null;
      }
      Map<String, Rgb> out = new LinkedHashMap<>();
      for (String key : FIELDS.get("colors")) {
        Rgb color = f.required(key, this::color);
        if (color == null) {
          return null;
        }
        out.put(key, color);
      }
      return out;
    }

    private Rgb color(YNode node, String path) {
      String value = text(node, path);
      if (value != null && !COLOR.matcher(value).matches()) {
        problems.error(node.pos(), path + ": expected a colour as #RRGGBB, got \"" + value + "\"");
        return null;
      }
      return value == null ? null : Rgb.hex(value);
    }

    private Map<Sensitivity, String> marking(YNode node, String path, Sensitivity max) {
      if (!(node instanceof YMap map)) {
        problems.error(
            node.pos(),
            path + ": expected a mapping from sensitivity to banner label, got " + node.describe());
        return null;
      }
      Map<Sensitivity, String> out = new EnumMap<>(Sensitivity.class);
      for (Entry e : map.entries()) {
        String key = e.key().value();
        Optional<Sensitivity> level =
            Arrays.stream(Sensitivity.values()).filter(s -> s.word().equals(key)).findFirst();
        if (level.isEmpty()) {
          problems.error(
              e.key().pos(),
              path + "." + key + ": not a sensitivity; expected public, internal or restricted");
          continue;
        }
        String label = text(e.value(), path + "." + key);
        if (label != null) {
          out.put(level.get(), label);
        }
      }
      if (max != null) {
        for (Sensitivity s : Sensitivity.values()) {
          if (s.allowedUpTo(max) && !out.containsKey(s)) {
            problems.error(
                node.pos(),
                path
                    + ": no label for \""
                    + s.word()
                    + "\"; the template shows items up to "
                    + max.word()
                    + ", so it needs a banner label for each level up to it");
          }
        }
      }
      return out;
    }

    private Map<String, TextTemplate> textTemplates(YNode node, String path) {
      Fields f = Fields.of(node, path, "text", FIELDS.get("text"), problems);
      if (f == null) {
        return null;
      }
      Map<String, TextTemplate> out = new LinkedHashMap<>();
      for (String key : FIELDS.get("text")) {
        f.optional(
                key,
                (n, p) -> {
                  String source = text(n, p);
                  if (source == null) {
                    return null;
                  }
                  TextTemplate.Compiled compiled = TextTemplate.compile(source);
                  compiled
                      .problems()
                      .forEach(problem -> problems.error(n.pos(), p + ": " + problem));
                  return compiled.template();
                })
            .ifPresent(t -> out.put(key, t));
      }
      return out;
    }

    /** The logo, checked and prepared once here so that no document decodes it again. */
    private Logo logo(YNode node, String path) {
      byte[] bytes = files.read(node, path, TemplateFiles.Kind.PNG);
      if (bytes == null) {
        return null;
      }
      try {
        return Logo.of(bytes);
      } catch (Logo.InvalidImageException e) {
        problems.error(
            node.pos(), path + ": \"" + Excerpt.of(text(node, path)) + "\" " + e.getMessage());
        return null;
      }
    }

    private byte[] docx(YNode node, String path) {
      Fields f = Fields.of(node, path, "docx", FIELDS.get("docx"), problems);
      if (f == null) {
        return null;
      }
      return f.required("reference", this::reference);
    }

    /** The reference document, checked here once rather than by every document that uses it. */
    private byte[] reference(YNode node, String path) {
      byte[] bytes = files.read(node, path, TemplateFiles.Kind.DOCX);
      if (bytes == null) {
        return null;
      }
      Optional<String> problem = ReferenceDocument.problem(bytes);
      if (problem.isPresent()) {
        problems.error(
            node.pos(), path + ": \"" + Excerpt.of(text(node, path)) + "\" " + problem.get());
        return null;
      }
      return bytes;
    }
  }
}
