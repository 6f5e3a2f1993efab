package dev.briefsmith.render.pdf;

/**
 * A rendered PDF file and its number of pages.
 *
 * @param bytes the file; the record keeps and returns copies
 */
// the array is copied in and out, and equals/hashCode compare contents
@SuppressWarnings("ArrayRecordComponent")
public record RenderedPdf(byte[] bytes, int pageCount) {
  /** Copies the bytes. */
  public RenderedPdf {
    bytes = bytes.clone();
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
