package dev.briefsmith.batch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Properties;
import java.util.UUID;

/**
 * What the program that renders is, for deciding whether an output is out of date: the release
 * version, a hash of the code itself, and the Java runtime.
 *
 * <p>The version alone is not enough: a SNAPSHOT version stays the same while the code changes. So
 * {@code code} is the SHA-256 of the jar the program runs from, taken over its entries' names,
 * sizes and CRC-32s ({@link Hashing#jar}), or of its classes folder when run from a build tree. The
 * jar is reproducible (fixed entry times), so rebuilding the same sources changes nothing, while
 * any change to code, fonts or bundled resources, or to a dependency's version (the jar's manifest
 * lists the dependency jars by versioned name), does. The Java runtime is included because charts
 * are drawn by Java2D, whose output may differ between releases.
 *
 * @param version the release version, e.g. 0.1.0
 * @param code the SHA-256 of the program's jar or classes folder; "unknown-" and a random id when
 *     the code cannot be found, so that everything is rebuilt
 * @param java the Java runtime version
 */
public record ProgramId(String version, String code, String java) {

  /** The program running now. */
  public static ProgramId current() {
    return current(releaseVersion());
  }

  /** The release version from the build, e.g. "0.1.0", or "unknown". */
  public static String releaseVersion() {
    Properties p = new Properties();
    try (InputStream in =
        ProgramId.class.getResourceAsStream("/dev/briefsmith/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return p.getProperty("version", "unknown");
  }

  /** The program running now, with this release version. */
  public static ProgramId current(String version) {
    return new ProgramId(version, codeHash(), Runtime.version().toString());
  }

  /** One string that changes when any part changes; stored with every output. */
  public String fingerprint() {
    return Hashing.hex("briefsmith-program/1\n" + version + "\n" + code + "\n" + java + "\n");
  }

  private static String codeHash() {
    try {
      CodeSource source = ProgramId.class.getProtectionDomain().getCodeSource();
      if (source == null || source.getLocation() == null) {
        return unknown();
      }
      Path location = Path.of(source.getLocation().toURI());
      if (Files.isDirectory(location)) {
        return Hashing.tree(location);
      }
      return Hashing.jar(location);
    } catch (IOException | URISyntaxException | IllegalArgumentException e) {
      return unknown();
    }
  }

  /** Code that cannot be identified is taken to be new every run: rebuilding is always safe. */
  private static String unknown() {
    return "unknown-" + UUID.randomUUID();
  }
}
