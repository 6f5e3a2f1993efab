package dev.briefsmith.batch;

import dev.briefsmith.content.Sensitivity;
import dev.briefsmith.diff.Edition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The editions record of an output folder: for each brief and audience, the last editions that
 * audience's documents published, in {@code OUT/<id>/<id>.<audience>.edition.json}, beside those
 * documents. One file per brief and audience, so that each holds only what that audience may see
 * (an edition is taken after selection) and is named, and can be protected, like that audience's
 * own documents; and so that shards, which own disjoint briefs, never write the same file. A file
 * keeps the current edition and the one before it (the latest with an earlier as-of date): what a
 * rebuild of the same date is compared with. Written atomically after the documents are in place;
 * read as input: bounded, checked, and refused as a whole with a warning when damaged. Thread-safe:
 * each call works on its own file, and the builder gives each brief and audience to one task.
 */
final class EditionRecords {
  /** The format tag written into each file. */
  static final String FORMAT = "briefsmith-editions/1";

  /** The largest file read: a brief is at most 5 MiB, and an edition keeps less than it. */
  static final long MAX_BYTES = 8L * 1024 * 1024;

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

  private final Path out;
  private final Consumer<String> warnings;

  EditionRecords(Path out, Consumer<String> warnings) {
    this.out = out;
    this.warnings = warnings;
  }

  /** {@code <id>/<id>.<audience>.edition.json}, inside the output folder. */
  static String path(String briefId, String audience) {
    if (!NAME.matcher(briefId).matches() || !NAME.matcher(audience).matches()) {
      throw new IllegalArgumentException("brief ids and audiences are slugs");
    }
    return briefId + "/" + briefId + "." + audience + ".edition.json";
  }

  /**
   * The editions recorded for a brief and audience, oldest first; none when there is no record or
   * it cannot be used (then the next edition is a first edition, and the warning says why).
   */
  List<Edition> read(String briefId, String audience, Sensitivity max) {
    Path file = out.resolve(path(briefId, audience));
    try {
      if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        return List.of();
      }
      // never through a link: it could lead anywhere on the machine
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
          || Files.isSymbolicLink(file.getParent())) {
        throw new IOException("not a regular file in a real folder of the output folder");
      }
      Object json = Json.read(readBounded(file));
      if (!FORMAT.equals(Json.optional(json, "format").orElse(""))) {
        throw new IOException("not a " + FORMAT + " file");
      }
      if (!briefId.equals(Json.optional(json, "brief").orElse(""))
          || !audience.equals(Json.optional(json, "audience").orElse(""))) {
        throw new IOException("it is not the record of " + briefId + " for " + audience);
      }
      // An audience whose max_sensitivity changed must not be shown its old editions: labels of
      // items it may no longer see would be listed as removed.
      String recorded = Json.optional(json, "max_sensitivity").orElse("");
      if (!recorded.equals(max.word())) {
        boolean known =
            java.util.Arrays.stream(Sensitivity.values()).anyMatch(v -> v.word().equals(recorded));
        throw new IOException(
            (known
                    ? "it was recorded for max_sensitivity " + recorded
                    : "it names no max_sensitivity")
                + ", and the audience's is now "
                + max.word());
      }
      List<Edition> editions = new ArrayList<>();
      List<?> list = Json.get(json, "editions", List.class);
      if (list.size() > 2) {
        throw new IOException("it lists " + list.size() + " editions; a record keeps at most 2");
      }
      for (Object e : list) {
        editions.add(EditionJson.read(e, briefId));
      }
      if (editions.size() == 2 && !editions.get(0).asOf().isBefore(editions.get(1).asOf())) {
        throw new IOException("its editions are not in date order");
      }
      return editions;
    } catch (IOException | RuntimeException e) {
      warnings.accept(
          "ignored "
              + file
              + " ("
              + RecordPaths.quote(String.valueOf(e.getMessage()))
              + "): the next edition of "
              + briefId
              + " for "
              + audience
              + " is compared with none");
      return List.of();
    }
  }

  /** The edition the current one is compared with: the latest with an earlier date. */
  static Optional<Edition> previous(List<Edition> recorded, LocalDate asOf) {
    return recorded.stream()
        .filter(e -> e.asOf().isBefore(asOf))
        .max(Comparator.comparing(Edition::asOf));
  }

  /** The edition last published, whatever its date: the latest recorded. */
  static Optional<Edition> last(List<Edition> recorded) {
    return recorded.stream().max(Comparator.comparing(Edition::asOf));
  }

  /** The record after {@code current} is published: its previous edition, then it. */
  static List<Edition> after(List<Edition> recorded, Edition current) {
    List<Edition> next = new ArrayList<>();
    previous(recorded, current.asOf()).ifPresent(next::add);
    next.add(current);
    return next;
  }

  /** Writes the record of a brief and audience, atomically. */
  void write(String briefId, String audience, Sensitivity max, List<Edition> editions)
      throws IOException {
    AtomicFiles.write(
        out.resolve(path(briefId, audience)), bytes(briefId, audience, max, editions));
  }

  /** Deletes the record of a brief and audience (its outputs were pruned). */
  void delete(String briefId, String audience) throws IOException {
    Files.deleteIfExists(out.resolve(path(briefId, audience)));
  }

  /** The SHA-256 of an edition as recorded: what an output's inputs name it by. */
  static String hash(Edition e) {
    try {
      return Hashing.hex(Json.write(g -> EditionJson.write(g, e), false));
    } catch (IOException x) {
      throw new java.io.UncheckedIOException(x);
    }
  }

  static byte[] bytes(String briefId, String audience, Sensitivity max, List<Edition> editions)
      throws IOException {
    return Json.write(
        g -> {
          g.writeStartObject();
          g.writeStringField("format", FORMAT);
          g.writeStringField("brief", briefId);
          g.writeStringField("audience", audience);
          g.writeStringField("max_sensitivity", max.word());
          g.writeArrayFieldStart("editions");
          for (Edition e : editions) {
            EditionJson.write(g, e);
          }
          g.writeEndArray();
          g.writeEndObject();
        },
        false);
  }

  private static byte[] readBounded(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new IOException("over " + MAX_BYTES + " bytes");
      }
      return bytes;
    }
  }
}
