package dev.briefsmith.render.docx;

import java.util.Arrays;

/**
 * Bytes as a map key, compared by content (a style reference, a picture). The array is the caller's
 * promise: never changed once it is a key (copy it first if it might be).
 */
final class ContentKey {
  private final byte[] bytes;
  private final int hash;

  ContentKey(byte[] bytes) {
    this.bytes = bytes;
    this.hash = Arrays.hashCode(bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ContentKey k && hash == k.hash && Arrays.equals(bytes, k.bytes);
  }

  @Override
  public int hashCode() {
    return hash;
  }
}
