package dev.briefsmith.batch;

import java.nio.ByteBuffer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of {@code count} disjoint parts of the content folder, numbered from 0 (as Kubernetes numbers
 * the pods of an indexed job). A brief file belongs to the shard given by the SHA-256 of its file
 * name modulo {@code count}: stable across machines, JVMs and versions, and independent of the
 * other files, so adding a brief never moves another one.
 */
public record Shard(int index, int count) {
  /** The whole content folder: one shard of one. */
  public static final Shard ALL = new Shard(0, 1);

  private static final Pattern FORM = Pattern.compile("(\\d{1,6})/(\\d{1,6})");

  /** Checks the fields. */
  public Shard {
    if (count < 1) {
      throw new IllegalArgumentException("shard count must be at least 1, got " + count);
    }
    if (index < 0 || index >= count) {
      throw new IllegalArgumentException(
          "shard index must be from 0 to " + (count - 1) + ", got " + index);
    }
  }

  /** Reads {@code K/N}, e.g. {@code 0/4}; the message of the exception says what is wrong. */
  public static Shard parse(String text) {
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "expected K/N with 0 <= K < N, e.g. 0/4 (shards are numbered from 0), got \""
              + text
              + "\"");
    }
    int k = Integer.parseInt(m.group(1));
    int n = Integer.parseInt(m.group(2));
    if (n < 1 || k >= n) {
      throw new IllegalArgumentException(
          "expected K/N with 0 <= K < N, e.g. 0/4 (shards are numbered from 0), got \""
              + text
              + "\"");
    }
    return new Shard(k, n);
  }

  /** Whether the brief file with this name (e.g. {@code river.yaml}) belongs to this shard. */
  public boolean contains(String fileName) {
    return of(fileName, count) == index;
  }

  /** The shard, from 0 to {@code count - 1}, of the brief file with this name. */
  public static int of(String fileName, int count) {
    byte[] digest = Hashing.sha256(fileName.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return (int) Long.remainderUnsigned(ByteBuffer.wrap(digest).getLong(), count);
  }

  /** Whether this is the whole content folder. */
  public boolean all() {
    return count == 1;
  }

  /** What goes into the names of this shard's own files: "" for the whole folder, ".1-of-4". */
  public String fileTag() {
    return all() ? "" : "." + index + "-of-" + count;
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }
}
