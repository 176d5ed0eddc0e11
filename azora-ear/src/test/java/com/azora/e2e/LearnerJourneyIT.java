package com.azora.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azora.e2e.support.Accounts;
import com.azora.e2e.support.AzoraE2E;
import com.azora.e2e.support.AzoraTestServer;
import com.azora.e2e.support.Browser;
import com.azora.e2e.support.Quizzes;
import com.azora.e2e.support.WebSession;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole learning journey of issue 3. The educator and the admin work through the same pages
 * without JavaScript (their forms are covered by QuizIT and CatalogIT); the student does everything
 * in Chromium: finds the course by search, enrols, reads, passes the quiz, downloads the
 * certificate, and checks it on the public verify page.
 */
@AzoraE2E
class LearnerJourneyIT {

  private final AzoraTestServer server = AzoraTestServer.get();

  @Test
  void fromAuthoringToAVerifiedCertificate(Browser browser) throws Exception {
    String word = "kestrel" + UUID.randomUUID().toString().substring(0, 6);
    WebSession educator = Accounts.signedIn(server, Accounts.EDUCATOR, Accounts.DEMO_PASSWORD);
    Quizzes.Draft draft = Quizzes.draftWithQuiz(educator, "Raptors " + word);
    Quizzes.addQuestion(
        educator,
        draft.courseId(),
        "SINGLE_CHOICE",
        "Which bird hovers in place while hunting?",
        "1",
        Quizzes.options("Wrong: pigeon", "Right: kestrel"));
    Quizzes.build(educator, draft.quizLessonId(), "100", "2", "10", false, "AFTER_SUBMISSION");
    Quizzes.publish(
        educator, Accounts.signedIn(server, Accounts.ADMIN, Accounts.DEMO_PASSWORD), draft);
    String email = Accounts.registerAndVerify(server, "Journey Learner " + word, false);

    WebDriver d = browser.driver();
    browser.open("/login.xhtml");
    d.findElement(By.id("login:email")).sendKeys(email);
    d.findElement(By.id("login:password")).sendKeys(Accounts.STRONG_PASSWORD);
    d.findElement(By.id("login:submit")).click();
    waitFor(d, By.id("accountCard"));

    // Find it by a prefix of a word in its title.
    browser.open("/catalog.xhtml");
    d.findElement(By.id("q")).sendKeys(word.substring(0, word.length() - 2));
    Browser.clickAndWait(d, By.id("searchButton"));
    waitFor(d, By.id("results")).findElement(By.partialLinkText("Raptors " + word)).click();

    waitFor(d, By.id("enrolLink")).click();
    waitFor(d, By.id("enrol:confirm")).click();
    assertEquals("Warm-up reading", waitFor(d, By.id("lessonTitle")).getText());
    // The old page has a "next" link too: wait for the completed page before following it.
    Browser.clickAndWait(d, By.id("player:complete"));
    waitFor(d, By.id("player:next")).click();

    waitFor(d, By.id("quizFacts"));
    d.findElement(By.id("quiz:start")).click();
    waitFor(d, By.id("timer"));
    d.findElement(By.xpath("//label[text()='Right: kestrel']")).click();
    d.findElement(By.id("take:submit")).click();
    assertEquals("Passed", waitFor(d, By.id("resultStatus")).getText());

    browser.open("/learn/certificates.xhtml");
    WebElement row =
        waitFor(d, By.id("certificates"))
            .findElement(By.xpath(".//tr[contains(., 'Raptors " + word + "')]"));
    String code = row.findElement(By.cssSelector("code")).getText();
    String pdf = row.findElement(By.tagName("form")).getAttribute("action");
    // The download as the browser makes it, with the student's session.
    @SuppressWarnings("unchecked")
    List<Object> got =
        (List<Object>)
            ((JavascriptExecutor) d)
                .executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) {"
                        + "  return r.arrayBuffer().then(function (b) {"
                        + "    var head = String.fromCharCode.apply(null, new Uint8Array(b).slice(0, 5));"
                        + "    done([r.status, r.headers.get('content-type'), head, b.byteLength]);"
                        + "  });"
                        + "}).catch(function (e) { done([0, String(e), '', 0]); });",
                    pdf);
    assertEquals(200L, ((Number) got.get(0)).longValue(), got.toString());
    assertTrue(String.valueOf(got.get(1)).startsWith("application/pdf"), got.toString());
    assertEquals("%PDF-", got.get(2));

    row.findElement(By.linkText("Public page")).click();
    WebElement valid = waitFor(d, By.id("valid"));
    assertTrue(valid.getText().toLowerCase().contains("valid"), valid.getText());
    assertEquals(code, d.findElement(By.id("code")).getText());
    assertEquals("Raptors " + word, d.findElement(By.id("course")).getText());
    browser.screenshot(Browser.screenshotDir(), "LearnerJourneyIT-verified-certificate");

    // Learning earned AZR: the rewards are minted right after each event commits.
    WebElement balance =
        new WebDriverWait(d, Duration.ofSeconds(30))
            .until(
                driver -> {
                  browser.open("/learn/wallet.xhtml");
                  List<WebElement> azr = driver.findElements(By.id("balanceAZR"));
                  return azr.isEmpty() || azr.get(0).getText().startsWith("0.00")
                      ? null
                      : azr.get(0);
                });
    assertTrue(balance.getText().endsWith(" AZR"), balance.getText());
    String wallet = d.findElement(By.tagName("main")).getText();
    assertTrue(wallet.contains("Reward for"), wallet);
  }

  private static WebElement waitFor(WebDriver d, By by) {
    return new WebDriverWait(d, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(by));
  }
}
