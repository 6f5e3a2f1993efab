package dev.briefsmith.render.pdf;

import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A rendered PDF file, its SHA-256, its number of pages, and the printed page number of each
 * heading.
 *
 * @param bytes the file; the record keeps and returns copies
 * @param sha256 the SHA-256 of {@code bytes}, 64 lowercase hex digits: the renderer hashes the file
 *     once, for its identifier and for this, so whoever records the file need not hash it again
 * @param headingPages each heading's anchor and the page number printed on its page (the cover,
 *     when unnumbered, is not counted), in document order
 */
// the array is copied in and out, and equals/hashCode compare contents
@SuppressWarnings("ArrayRecordComponent")
public record RenderedPdf(
    byte[] bytes, String sha256, int pageCount, java.util.Map<String, Integer> headingPages) {
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  /** Copies the bytes and the map. */
  public RenderedPdf {
    bytes = bytes.clone();
    if (!SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException("not a SHA-256 in lowercase hex: " + sha256);
    }
    headingPages =
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(headingPages));
  }

  /** A rendered file, hashed here. */
  public RenderedPdf(byte[] bytes, int pageCount, java.util.Map<String, Integer> headingPages) {
    this(bytes, sha256Of(bytes), pageCount, headingPages);
  }

  /** A rendered file without heading pages, hashed here. */
  public RenderedPdf(byte[] bytes, int pageCount) {
    this(bytes, pageCount, java.util.Map.of());
  }

  private static String sha256Of(byte[] bytes) {
    return HexFormat.of().formatHex(ContentId.sha256().digest(bytes));
  }

  /** A copy of the file's bytes. */
  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RenderedPdf other
        && pageCount == other.pageCount
        && sha256.equals(other.sha256)
        && java.util.Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return 31 * java.util.Arrays.hashCode(bytes) + pageCount;
  }

  @Override
  public String toString() {
    return "RenderedPdf[" + bytes.length + " bytes, " + pageCount + " pages]";
  }
}
