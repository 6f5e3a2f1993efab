package dev.briefsmith.batch;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The record of an output folder ({@code OUT/manifest.json}): every output with its SHA-256, size,
 * page count, audience and the hashes of the inputs it was made from, and the digests. Written at
 * the end of every run, sorted by path and without times, so the same outputs give the same file.
 * Immutable.
 */
public record Manifest(
    ProgramId program,
    Shard shard,
    List<Entry> outputs,
    List<Digest> digests,
    List<EditionEntry> editions) {
  /** The format tag written into the file. */
  public static final String FORMAT = "briefsmith-manifest/1";

  /** Sorts and copies the lists. */
  public Manifest {
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(shard, "shard");
    outputs = outputs.stream().sorted(Comparator.comparing(Entry::path)).toList();
    digests = digests.stream().sorted(Comparator.comparing(Digest::path)).toList();
    editions =
        editions.stream()
            .sorted(Comparator.comparing(EditionEntry::brief).thenComparing(EditionEntry::audience))
            .toList();
  }

  /**
   * The edition a brief's documents for one audience show: its date, the date of the edition their
   * changes are listed against (empty for a first edition), and whether any position changed since
   * then (a stance moved, an issue or side came or went), as that audience sees it.
   */
  public record EditionEntry(
      String brief,
      String audience,
      java.time.LocalDate asOf,
      Optional<java.time.LocalDate> since,
      boolean positionsChanged) {
    /** Checks the fields. */
    public EditionEntry {
      Objects.requireNonNull(brief, "brief");
      Objects.requireNonNull(audience, "audience");
      Objects.requireNonNull(asOf, "asOf");
      Objects.requireNonNull(since, "since");
    }

    void write(JsonGenerator g) throws IOException {
      g.writeStartObject();
      g.writeStringField("brief", brief);
      g.writeStringField("audience", audience);
      g.writeStringField("as_of", asOf.toString());
      Json.field(g, "since", since.map(Object::toString));
      g.writeBooleanField("positions_changed", positionsChanged);
      g.writeEndObject();
    }

    static EditionEntry read(Object json) throws IOException {
      try {
        return new EditionEntry(
            Json.get(json, "brief", String.class),
            Json.get(json, "audience", String.class),
            java.time.LocalDate.parse(Json.get(json, "as_of", String.class)),
            Json.optional(json, "since").map(java.time.LocalDate::parse),
            Json.get(json, "positions_changed", Boolean.class));
      } catch (java.time.format.DateTimeParseException e) {
        throw new IOException(e.getMessage(), e);
      }
    }
  }

  /**
   * What an output was made from.
   *
   * @param brief the SHA-256 of the brief file
   * @param template the SHA-256 of the audience's template folder (every file in it)
   * @param program {@link ProgramId#fingerprint()}
   * @param sourceDateEpoch SOURCE_DATE_EPOCH if it was set (it becomes the documents' date)
   * @param edition the SHA-256 of the previous edition the documents list their changes against, as
   *     recorded in the editions record; empty for a first edition
   */
  public record Inputs(
      String brief,
      String template,
      String program,
      Optional<String> sourceDateEpoch,
      Optional<String> edition) {

    /** What changed from {@code before} to this, in words, e.g. "brief changed". */
    List<String> changesFrom(Inputs before) {
      List<String> reasons = new ArrayList<>();
      if (!brief.equals(before.brief)) {
        reasons.add("brief changed");
      }
      if (!template.equals(before.template)) {
        reasons.add("template changed");
      }
      if (!program.equals(before.program)) {
        reasons.add("program changed");
      }
      if (!sourceDateEpoch.equals(before.sourceDateEpoch)) {
        reasons.add("SOURCE_DATE_EPOCH changed");
      }
      if (!edition.equals(before.edition)) {
        reasons.add("previous edition changed");
      }
      return reasons;
    }

    void write(JsonGenerator g) throws IOException {
      g.writeStartObject();
      g.writeStringField("brief", brief);
      g.writeStringField("template", template);
      g.writeStringField("program", program);
      Json.field(g, "source_date_epoch", sourceDateEpoch);
      Json.field(g, "edition", edition);
      g.writeEndObject();
    }

    static Inputs read(Object json) throws IOException {
      return new Inputs(
          Json.get(json, "brief", String.class),
          Json.get(json, "template", String.class),
          Json.get(json, "program", String.class),
          Json.optional(json, "source_date_epoch"),
          Json.optional(json, "edition"));
    }
  }

  /**
   * One output file.
   *
   * @param path the file's path inside the output folder, with {@code /}
   * @param pages the PDF's page count; 0 for Word files, which paginate in the reader
   */
  public record Entry(
      String path,
      String briefId,
      String briefFile,
      String audience,
      Format format,
      String sha256,
      long size,
      int pages,
      Inputs inputs) {

    void write(JsonGenerator g) throws IOException {
      g.writeStartObject();
      g.writeStringField("path", path);
      g.writeStringField("brief", briefId);
      g.writeStringField("brief_file", briefFile);
      g.writeStringField("audience", audience);
      g.writeStringField("format", format.extension());
      g.writeStringField("sha256", sha256);
      g.writeNumberField("size", size);
      if (format == Format.PDF) {
        g.writeNumberField("pages", pages);
      } else {
        g.writeNullField("pages");
      }
      g.writeFieldName("inputs");
      inputs.write(g);
      g.writeEndObject();
    }

    static Entry read(Object json) throws IOException {
      Format format;
      try {
        format = Format.valueOf(Json.get(json, "format", String.class).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IOException("unknown format in " + json, e);
      }
      Object pages = ((Map<?, ?>) json).get("pages");
      return new Entry(
          Json.get(json, "path", String.class),
          Json.get(json, "brief", String.class),
          Json.get(json, "brief_file", String.class),
          Json.get(json, "audience", String.class),
          format,
          Json.get(json, "sha256", String.class),
          Json.get(json, "size", Long.class),
          pages instanceof Long n ? n.intValue() : 0,
          Inputs.read(Json.get(json, "inputs", Map.class)));
    }
  }

  /**
   * One digest: the PDFs of one audience's briefs built in a run, merged.
   *
   * @param briefs the ids of the briefs in it, in order
   * @param sources the SHA-256 of each brief's PDF, in the same order
   */
  public record Digest(
      String path,
      String audience,
      String sha256,
      long size,
      int pages,
      List<String> briefs,
      List<String> sources) {
    /** Copies the lists. */
    public Digest {
      briefs = List.copyOf(briefs);
      sources = List.copyOf(sources);
    }

    void write(JsonGenerator g) throws IOException {
      g.writeStartObject();
      g.writeStringField("path", path);
      g.writeStringField("audience", audience);
      g.writeStringField("sha256", sha256);
      g.writeNumberField("size", size);
      g.writeNumberField("pages", pages);
      g.writeArrayFieldStart("briefs");
      for (String b : briefs) {
        g.writeString(b);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("sources");
      for (String s : sources) {
        g.writeString(s);
      }
      g.writeEndArray();
      g.writeEndObject();
    }

    static Digest read(Object json) throws IOException {
      List<String> briefs = new ArrayList<>();
      for (Object o : Json.get(json, "briefs", List.class)) {
        briefs.add(String.valueOf(o));
      }
      List<String> sources = new ArrayList<>();
      for (Object o : Json.get(json, "sources", List.class)) {
        sources.add(String.valueOf(o));
      }
      return new Digest(
          Json.get(json, "path", String.class),
          Json.get(json, "audience", String.class),
          Json.get(json, "sha256", String.class),
          Json.get(json, "size", Long.class),
          Json.get(json, "pages", Long.class).intValue(),
          briefs,
          sources);
    }
  }

  /** The manifest as JSON bytes. */
  public byte[] toJson() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeJson(out);
    return out.toByteArray();
  }

  /** Writes the manifest as JSON to {@code out}, the same bytes as {@link #toJson()}. */
  void writeJson(OutputStream out) throws IOException {
    Json.write(
        out,
        g -> {
          g.writeStartObject();
          g.writeStringField("format", FORMAT);
          g.writeObjectFieldStart("program");
          g.writeStringField("version", program.version());
          g.writeStringField("code", program.code());
          g.writeStringField("java", program.java());
          g.writeEndObject();
          g.writeStringField("shard", shard.toString());
          g.writeArrayFieldStart("outputs");
          for (Entry e : outputs) {
            e.write(g);
          }
          g.writeEndArray();
          g.writeArrayFieldStart("digests");
          for (Digest d : digests) {
            d.write(g);
          }
          g.writeEndArray();
          g.writeArrayFieldStart("editions");
          for (EditionEntry e : editions) {
            e.write(g);
          }
          g.writeEndArray();
          g.writeEndObject();
        },
        true);
  }

  /**
   * The largest manifest read: about a million outputs. A larger file is not one this program
   * wrote, and reading it would only fill memory.
   */
  static final long MAX_BYTES = 1L << 30;

  /** Reads a manifest written by {@link #toJson()}. */
  public static Manifest fromJson(byte[] bytes) throws IOException {
    return fromJson(new java.io.ByteArrayInputStream(bytes), Long.MAX_VALUE);
  }

  /**
   * Reads a manifest written by {@link #toJson()} from a stream of at most {@code maxBytes}, entry
   * by entry: what it holds is the entries, never the whole text or a tree of it.
   */
  public static Manifest fromJson(InputStream in, long maxBytes) throws IOException {
    Map<String, Object> top = new HashMap<>();
    List<Entry> outputs = new ArrayList<>();
    List<Digest> digests = new ArrayList<>();
    List<EditionEntry> editions = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Map<String, String> strings = new HashMap<>();
    Json.readObject(
        in,
        maxBytes,
        (name, p) -> {
          switch (name) {
            case "outputs" -> Json.each(p, strings, o -> outputs.add(Entry.read(o)));
            case "digests" -> Json.each(p, strings, o -> digests.add(Digest.read(o)));
            // a manifest written before editions were recorded has none
            case "editions" -> Json.each(p, strings, o -> editions.add(EditionEntry.read(o)));
            default -> top.put(name, Json.value(p));
          }
          seen.add(name);
        });
    if (!FORMAT.equals(Json.optional(top, "format").orElse(""))) {
      throw new IOException("not a " + FORMAT + " file");
    }
    for (String required : List.of("outputs", "digests")) {
      if (!seen.contains(required)) {
        throw new IOException("field \"" + required + "\": expected List, got null");
      }
    }
    Object program = Json.get(top, "program", Map.class);
    Shard shard;
    try {
      shard = Shard.parse(Json.get(top, "shard", String.class));
    } catch (IllegalArgumentException e) {
      throw new IOException(e.getMessage(), e);
    }
    return new Manifest(
        new ProgramId(
            Json.get(program, "version", String.class),
            Json.get(program, "code", String.class),
            Json.get(program, "java", String.class)),
        shard,
        outputs,
        digests,
        editions);
  }

  /** One entry as a line of JSON, for the journal of a run in progress. */
  static byte[] journalLine(Entry e) throws IOException {
    return Json.write(e::write, false);
  }

  /** An entry from a journal line, or empty if the line is incomplete or damaged. */
  static Optional<Entry> fromJournalLine(String line) {
    try {
      return Optional.of(
          Entry.read(Json.read(line.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
