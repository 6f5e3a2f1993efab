package dev.briefsmith.yaml;

/**
 * Bounds that keep hostile or broken input from exhausting time or memory.
 *
 * @param maxBytes largest file read, in bytes
 * @param maxDepth deepest nesting of mappings and sequences
 * @param maxNodes most nodes a document may expand to, counting each alias use
 * @param maxAliases most alias uses in a document
 */
public record LoadLimits(long maxBytes, int maxDepth, int maxNodes, int maxAliases) {

  /** 5 MiB, depth 64, 200,000 nodes, 100 aliases. */
  public static final LoadLimits DEFAULT = new LoadLimits(5L * 1024 * 1024, 64, 200_000, 100);

  /** Checks the bounds are positive. */
  public LoadLimits {
    if (maxBytes < 1 || maxDepth < 1 || maxNodes < 1 || maxAliases < 0) {
      throw new IllegalArgumentException("load limits must be positive");
    }
  }

  /** These limits with another file size bound. */
  public LoadLimits withMaxBytes(long bytes) {
    return new LoadLimits(bytes, maxDepth, maxNodes, maxAliases);
  }
}
