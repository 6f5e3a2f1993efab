package dev.briefsmith.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The size and modification time of each output when a run last knew its content to be the recorded
 * one ({@code OUT/.manifest.json.stat}), so that the next run can tell an untouched output by one
 * cheap {@code stat} and hashes only the outputs whose size or time moved. Kept beside the
 * manifest, not in it: times differ from machine to machine, and the manifest is byte-identical for
 * the same inputs. Losing this file costs one hash of every output, nothing else. Immutable.
 *
 * @param taken when the file was written, by the file system's clock (its own modification time)
 * @param files by path inside the output folder
 */
record OutputStats(Instant taken, Map<String, Stat> files) {
  /**
   * How close to {@code taken} a recorded time may be and still be trusted. A file edited in the
   * same tick of a coarse file-system clock (FAT: 2 s; some NFS servers: 1 s) as the one recorded
   * keeps its time, so such "racily clean" records are checked by hash (as git does).
   */
  static final Duration TICK = Duration.ofSeconds(2);

  static final String FORMAT = "briefsmith-output-stats/1";

  /** Copies the map. */
  OutputStats {
    files = Map.copyOf(files);
  }

  /** What {@code stat} says about one output. */
  record Stat(long size, Instant modified) {
    static Stat of(BasicFileAttributes a) {
      return new Stat(a.size(), a.lastModifiedTime().toInstant());
    }

    static Stat of(Path file) throws IOException {
      return of(Files.readAttributes(file, BasicFileAttributes.class));
    }
  }

  /**
   * Whether an output whose {@code stat} is {@code now} can be taken to be unchanged without
   * reading it: its size and time are the recorded ones, and the record was taken at least a clock
   * tick after that time.
   */
  boolean vouchesFor(String path, Stat now) {
    Stat then = files.get(path);
    return then != null && then.equals(now) && then.modified().plus(TICK).isBefore(taken);
  }

  /** No records: every output is checked by hash. */
  static OutputStats none() {
    return new OutputStats(Instant.EPOCH, Map.of());
  }

  /** The largest record read: about a million outputs. */
  static final long MAX_BYTES = 256L * 1024 * 1024;

  /**
   * Reads the file, or empty if there is none or it cannot be used (then outputs are hashed). It is
   * read output by output, never held whole, and only if it is a plain file under {@link
   * #MAX_BYTES}.
   */
  static Optional<OutputStats> read(Path file) {
    return read(file, MAX_BYTES);
  }

  /** {@link #read(Path)} with another limit. */
  static Optional<OutputStats> read(Path file, long maxBytes) {
    return read(file, maxBytes, UnaryOperator.identity());
  }

  /**
   * {@link #read(Path)} with another limit, keying each output by {@code key} of its path: the
   * string a caller already holds for it, so that a large folder's paths are not held twice.
   */
  static Optional<OutputStats> read(Path file, long maxBytes, UnaryOperator<String> key) {
    try {
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        return Optional.empty();
      }
      Instant taken = Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant();
      Map<String, Stat> files = new TreeMap<>();
      Map<String, Object> top = new HashMap<>();
      try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
        Json.readObject(
            in,
            maxBytes,
            (name, p) -> {
              if (!name.equals("files")) {
                top.put(name, Json.value(p));
                return;
              }
              Json.fields(
                  p,
                  (path, q) -> {
                    Object stat = Json.value(q);
                    files.put(
                        key.apply(path),
                        new Stat(
                            Json.get(stat, "size", Long.class),
                            Instant.parse(Json.get(stat, "modified", String.class))));
                  });
              top.put(name, true);
            });
      }
      if (!FORMAT.equals(Json.optional(top, "format").orElse("")) || !top.containsKey("files")) {
        return Optional.empty();
      }
      return Optional.of(new OutputStats(taken, files));
    } catch (IOException | DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** Writes the records; the file's own modification time becomes {@link #taken} when read. */
  static void write(Path file, Map<String, Stat> files) throws IOException {
    Map<String, Stat> sorted = new TreeMap<>(files);
    AtomicFiles.write(
        file,
        out ->
            Json.write(
                out,
                g -> {
                  g.writeStartObject();
                  g.writeStringField("format", FORMAT);
                  g.writeObjectFieldStart("files");
                  for (Map.Entry<String, Stat> e : sorted.entrySet()) {
                    g.writeObjectFieldStart(e.getKey());
                    g.writeNumberField("size", e.getValue().size());
                    g.writeStringField("modified", e.getValue().modified().toString());
                    g.writeEndObject();
                  }
                  g.writeEndObject();
                  g.writeEndObject();
                },
                false));
  }
}
