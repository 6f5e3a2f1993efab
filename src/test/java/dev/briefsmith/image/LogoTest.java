package dev.briefsmith.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Issue 9, point 4: images are checked by their header before anything decodes them. */
class LogoTest {
  @Test
  void headersAreReadWithoutDecoding() throws IOException {
    // 20,000 x 20,000 would take 1.2 GB decoded; reading the header takes nothing
    assertThat(Images.header(TestImages.pngClaiming(20_000, 20_000)))
        .contains(new Images.Header("png", 20_000, 20_000));
    assertThat(Images.header(TestImages.jpegClaiming(20_000, 20_000)))
        .contains(new Images.Header("jpeg", 20_000, 20_000));
    assertThat(Images.header("not an image".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isEmpty();
  }

  @Test
  void theLimitIsWidthTimesHeight() {
    assertThat(new Images.Header("png", 4096, 4096).sizeProblem()).isEmpty();
    assertThat(new Images.Header("png", 16_777_216, 1).sizeProblem()).isEmpty();
    assertThat(new Images.Header("png", 4097, 4096).sizeProblem())
        .contains(
            "is 4,097 × 4,096 pixels; images may have at most 16,777,216 pixels (such as 4096 ×"
                + " 4096): scale it down");
    assertThat(new Images.Header("png", 0, 10).sizeProblem()).isPresent();
  }

  @Test
  void aLogoOverTheLimitIsRefusedBeforeDecoding() {
    assertThatThrownBy(() -> Logo.of(TestImages.pngClaiming(20_000, 20_000)))
        .isInstanceOf(Logo.InvalidImageException.class)
        .hasMessage(
            "is 20,000 × 20,000 pixels; images may have at most 16,777,216 pixels (such as 4096 ×"
                + " 4096): scale it down");
    assertThatThrownBy(() -> Logo.of(TestImages.pngClaiming(4097, 4096)))
        .hasMessageStartingWith("is 4,097 × 4,096 pixels");
    assertThatThrownBy(() -> Logo.of(TestImages.jpeg(20, 20))).hasMessage("is not a PNG file");
    // a header that is fine, with damaged data after it
    byte[] truncated = java.util.Arrays.copyOf(TestImages.png(300, 200), 60);
    assertThatThrownBy(() -> Logo.of(truncated)).hasMessageStartingWith("is not a readable PNG");
  }

  @Test
  void aLogoIsPreparedOnceAsAnOpaqueRgbPng() throws Exception {
    BufferedImage translucent = new BufferedImage(40, 20, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = translucent.createGraphics();
    try {
      g.setColor(new Color(0, 0, 0, 128));
      g.fillRect(0, 0, 40, 20);
    } finally {
      g.dispose();
    }
    Logo logo = Logo.of(Images.png(translucent));
    assertThat(logo.widthPx()).isEqualTo(40);
    assertThat(logo.heightPx()).isEqualTo(20);
    assertThat(logo.aspect()).isEqualTo(0.5);
    BufferedImage prepared = Images.decode(logo.png());
    assertThat(prepared.getColorModel().hasAlpha()).isFalse();
    assertThat(prepared.getColorModel().getPixelSize()).isEqualTo(24);
    // half-black over white
    assertThat(prepared.getRGB(5, 5) & 0xFF).isBetween(126, 128);
    // callers get copies: the shared logo cannot be changed through them
    logo.png()[20] ^= 1;
    assertThat(logo.png()).isEqualTo(logo.png());
    assertThat(Images.decode(logo.png()).getRGB(5, 5)).isEqualTo(prepared.getRGB(5, 5));
  }

  @Test
  void aLogoAtTheLimitIsAccepted() throws Exception {
    Logo logo = Logo.of(TestImages.png(4096, 4096));
    assertThat(logo.widthPx()).isEqualTo(4096);
  }
}
