package com.azora.identity.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrCodesTest {

  private static final String PREFIX = "data:image/png;base64,";
  private static final String OTPAUTH =
      "otpauth://totp/Azora:jane.doe%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=Azora"
          + "&algorithm=SHA1&digits=6&period=30";

  /** Grey levels of an image, which zxing core needs to read it (its javase module is absent). */
  private static final class ImageLuminanceSource extends LuminanceSource {
    private final byte[] luminance;

    ImageLuminanceSource(BufferedImage image) {
      super(image.getWidth(), image.getHeight());
      luminance = new byte[image.getWidth() * image.getHeight()];
      for (int y = 0; y < image.getHeight(); y++) {
        for (int x = 0; x < image.getWidth(); x++) {
          int rgb = image.getRGB(x, y);
          int grey = (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3;
          luminance[y * image.getWidth() + x] = (byte) grey;
        }
      }
    }

    @Override
    public byte[] getRow(int y, byte[] row) {
      byte[] target = row != null && row.length >= getWidth() ? row : new byte[getWidth()];
      System.arraycopy(luminance, y * getWidth(), target, 0, getWidth());
      return target;
    }

    @Override
    public byte[] getMatrix() {
      return luminance;
    }
  }

  private static BufferedImage image(String dataUri) throws Exception {
    assertTrue(dataUri.startsWith(PREFIX), dataUri);
    byte[] png = Base64.getDecoder().decode(dataUri.substring(PREFIX.length()));
    return ImageIO.read(new ByteArrayInputStream(png));
  }

  private static String decode(BufferedImage image) throws Exception {
    BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new ImageLuminanceSource(image)));
    return new QRCodeReader().decode(bitmap).getText();
  }

  /** Reads an image known to hold only a code, which works even at one pixel per module. */
  private static String decodePure(BufferedImage image) throws Exception {
    BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new ImageLuminanceSource(image)));
    return new QRCodeReader()
        .decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE))
        .getText();
  }

  @Test
  void rendersAPngThatDecodesBackToTheContent() throws Exception {
    BufferedImage image = image(QrCodes.pngDataUri(OTPAUTH, 240));
    assertEquals(240, image.getWidth());
    assertEquals(240, image.getHeight());
    assertEquals(OTPAUTH, decode(image));
  }

  @Test
  void keepsAQuietZoneAroundTheCode() throws Exception {
    BufferedImage image = image(QrCodes.pngDataUri(OTPAUTH, 240));
    assertEquals(0xffffffff, image.getRGB(0, 0));
    assertEquals(0xffffffff, image.getRGB(image.getWidth() - 1, image.getHeight() - 1));
  }

  @Test
  void roundTripsNonAsciiContent() throws Exception {
    String content = "Zoë – Ångström ✓";
    assertEquals(content, decode(image(QrCodes.pngDataUri(content, 200))));
  }

  @Test
  void growsBeyondATooSmallSizeRatherThanLosingModules() throws Exception {
    BufferedImage image = image(QrCodes.pngDataUri(OTPAUTH, 10));
    assertTrue(image.getWidth() > 10);
    assertEquals(OTPAUTH, decodePure(image));
  }

  @Test
  void refusesEmptyContentAndNonPositiveSizes() {
    assertThrows(IllegalArgumentException.class, () -> QrCodes.pngDataUri("", 200));
    assertThrows(IllegalArgumentException.class, () -> QrCodes.pngDataUri(null, 200));
    assertThrows(IllegalArgumentException.class, () -> QrCodes.pngDataUri(OTPAUTH, 0));
  }
}
