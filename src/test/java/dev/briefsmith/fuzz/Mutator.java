package dev.briefsmith.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded structure-aware mutations of YAML inputs: byte edits, tokens that have broken a loader
 * before (aliases, tags, escapes of controls and surrogates, bidi controls, long runs, Markdown and
 * citation marks), line splices between corpus files, duplicated and truncated spans. The same seed
 * gives the same inputs, so a finding can be replayed.
 */
final class Mutator {
  private static final String[] TOKENS = {
    ":",
    "- ",
    "[",
    "]",
    "{",
    "}",
    "&a ",
    "*a",
    "!!binary ",
    "!!str ",
    "!custom ",
    "? ",
    "|",
    ">",
    "'",
    "\"",
    "#",
    "\t",
    "\n",
    "\n  ",
    "\\0",
    "\\x9b",
    "\\uD800",
    "\\uFFFE",
    "\\u202E",
    "\\e",
    "\u202e",
    "\u0000",
    "\u00ad",
    "\ud83d\ude00",
    "**",
    "*",
    "[@",
    "[@x;]",
    "[@Bad-Id]",
    "null",
    "~",
    "-2",
    "3",
    "1.0",
    "0x1F",
    "2014-02-30",
    "1500-01-01",
    "yes",
    "\r\n",
    "\ufeff",
    "x".repeat(300),
    "word ".repeat(60),
    "    - nested\n",
    "../",
    "/etc/passwd",
    "%YAML 1.1\n---\n",
  };

  private static final String SPECIALS = ":-[]{}&*!|>'\"#%@` \n,?";

  private final SplittableRandom random;
  private final List<byte[]> corpus;

  Mutator(long seed, List<byte[]> corpus) {
    this.random = new SplittableRandom(seed);
    this.corpus = List.copyOf(corpus);
  }

  /** The next input. */
  byte[] next() {
    byte[] base = corpus.get(random.nextInt(corpus.size()));
    byte[] out = base.clone();
    int edits = 1 + random.nextInt(6);
    for (int e = 0; e < edits && out.length > 0; e++) {
      out = edit(out);
    }
    return out;
  }

  private byte[] edit(byte[] in) {
    int at = random.nextInt(in.length);
    return switch (random.nextInt(7)) {
      case 0 -> {
        byte[] copy = in.clone();
        copy[at] = (byte) random.nextInt(256);
        yield copy;
      }
      case 1 ->
          insert(in, at, TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
      case 2 -> Arrays.copyOf(in, at);
      case 3 -> {
        int length = Math.min(in.length - at, 1 + random.nextInt(200));
        yield insert(in, at, Arrays.copyOfRange(in, at, at + length));
      }
      case 4 -> {
        int length = Math.min(in.length - at, 1 + random.nextInt(100));
        byte[] copy = new byte[in.length - length];
        System.arraycopy(in, 0, copy, 0, at);
        System.arraycopy(in, at + length, copy, at, in.length - at - length);
        yield copy;
      }
      case 5 -> splice(in);
      default -> {
        byte[] copy = in.clone();
        copy[at] = (byte) SPECIALS.charAt(random.nextInt(SPECIALS.length()));
        yield copy;
      }
    };
  }

  /** A line of another corpus file in place of one of this one. */
  private byte[] splice(byte[] in) {
    List<String> lines = new ArrayList<>(new String(in, StandardCharsets.UTF_8).lines().toList());
    List<String> donor =
        new String(corpus.get(random.nextInt(corpus.size())), StandardCharsets.UTF_8)
            .lines()
            .toList();
    if (lines.isEmpty() || donor.isEmpty()) {
      return in;
    }
    lines.set(random.nextInt(lines.size()), donor.get(random.nextInt(donor.size())));
    return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] insert(byte[] in, int at, byte[] what) {
    byte[] out = new byte[in.length + what.length];
    System.arraycopy(in, 0, out, 0, at);
    System.arraycopy(what, 0, out, at, what.length);
    System.arraycopy(in, at, out, at + what.length, in.length - at);
    return out;
  }
}
