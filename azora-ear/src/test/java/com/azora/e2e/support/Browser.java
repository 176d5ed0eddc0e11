package com.azora.e2e.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven by Debian's chromedriver, with a fresh profile per instance so that no
 * cookie or cache leaks between tests. Paths are fixed (no Selenium Manager, which would try to
 * download drivers); {@code azora.chromium} and {@code azora.chromedriver} override them.
 */
public final class Browser implements AutoCloseable {

  private static final String CHROMIUM = System.getProperty("azora.chromium", "/usr/bin/chromium");
  private static final String CHROMEDRIVER =
      System.getProperty("azora.chromedriver", "/usr/bin/chromedriver");

  private final String baseUrl;
  private final Path profile;
  private final ChromeDriver driver;

  public Browser(String baseUrl) {
    this.baseUrl = baseUrl;
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    try {
      profile = Files.createTempDirectory("azora-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,900",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  /** Opens {@code path} (such as {@code /learn}) on the server under test. */
  public Browser open(String path) {
    driver.get(baseUrl + path);
    return this;
  }

  /** Signs in on the login page and waits for the account card of the landing page. */
  public Browser signIn(String email, String password) {
    open("/login.xhtml");
    driver.findElement(By.id("login:email")).sendKeys(email);
    driver.findElement(By.id("login:password")).sendKeys(password);
    driver.findElement(By.id("login:submit")).click();
    waitFor(By.id("accountCard"));
    return this;
  }

  /** The element once it is visible (up to 20 s). */
  public WebElement waitFor(By by) {
    return new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /** Clicks and waits until the browser has left the current page. */
  public void clickAndWait(By by) {
    clickAndWait(driver, by);
  }

  /** Clicks and waits until the driver's browser has left the page it showed. */
  public static void clickAndWait(WebDriver d, By by) {
    WebElement page = d.findElement(By.tagName("html"));
    d.findElement(by).click();
    new WebDriverWait(d, Duration.ofSeconds(20)).until(x -> gone(page));
  }

  /**
   * Whether an element's page is gone. Mid-navigation Chrome may answer "Node with given id does
   * not belong to the document" instead of "stale element": both mean the page was left.
   */
  private static boolean gone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (WebDriverException e) {
      return true;
    }
  }

  public String title() {
    return driver.getTitle();
  }

  public String currentPath() {
    return driver.getCurrentUrl().substring(baseUrl.length());
  }

  public WebElement find(By by) {
    return driver.findElement(by);
  }

  public WebDriver driver() {
    return driver;
  }

  /** Saves what the browser shows as {@code <dir>/<name>.png} and returns the file. */
  public Path screenshot(Path dir, String name) {
    try {
      Files.createDirectories(dir);
      Path target = dir.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
      Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
      Files.move(shot, target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where failure screenshots go: {@code azora-ear/target/screenshots} under Maven. */
  public static Path screenshotDir() {
    return Path.of(System.getProperty("azora.screenshots", "target/screenshots"));
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> paths = Files.walk(profile)) {
        paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        // A leftover temporary profile is harmless.
      }
    }
  }
}
