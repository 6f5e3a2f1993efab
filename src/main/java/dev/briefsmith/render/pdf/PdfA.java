package dev.briefsmith.render.pdf;

import dev.briefsmith.compose.Metadata;
import dev.briefsmith.render.RenderException;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import org.openpdf.text.Document;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.xml.xmp.DublinCoreSchema;
import org.openpdf.text.xml.xmp.PdfA1Schema;
import org.openpdf.text.xml.xmp.PdfSchema;
import org.openpdf.text.xml.xmp.XmpArray;
import org.openpdf.text.xml.xmp.XmpBasicSchema;
import org.openpdf.text.xml.xmp.XmpWriter;

/**
 * Makes a rendering PDF/A-2a and PDF/UA-1 (ISO 19005-2 level A, ISO 14289-1, on PDF 1.7; level A
 * and UA need the structure tree the {@link Tagger} builds): declares the conformance to OpenPDF,
 * which then refuses any font that is not embedded; writes the document information and the XMP
 * metadata that must agree with it, with the PDF/A identification; and adds an sRGB output intent,
 * which gives the device RGB and grey colours their meaning. Dates come from {@link
 * Metadata#created()}, never the clock. Stateless and thread-safe.
 *
 * <p>PDF/A-2b rather than 1b: PDF/A-1 is PDF 1.4, without the object streams and cross-reference
 * stream that keep the files about 5% smaller, and wants exactly one dc:creator, where a brief can
 * have several authors. One OpenPDF limit needs working round for 2b: its CIDSet streams leave out
 * CID 0 (.notdef), which every font subset holds, and PDF/A-2 rejects an incomplete CIDSet but does
 * not require one, so the fonts leave it out (see {@link PdfFonts}).
 */
public final class PdfA {
  /** The value of the info dictionary's Creator and the XMP's CreatorTool. */
  private static final String CREATOR = "Briefsmith";

  /** The PDF/A part and conformance level in the XMP: those of the PDFA2A that beforeOpen sets. */
  private static final String PART = "2";

  private static final String CONFORMANCE = "A";

  /**
   * The PDF/UA identification, and the extension schema PDF/A needs for it: {@code pdfuaid} is not
   * one of the schemas PDF/A predefines.
   */
  private static final String UA_NAMESPACE = "xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"";

  private static final String UA_ID = "<pdfuaid:part>1</pdfuaid:part>";

  private static final String UA_EXTENSION_NAMESPACES =
      "xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
          + " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
          + " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\"";

  private static final String UA_EXTENSION =
      "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">"
          + "<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>"
          + "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>"
          + "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>"
          + "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">"
          + "<pdfaProperty:name>part</pdfaProperty:name>"
          + "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>"
          + "<pdfaProperty:category>internal</pdfaProperty:category>"
          + "<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed"
          + "</pdfaProperty:description>"
          + "</rdf:li></rdf:Seq></pdfaSchema:property>"
          + "</rdf:li></rdf:Bag></pdfaExtension:schemas>";

  private static final String SRGB = "sRGB IEC61966-2.1";

  /** The JDK's sRGB profile: the same bytes for every rendering on the same JDK. */
  private static final byte[] SRGB_PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  private PdfA() {}

  /**
   * Declares PDF/A-2a, tagging and the tab order of structure, and writes the document information;
   * call before the document opens.
   */
  static void beforeOpen(Document pdf, PdfWriter writer, Metadata meta) {
    writer.setPDFXConformance(PdfWriter.PDFA2A);
    writer.setTagged();
    // keyboard navigation follows the structure tree
    writer.setTabs(PdfName.S);
    pdf.addTitle(meta.title());
    if (!meta.authors().isEmpty()) {
      pdf.addAuthor(String.join("; ", meta.authors()));
    }
    pdf.addSubject(meta.subject());
    if (!meta.keywords().isEmpty()) {
      pdf.addKeywords(String.join(", ", meta.keywords()));
    }
    pdf.addCreator(CREATOR);
    PdfDate created = created(meta);
    writer.getInfo().put(PdfName.CREATIONDATE, created);
    writer.getInfo().put(PdfName.MODDATE, created);
    writer.getExtraCatalog().put(PdfName.LANG, new PdfString(meta.language()));
  }

  /** Adds the output intent and the XMP metadata; call while the document is open. */
  static void beforeClose(PdfWriter writer, Metadata meta) {
    try {
      writer.setOutputIntents(SRGB, null, "http://www.color.org", SRGB, SRGB_PROFILE);
    } catch (IOException e) {
      throw new RenderException("cannot add the sRGB output intent", e);
    }
    String producer = writer.getInfo().getAsString(PdfName.PRODUCER).toUnicodeString();
    writer.setXmpMetadata(xmp(meta, producer, created(meta)));
  }

  /**
   * The XMP metadata of a file made from rendered ones (a digest): the PDF/A-2a and PDF/UA-1
   * identification, with {@code meta}'s title, language and dates.
   */
  public static byte[] xmp(Metadata meta, String producer) {
    return xmp(meta, producer, created(meta));
  }

  /** The XMP metadata: the info dictionary's entries in their XMP places, and the PDF/A id. */
  private static byte[] xmp(Metadata meta, String producer, PdfDate created) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XmpWriter xmp = new XmpWriter(out)) {
      DublinCoreSchema dc = new DublinCoreSchema();
      dc.addTitle(meta.title());
      if (!meta.authors().isEmpty()) {
        dc.addAuthor(meta.authors().toArray(String[]::new));
      }
      dc.addDescription(meta.subject());
      if (!meta.keywords().isEmpty()) {
        dc.addSubject(meta.keywords().toArray(String[]::new));
      }
      XmpArray language = new XmpArray(XmpArray.UNORDERED);
      language.add(meta.language());
      dc.setProperty(DublinCoreSchema.LANGUAGE, language);
      xmp.addRdfDescription(dc);
      PdfSchema pdf = new PdfSchema();
      pdf.addProducer(producer);
      if (!meta.keywords().isEmpty()) {
        pdf.addKeywords(String.join(", ", meta.keywords()));
      }
      xmp.addRdfDescription(pdf);
      XmpBasicSchema basic = new XmpBasicSchema();
      basic.addCreatorTool(CREATOR);
      basic.addCreateDate(created.getW3CDate());
      basic.addModDate(created.getW3CDate());
      basic.addMetaDataDate(created.getW3CDate());
      xmp.addRdfDescription(basic);
      PdfA1Schema id = new PdfA1Schema();
      id.addPart(PART);
      id.addConformance(CONFORMANCE);
      xmp.addRdfDescription(id);
      xmp.addRdfDescription(UA_NAMESPACE, UA_ID);
      xmp.addRdfDescription(UA_EXTENSION_NAMESPACES, UA_EXTENSION);
    } catch (IOException e) {
      throw new RenderException("cannot write the XMP metadata", e);
    }
    return out.toByteArray();
  }

  private static PdfDate created(Metadata meta) {
    // a proleptic Gregorian calendar, as java.time counts: no Julian shift before 1582
    GregorianCalendar calendar =
        GregorianCalendar.from(meta.created().atZone(java.time.ZoneOffset.UTC));
    calendar.set(Calendar.MILLISECOND, 0);
    return new PdfDate(calendar);
  }
}
