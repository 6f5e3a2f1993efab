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
  private static final Pattern BULLET = Pattern.compile("^ {0,3}[-*] +(.*)$");
  private static final Pattern CITATION =
      Pattern.compile("\\[@([a-z0-9][a-z0-9-]*)((?:\\s*;\\s*@[a-z0-9][a-z0-9-]*)*)\\]");
  private static final Pattern MORE_IDS = Pattern.compile("@([a-z0-9][a-z0-9-]*)");

  private TextParser() {}

  static Text parse(String source) {
    List<Block> blocks = new ArrayList<>();
    List<String> paragraph = new ArrayList<>();
    List<List<String>> items = new ArrayList<>();
    for (String line : source.split("\\R", -1)) {
      Matcher bullet = BULLET.matcher(line);
      if (line.isBlank()) {
        flush(blocks, paragraph, items);
      } else if (bullet.matches() && !startsEmphasis(line)) {
        flushParagraph(blocks, paragraph);
        items.add(new ArrayList<>(List.of(bullet.group(1))));
      } else if (!items.isEmpty()) {
        items.get(items.size() - 1).add(line.strip());
      } else {
        paragraph.add(line.strip());
      }
    }
    flush(blocks, paragraph, items);
    return new Text(blocks);
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

  /** Inline content of one paragraph or list item. */
  static List<Inline> inlines(String text) {
    List<Inline> out = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    boolean bold = false;
    boolean italic = false;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length() && "\\*[]_`".indexOf(text.charAt(i + 1)) >= 0) {
        run.append(text.charAt(i + 1));
        i += 2;
        continue;
      }
      if (c == '[') {
        Matcher m = CITATION.matcher(text).region(i, text.length());
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
      if (c == '*' && text.startsWith("**", i)) {
        if (bold || text.indexOf("**", i + 2) > i + 2) {
          addRun(out, run, bold, italic);
          bold = !bold;
          i += 2;
          continue;
        }
      } else if (c == '*') {
        if (italic || closesLater(text, i + 1)) {
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

  /** Whether a single '*' after {@code from} can close an italic span opened before it. */
  private static boolean closesLater(String text, int from) {
    if (from >= text.length() || Character.isWhitespace(text.charAt(from))) {
      return false;
    }
    for (int j = from + 1; j < text.length(); j++) {
      if (text.charAt(j) == '*' && !text.startsWith("**", j)) {
        return true;
      }
    }
    return false;
  }

  private static void addRun(List<Inline> out, StringBuilder run, boolean bold, boolean italic) {
    if (!run.isEmpty()) {
      out.add(new Run(run.toString(), bold, italic));
      run.setLength(0);
    }
  }
}
