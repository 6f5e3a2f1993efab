package dev.briefsmith.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The JSON Schema of the content format, as committed in {@code schema/brief.schema.json}. */
public final class BriefSchema {
  private static final String RESOURCE = "brief.schema.json";

  private BriefSchema() {}

  /** The schema's text. */
  public static String json() {
    try (InputStream in = BriefSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the build did not package " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
