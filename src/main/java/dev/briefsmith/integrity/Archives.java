package dev.briefsmith.integrity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where archived copies of sources are found, and their texts, read once per run. An archive path
 * (already checked to be relative and free of {@code ..}) is looked up first in the brief's own
 * folder, then in each extra folder in order ({@code --archives DIR}), so that copies which may not
 * be committed beside the content can be kept elsewhere. Thread-safe.
 */
public final class Archives {
  private final List<Path> extraFolders;
  private final boolean required;
  private final ArchiveReader reader = new ArchiveReader();
  private final ConcurrentHashMap<Key, Lookup> cache = new ConcurrentHashMap<>();

  /**
   * Archives looked up beside each brief and then in {@code extraFolders}; with {@code required},
   * an archive found nowhere is an error rather than a quote left unverified.
   */
  public Archives(List<Path> extraFolders, boolean required) {
    this.extraFolders = List.copyOf(extraFolders);
    this.required = required;
  }

  /** No extra folders, archives optional. */
  public static Archives besideBriefs() {
    return new Archives(List.of(), false);
  }

  /** Whether an archive found nowhere is an error. */
  boolean required() {
    return required;
  }

  /** The outcome of looking an archive up. */
  sealed interface Lookup {}

  /** The archive's normalised text, read from {@code file}. */
  record Found(Path file, Text text) implements Lookup {}

  /** Found in none of the folders searched. */
  record Missing(List<Path> searched) implements Lookup {}

  /** Found but cannot be used. */
  record Unreadable(Path file, String reason) implements Lookup {}

  /** An archive's text, normalised for comparison. */
  record Text(String normalised, Shingles shingles) {}

  private record Key(Path file, long size, FileTime modified) {}

  /** Looks {@code relative} up for a brief in {@code folder} (empty: only the extra folders). */
  Lookup find(Optional<Path> folder, String relative) {
    List<Path> searched = new ArrayList<>();
    folder.ifPresent(searched::add);
    searched.addAll(extraFolders);
    for (Path base : searched) {
      Path file = base.resolve(relative).normalize();
      if (!file.startsWith(base.normalize())) {
        continue; // cannot happen for a checked path; a second guard all the same
      }
      BasicFileAttributes attributes;
      try {
        attributes = Files.readAttributes(file, BasicFileAttributes.class);
      } catch (IOException e) {
        continue;
      }
      Key key = new Key(file.toAbsolutePath(), attributes.size(), attributes.lastModifiedTime());
      return cache.computeIfAbsent(key, k -> read(k.file()));
    }
    return new Missing(searched);
  }

  private Lookup read(Path file) {
    try {
      String normalised = Normalised.of(reader.read(file));
      return new Found(file, new Text(normalised, Shingles.of(normalised)));
    } catch (ArchiveReader.UnreadableException e) {
      return new Unreadable(file, e.getMessage());
    }
  }
}
