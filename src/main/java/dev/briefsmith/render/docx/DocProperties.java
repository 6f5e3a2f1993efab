package dev.briefsmith.render.docx;

import dev.briefsmith.compose.Metadata;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The package's core properties (docProps/core.xml) and application properties (docProps/app.xml),
 * from the document's metadata only: nothing the composer did not put there.
 */
final class DocProperties {
  static final String APPLICATION = "Briefsmith";

  private DocProperties() {}

  static void apply(XWPFDocument word, Metadata m) {
    POIXMLProperties props = word.getProperties();
    POIXMLProperties.CoreProperties core = props.getCoreProperties();
    core.setTitle(m.title());
    core.setCreator(String.join("; ", m.authors()));
    core.setSubjectProperty(m.subject());
    core.setKeywords(String.join(", ", m.keywords()));
    core.setDescription(m.subtitle().orElse(null));
    core.setLastModifiedByUser(APPLICATION);
    Optional<Date> created = Optional.of(Date.from(m.created()));
    core.setCreated(created);
    core.setModified(created);
    PackagePropertiesPart part = core.getUnderlyingProperties();
    part.setLanguageProperty(m.language());
    props.getExtendedProperties().getUnderlyingProperties().setApplication(APPLICATION);
  }
}
