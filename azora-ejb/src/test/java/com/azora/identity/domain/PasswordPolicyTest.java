package com.azora.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

  private static final PasswordPolicy POLICY = new PasswordPolicy();
  private static final String EMAIL = "jane.doe@example.com";
  private static final String NAME = "Jane Doe";
  private static final String TOO_EASY = "This password is too easy to guess";

  private static String singleProblem(String password, String... userInputs) {
    List<String> problems = POLICY.problems(password, userInputs);
    assertEquals(1, problems.size(), () -> "problems: " + problems);
    return problems.get(0);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "   \t  ", "            "})
  void asksForAPasswordWhenBlank(String password) {
    assertEquals(List.of("Enter a password."), POLICY.problems(password));
  }

  /** zxcvbn 1.9.0 scores these 4 (10^11 guesses or more), well clear of the threshold. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "correct horse battery staple",
        "otter-plum-7",
        "fig mango sky",
        "kx9#Tq4v!Lm2",
        "blue-tiger-42-mango"
      })
  void acceptsHardToGuessPasswords(String password) {
    assertEquals(List.of(), POLICY.problems(password, EMAIL, NAME));
  }

  @Test
  void refusesACommonPasswordWithZxcvbnsWarningAndSuggestion() {
    assertEquals(
        TOO_EASY
            + ". This is a very common password. Add another word or two. Uncommon words are"
            + " better.",
        singleProblem("password1234"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Password123!", "qwertyuiopas", "123456789012", "aaaaaaaaaaaa"})
  void refusesOtherEasyPasswords(String password) {
    assertTrue(singleProblem(password).startsWith(TOO_EASY));
  }

  @Test
  void refusesTooShortCountingTwelveAsEnough() {
    assertEquals(List.of("Use at least 12 characters."), POLICY.problems("otter-plum7"));
    assertEquals(List.of(), POLICY.problems("otter-plum-7"));
  }

  @Test
  void refusesTooLongCountingOneHundredTwentyEightAsFine() {
    String random128 = Secrets.randomToken(96);
    assertEquals(128, random128.length());
    assertEquals(List.of(), POLICY.problems(random128));
    assertEquals(List.of("Use at most 128 characters."), POLICY.problems(random128 + "x"));
  }

  @Test
  void refusesAPasswordMadeOfTheUsersEmail() {
    String password = EMAIL + "2026";
    assertTrue(singleProblem(password, EMAIL, NAME).startsWith(TOO_EASY));
    // Without the user's details zxcvbn cannot tell; this is why they are passed in.
    assertEquals(List.of(), POLICY.problems(password));
  }

  @Test
  void refusesAPasswordMadeOfTheUsersNameParts() {
    assertEquals(
        TOO_EASY + ". Add another word or two. Uncommon words are better.",
        singleProblem("Jane.Doe2026", EMAIL, NAME));
  }

  @Test
  void ignoresMissingUserInputs() {
    assertEquals(List.of(), POLICY.problems("otter-plum-7", (String[]) null));
    assertEquals(List.of(), POLICY.problems("otter-plum-7", null, "", " "));
  }

  @Test
  void countsEachEmojiAsOneCharacter() {
    String twelveEmoji = "🦊🐙🌵🍉🚲🎈🧭🪁🦉🍄🛶🧩";
    assertEquals(24, twelveEmoji.length(), "two UTF-16 units each");
    assertEquals(List.of(), POLICY.problems(twelveEmoji));
    String elevenEmoji = twelveEmoji.substring(0, 22);
    assertEquals(List.of("Use at least 12 characters."), POLICY.problems(elevenEmoji));
    String sixEmoji = twelveEmoji.substring(0, 12);
    assertEquals(List.of("Use at least 12 characters."), POLICY.problems(sixEmoji));
  }

  @Test
  void countsEmojiTowardsTheMaximum() {
    String emoji = "🦊🐙🌵🍉🚲🎈🧭🪁";
    String sixtyFourEmojiAndSixtyFourLetters = emoji.repeat(8) + Secrets.randomToken(48);
    assertEquals(192, sixtyFourEmojiAndSixtyFourLetters.length());
    assertTrue(POLICY.problems(sixtyFourEmojiAndSixtyFourLetters).isEmpty());
    assertEquals(
        List.of("Use at most 128 characters."),
        POLICY.problems(sixtyFourEmojiAndSixtyFourLetters + "🦊"));
  }

  @Test
  void imposesNoCompositionRules() {
    assertEquals(List.of(), POLICY.problems("correct horse battery staple"));
    assertEquals(List.of(), POLICY.problems("CORRECT HORSE BATTERY STAPLE"));
  }

  @Test
  void canBeSharedBetweenThreads() {
    List<Integer> counts =
        IntStream.range(0, 64)
            .parallel()
            .mapToObj(
                i -> POLICY.problems(i % 2 == 0 ? "password1234" : "otter-plum-7", EMAIL).size())
            .toList();
    for (int i = 0; i < counts.size(); i++) {
      assertEquals(i % 2 == 0 ? 1 : 0, counts.get(i));
    }
  }
}
