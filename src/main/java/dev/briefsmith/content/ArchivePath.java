package dev.briefsmith.content;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rule for {@code sources[].archive}: a relative path below the brief's folder, in
 * forward-slash segments, naming a plain-text, HTML or PDF file. Nothing that could leave the
 * folder is accepted: no absolute path, drive letter, backslash, {@code .} or {@code ..} segment,
 * or control character.
 */
public final class ArchivePath {
  /** The file kinds an archived copy may be, by file name ending. */
  public static final List<String> EXTENSIONS = List.of(".txt", ".html", ".htm", ".pdf");

  private static final Pattern SEGMENT = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}_ .+-]*");

  private ArchivePath() {}

  /** What is wrong with the path, or empty when it is acceptable. */
  public static Optional<String> problem(String value) {
    String expected =
        "expected a relative path inside the brief's folder, such as"
            + " \"archive/article.txt\" (.txt, .html or .pdf)";
    if (value.startsWith("/") || value.contains("\\") || value.matches("^[A-Za-z]:.*")) {
      return Optional.of("\"" + value + "\" is not a relative path; " + expected);
    }
    for (String segment : value.split("/", -1)) {
      if (segment.equals("..") || segment.equals(".")) {
        return Optional.of("\"" + value + "\" may not contain \"" + segment + "\"; " + expected);
      }
      if (!SEGMENT.matcher(segment).matches()) {
        return Optional.of("\"" + value + "\" has an empty or unusual path segment; " + expected);
      }
    }
    String lower = value.toLowerCase(Locale.ROOT);
    if (EXTENSIONS.stream().noneMatch(lower::endsWith)) {
      return Optional.of("\"" + value + "\" is not a .txt, .html, .htm or .pdf file; " + expected);
    }
    return Optional.empty();
  }
}
