package dev.briefsmith.render.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xwpf.usermodel.XWPFRelation;

/**
 * A Word package opened for some of its parts: the main document's styles and theme, and its other
 * parts, found by their relations without reading the document itself (an {@code XWPFDocument}
 * parses and models the whole body, which a style reference's reader never needs; for the sample's
 * house style that was most of the time a template took to load). Used once; close it.
 */
public final class WordParts implements AutoCloseable {
  /** The content types of a Word main part: document, template, and their macro-enabled kinds. */
  private static final Set<String> MAIN_TYPES =
      Set.of(
          XWPFRelation.DOCUMENT.getContentType(),
          XWPFRelation.TEMPLATE.getContentType(),
          XWPFRelation.MACRO_DOCUMENT.getContentType(),
          XWPFRelation.MACRO_TEMPLATE_DOCUMENT.getContentType());

  private final OPCPackage pkg;
  private final PackagePart main;

  private WordParts(OPCPackage pkg, PackagePart main) {
    this.pkg = pkg;
    this.main = main;
  }

  /**
   * The package in {@code docx}, if it is a Word file.
   *
   * @throws InvalidFormatException if it is not a package, or its main part is not a Word document
   */
  public static WordParts open(byte[] docx) throws IOException, InvalidFormatException {
    OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(docx));
    try {
      List<PackagePart> mains =
          pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT);
      if (mains.size() != 1) {
        throw new InvalidFormatException(
            "it has " + mains.size() + " main document parts, not one");
      }
      PackagePart main = mains.get(0);
      if (!MAIN_TYPES.contains(main.getContentType())) {
        throw new InvalidFormatException(
            "its main part is " + main.getContentType() + ", not a Word document");
      }
      return new WordParts(pkg, main);
    } catch (InvalidFormatException | RuntimeException e) {
      pkg.revert();
      throw e;
    }
  }

  /** The styles part's bytes, if the document has one. */
  public Optional<byte[]> styles() throws IOException, InvalidFormatException {
    return bytes(XWPFRelation.STYLES);
  }

  /** The theme part's bytes, if the document has one. */
  public Optional<byte[]> theme() throws IOException, InvalidFormatException {
    return bytes(XWPFRelation.THEME);
  }

  /** Every part of the package. */
  public List<PackagePart> parts() throws InvalidFormatException {
    return pkg.getParts();
  }

  private Optional<byte[]> bytes(POIXMLRelation relation)
      throws IOException, InvalidFormatException {
    PackageRelationshipCollection rels = main.getRelationshipsByType(relation.getRelation());
    if (rels.size() == 0) {
      return Optional.empty();
    }
    PackageRelationship rel = rels.getRelationship(0);
    PackagePart part;
    try {
      part = main.getRelatedPart(rel);
    } catch (IllegalArgumentException e) {
      part = null; // POI's way of saying the target is not in the package
    }
    if (part == null) {
      throw new InvalidFormatException(
          "its document names a part it does not hold: " + rel.getTargetURI());
    }
    try (InputStream in = part.getInputStream()) {
      return Optional.of(in.readAllBytes());
    }
  }

  /** Closes the package without writing anything back. */
  @Override
  public void close() {
    pkg.revert();
  }
}
