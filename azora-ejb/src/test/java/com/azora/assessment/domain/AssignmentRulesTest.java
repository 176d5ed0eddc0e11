package com.azora.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rubric totals and grades, file type sniffing, and the late flag. */
class AssignmentRulesTest {

  private static final List<AssignmentRubric.Line> RUBRIC =
      List.of(
          new AssignmentRubric.Line(1L, "Correctness", new BigDecimal("6")),
          new AssignmentRubric.Line(2L, "Clarity", new BigDecimal("4.5")));

  @Test
  void maximumIsTheSumOfTheCriteria() {
    assertEquals(new BigDecimal("10.50"), AssignmentRubric.total(RUBRIC));
  }

  @Test
  void rubricNeedsTitledCriteriaWorthPoints() {
    assertThrows(AssignmentRubric.Problem.class, () -> AssignmentRubric.total(List.of()));
    AssignmentRubric.Problem untitled =
        assertThrows(
            AssignmentRubric.Problem.class,
            () ->
                AssignmentRubric.total(
                    List.of(
                        new AssignmentRubric.Line(null, "Fine", BigDecimal.ONE),
                        new AssignmentRubric.Line(null, " ", BigDecimal.ONE))));
    assertEquals(1, untitled.index());
    assertThrows(
        AssignmentRubric.Problem.class,
        () ->
            AssignmentRubric.total(
                List.of(new AssignmentRubric.Line(null, "Zero", BigDecimal.ZERO))));
    assertThrows(
        AssignmentRubric.Problem.class,
        () ->
            AssignmentRubric.total(
                List.of(new AssignmentRubric.Line(null, "Fine", new BigDecimal("1.005")))));
  }

  @Test
  void gradeSumsPointsAndPassesAtThePassingPoints() {
    AssignmentRubric.Grade pass =
        AssignmentRubric.grade(
            RUBRIC, Map.of(1L, new BigDecimal("5"), 2L, new BigDecimal("2")), new BigDecimal("7"));
    assertEquals(new BigDecimal("7.00"), pass.points());
    assertEquals(new BigDecimal("10.50"), pass.maxPoints());
    assertTrue(pass.passed(), "exactly the passing points pass");
    AssignmentRubric.Grade fail =
        AssignmentRubric.grade(
            RUBRIC,
            Map.of(1L, new BigDecimal("5"), 2L, new BigDecimal("1.99")),
            new BigDecimal("7"));
    assertFalse(fail.passed());
  }

  @Test
  void pointsAreBoundedByEachCriterionAndRequired() {
    AssignmentRubric.Problem over =
        assertThrows(
            AssignmentRubric.Problem.class,
            () ->
                AssignmentRubric.grade(
                    RUBRIC,
                    Map.of(1L, new BigDecimal("6"), 2L, new BigDecimal("4.51")),
                    BigDecimal.ONE));
    assertEquals(1, over.index());
    assertTrue(over.getMessage().contains("between 0 and 4.5"), over.getMessage());
    assertThrows(
        AssignmentRubric.Problem.class,
        () ->
            AssignmentRubric.grade(
                RUBRIC, Map.of(1L, new BigDecimal("-1"), 2L, BigDecimal.ONE), BigDecimal.ONE));
    assertThrows(
        AssignmentRubric.Problem.class,
        () -> AssignmentRubric.grade(RUBRIC, Map.of(1L, BigDecimal.ONE), BigDecimal.ONE));
  }

  @Test
  void passingPointsLieWithinTheMaximum() {
    AssignmentRubric.checkPassing(BigDecimal.TEN, BigDecimal.TEN);
    assertThrows(
        AssignmentRubric.Problem.class,
        () -> AssignmentRubric.checkPassing(new BigDecimal("10.01"), BigDecimal.TEN));
    assertThrows(
        AssignmentRubric.Problem.class,
        () -> AssignmentRubric.checkPassing(new BigDecimal("-1"), BigDecimal.TEN));
  }

  @Test
  void fileTypeNeedsMatchingExtensionAndContent() {
    byte[] pdf = "%PDF-1.4\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};
    byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0};
    byte[] text = "Hello, wörld\r\n\tindented".getBytes(StandardCharsets.UTF_8);
    assertEquals(Optional.of(SubmissionFileType.PDF), SubmissionFileType.detect("essay.PDF", pdf));
    assertEquals(Optional.of(SubmissionFileType.PNG), SubmissionFileType.detect("a.png", png));
    assertEquals(Optional.of(SubmissionFileType.JPEG), SubmissionFileType.detect("a.jpg", jpeg));
    assertEquals(Optional.of(SubmissionFileType.JPEG), SubmissionFileType.detect("a.jpeg", jpeg));
    assertEquals(Optional.of(SubmissionFileType.ZIP), SubmissionFileType.detect("a.zip", zip));
    assertEquals(Optional.of(SubmissionFileType.TXT), SubmissionFileType.detect("a.txt", text));

    // The name alone or the content alone is not enough.
    assertEquals(Optional.empty(), SubmissionFileType.detect("essay.pdf", png));
    assertEquals(Optional.empty(), SubmissionFileType.detect("essay.exe", pdf));
    assertEquals(Optional.empty(), SubmissionFileType.detect("essay", pdf));
    byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0};
    assertEquals(Optional.empty(), SubmissionFileType.detect("notes.txt", elf));
    byte[] badUtf8 = {'a', (byte) 0xC3, 'b'};
    assertEquals(Optional.empty(), SubmissionFileType.detect("notes.txt", badUtf8));
    assertEquals(Optional.empty(), SubmissionFileType.detect("a.pdf", new byte[0]));
    assertEquals(Optional.empty(), SubmissionFileType.detect("a.pdf", "%PD".getBytes()));
  }

  @Test
  void lateOnlyAfterADueDate() {
    Instant due = Instant.parse("2026-11-22T12:00:00Z");
    assertFalse(SubmissionRules.late(null, Instant.parse("2030-01-01T00:00:00Z")));
    assertFalse(SubmissionRules.late(due, due));
    assertFalse(SubmissionRules.late(due, due.minusSeconds(1)));
    assertTrue(SubmissionRules.late(due, due.plusSeconds(1)));
  }

  @Test
  void submissionKindsSayWhatTheyWant() {
    assertTrue(SubmissionKind.TEXT.wantsText() && !SubmissionKind.TEXT.wantsFile());
    assertTrue(!SubmissionKind.FILE.wantsText() && SubmissionKind.FILE.wantsFile());
    assertTrue(
        SubmissionKind.TEXT_AND_FILE.wantsText() && SubmissionKind.TEXT_AND_FILE.wantsFile());
  }
}
