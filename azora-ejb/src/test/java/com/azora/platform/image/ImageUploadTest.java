package com.azora.platform.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.azora.platform.error.DomainException;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ImageUploadTest {

  private static final Set<String> NO_GIF = Set.of("image/png", "image/jpeg", "image/webp");

  private static byte[] png(int size) {
    byte[] d = Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, size);
    return d;
  }

  @Test
  void anAcceptedImageWithinTheLimitPassesWithItsDetectedType() {
    assertEquals("image/png", ImageUpload.check(png(100), 1024, NO_GIF, "thumbnail", "PNG"));
  }

  @Test
  void emptyTooLargeAndUnacceptedUploadsAreRefusedOnTheirField() {
    DomainException empty =
        assertThrows(
            DomainException.class, () -> ImageUpload.check(new byte[0], 1024, NO_GIF, "f", "PNG"));
    assertEquals("f", empty.field());
    DomainException large =
        assertThrows(
            DomainException.class, () -> ImageUpload.check(png(2048), 1024, NO_GIF, "f", "PNG"));
    assertEquals("The image is too large: at most 1 KiB.", large.getMessage());
    byte[] gif = Arrays.copyOf("GIF89a".getBytes(), 32);
    DomainException notAccepted =
        assertThrows(
            DomainException.class,
            () -> ImageUpload.check(gif, 1024, NO_GIF, "f", "PNG, JPEG or WebP"));
    assertEquals("Use a PNG, JPEG or WebP image.", notAccepted.getMessage());
    assertThrows(
        DomainException.class,
        () -> ImageUpload.check("<html>not an image</html>".getBytes(), 1024, NO_GIF, "f", "PNG"));
  }
}
