package dev.briefsmith.integrity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;

/**
 * Reads an archived copy of a source as plain text: UTF-8 (or UTF-16 with a byte order mark) text,
 * HTML by its visible text (jsoup), PDF by PDFBox's text extraction. Bounded: a file over {@link
 * #MAX_BYTES} or a PDF over {@link #MAX_PAGES} pages is refused. Thread-safe.
 */
final class ArchiveReader {
  /** The largest archive file read. */
  static final long MAX_BYTES = 32L * 1024 * 1024;

  /** The most pages of a PDF archive read. */
  static final int MAX_PAGES = 2_000;

  /** Why an archive cannot be read. */
  static final class UnreadableException extends Exception {
    private static final long serialVersionUID = 1L;

    UnreadableException(String message) {
      super(message);
    }
  }

  /** The file's text. */
  String read(Path file) throws UnreadableException {
    if (!Files.isRegularFile(file)) {
      throw new UnreadableException(
          Files.isDirectory(file) ? "is a folder, not a file" : "is not a regular file");
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) MAX_BYTES + 1);
    } catch (IOException e) {
      throw new UnreadableException("cannot be read (" + e.getClass().getSimpleName() + ")");
    }
    if (bytes.length > MAX_BYTES) {
      throw new UnreadableException(
          "is larger than " + (MAX_BYTES >> 20) + " MiB, the limit for an archived source");
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".pdf")) {
      return pdf(bytes);
    }
    String text = decode(bytes);
    return name.endsWith(".html") || name.endsWith(".htm") ? Jsoup.parse(text).text() : text;
  }

  private static String decode(byte[] bytes) throws UnreadableException {
    int start = 0;
    java.nio.charset.Charset charset = StandardCharsets.UTF_8;
    if (bytes.length >= 3
        && (bytes[0] & 0xff) == 0xef
        && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf) {
      start = 3;
    } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      charset = StandardCharsets.UTF_16BE;
      start = 2;
    } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      charset = StandardCharsets.UTF_16LE;
      start = 2;
    }
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
          .toString();
    } catch (CharacterCodingException e) {
      throw new UnreadableException(
          "is not UTF-8 text; save the archived copy as UTF-8 (or as PDF or HTML)");
    }
  }

  private static String pdf(byte[] bytes) throws UnreadableException {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      if (doc.getNumberOfPages() > MAX_PAGES) {
        throw new UnreadableException(
            "has " + doc.getNumberOfPages() + " pages, over the limit of " + MAX_PAGES);
      }
      PDFTextStripper stripper = new PDFTextStripper();
      return stripper.getText(doc);
    } catch (InvalidPasswordException e) {
      throw new UnreadableException("is a PDF protected by a password");
    } catch (IOException | RuntimeException e) {
      throw new UnreadableException(
          "is not a PDF that can be read (" + e.getClass().getSimpleName() + ")");
    }
  }
}
