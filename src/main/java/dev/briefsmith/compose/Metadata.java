package dev.briefsmith.compose;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Document properties for PDF info/XMP and DOCX core properties. Only what the audience may see:
 * the composer has already filtered it.
 *
 * @param created the fixed creation and modification time (from the brief's date or
 *     SOURCE_DATE_EPOCH), never the wall clock, so output is reproducible
 */
public record Metadata(
    String title,
    Optional<String> subtitle,
    List<String> authors,
    String subject,
    List<String> keywords,
    String language,
    Instant created,
    String audience,
    String audienceTitle) {
  /** Checks and copies the fields. */
  public Metadata {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(subtitle, "subtitle");
    authors = List.copyOf(authors);
    Objects.requireNonNull(subject, "subject");
    keywords = List.copyOf(keywords);
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(audience, "audience");
    Objects.requireNonNull(audienceTitle, "audienceTitle");
  }
}
