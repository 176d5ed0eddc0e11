package com.azora.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecoveryCodesTest {

  private static final String CODE_PATTERN =
      "[" + RecoveryCodes.ALPHABET + "]{5}-[" + RecoveryCodes.ALPHABET + "]{5}";

  @Test
  void generatesTheRequestedNumberOfDistinctCodes() {
    List<String> codes = RecoveryCodes.generate(10);
    assertEquals(10, codes.size());
    assertEquals(10, Set.copyOf(codes).size());
    for (String code : codes) {
      assertTrue(code.matches(CODE_PATTERN), code);
      assertEquals(code, RecoveryCodes.normalize(code));
    }
  }

  @Test
  void generatesNothingForZeroAndRefusesNegativeCounts() {
    assertEquals(List.of(), RecoveryCodes.generate(0));
    assertThrows(IllegalArgumentException.class, () -> RecoveryCodes.generate(-1));
  }

  @Test
  void alphabetHasNoLookAlikes() {
    for (char ambiguous : "0o1li".toCharArray()) {
      assertFalse(RecoveryCodes.ALPHABET.indexOf(ambiguous) >= 0, "contains " + ambiguous);
    }
    assertEquals(31, RecoveryCodes.ALPHABET.length());
    assertEquals(31, RecoveryCodes.ALPHABET.chars().distinct().count());
  }

  @Test
  void usesTheWholeAlphabet() {
    Set<Character> seen = new HashSet<>();
    for (String code : RecoveryCodes.generate(200)) {
      for (char c : code.replace("-", "").toCharArray()) {
        seen.add(c);
      }
    }
    assertEquals(RecoveryCodes.ALPHABET.length(), seen.size());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "k7p2m-9xq4r",
        "K7P2M9XQ4R",
        "K7P2M-9XQ4R",
        "  k7p2m-9xq4r  ",
        "k7p2m 9xq4r",
        "k7p2m - 9xq4r",
        "k7 p2 m9 xq 4r",
        "k7p2m9xq4r\n"
      })
  void normalizesWhatUsersTypeToTheCanonicalCode(String input) {
    assertEquals("k7p2m-9xq4r", RecoveryCodes.normalize(input));
  }

  @Test
  void leavesInputsOfAnotherLengthWithoutDash() {
    assertEquals("", RecoveryCodes.normalize(null));
    assertEquals("", RecoveryCodes.normalize(""));
    assertEquals("", RecoveryCodes.normalize("  -  "));
    assertEquals("abc", RecoveryCodes.normalize(" A-B C "));
    assertEquals("k7p2m9xq4rr", RecoveryCodes.normalize("k7p2m-9xq4rr"));
  }
}
