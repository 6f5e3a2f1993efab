package dev.briefsmith.compose;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One TrueType file of a house font, read from a template folder and checked there (a real font
 * whose licence allows embedding). Immutable: the bytes are copied in and out.
 */
public final class HouseFont {
  private final String fileName;
  private final byte[] bytes;
  private final String hash;
  private final boolean subsettable;

  /**
   * A font file.
   *
   * @param fileName its name in the template folder, for messages and embedded names
   * @param bytes the file
   * @param subsettable whether its licence allows subsetting (OS/2 fsType bit 0x0100 clear)
   */
  public HouseFont(String fileName, byte[] bytes, boolean subsettable) {
    this.fileName = Objects.requireNonNull(fileName, "fileName");
    if (bytes.length == 0) {
      throw new IllegalArgumentException("a font file cannot be empty");
    }
    this.bytes = bytes.clone();
    this.hash = sha256(this.bytes);
    this.subsettable = subsettable;
  }

  /** The file's name, e.g. "House-Regular.ttf". */
  public String fileName() {
    return fileName;
  }

  /** A copy of the file's bytes. */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** The first 16 hex digits of the file's SHA-256: the same file, the same hash. */
  public String hash() {
    return hash;
  }

  /** Whether the font may be embedded as a subset. */
  public boolean subsettable() {
    return subsettable;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HouseFont f
        && f.hash.equals(hash)
        && f.fileName.equals(fileName)
        && f.subsettable == subsettable;
  }

  @Override
  public int hashCode() {
    return hash.hashCode();
  }

  @Override
  public String toString() {
    return fileName + " (" + hash + ")";
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
