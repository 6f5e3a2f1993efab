package dev.briefsmith.content;

import dev.briefsmith.content.Text.Block;
import dev.briefsmith.content.Text.BulletList;
import dev.briefsmith.content.Text.Citation;
import dev.briefsmith.content.Text.Inline;
import dev.briefsmith.content.Text.Paragraph;
import dev.briefsmith.content.Text.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the Markdown subset of prose fields: paragraphs separated by blank lines, bullet lists
 * ({@code - } or {@code * }), {@code *italic*}, {@code **bold**}, citations {@code [@id]} or {@code
 * [@a; @b]}, and backslash escapes. Anything else, raw HTML included, stays text. Stateless and
 * thread-safe.
 */
final class TextParser {
  private static final Pattern LINE_BREAK = Pattern.compile("\\R");

  private static final Pattern BULLET = Pattern.compile("^( *)[-*] +(.*)$");
  private static final Pattern CITATION_LIKE = Pattern.compile("\\[@[^\\]\\n]{0,80}\\]");
  private static final Pattern CITATION =
      Pattern.compile("\\[@([a-z0-9][a-z0-9-]*)((?:\\s*;\\s*@[a-z0-9][a-z0-9-]*)*)\\]");
  private static final String UNCLOSED = "**";
  private static final Pattern MORE_IDS = Pattern.compile("@([a-z0-9][a-z0-9-]*)");

  private TextParser() {}

  static Text parse(String source) {
    return parse(source, new ArrayList<>());
  }

  /**
   * Parses prose, adding to {@code notes} a message for each thing written that will not print as
   * its author likely meant: a nested list item (lists have one level), an unclosed {@code **}, and
   * text that looks like a citation but is not one.
   */
  static Text parse(String source, List<Note> notes) {
    List<Block> blocks = new ArrayList<>();
    List<String> paragraph = new ArrayList<>();
    List<List<String>> items = new ArrayList<>();
    int firstIndent = -1;
    for (String line : LINE_BREAK.split(source, -1)) {
      Matcher bullet = BULLET.matcher(line);
      if (line.isBlank()) {
        flush(blocks, paragraph, items);
        firstIndent = -1;
      } else if (bullet.matches() && !startsEmphasis(line)) {
        flushParagraph(blocks, paragraph);
        int indent = bullet.group(1).length();
        if (firstIndent < 0) {
          firstIndent = indent;
        } else if (indent > firstIndent) {
          notes.add(
              new Note(
                  line.strip(),
                  "a nested list item (\""
                      + dev.briefsmith.yaml.Excerpt.of(line.strip(), 30)
                      + "\"): lists have one level, so it prints as an item of the list above"));
        }
        items.add(new ArrayList<>(List.of(bullet.group(2))));
      } else if (!items.isEmpty()) {
        items.get(items.size() - 1).add(line.strip());
      } else {
        paragraph.add(line.strip());
      }
    }
    flush(blocks, paragraph, items);
    Matcher like = CITATION_LIKE.matcher(source);
    while (like.find()) {
      boolean escaped = like.start() > 0 && source.charAt(like.start() - 1) == '\\';
      if (!escaped && !CITATION.matcher(like.group()).matches()) {
        notes.add(
            new Note(
                like.group(),
                like.group()
                    + " is not a citation and prints as written: a citation is [@id] or [@a; @b],"
                    + " with source ids in lower-case letters, digits and hyphens"));
      }
    }
    if (blocks.stream().anyMatch(TextParser::hasLiteralBold)) {
      notes.add(
          new Note(
              "**",
              "an unclosed ** prints as two asterisks; close it, or write \\*\\* for asterisks"));
    }
    return new Text(blocks);
  }

  /** Something in prose that will not print as its author likely meant, and where it is. */
  record Note(String snippet, String message) {}

  private static boolean hasLiteralBold(Block block) {
    List<List<Inline>> parts =
        switch (block) {
          case Paragraph p -> List.of(p.inlines());
          case BulletList l -> l.items();
        };
    return parts.stream()
        .flatMap(List::stream)
        .anyMatch(i -> i instanceof Run r && r.text().contains(UNCLOSED));
  }

  /** A line like "*italic* text" is a paragraph, not a bullet. */
  private static boolean startsEmphasis(String line) {
    String s = line.stripLeading();
    return s.startsWith("*") && !s.startsWith("* ");
  }

  private static void flush(List<Block> blocks, List<String> paragraph, List<List<String>> items) {
    flushParagraph(blocks, paragraph);
    if (!items.isEmpty()) {
      blocks.add(new BulletList(items.stream().map(i -> inlines(String.join(" ", i))).toList()));
      items.clear();
    }
  }

  private static void flushParagraph(List<Block> blocks, List<String> paragraph) {
    if (!paragraph.isEmpty()) {
      blocks.add(new Paragraph(inlines(String.join(" ", paragraph))));
      paragraph.clear();
    }
  }

  /** Inline content of one paragraph or list item. Linear in the text's length. */
  static List<Inline> inlines(String text) {
    int n = text.length();
    // nextDouble[j]: the first "**" at or after j; nextSingle[j]: the first '*' at or after j that
    // does not start a "**". Precomputed so that finding a closing marker never rescans the text.
    int[] nextDouble = new int[n + 3];
    int[] nextSingle = new int[n + 3];
    for (int j = n; j < n + 3; j++) {
      nextDouble[j] = -1;
      nextSingle[j] = -1;
    }
    for (int j = n - 1; j >= 0; j--) {
      boolean star = text.charAt(j) == '*';
      boolean twice = star && j + 1 < n && text.charAt(j + 1) == '*';
      nextDouble[j] = twice ? j : nextDouble[j + 1];
      nextSingle[j] = star && !twice ? j : nextSingle[j + 1];
    }
    List<Inline> out = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    boolean bold = false;
    boolean italic = false;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < n && "\\*[]_`".indexOf(text.charAt(i + 1)) >= 0) {
        run.append(text.charAt(i + 1));
        i += 2;
        continue;
      }
      if (c == '[') {
        Matcher m = CITATION.matcher(text).region(i, n);
        if (m.lookingAt()) {
          addRun(out, run, bold, italic);
          List<String> ids = new ArrayList<>();
          ids.add(m.group(1));
          Matcher more = MORE_IDS.matcher(m.group(2));
          while (more.find()) {
            ids.add(more.group(1));
          }
          out.add(new Citation(ids));
          i = m.end();
          continue;
        }
      }
      if (c == '*' && i + 1 < n && text.charAt(i + 1) == '*') {
        boolean closes = nextDouble[i + 2] > i + 2; // as indexOf("**", i + 2) > i + 2
        if (bold || closes) {
          addRun(out, run, bold, italic);
          bold = !bold;
        } else {
          run.append(UNCLOSED); // an opening ** that nothing closes prints as it is written
        }
        i += 2;
        continue;
      } else if (c == '*') {
        boolean closes =
            i + 1 < n && !Character.isWhitespace(text.charAt(i + 1)) && nextSingle[i + 2] >= 0;
        if (italic || closes) {
          addRun(out, run, bold, italic);
          italic = !italic;
          i++;
          continue;
        }
      }
      run.append(c);
      i++;
    }
    addRun(out, run, bold, italic);
    return out;
  }

  private static void addRun(List<Inline> out, StringBuilder run, boolean bold, boolean italic) {
    if (!run.isEmpty()) {
      out.add(new Run(run.toString(), bold, italic));
      run.setLength(0);
    }
  }
}
