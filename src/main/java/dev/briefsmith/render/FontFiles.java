package dev.briefsmith.render;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The fonts as files, for AWT. {@code Font.createFont(int, InputStream)} copies the font to a new
 * {@code +~JF*.tmp} file in java.io.tmpdir on every call and deletes it only when the JVM exits
 * normally, so a killed run leaves them for good; {@code Font.createFont(int, File)} reads the file
 * in place and copies nothing. So each font is written once into a per-user cache folder, under a
 * name holding its content's hash, and reused by every later run and by every version that bundles
 * the same file: a run, killed or not, leaves nothing in the temporary folder, and the cache holds
 * one file per style ever used. Stateless.
 */
final class FontFiles {
  /** A half-written file older than this was left by a killed run. */
  private static final Duration STALE = Duration.ofMinutes(10);

  private FontFiles() {}

  /**
   * {@code $XDG_CACHE_HOME/briefsmith/fonts}, else {@code ~/.cache/briefsmith/fonts}; empty when
   * neither is an absolute path.
   */
  static Optional<Path> defaultFolder(Map<String, String> environment, String userHome) {
    try {
      String xdg = environment.get("XDG_CACHE_HOME");
      if (xdg != null && !xdg.isEmpty() && Path.of(xdg).isAbsolute()) {
        return Optional.of(Path.of(xdg, "briefsmith", "fonts"));
      }
      if (userHome != null && !userHome.isEmpty() && Path.of(userHome).isAbsolute()) {
        return Optional.of(Path.of(userHome, ".cache", "briefsmith", "fonts"));
      }
    } catch (InvalidPathException e) {
      // an unusable setting: no cache
    }
    return Optional.empty();
  }

  /**
   * The file in {@code folder} that holds exactly {@code bytes}, written now if it is missing or
   * differs; empty if the folder cannot be written (a read-only home, say).
   */
  static Optional<Path> extracted(Path folder, String resource, byte[] bytes) {
    // a house font's file name is the template's: only safe characters reach the cache folder
    String stem =
        resource
            .substring(resource.lastIndexOf('/') + 1)
            .replaceFirst("(?i)\\.(ttf|otf)$", "")
            .replaceAll("[^A-Za-z0-9_-]", "_");
    stem = stem.substring(0, Math.min(stem.length(), 48));
    Path file = folder.resolve(stem + "-" + hash(bytes) + ".ttf");
    try {
      if (holds(file, bytes)) {
        return Optional.of(file);
      }
      Files.createDirectories(folder);
      removeStaleParts(folder);
      // written beside the target and renamed: a reader sees the whole file or none
      Path part = Files.createTempFile(folder, stem + "-", ".part");
      try {
        Files.write(part, bytes);
        Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(part);
      }
      return holds(file, bytes) ? Optional.of(file) : Optional.empty();
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return Optional.empty();
    }
  }

  private static boolean holds(Path file, byte[] bytes) throws IOException {
    // compared in full: a damaged or changed file is never handed to the font parser
    return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
        && Files.size(file) == bytes.length
        && Arrays.equals(Files.readAllBytes(file), bytes);
  }

  /**
   * Removes half-written files a killed run left. Best effort: another thread or run renames its
   * own part into place while this one lists them, so a part may vanish between the listing and the
   * look at its time; that, or any other trouble here, never fails the font being written.
   */
  private static void removeStaleParts(Path folder) {
    FileTime before = FileTime.from(Instant.now().minus(STALE));
    try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, "*.part")) {
      for (Path part : parts) {
        try {
          if (Files.getLastModifiedTime(part, LinkOption.NOFOLLOW_LINKS).compareTo(before) < 0) {
            Files.deleteIfExists(part);
          }
        } catch (IOException e) {
          // gone meanwhile (renamed into place by its writer), or not ours to remove
        }
      }
    } catch (IOException | DirectoryIteratorException e) {
      // the folder could not be listed: nothing is removed this time
    }
  }

  private static String hash(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
