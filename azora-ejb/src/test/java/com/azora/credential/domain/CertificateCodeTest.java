package com.azora.credential.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CertificateCodeTest {

  @Test
  void generatedCodesAreFourGroupsOfFourBase32Characters() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String code = CertificateCode.generate();
      assertTrue(code.matches("[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}"), code);
      assertTrue(CertificateCode.isValid(code), code);
      seen.add(code);
    }
    assertEquals(1000, seen.size(), "80 random bits should not repeat in a thousand codes");
  }

  @Test
  void normalizeAcceptsWhatPeopleTypeAndRefusesTheRest() {
    assertEquals(
        Optional.of("ABCD-EFGH-JKLM-NP23"), CertificateCode.normalize(" abcd efgh-jklm np23 "));
    assertEquals(Optional.of("ABCD-EFGH-JKLM-NP23"), CertificateCode.normalize("ABCDEFGHJKLMNP23"));
    assertEquals(Optional.empty(), CertificateCode.normalize("ABCD-EFGH-JKLM-NP2"));
    assertEquals(Optional.empty(), CertificateCode.normalize("ABCD-EFGH-JKLM-NP21"));
    assertEquals(Optional.empty(), CertificateCode.normalize("ABCD-EFGH-JKLM-NP2%"));
    assertEquals(Optional.empty(), CertificateCode.normalize(null));
    assertFalse(CertificateCode.isValid("abcd-efgh-jklm-np23"));
  }
}
