package dev.briefsmith.render.docx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Word package as the renderer builds it: its parts (each compressed once, many of them shared by
 * every document of a look), the relationships between them, and the content types, written as
 * POI's package writes them (the same bytes) without its model of the package, its DOM writers and
 * a second pass over the finished zip. One instance per rendering; not thread-safe.
 */
final class WordPackage {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
  static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  /** The main part. */
  static final String DOCUMENT = "word/document.xml";

  static final String APP = "docProps/app.xml";
  static final String CORE = "docProps/core.xml";

  private static final String RELATIONSHIPS_NS =
      "http://schemas.openxmlformats.org/package/2006/relationships";
  private static final String TYPES_NS =
      "http://schemas.openxmlformats.org/package/2006/content-types";
  private static final String RELATIONSHIPS_TYPE =
      "application/vnd.openxmlformats-package.relationships+xml";
  private static final String OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/";
  private static final String PNG_TYPE = "image/png";
  private static final String STANDALONE =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
  private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

  /** A part: its content type and compressed bytes. */
  private record Part(String contentType, StableZip.Deflated data) {}

  /** A relationship from a part (or the package) to a target, relative to the source's folder. */
  private record Relation(String id, String target, String type) {}

  private final Map<String, Part> parts = new HashMap<>();

  /** Relationships by source entry ("" for the package's own), in the order they were added. */
  private final Map<String, List<Relation>> relations = new LinkedHashMap<>();

  /** Pictures added, by content: a picture added twice is one part. */
  private final Map<ContentKey, String> images = new HashMap<>();

  private boolean anyDrawing;

  /** A package with the main part's and the properties' relationships, as POI starts one. */
  WordPackage() {
    relate("", DOCUMENT, OFFICE + "relationships/officeDocument");
    relate("", APP, OFFICE + "relationships/extended-properties");
    relate(
        "",
        CORE,
        "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties");
  }

  /** Adds (or replaces) a part. */
  void put(String entry, String contentType, StableZip.Deflated data) {
    parts.put(entry, new Part(contentType, data));
  }

  /** Adds a part that holds {@code xml}. */
  void put(String entry, String contentType, byte[] xml) {
    put(entry, contentType, StableZip.Deflated.of(xml));
  }

  /**
   * A relationship from {@code source} (an entry, or "" for the package) to {@code target}, an
   * entry in the source's folder or below it; returns its id.
   */
  String relate(String source, String target, String type) {
    String folder = source.substring(0, source.lastIndexOf('/') + 1);
    if (!target.startsWith(folder)) {
      throw new IllegalArgumentException(target + " is not in the folder of " + source);
    }
    List<Relation> list = relations.computeIfAbsent(source, s -> new ArrayList<>());
    String id = "rId" + (list.size() + 1);
    list.add(new Relation(id, target.substring(folder.length()), type));
    return id;
  }

  /** A relationship from the main part to a new part of {@code type}; returns its id. */
  String relateFromDocument(String target, String relationshipType) {
    return relate(DOCUMENT, target, OFFICE + "relationships/" + relationshipType);
  }

  /**
   * Adds a PNG picture, once however often it is added, with a relationship from the main part;
   * returns the relationship's id. Marks the body as holding a picture.
   */
  String addPicture(byte[] png) {
    anyDrawing = true;
    return images.computeIfAbsent(
        new ContentKey(png),
        k -> {
          String entry = "word/media/image" + (images.size() + 1) + ".png";
          put(entry, PNG_TYPE, StableZip.Deflated.of(png));
          return relateFromDocument(entry, "image");
        });
  }

  /** Marks the body as holding a drawing (a chart drawn as shapes). */
  void declareDrawings() {
    anyDrawing = true;
  }

  /** The document element around {@code body}, declaring the namespaces the body uses. */
  Element document(Element body) {
    Element document = new Element("w:document").attr("xmlns:w", W);
    if (anyDrawing) {
      document.attr("xmlns:wp", WP);
    }
    return document.attr("xmlns:r", R).append(body);
  }

