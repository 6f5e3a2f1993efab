package dev.briefsmith.render.pdf;

import dev.briefsmith.render.RenderException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Replaces the random file identifier OpenPDF writes ({@code /ID [<…><…>]}, from SecureRandom) with
 * one derived from the file's content, so the same document gives the same bytes. Both halves are
 * the first 16 bytes of the SHA-256 of the file with the identifier zeroed: equal halves mark a
 * first version. The identifier has a fixed length, so no offset in the file moves.
 */
final class ContentId {
  private static final byte[] ID_KEY = "/ID".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] START_XREF = "startxref".getBytes(StandardCharsets.US_ASCII);
  private static final int HEX_LENGTH = 32;
  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  private ContentId() {}

  /**
   * A file with its content-derived identifier, and the SHA-256 of that file.
   *
   * @param pdf the file
   * @param sha256 the SHA-256 of {@code pdf}, in lowercase hex
   */
  // the array is the caller's to keep: this record only hands it over
  @SuppressWarnings("ArrayRecordComponent")
  record Identified(byte[] pdf, String sha256) {}

  /**
   * A copy of {@code pdf} with a content-derived file identifier, and that copy's SHA-256. The file
   * is hashed once: the identifier comes after everything but the end of the trailer, so the digest
   * of what precedes it serves both the identifier (the rest with it zeroed) and the file (the rest
   * as written).
   */
  static Identified apply(byte[] pdf) {
    byte[] out = pdf.clone();
    int[] halves = locate(out);
    for (int start : halves) {
      Arrays.fill(out, start, start + HEX_LENGTH, (byte) '0');
    }
    int rest = halves[0];
    MessageDigest zeroed = sha256();
    zeroed.update(out, 0, rest);
    MessageDigest file;
    try {
      file = (MessageDigest) zeroed.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("the JDK's SHA-256 can be cloned", e);
    }
    zeroed.update(out, rest, out.length - rest);
    byte[] digest = zeroed.digest();
    for (int start : halves) {
      for (int i = 0; i < HEX_LENGTH / 2; i++) {
        out[start + 2 * i] = HEX[(digest[i] >> 4) & 0xF];
        out[start + 2 * i + 1] = HEX[digest[i] & 0xF];
      }
    }
    file.update(out, rest, out.length - rest);
    return new Identified(out, HexFormat.of().formatHex(file.digest()));
  }

  /** The offsets of the two hex strings of the trailer's /ID. */
  private static int[] locate(byte[] pdf) {
    // the trailer (or cross-reference stream dictionary) starts at the last startxref offset
    int startxref = lastIndexOf(pdf, START_XREF, pdf.length - 1);
    if (startxref < 0) {
      throw new RenderException("OpenPDF wrote no startxref");
    }
    int p = skipSpace(pdf, startxref + START_XREF.length);
    int xref = 0;
    while (p < pdf.length && pdf[p] >= '0' && pdf[p] <= '9') {
      xref = xref * 10 + (pdf[p++] - '0');
    }
    int key = indexOf(pdf, ID_KEY, xref);
    if (key < 0 || key > startxref) {
      throw new RenderException("OpenPDF wrote no /ID in the trailer");
    }
    p = skipSpace(pdf, key + ID_KEY.length);
    p = expect(pdf, p, '[');
    p = expect(pdf, skipSpace(pdf, p), '<');
    int first = p;
    p = expect(pdf, hex(pdf, p), '>');
    p = expect(pdf, skipSpace(pdf, p), '<');
    int second = p;
    expect(pdf, hex(pdf, p), '>');
    return new int[] {first, second};
  }

  private static int hex(byte[] pdf, int p) {
    for (int i = 0; i < HEX_LENGTH; i++) {
      if (p + i >= pdf.length || Character.digit(pdf[p + i], 16) < 0) {
        throw new RenderException("the trailer's /ID is not two 16-byte hex strings");
      }
    }
    return p + HEX_LENGTH;
  }

  private static int expect(byte[] pdf, int p, char c) {
    if (p >= pdf.length || pdf[p] != c) {
      throw new RenderException("the trailer's /ID is not two 16-byte hex strings");
    }
    return p + 1;
  }

  private static int skipSpace(byte[] pdf, int p) {
    while (p < pdf.length && (pdf[p] == ' ' || pdf[p] == '\n' || pdf[p] == '\r')) {
      p++;
    }
    return p;
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
      if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
        return i;
      }
    }
    return -1;
  }

  private static int lastIndexOf(byte[] haystack, byte[] needle, int from) {
    for (int i = Math.min(from, haystack.length - needle.length); i >= 0; i--) {
      if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
        return i;
      }
    }
    return -1;
  }

  /** A new SHA-256 digest: the renderer's one way to make one. */
  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
