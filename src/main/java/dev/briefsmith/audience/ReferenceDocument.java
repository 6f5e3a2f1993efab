package dev.briefsmith.audience;

import dev.briefsmith.image.Images;
import dev.briefsmith.render.docx.WordParts;
import dev.briefsmith.yaml.Excerpt;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.drawingml.x2006.main.ThemeDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The check of a template's reference .docx, made when the template loads: it reads the file as the
 * Word renderer will (its styles and theme parts, parsed), so a bad file stops the build before any
 * brief is rendered, and it checks the header of every image the file holds against {@link
 * Images#MAX_PIXELS}. Stateless.
 */
final class ReferenceDocument {
  private ReferenceDocument() {}

  /** What is wrong with the file, completing a sentence that starts with its name; or empty. */
  static Optional<String> problem(byte[] docx) {
    try (WordParts reference = WordParts.open(docx)) {
      Optional<byte[]> styles = reference.styles();
      if (styles.isPresent()) {
        StylesDocument.Factory.parse(
            new ByteArrayInputStream(styles.get()), POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
      }
      Optional<byte[]> theme = reference.theme();
      if (theme.isPresent()) {
        ThemeDocument.Factory.parse(
            new ByteArrayInputStream(theme.get()), POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
      }
      for (PackagePart part : reference.parts()) {
        Optional<String> image = imageProblem(part);
        if (image.isPresent()) {
          return image;
        }
      }
      return Optional.empty();
    } catch (IOException | XmlException | InvalidFormatException | RuntimeException e) {
      // whatever POI throws for a damaged, hostile or non-Word file, as one line
      return Optional.of("is not a readable Word (.docx) file: " + reason(e));
    }
  }

  private static Optional<String> imageProblem(PackagePart part) throws IOException {
    if (!part.getContentType().startsWith("image/")) {
      return Optional.empty();
    }
    Optional<Images.Header> header;
    try (InputStream in = part.getInputStream()) {
      header = Images.header(in);
    }
    // a format the JDK cannot read (EMF, SVG) is never decoded here either
    return header
        .flatMap(Images.Header::sizeProblem)
        .map(p -> "holds an image " + part.getPartName().getName() + " that " + p);
  }

  /** The innermost cause's message: POI wraps the telling one in generic ones. */
  private static String reason(Throwable e) {
    Throwable root = e;
    for (int depth = 0; depth < 20 && root.getCause() != null; depth++) {
      root = root.getCause();
    }
    String message =
        root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return Excerpt.of(message.lines().findFirst().orElse("").strip(), 200);
  }
}
