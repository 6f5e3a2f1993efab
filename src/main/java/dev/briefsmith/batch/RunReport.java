package dev.briefsmith.batch;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.briefsmith.batch.BuildReport.Output;
import dev.briefsmith.batch.BuildReport.Skip;
import dev.briefsmith.yaml.Diagnostic;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.TreeSet;

/**
 * The run report ({@code OUT/run-report.json}): what one run built, skipped and why, what failed,
 * counts and durations. Unlike the manifest it holds times, so it differs from run to run.
 */
final class RunReport {
  /** The format tag written into the file. */
  static final String FORMAT = "briefsmith-run-report/1";

  private RunReport() {}

  /** Writes the report as JSON to {@code out}. */
  static void write(OutputStream out, BuildReport report, BuildRequest request, ProgramId program)
      throws IOException {
    BatchOptions o = request.options();
    Timings timings = Timings.of(report);
    long stopped = report.skipped().stream().filter(s -> !s.reason().equals("unchanged")).count();
    Json.write(
        out,
        g -> {
          g.writeStartObject();
          g.writeStringField("format", FORMAT);
          g.writeBooleanField("ok", report.ok());
          g.writeStringField("started", report.started().toString());
          g.writeStringField("finished", report.started().plus(report.took()).toString());
          g.writeNumberField("duration_ms", report.took().toMillis());
          g.writeObjectFieldStart("program");
          g.writeStringField("version", program.version());
          g.writeStringField("code", program.code());
          g.writeStringField("java", program.java());
          g.writeEndObject();
          g.writeObjectFieldStart("request");
          g.writeStringField("content", request.contentDir().toString());
          g.writeStringField("templates", request.templatesDir().toString());
          g.writeStringField("out", request.outDir().toString());
          strings(g, "briefs", request.briefs());
          strings(g, "audiences", List.copyOf(new TreeSet<>(request.audiences())));
          strings(
              g, "formats", request.formats().stream().sorted().map(Format::extension).toList());
          g.writeBooleanField("force", o.force());
          g.writeNumberField("jobs", o.jobs());
          g.writeBooleanField("prune", o.prune());
          g.writeBooleanField("fail_fast", o.failFast());
          g.writeBooleanField("digest", o.digest());
          g.writeStringField("shard", o.shard().toString());
          g.writeEndObject();
          g.writeObjectFieldStart("counts");
          g.writeNumberField("built", report.written().size());
          g.writeNumberField("skipped", report.skipped().size() - stopped);
          g.writeNumberField("not_reached", stopped);
          g.writeNumberField("failed_briefs", report.failedBriefs());
          g.writeNumberField("failed_documents", report.failedDocuments());
          g.writeNumberField("io_failures", report.ioFailures());
          g.writeNumberField("orphans", report.orphans().size());
          g.writeNumberField("pruned", report.pruned().size());
          g.writeNumberField("digests", report.digests().size());
          g.writeEndObject();
          g.writeObjectFieldStart("document_ms");
          g.writeNumberField("count", timings.count());
          g.writeNumberField("p50", millis(timings.p50()));
          g.writeNumberField("p95", millis(timings.p95()));
          g.writeNumberField("max", millis(timings.max()));
          g.writeEndObject();
          g.writeArrayFieldStart("errors");
          for (Diagnostic d : report.errors()) {
            diagnostic(g, d);
          }
          g.writeEndArray();
          g.writeArrayFieldStart("brief_warnings");
          for (Diagnostic d : report.problems()) {
            if (!d.isError()) {
              diagnostic(g, d);
            }
          }
          g.writeEndArray();
          strings(g, "warnings", report.warnings());
          g.writeArrayFieldStart("built");
          for (Output b : report.written()) {
            g.writeStartObject();
            g.writeStringField("path", b.file().toString());
            g.writeStringField("brief", b.briefId());
            g.writeStringField("audience", b.audience());
            g.writeStringField("format", b.format().extension());
            if (b.format() == Format.PDF) {
              g.writeNumberField("pages", b.pages());
            }
            g.writeStringField("reason", b.reason());
            g.writeNumberField("ms", millis(b.took()));
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeArrayFieldStart("skipped");
          for (Skip s : report.skipped()) {
            g.writeStartObject();
            g.writeStringField("path", s.file().toString());
            g.writeStringField("brief", s.briefId());
            g.writeStringField("audience", s.audience());
            g.writeStringField("format", s.format().extension());
            g.writeStringField("reason", s.reason());
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeArrayFieldStart("editions");
          for (BuildReport.Published e : report.editions()) {
            g.writeStartObject();
            g.writeStringField("brief", e.briefId());
            g.writeStringField("audience", e.audience());
            g.writeStringField("as_of", e.asOf().toString());
            Json.field(g, "since", e.since().map(Object::toString));
            g.writeBooleanField("positions_changed", e.positionsChanged());
            g.writeBooleanField("positions_changed_tonight", e.positionsChangedTonight());
            g.writeEndObject();
          }
          g.writeEndArray();
          paths(g, "orphans", report.orphans());
          paths(g, "pruned", report.pruned());
          paths(g, "digests", report.digests());
          g.writeEndObject();
        },
        true);
  }

  private static double millis(Duration d) {
    return Math.round(d.toNanos() / 1e4) / 100.0;
  }

  /** A problem by its place only: the report is published with the outputs. */
  private static void diagnostic(JsonGenerator g, Diagnostic d) throws IOException {
    PublishedDiagnostic p = PublishedDiagnostic.of(d);
    g.writeStartObject();
    g.writeStringField("file", p.file());
    g.writeNumberField("line", p.line());
    g.writeNumberField("column", p.column());
    g.writeStringField("severity", p.severity());
    g.writeStringField("field", p.field());
    g.writeStringField("text", p.text());
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, String name, List<String> values)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static void paths(JsonGenerator g, String name, List<Path> values) throws IOException {
    strings(g, name, values.stream().map(Path::toString).toList());
  }
}