  /** A part's bytes: the XML declaration and {@code root}. */
  static byte[] xml(Element root) {
    StringBuilder out = new StringBuilder(16 * 1024).append(DECLARATION);
    root.writeTo(out);
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A part's content, compressed: the XML declaration and {@code root}, with its fragments (a
   * chart's drawing) copied in as they were compressed once.
   */
  static StableZip.Deflated deflated(Element root) {
    StringBuilder out = new StringBuilder(16 * 1024).append(DECLARATION);
    List<StableZip.Piece> pieces = new ArrayList<>();
    root.writeTo(out, pieces);
    pieces.add(new StableZip.Text(out.toString().getBytes(StandardCharsets.UTF_8)));
    return StableZip.deflate(pieces);
  }

  /** The package as a zip whose entries are dated {@code time}. */
  byte[] zip(Instant time) throws IOException {
    Map<String, StableZip.Deflated> entries = new HashMap<>();
    parts.forEach((entry, part) -> entries.put(entry, part.data()));
    relations.forEach(
        (source, list) -> {
          int slash = source.lastIndexOf('/');
          String rels =
              source.substring(0, slash + 1) + "_rels/" + source.substring(slash + 1) + ".rels";
          entries.put(rels, StableZip.Deflated.of(relationships(list)));
        });
    entries.put("[Content_Types].xml", StableZip.Deflated.of(contentTypes()));
    for (Map.Entry<String, List<Relation>> e : relations.entrySet()) {
      String folder = e.getKey().substring(0, e.getKey().lastIndexOf('/') + 1);
      for (Relation r : e.getValue()) {
        if (!parts.containsKey(folder + r.target())) {
          throw new IOException("the package names a part it does not hold: " + r.target());
        }
      }
    }
    return StableZip.write(entries, time);
  }

  /** A relationships part: sorted by id as POI sorts them (as text: rId10 before rId2). */
  private static byte[] relationships(List<Relation> list) {
    Map<String, Relation> byId = new TreeMap<>();
    list.forEach(r -> byId.put(r.id(), r));
    StringBuilder out = new StringBuilder(256 + 160 * list.size()).append(STANDALONE);
    out.append("<Relationships xmlns=\"").append(RELATIONSHIPS_NS).append("\">");
    for (Relation r : byId.values()) {
      out.append("<Relationship Id=\"").append(r.id()).append("\" Target=\"");
      domAttribute(r.target(), out);
      out.append("\" Type=\"").append(r.type()).append("\"/>");
    }
    return out.append("</Relationships>").toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * [Content_Types].xml as POI writes it: the first part of an extension makes its type the
   * extension's default, unless the extension has one already (xml: application/xml); other parts
   * are overrides; both sorted.
   */
  private byte[] contentTypes() {
    Map<String, String> defaults = new TreeMap<>();
    defaults.put("rels", RELATIONSHIPS_TYPE);
    defaults.put("xml", "application/xml");
    Map<String, String> overrides = new TreeMap<>();
    for (String entry : new TreeMap<>(parts).keySet()) {
      String type = parts.get(entry).contentType();
      String extension =
          entry.substring(entry.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
      boolean isDefault = defaults.containsValue(type);
      if (defaults.containsKey(extension) && !isDefault) {
        overrides.put("/" + entry, type);
      } else if (!isDefault) {
        defaults.put(extension, type);
      }
    }
    StringBuilder out = new StringBuilder(2048).append(STANDALONE);
    out.append("<Types xmlns=\"").append(TYPES_NS).append("\">");
    defaults.forEach(
        (extension, type) ->
            out.append("<Default ContentType=\"")
                .append(type)
                .append("\" Extension=\"")
                .append(extension)
                .append("\"/>"));
    overrides.forEach(
        (name, type) -> {
          out.append("<Override ContentType=\"").append(type).append("\" PartName=\"");
          domAttribute(name, out);
          out.append("\"/>");
        });
    return out.append("</Types>").toString().getBytes(StandardCharsets.UTF_8);
  }

  /** An attribute's value as the JDK's DOM serializer escapes it. */
  static void domAttribute(String value, StringBuilder out) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
  }
}
