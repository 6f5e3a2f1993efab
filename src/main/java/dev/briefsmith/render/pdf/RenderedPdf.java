package dev.briefsmith.render.pdf;

/**
 * A rendered PDF file, its number of pages, and the printed page number of each heading.
 *
 * @param bytes the file; the record keeps and returns copies
 * @param headingPages each heading's anchor and the page number printed on its page (the cover,
 *     when unnumbered, is not counted), in document order
 */
// the array is copied in and out, and equals/hashCode compare contents
@SuppressWarnings("ArrayRecordComponent")
public record RenderedPdf(
    byte[] bytes, int pageCount, java.util.Map<String, Integer> headingPages) {
  /** Copies the bytes and the map. */
  public RenderedPdf {
    bytes = bytes.clone();
    headingPages =
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(headingPages));
  }

  /** A rendered file without heading pages. */
  public RenderedPdf(byte[] bytes, int pageCount) {
    this(bytes, pageCount, java.util.Map.of());
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
