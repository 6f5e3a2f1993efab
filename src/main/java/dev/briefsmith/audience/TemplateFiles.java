package dev.briefsmith.audience;

import dev.briefsmith.yaml.Excerpt;
import dev.briefsmith.yaml.Fields;
import dev.briefsmith.yaml.Problems;
import dev.briefsmith.yaml.YNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The files a template names (logo, reference document, house fonts), read from inside its folder:
 * a name that leaves the folder (absolute, {@code ..}, a link pointing out) or a file over 10 MiB
 * is refused at its field. Not thread-safe (it reports into one template's problems).
 */
final class TemplateFiles {
  static final long MAX_ASSET_BYTES = 10L * 1024 * 1024;

  /** What a file must look like: its kind's name in messages and a test of its first bytes. */
  enum Kind {
    PNG("a PNG"),
    DOCX("a DOCX"),
    FONT("a font");

    private final String article;

    Kind(String article) {
      this.article = article;
    }

    boolean looksLike(byte[] bytes) {
      return switch (this) {
        case PNG ->
            bytes.length > 8
                && (bytes[0] & 0xFF) == 0x89
                && bytes[1] == 'P'
                && bytes[2] == 'N'
                && bytes[3] == 'G';
        case DOCX -> bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K'; // a zip
        case FONT -> bytes.length >= 12; // checked in full by FontFileCheck
      };
    }
  }

  private final Path folder;
  private final Problems problems;

  TemplateFiles(Path folder, Problems problems) {
    this.folder = folder;
    this.problems = problems;
  }

  /** A file inside the template folder named by a text field, or null after an error. */
  byte[] read(YNode node, String path, Kind kind) {
    String value = Fields.text(node, path, problems);
    if (value == null) {
      return null;
    }
    String shown = Excerpt.of(value);
    if (value.codePoints().anyMatch(Character::isISOControl)) {
      // text may hold tabs and line feeds, a file name may not (other controls, a NUL among
      // them, are refused as text before this)
      problems.error(
          node.pos(),
          path + ": \"" + shown + "\" is not a file name; name a file inside the template folder");
      return null;
    }
    try {
      Path root = folder.toRealPath();
      Path file;
      try {
        file = root.resolve(value).normalize();
      } catch (InvalidPathException e) {
        problems.error(
            node.pos(),
            path + ": \"" + shown + "\" is not a valid file name (" + e.getReason() + ")");
        return null;
      }
      if (!file.startsWith(root) || Path.of(value).isAbsolute()) {
        problems.error(
            node.pos(),
            path + ": \"" + shown + "\" is outside the template folder; name a file inside it");
        return null;
      }
      if (!Files.isRegularFile(file)) {
        problems.error(node.pos(), path + ": no file \"" + shown + "\" in the template folder");
        return null;
      }
      if (!file.toRealPath().startsWith(root)) {
        problems.error(
            node.pos(),
            path + ": \"" + shown + "\" links outside the template folder; copy the file in");
        return null;
      }
      if (Files.size(file) > MAX_ASSET_BYTES) {
        problems.error(node.pos(), path + ": \"" + shown + "\" is over 10 MiB");
        return null;
      }
      byte[] bytes;
      try (java.io.InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes((int) MAX_ASSET_BYTES + 1);
      }
      if (bytes.length > MAX_ASSET_BYTES) {
        // it grew between the check and the read
        problems.error(node.pos(), path + ": \"" + shown + "\" is over 10 MiB");
        return null;
      }
      if (!kind.looksLike(bytes)) {
        problems.error(
            node.pos(),
            path
                + ": \""
                + shown
                + "\" is not "
                + kind.article
                + " file"
                + (kind == Kind.FONT ? " (it is too short)" : ""));
        return null;
      }
      return bytes;
    } catch (IOException e) {
      problems.error(node.pos(), path + ": cannot read \"" + shown + "\": " + e.getMessage());
      return null;
    }
  }
}
