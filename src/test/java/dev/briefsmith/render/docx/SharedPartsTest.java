package dev.briefsmith.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.audience.AudienceTemplate;
import dev.briefsmith.audience.TemplateLoader;
import dev.briefsmith.compose.Composer;
import dev.briefsmith.compose.Document;
import dev.briefsmith.content.BriefLoader;
import dev.briefsmith.render.Fonts;
import dev.briefsmith.select.Selector;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One renderer shares the style parts it built for a look (theme, direction, language, reference)
 * between documents and threads: every document still gets exactly the bytes a fresh renderer gives
 * it, in any order and with two threads rendering at once.
 */
class SharedPartsTest {
  private static final Fonts FONTS = new Fonts();
  private static final List<String> AUDIENCES = List.of("analyst", "public", "executive");
  private static final List<Document> DOCS = new ArrayList<>();
  private static final List<Optional<byte[]>> REFERENCES = new ArrayList<>();
  private static final List<byte[]> FRESH = new ArrayList<>();

  @BeforeAll
  static void compose() throws Exception {
    for (String audience : AUDIENCES) {
      add("content/iraq-us-iran-2014.yaml", audience);
    }
    // another language and direction, with the analyst look
    add("src/test/resources/briefs/rtl/sepidan-river-2030.yaml", "analyst");
    for (int i = 0; i < DOCS.size(); i++) {
      // each by a renderer of its own: nothing remembered from another document
      FRESH.add(new DocxRenderer(FONTS).render(DOCS.get(i), REFERENCES.get(i)));
    }
  }

  private static void add(String brief, String audience) throws Exception {
    AudienceTemplate t =
        new TemplateLoader().load(Path.of("templates", audience)).value().orElseThrow();
    DOCS.add(
        new Composer()
            .compose(
                Selector.select(
                    new BriefLoader().load(Path.of(brief)).orThrow(), t.maxSensitivity()),
                t,
                Instant.parse("2024-05-01T00:00:00Z")));
    REFERENCES.add(t.docxReference());
  }

  @Test
  void documentsInTurnGetTheBytesAFreshRendererGives() {
    DocxRenderer shared = new DocxRenderer(FONTS);
    for (int round = 0; round < 2; round++) {
      for (int i = DOCS.size() - 1; i >= 0; i--) {
        assertThat(shared.render(DOCS.get(i), REFERENCES.get(i)))
            .as("document %d, round %d", i, round)
            .isEqualTo(FRESH.get(i));
      }
    }
  }

  @Test
  void twoThreadsAtOnceGetTheBytesOneThreadGets() throws Exception {
    DocxRenderer shared = new DocxRenderer(FONTS);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<byte[]>> made = new ArrayList<>();
      List<Integer> which = new ArrayList<>();
      for (int n = 0; n < 24; n++) {
        int i = n % DOCS.size();
        Callable<byte[]> render = () -> shared.render(DOCS.get(i), REFERENCES.get(i));
        made.add(pool.submit(render));
        which.add(i);
      }
      for (int n = 0; n < made.size(); n++) {
        assertThat(made.get(n).get()).as("rendering %d", n).isEqualTo(FRESH.get(which.get(n)));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
