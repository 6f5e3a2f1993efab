package dev.briefsmith.audience;

import dev.briefsmith.compose.Localisation;
import dev.briefsmith.compose.PageSetup;
import dev.briefsmith.compose.Theme;
import dev.briefsmith.content.Sensitivity;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An audience: which items and sections its readers see and how the brief looks for them, loaded
 * from {@code templates/<name>/template.yaml}. Immutable.
 *
 * @param text boilerplate lines by key (cover_note, footer, header, disclaimer), each a compiled
 *     logic-less template over the brief's fields
 * @param docxReference a Word file whose styles the DOCX output uses, if the template names one
 * @param localisation the edition's locale, calendar and the template's own labels
 */
public record AudienceTemplate(
    String name,
    String title,
    Optional<String> description,
    Sensitivity maxSensitivity,
    List<Section> sections,
    PageSetup page,
    Theme theme,
    Map<Sensitivity, String> marking,
    Map<String, TextTemplate> text,
    Optional<byte[]> docxReference,
    Localisation localisation) {

  /** A template in the brief's language, with the catalogue's words. */
  public AudienceTemplate(
      String name,
      String title,
      Optional<String> description,
      Sensitivity maxSensitivity,
      List<Section> sections,
      PageSetup page,
      Theme theme,
      Map<Sensitivity, String> marking,
      Map<String, TextTemplate> text,
      Optional<byte[]> docxReference) {
    this(
        name,
        title,
        description,
        maxSensitivity,
        sections,
        page,
        theme,
        marking,
        text,
        docxReference,
        Localisation.DEFAULT);
  }

  /** Checks and copies the fields. */
  public AudienceTemplate {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(maxSensitivity, "maxSensitivity");
    sections = List.copyOf(sections);
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(theme, "theme");
    marking = Collections.unmodifiableMap(new EnumMap<>(marking));
    text = Collections.unmodifiableMap(new TreeMap<>(text));
    docxReference = docxReference.map(byte[]::clone);
    Objects.requireNonNull(localisation, "localisation");
  }

  /** A copy of the reference document's bytes, if any. */
  @Override
  public Optional<byte[]> docxReference() {
    return docxReference.map(byte[]::clone);
  }

  /** Whether the template lists this section. */
  public boolean has(SectionKind kind) {
    return sections.stream().anyMatch(s -> s.kind() == kind);
  }
}
