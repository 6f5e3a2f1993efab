package dev.briefsmith.compose;

import java.util.List;
import java.util.Objects;

/**
 * A brief composed for one audience, independent of the output format: everything that decides what
 * appears (sections, rows, words, colours) is decided before this exists; renderers only decide how
 * it looks. Immutable, so renderers may share it across threads.
 */
public record Document(
    Metadata metadata,
    PageSetup page,
    Theme theme,
    Furniture furniture,
    List<Block> blocks,
    Edition edition) {

  /** An English edition. */
  public Document(
      Metadata metadata, PageSetup page, Theme theme, Furniture furniture, List<Block> blocks) {
    this(metadata, page, theme, furniture, blocks, Edition.ENGLISH);
  }

  /** A block of content, in reading order. */
  public sealed interface Block
      permits Cover,
          Heading,
          Paragraph,
          BulletList,
          NoteList,
          Table,
          Figure,
          Callout,
          Contents,
          PageBreak {}

  /**
   * The cover: on a page of its own when {@code fullPage}, else a masthead at the top of page 1.
   *
   * @param dateLine e.g. "Information as of 25 June 2014"
   * @param audienceLabel e.g. "Analyst brief"
   */
  public record Cover(
      String title,
      java.util.Optional<String> subtitle,
      java.util.Optional<String> series,
      String dateLine,
      String audienceLabel,
      List<String> authors,
      java.util.Optional<String> note,
      boolean fullPage)
      implements Block {
    /** Copies the authors. */
    public Cover {
      Objects.requireNonNull(title, "title");
      authors = List.copyOf(authors);
    }
  }

  /**
   * A heading, level 1 to 3; it appears in the PDF outline and Word's navigation pane.
   *
   * @param anchor a stable id (for bookmarks and links), unique in the document
   */
  public record Heading(int level, String text, String anchor) implements Block {
    /** Checks the level. */
    public Heading {
      if (level < 1 || level > 3) {
        throw new IllegalArgumentException("heading level is 1..3, got " + level);
      }
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(anchor, "anchor");
    }
  }

  /** A paragraph of styled spans. */
  public record Paragraph(List<Span> spans, ParaStyle style) implements Block {
    /** Copies the spans. */
    public Paragraph {
      spans = List.copyOf(spans);
      Objects.requireNonNull(style, "style");
    }

    /** A paragraph of one plain span. */
    public static Paragraph of(String text, ParaStyle style) {
      return new Paragraph(List.of(Span.text(text)), style);
    }
  }

  /** A bullet list; each item is a line of spans. */
  public record BulletList(List<List<Span>> items, ParaStyle style) implements Block {
    /** Copies the items. */
    public BulletList {
      items = items.stream().map(List::copyOf).toList();
      Objects.requireNonNull(style, "style");
    }
  }

  /** Numbered endnotes (sources): each note is printed with its number. */
  public record NoteList(List<Note> notes) implements Block {
    /** Copies the notes. */
    public NoteList {
      notes = List.copyOf(notes);
    }
  }

  /** One endnote. */
  public record Note(int number, List<Span> spans) {
    /** Copies the spans. */
    public Note {
      spans = List.copyOf(spans);
    }
  }

  /**
   * A table. Header rows repeat at the top of every page the table spans; when {@code
   * keepRowsTogether}, no body row is split across pages. Column widths are relative weights.
   * {@code fontScale} multiplies the theme's base size for the whole table (wide matrices use a
   * smaller type). When {@code rowHeaders}, the first cell of each body row names its row (an issue
   * in a matrix): assistive technology announces it with every cell of the row.
   */
  public record Table(
      List<Float> columnWeights,
      List<Row> header,
      List<Row> body,
      TableStyle style,
      boolean keepRowsTogether,
      float fontScale,
      java.util.Optional<String> caption,
      boolean rowHeaders)
      implements Block {
    /** A table whose rows have no header cell. */
    public Table(
        List<Float> columnWeights,
        List<Row> header,
        List<Row> body,
        TableStyle style,
        boolean keepRowsTogether,
        float fontScale,
        java.util.Optional<String> caption) {
      this(columnWeights, header, body, style, keepRowsTogether, fontScale, caption, false);
    }

    /** Copies the rows and checks that every row fills the columns. */
    public Table {
      columnWeights = List.copyOf(columnWeights);
      header = List.copyOf(header);
      body = List.copyOf(body);
      Objects.requireNonNull(style, "style");
      for (Row row : header) {
        checkWidth(row, columnWeights.size());
      }
      for (Row row : body) {
        checkWidth(row, columnWeights.size());
      }
    }

    private static void checkWidth(Row row, int columns) {
      int width = row.cells().stream().mapToInt(Cell::colspan).sum();
      if (width != columns) {
        throw new IllegalArgumentException("a row spans " + width + " of " + columns + " columns");
      }
    }
  }

  /** A table row. */
  public record Row(List<Cell> cells) {
    /** Copies the cells. */
    public Row {
      cells = List.copyOf(cells);
    }
  }

  /**
   * A table cell: lines (paragraphs) of spans, an optional fill, alignment and column span.
   *
   * @param textColor the colour of text without its own, when not the theme's
   */
  public record Cell(
      List<List<Span>> lines,
      java.util.Optional<Rgb> fill,
      java.util.Optional<Rgb> textColor,
      Align align,
      int colspan) {
    /** Copies the lines. */
    public Cell {
      lines = lines.stream().map(List::copyOf).toList();
      Objects.requireNonNull(fill, "fill");
      Objects.requireNonNull(textColor, "textColor");
      Objects.requireNonNull(align, "align");
      if (colspan < 1) {
        throw new IllegalArgumentException("colspan is at least 1");
      }
    }

    /** A left-aligned cell of one line of plain text. */
    public static Cell of(String text) {
      return new Cell(
          List.of(List.of(Span.text(text))),
          java.util.Optional.empty(),
          java.util.Optional.empty(),
          Align.LEFT,
          1);
    }
  }

  /** Horizontal alignment. */
  public enum Align {
    LEFT,
    CENTER,
    RIGHT
  }

  /** How a table is ruled. */
  public enum TableStyle {
    /** Every cell boxed, header shaded: matrices. */
    GRID,
    /** Horizontal rules between rows only: lists of items with attributes. */
    RULED,
    /** No rules: label and value pairs. */
    PLAIN
  }

  /**
   * A figure: a chart drawn as vector graphics in PDF and as a sharp image in Word, with
   * alternative text for assistive technology.
   *
   * @param widthFraction the share of the text width it takes, 0..1
   * @param aspect height divided by width, at least: a chart that needs more room for its markers
   *     and legend is drawn taller (and a chart taller than most of a page shrinks as a whole)
   */
  public record Figure(
      StanceChart chart,
      String altText,
      java.util.Optional<String> caption,
      float widthFraction,
      float aspect)
      implements Block {
    /** Checks the fields. */
    public Figure {
      Objects.requireNonNull(chart, "chart");
      Objects.requireNonNull(altText, "altText");
      if (altText.isBlank()) {
        throw new IllegalArgumentException("a figure needs alternative text");
      }
    }
  }

  /** A boxed aside: an optional title and blocks (paragraphs, lists, tables) on a fill. */
  public record Callout(java.util.Optional<String> title, List<Block> body, Rgb fill, Rgb border)
      implements Block {
    /** Copies the body. */
    public Callout {
      body = List.copyOf(body);
    }
  }

  /**
   * A table of contents: one entry per heading, with its page number as printed. Renderers fill in
   * the page numbers (the PDF from its layout; Word as a TOC field pre-filled with the PDF's
   * numbers, which Word and LibreOffice update).
   */
  public record Contents(List<ContentsEntry> entries) implements Block {
    /** Copies the entries. */
    public Contents {
      entries = List.copyOf(entries);
    }
  }

  /** One line of a table of contents: a heading's level, text and anchor. */
  public record ContentsEntry(int level, String text, String anchor) {
    /** Checks the fields. */
    public ContentsEntry {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(anchor, "anchor");
    }
  }

  /** Starts a new page. */
  public record PageBreak() implements Block {}

  /** Checks and copies the fields. */
  public Document {
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(theme, "theme");
    Objects.requireNonNull(furniture, "furniture");
    blocks = List.copyOf(blocks);
    Objects.requireNonNull(edition, "edition");
  }
}
