package com.azora.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PortBaseTest {

  @Test
  void defaultBaseGivesPayaraDefaults() {
    PortBase ports = new PortBase(PortBase.DEFAULT);
    assertEquals(8080, ports.http());
    assertEquals(8081, ports.https());
    assertEquals(8048, ports.admin());
    assertEquals(8032, ports.embeddedDatabase());
    assertEquals("http://localhost:8080/", ports.httpUrl());
  }

  @Test
  void everyPortStaysInsideTheBlockAndIsDistinct() {
    PortBase ports = new PortBase(23400);
    assertTrue(ports.allPorts().stream().allMatch(p -> p >= 23400 && p < 23500));
    assertEquals(ports.allPorts().size(), new HashSet<>(ports.allPorts()).size());
    assertTrue(ports.allPorts().contains(ports.http()));
    assertTrue(ports.allPorts().contains(ports.smtp()));
  }

  @Test
  void rejectsBasesOutsideTheUsableRange() {
    assertThrows(IllegalArgumentException.class, () -> new PortBase(80));
    assertThrows(IllegalArgumentException.class, () -> new PortBase(65500));
    assertThrows(IllegalArgumentException.class, () -> PortBase.parse("eight thousand"));
    assertEquals(9000, PortBase.parse(" 9000 ").base());
  }

  @Test
  void findsAFreeBlockBelowTheEphemeralRange() {
    PortBase ports = PortBase.findFree(new Random(42));
    assertTrue(ports.base() >= 10000 && ports.base() < 32000, "base " + ports.base());
    assertEquals(0, ports.base() % 100);
    assertTrue(ports.allPorts().stream().allMatch(PortBase::isFree));
  }
}
