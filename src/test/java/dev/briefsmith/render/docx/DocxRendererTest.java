package dev.briefsmith.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.render.DocumentFixtures;
import dev.briefsmith.render.Fonts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DocxRendererTest {
  @Test
  void rendersKitchenSink() throws Exception {
    byte[] docx =
        new DocxRenderer(new Fonts()).render(DocumentFixtures.kitchenSink(), Optional.empty());
    Files.createDirectories(Path.of("target/test-output"));
    Files.write(Path.of("target/test-output/kitchen-sink.docx"), docx);
    assertThat(docx).isNotEmpty();
  }
}
