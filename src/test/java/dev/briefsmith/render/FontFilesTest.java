package dev.briefsmith.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.compose.FontFamily;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9, point 12: AWT fonts come from files written once into a cache folder and reused. */
class FontFilesTest {
  @TempDir Path dir;

  private static final String RESOURCE = FontFamily.NOTO_SANS.resource(false, false);

  private static byte[] bytes() {
    return new Fonts(Optional.empty()).ttf(FontFamily.NOTO_SANS, false, false);
  }

  @Test
  void aFontIsWrittenOnceUnderItsHashAndReused() throws IOException {
    Path folder = dir.resolve("cache/fonts");
    Path file = FontFiles.extracted(folder, RESOURCE, bytes()).orElseThrow();
    assertThat(file.getParent()).isEqualTo(folder);
    assertThat(file.getFileName().toString()).matches("NotoSans-Regular-[0-9a-f]{16}\\.ttf");
    assertThat(file).hasBinaryContent(bytes());
    FileTime written = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
    Files.setLastModifiedTime(file, written);
    assertThat(FontFiles.extracted(folder, RESOURCE, bytes())).contains(file);
    assertThat(Files.getLastModifiedTime(file)).as("not written again").isEqualTo(written);
  }

  @Test
  void aDamagedCachedFileIsReplacedAndStalePartsRemoved() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("fonts"));
    Path file = FontFiles.extracted(folder, RESOURCE, bytes()).orElseThrow();
    byte[] damaged = bytes().clone();
    damaged[1000] ^= 1;
    Files.write(file, damaged);
    Path stale = Files.writeString(folder.resolve("NotoSans-Regular-1.part"), "half");
    Files.setLastModifiedTime(stale, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
    assertThat(FontFiles.extracted(folder, RESOURCE, bytes())).contains(file);
    assertThat(file).hasBinaryContent(bytes());
    assertThat(stale).doesNotExist();
  }

  @Test
  void fontsWrittenAtOnceByManyThreadsAreAllCached() throws Exception {
    // Two render threads extract their charts' fonts at the same moment: one's sweep for stale
    // parts must not trip over the other's part file vanishing as it is renamed into place.
    Path folder = dir.resolve("fonts");
    int threads = 4;
    int perThread = 40;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CyclicBarrier start = new CyclicBarrier(threads);
      List<Future<List<Optional<Path>>>> runs = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        runs.add(
            pool.submit(
                () -> {
                  start.await();
                  List<Optional<Path>> got = new ArrayList<>();
                  for (int i = 0; i < perThread; i++) {
                    byte[] font = new byte[64 * 1024];
                    new Random(thread * 1000L + i).nextBytes(font);
                    got.add(FontFiles.extracted(folder, "font" + thread + "-" + i + ".ttf", font));
                  }
                  return got;
                }));
      }
      for (Future<List<Optional<Path>>> run : runs) {
        assertThat(run.get(60, TimeUnit.SECONDS)).allMatch(Optional::isPresent);
      }
    } finally {
      pool.shutdownNow();
    }
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.filter(f -> f.toString().endsWith(".ttf")).count())
          .isEqualTo((long) threads * perThread);
    }
  }

  @Test
  void anUnwritableFolderMeansNoFile() throws IOException {
    Path notAFolder = Files.writeString(dir.resolve("file"), "x");
    assertThat(FontFiles.extracted(notAFolder.resolve("fonts"), RESOURCE, bytes())).isEmpty();
  }

  @Test
  void theCacheFolderFollowsXdgElseTheHome() {
    assertThat(FontFiles.defaultFolder(Map.of("XDG_CACHE_HOME", "/c"), "/home/u"))
        .contains(Path.of("/c/briefsmith/fonts"));
    assertThat(FontFiles.defaultFolder(Map.of("XDG_CACHE_HOME", "relative"), "/home/u"))
        .contains(Path.of("/home/u/.cache/briefsmith/fonts"));
    assertThat(FontFiles.defaultFolder(Map.of(), "?")).isEmpty();
    assertThat(FontFiles.defaultFolder(Map.of(), "/home/u\u0000")).isEmpty();
  }

  @Test
  void eachAwtFontIsCreatedOncePerFonts() {
    Fonts fonts = new Fonts(Optional.of(dir.resolve("fonts")));
    Font regular = fonts.awt(FontFamily.NOTO_SERIF, false, false);
    assertThat(fonts.awt(FontFamily.NOTO_SERIF, false, false)).isSameAs(regular);
    assertThat(fonts.awt(FontFamily.NOTO_SERIF, true, false)).isNotSameAs(regular);
    assertThat(regular.getFamily(java.util.Locale.ROOT)).isEqualTo("Noto Serif");
    // without a cache folder the font still works
    assertThat(new Fonts(Optional.empty()).awt(FontFamily.NOTO_SANS, true, false).getFontName())
        .isEqualTo("Noto Sans Bold");
  }
}
