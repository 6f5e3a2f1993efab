package dev.briefsmith.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** SHA-256 of bytes, files and folder trees. */
final class Hashing {
  private Hashing() {}

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  static byte[] sha256(byte[] bytes) {
    return sha256().digest(bytes);
  }

  static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(sha256(bytes));
  }

  static String hex(String text) {
    return hex(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The SHA-256 of a file's content, in hex. */
  static String file(Path file) throws IOException {
    MessageDigest md = sha256();
    try (InputStream in = Files.newInputStream(file)) {
      update(md, in);
    }
    return HexFormat.of().formatHex(md.digest());
  }

  /**
   * The SHA-256 of a jar's entries as its central directory lists them: each entry's name, size and
   * CRC-32, in the jar's order. A change to any entry's bytes changes its CRC (but for a chance of
   * one in four billion, and its size must match too), while the entries' times do not count. It
   * reads the jar's directory (tens of kilobytes) instead of hashing the whole file (megabytes of
   * fonts) at every start, before anything is rendered.
   */
  static String jar(Path jar) throws IOException {
    MessageDigest md = sha256();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        md.update(entry.getName().getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(
            (entry.getSize() + "/" + Long.toHexString(entry.getCrc()))
                .getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }

  /**
   * The SHA-256 of a folder: every regular file below it, by relative path (with {@code /}) and
   * content, in path order. Renaming, adding, removing or editing a file changes it; the folder's
   * own location and the files' times do not.
   */
  static String tree(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files =
          walk.filter(Files::isRegularFile)
              .map(dir::relativize)
              .sorted((a, b) -> slashes(a).compareTo(slashes(b)))
              .toList();
    }
    MessageDigest md = sha256();
    for (Path rel : files) {
      byte[] name = slashes(rel).getBytes(StandardCharsets.UTF_8);
      md.update(name);
      md.update((byte) 0);
      md.update(Long.toString(Files.size(dir.resolve(rel))).getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
      try (InputStream in = Files.newInputStream(dir.resolve(rel))) {
        update(md, in);
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }

  static String slashes(Path rel) {
    return rel.toString().replace(rel.getFileSystem().getSeparator(), "/");
  }

  private static void update(MessageDigest md, InputStream in) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    int n;
    while ((n = in.read(buffer)) > 0) {
      md.update(buffer, 0, n);
    }
  }
}
