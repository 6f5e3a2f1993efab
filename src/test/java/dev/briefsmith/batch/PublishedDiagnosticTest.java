package dev.briefsmith.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.yaml.Diagnostic;
import dev.briefsmith.yaml.Severity;
import org.junit.jupiter.api.Test;

class PublishedDiagnosticTest {
  @Test
  void fieldPathsKeepOnlyTheFormatsOwnNamesAndIndexes() {
    assertThat(PublishedDiagnostic.field("issues[2].by_faction.secret-hawks: no such faction"))
        .isEqualTo("issues[2].by_faction");
    assertThat(PublishedDiagnostic.field("issues[0].positions.north.summary: x"))
        .isEqualTo("issues[0].positions");
    assertThat(PublishedDiagnostic.field("statements[3].quote: not found"))
        .isEqualTo("statements[3].quote");
    assertThat(PublishedDiagnostic.field("the file is 6.0 MiB: over the limit")).isEmpty();
    assertThat(PublishedDiagnostic.field("no colon here")).isEmpty();
  }

  @Test
  void theTextSaysWhereButNotWhat() {
    Diagnostic d =
        new Diagnostic(
            "content/x.yaml",
            12,
            5,
            Severity.WARNING,
            "sources[1]: source \"secret\" is never cited");
    PublishedDiagnostic p = PublishedDiagnostic.of(d);
    assertThat(p.text())
        .isEqualTo(
            "content/x.yaml:12:5: warning: sources[1]: details in the run's log (withheld from the"
                + " published folder)")
        .doesNotContain("secret");
  }
}
