package dev.briefsmith.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** An audience cleared for restricted items, made as a user would: the analyst folder, copied. */
public final class RestrictedAudience {
  private RestrictedAudience() {}

  /** Copies templates/analyst to {@code templates}/restricted, cleared for restricted items. */
  public static Path copyInto(Path templates) throws IOException {
    Path restricted = Files.createDirectories(templates.resolve("restricted"));
    try (Stream<Path> files = Files.list(Path.of("templates", "analyst"))) {
      for (Path f : files.toList()) {
        Files.copy(f, restricted.resolve(f.getFileName()));
      }
    }
    Path yaml = restricted.resolve("template.yaml");
    Files.writeString(
        yaml,
        Files.readString(yaml)
            .replace("name: analyst", "name: restricted")
            .replace("max_sensitivity: internal", "max_sensitivity: restricted")
            .replace("marking:\n", "marking:\n  restricted: \"RESTRICTED\"\n"));
    return restricted;
  }
}
