package dev.briefsmith.cli;

import dev.briefsmith.content.BriefCheck;
import dev.briefsmith.content.BriefLoader;
import dev.briefsmith.integrity.Archives;
import dev.briefsmith.integrity.CopyCheck;
import dev.briefsmith.integrity.GlyphCheck;
import dev.briefsmith.integrity.Lint;
import dev.briefsmith.integrity.QuoteCheck;
import dev.briefsmith.render.Fonts;
import dev.briefsmith.render.GlyphCoverage;
import dev.briefsmith.yaml.LoadLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** Options shared by the commands that read content. */
final class ContentOptions {

  @Option(
      names = "--content",
      paramLabel = "DIR",
      defaultValue = "content",
      description = "Folder of brief files (default: ${DEFAULT-VALUE}).")
  Path contentDir = Path.of("content");

  @Option(
      names = "--max-bytes",
      paramLabel = "SIZE",
      defaultValue = "5M",
      converter = SizeConverter.class,
      description = "Largest brief file accepted, e.g. 512K or 5M (default: ${DEFAULT-VALUE}).")
  long maxBytes = LoadLimits.DEFAULT.maxBytes();

  @Option(
      names = "--archives",
      paramLabel = "DIR",
      description = {
        "Another folder holding archived copies of sources (sources[].archive), searched after",
        "the brief's own folder; may be repeated."
      })
  List<Path> archiveDirs = new ArrayList<>();

  @Option(
      names = "--require-archives",
      description =
          "Every quote must be verified: a quote whose source names no archive, or whose archived"
              + " copy is in no folder, is an error (default: it is counted as unverified).")
  boolean requireArchives;

  long maxBytes() {
    return maxBytes;
  }

  /** The checks a brief passes after the format's rules: quotes against archived sources. */
  List<BriefCheck> checks() {
    for (Path dir : archiveDirs) {
      if (!Files.isDirectory(dir)) {
        throw new UsageException("--archives: no folder \"" + dir + "\"");
      }
    }
    Archives archives = new Archives(archiveDirs, requireArchives);
    return List.of(
        new QuoteCheck(archives),
        new CopyCheck(archives),
        new GlyphCheck(new GlyphCoverage(new Fonts())),
        new Lint());
  }

  /** Every brief file in the content folder, sorted by name. */
  List<Path> discover() {
    if (!Files.isDirectory(contentDir)) {
      throw new UsageException(
          "no content folder \""
              + contentDir
              + "\"; run from the project folder, pass --content DIR, or name brief files");
    }
    try {
      List<Path> found = BriefLoader.discover(contentDir);
      if (found.isEmpty()) {
        throw new UsageException("no brief files (*.yaml) in \"" + contentDir + "\"");
      }
      return found;
    } catch (IOException e) {
      throw new UsageException("cannot list \"" + contentDir + "\": " + e.getMessage());
    }
  }

  /** Reads sizes such as 5242880, 512K, 5M or 1G. */
  static final class SizeConverter implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      String v = value.strip().toUpperCase(Locale.ROOT).replaceAll("I?B$", "");
      long unit = 1;
      if (v.endsWith("K")) {
        unit = 1024;
      } else if (v.endsWith("M")) {
        unit = 1024 * 1024;
      } else if (v.endsWith("G")) {
        unit = 1024L * 1024 * 1024;
      }
      String digits = unit == 1 ? v : v.substring(0, v.length() - 1);
      try {
        long n = Long.parseLong(digits) * unit;
        if (n < 1) {
          throw new NumberFormatException();
        }
        return n;
      } catch (NumberFormatException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "expected a size such as 5242880, 512K or 5M, got \"" + value + "\"");
      }
    }
  }
}
