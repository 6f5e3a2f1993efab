package dev.briefsmith.render.docx;

/** Reads the size of a PNG from its header, without decoding it. */
final class Png {
  private Png() {}

  /** Height divided by width; 1 when the bytes are not a PNG. */
  static double aspect(byte[] png) {
    if (png.length < 24
        || (png[0] & 0xFF) != 0x89
        || png[1] != 'P'
        || png[2] != 'N'
        || png[3] != 'G') {
      return 1;
    }
    long width = readInt(png, 16);
    long height = readInt(png, 20);
    return width > 0 && height > 0 ? (double) height / width : 1;
  }

  private static long readInt(byte[] b, int at) {
    return ((b[at] & 0xFFL) << 24)
        | ((b[at + 1] & 0xFFL) << 16)
        | ((b[at + 2] & 0xFFL) << 8)
        | (b[at + 3] & 0xFFL);
  }
}
