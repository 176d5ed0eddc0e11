package com.azora.identity.infrastructure;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * QR codes as inline PNG data URIs, so a TOTP enrolment page shows the secret without a separate
 * image request (and without the secret appearing in any URL or access log).
 */
public final class QrCodes {

  private static final int BLACK = 0xff000000;
  private static final int WHITE = 0xffffffff;
  private static final Map<EncodeHintType, Object> HINTS =
      Map.of(
          EncodeHintType.ERROR_CORRECTION,
          ErrorCorrectionLevel.M,
          EncodeHintType.MARGIN,
          2,
          EncodeHintType.CHARACTER_SET,
          StandardCharsets.UTF_8.name());

  private QrCodes() {}

  /**
   * A {@code data:image/png;base64,...} URI of {@code content} as a QR code. The image is {@code
   * sizePx} square, or larger when the content needs more modules than fit.
   */
  public static String pngDataUri(String content, int sizePx) {
    if (content == null || content.isEmpty()) {
      throw new IllegalArgumentException("content must not be empty");
    }
    if (sizePx < 1) {
      throw new IllegalArgumentException("sizePx must be positive: " + sizePx);
    }
    BitMatrix matrix = encode(content, sizePx);
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(toImage(matrix)));
  }

  private static BitMatrix encode(String content, int sizePx) {
    try {
      return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, sizePx, sizePx, HINTS);
    } catch (WriterException e) {
      throw new IllegalArgumentException("Content does not fit in a QR code", e);
    }
  }

  private static BufferedImage toImage(BitMatrix matrix) {
    int width = matrix.getWidth();
    int height = matrix.getHeight();
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.setRGB(x, y, matrix.get(x, y) ? BLACK : WHITE);
      }
    }
    return image;
  }

  private static byte[] png(BufferedImage image) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, "png", out)) {
        throw new IllegalStateException("No PNG writer available");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
