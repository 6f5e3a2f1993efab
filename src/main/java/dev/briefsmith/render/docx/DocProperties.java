package dev.briefsmith.render.docx;

import dev.briefsmith.compose.Metadata;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The package's core properties (docProps/core.xml) and application properties (docProps/app.xml),
 * from the document's metadata only: nothing the composer did not put there. Written as POI writes
 * them: the properties in its (alphabetical) order, empty ones left out, dates to the second in
 * UTC, text escaped as the JDK's DOM serializer escapes it.
 */
final class DocProperties {
  static final String APPLICATION = "Briefsmith";

  private static final String CORE_TYPE =
      "application/vnd.openxmlformats-package.core-properties+xml";
  private static final String APP_TYPE =
      "application/vnd.openxmlformats-officedocument.extended-properties+xml";

  /** app.xml: the same in every document. */
  private static final StableZip.Deflated APP_XML =
      StableZip.Deflated.of(
          ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Properties xmlns=\"http://schemas"
                  + ".openxmlformats.org/officeDocument/2006/extended-properties\"><Application>"
                  + APPLICATION
                  + "</Application></Properties>")
              .getBytes(StandardCharsets.UTF_8));

  private static final DateTimeFormatter W3CDTF =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private DocProperties() {}

  /** Adds both parts to the package. */
  static void apply(WordPackage word, Metadata m) {
    word.put(WordPackage.APP, APP_TYPE, APP_XML);
    word.put(WordPackage.CORE, CORE_TYPE, core(m));
  }

  /** core.xml. */
  static byte[] core(Metadata m) {
    StringBuilder out = new StringBuilder(1024);
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>")
        .append("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/")
        .append("metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" ")
        .append("xmlns:dcterms=\"http://purl.org/dc/terms/\" ")
        .append("xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
    date(out, "dcterms:created", m.created());
    text(out, "dc:creator", String.join("; ", m.authors()));
    text(out, "dc:description", m.subtitle().orElse(""));
    text(out, "cp:keywords", String.join(", ", m.keywords()));
    text(out, "dc:language", m.language());
    text(out, "cp:lastModifiedBy", APPLICATION);
    date(out, "dcterms:modified", m.created());
    text(out, "dc:subject", m.subject());
    text(out, "dc:title", m.title());
    return out.append("</cp:coreProperties>").toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void date(StringBuilder out, String name, Instant time) {
    out.append('<').append(name).append(" xsi:type=\"dcterms:W3CDTF\">");
    out.append(W3CDTF.format(time)).append("</").append(name).append('>');
  }

  /** A property, unless it is empty; its text escaped as the JDK's DOM serializer escapes it. */
  private static void text(StringBuilder out, String name, String value) {
    if (value.isEmpty()) {
      return;
    }
    out.append('<').append(name).append('>');
    String clean = Runs.xmlSafe(value);
    for (int i = 0; i < clean.length(); ) {
      int c = clean.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '\r' -> out.append("&#13;");
        // beyond the basic plane: a character reference, as the serializer writes one
        default -> {
          if (Character.isSupplementaryCodePoint(c)) {
            out.append("&#").append(c).append(';');
          } else {
            out.append((char) c);
          }
        }
      }
    }
    out.append("</").append(name).append('>');
  }
}
