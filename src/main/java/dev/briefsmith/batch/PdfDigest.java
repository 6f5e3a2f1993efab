package dev.briefsmith.batch;

import dev.briefsmith.compose.Metadata;
import dev.briefsmith.render.pdf.PdfA;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Merges the PDFs of several briefs into one, with one bookmark per brief (its title) at its first
 * page, keeping their tags: PDF/A-2a and PDF/UA-1 like its parts. Deterministic: the file's id is a
 * hash of the parts, and its dates are the ones given. The parts are read from their files and
 * their streams kept in temporary files while merging, so a digest of thousands of briefs holds
 * little more than the merged file in memory.
 */
final class PdfDigest {
  private PdfDigest() {}

  /**
   * One brief's PDF and the bookmark title for it.
   *
   * @param sha256 the file's SHA-256 in hex, as recorded in the manifest
   */
  record Part(String title, Path pdf, String sha256) {}

  /** The merged file and its page count. */
  @SuppressWarnings("ArrayRecordComponent") // a private carrier; nobody compares or keeps it
  record Merged(byte[] bytes, int pages) {}

  static Merged merge(String title, List<Part> parts, Instant created) throws IOException {
    List<PDDocument> sources = new ArrayList<>();
    try (PDDocument out = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
      PDDocumentOutline outline = new PDDocumentOutline();
      PDFMergerUtility merger = new PDFMergerUtility();
      var id = Hashing.sha256();
      for (Part part : parts) {
        PDDocument source =
            Loader.loadPDF(part.pdf().toFile(), IOUtils.createTempFileOnlyStreamCache());
        sources.add(source);
        // Each brief is one bookmark; its own bookmarks would mix with the other briefs' ones.
        source.getDocumentCatalog().setDocumentOutline(null);
        int first = out.getNumberOfPages();
        merger.appendDocument(out, source);
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(part.title());
        item.setDestination(out.getPage(first));
        outline.addLast(item);
        id.update(part.title().getBytes(StandardCharsets.UTF_8));
        id.update(HexFormat.of().parseHex(part.sha256()));
      }
      out.getDocumentCatalog().setDocumentOutline(outline);
      out.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
      PDDocumentInformation info = new PDDocumentInformation();
      info.setTitle(title);
      info.setProducer("Briefsmith");
      // a proleptic Gregorian calendar, as java.time counts: no Julian shift before 1582
      GregorianCalendar date = GregorianCalendar.from(created.atZone(java.time.ZoneOffset.UTC));
      info.setCreationDate(date);
      info.setModificationDate(date);
      out.setDocumentInformation(info);
      // PDFBox carries each part's structure tree over (a Part per brief, in order) with the
      // first part's catalog entries (language, viewer preferences, output intent, XMP): the XMP
      // must describe the digest instead, with the PDF/A-2a and PDF/UA-1 identification
      String language = Optional.ofNullable(out.getDocumentCatalog().getLanguage()).orElse("en");
      Metadata meta =
          new Metadata(
              title, Optional.empty(), List.of(), title, List.of(), language, created, "", "");
      PDMetadata xmp = new PDMetadata(out, new ByteArrayInputStream(PdfA.xmp(meta, "Briefsmith")));
      out.getDocumentCatalog().setMetadata(xmp);
      byte[] fileId = java.util.Arrays.copyOf(id.digest(), 16);
      COSArray ids = new COSArray();
      ids.add(new COSString(fileId));
      ids.add(new COSString(fileId));
      out.getDocument().getTrailer().setItem(COSName.ID, ids);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      out.save(bytes);
      return new Merged(bytes.toByteArray(), out.getNumberOfPages());
    } finally {
      for (PDDocument d : sources) {
        d.close();
      }
    }
  }
}
