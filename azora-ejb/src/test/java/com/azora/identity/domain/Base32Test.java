package com.azora.identity.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Base32Test {

  /** RFC 4648 section 10, without the padding this codec leaves out. */
  @ParameterizedTest
  @CsvSource({
    "'', ''",
    "f, MY",
    "fo, MZXQ",
    "foo, MZXW6",
    "foob, MZXW6YQ",
    "fooba, MZXW6YTB",
    "foobar, MZXW6YTBOI"
  })
  void rfc4648Vectors(String plain, String encoded) {
    byte[] bytes = plain.getBytes(StandardCharsets.US_ASCII);
    assertEquals(encoded, Base32.encode(bytes));
    assertArrayEquals(bytes, Base32.decode(encoded));
  }

  @Test
  void decodeIsCaseInsensitiveAndIgnoresSpacesAndPadding() {
    byte[] foobar = "foobar".getBytes(StandardCharsets.US_ASCII);
    assertArrayEquals(foobar, Base32.decode("mzxw6ytboi"));
    assertArrayEquals(foobar, Base32.decode("MZXW 6YTB OI"));
    assertArrayEquals(foobar, Base32.decode("MZXW6YTBOI======"));
    assertArrayEquals(foobar, Base32.decode(" mZxW 6ytB oI== "));
  }

  @ParameterizedTest
  @ValueSource(strings = {"MZXW0", "MZXW1", "MZXW8", "MZ-XW", "MZ!XW", "MZXÄ"})
  void decodeRefusesCharactersOutsideTheAlphabet(String text) {
    assertThrows(IllegalArgumentException.class, () -> Base32.decode(text));
  }

  @Test
  void roundTripsEveryLengthAndByteValue() {
    Random random = new Random(6238);
    for (int length = 0; length <= 70; length++) {
      byte[] data = new byte[length];
      random.nextBytes(data);
      String encoded = Base32.encode(data);
      assertEquals((length * 8 + 4) / 5, encoded.length(), "no padding");
      assertArrayEquals(data, Base32.decode(encoded));
    }
    byte[] all = new byte[256];
    for (int i = 0; i < all.length; i++) {
      all[i] = (byte) i;
    }
    assertArrayEquals(all, Base32.decode(Base32.encode(all)));
  }

  @Test
  void encodesWithTheUpperCaseAlphabet() {
    assertEquals("77777777", Base32.encode(new byte[] {-1, -1, -1, -1, -1}));
    assertEquals("AAAAAAAA", Base32.encode(new byte[5]));
  }
}
