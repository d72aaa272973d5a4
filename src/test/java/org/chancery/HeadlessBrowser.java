package org.chancery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by its chromedriver: reads a page's text the way a reader
 * sees it ({@code document.body.innerText}, with the style sheet and the script applied).
 */
final class HeadlessBrowser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  /** How long a page may take to come after a click before a test gives up on it. */
  static final Duration PATIENCE = Duration.ofSeconds(20);

  private final ChromeDriver driver;

  private HeadlessBrowser(ChromeDriver driver) {
    this.driver = driver;
  }

  static boolean isInstalled() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  static HeadlessBrowser start() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // No sandbox and no /dev/shm: CI runs as root in a small container. The rest keeps Chromium
    // from reaching out to the network, which this machine does not have.
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1280,2000");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return new HeadlessBrowser(driver);
  }

  /** The page's visible lines, white space squeezed, empty lines left out. */
  List<String> lines(String url) {
    open(url);
    return lines();
  }

  /** The visible lines of the page now shown, white space squeezed, empty lines left out. */
  List<String> lines() {
    return linesOf(script("return document.body.innerText"));
  }

  /** Loads {@code url}, as typed into the address bar. */
  void open(String url) {
    driver.get(url);
  }

  /**
   * Loads {@code url} again and again until an element {@code css} selects is on it: for a page that
   * is to appear shortly, as the public site shows a change within a moment, not at once.
   */
  void openUntilShown(String url, String css) {
    new WebDriverWait(driver, PATIENCE).until(d -> {
      d.get(url);
      return !d.findElements(By.cssSelector(css)).isEmpty();
    });
  }

  /** The address of the page now shown. */
  String url() {
    return driver.getCurrentUrl();
  }

  /** Types {@code text} into the field the label reading {@code label} is for, after clearing it. */
  void fill(String label, String text) {
    WebElement field = field(label);
    field.clear();
    field.sendKeys(text);
  }

  /**
   * Sets the field the label reading {@code label} is for to {@code value} as a script would, for
   * inputs whose typing depends on the browser's locale (a date picker).
   */
  void set(String label, String value) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", field(label), value);
  }

  /** Clicks the button reading {@code text} and waits for the page it leads to. */
  void press(String text) {
    List<WebElement> buttons = driver.findElements(By.tagName("button")).stream()
        .filter(b -> squeeze(b.getText()).equals(text)).toList();
    if (buttons.size() != 1) {
      throw new AssertionError(buttons.size() + " buttons read '" + text + "' on " + url() + "; the page reads:\n"
          + String.join("\n", lines()));
    }
    navigate(buttons.get(0));
  }

  /** Follows the link reading {@code text} and waits for the page it leads to. */
  void follow(String text) {
    navigate(new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.elementToBeClickable(By.linkText(text))));
  }

  /** The squeezed visible text of each element {@code css} selects, in document order. */
  List<String> texts(String css) {
    return driver.findElements(By.cssSelector(css)).stream().map(e -> squeeze(e.getText())).toList();
  }

  /** The attribute {@code name} of the first element {@code css} selects, as written in the page. */
  String attribute(String css, String name) {
    return driver.findElement(By.cssSelector(css)).getDomAttribute(name);
  }

  /** Runs {@code js} in the page and returns what it returns, as a string. */
  String script(String js, Object... args) {
    return String.valueOf(((JavascriptExecutor) driver).executeScript(js, args));
  }

  private WebElement field(String label) {
    WebElement element = new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.presenceOfElementLocated(
        By.xpath("//label[normalize-space(.)=" + xpathLiteral(label) + "]")));
    return driver.findElement(By.id(element.getDomAttribute("for")));
  }

  /**
   * Clicks {@code target} and waits until another document is shown, fully loaded. The page being
   * left is marked on its window, which the next document does not inherit; while the browser is
   * between the two, a question about either may fail (Chromium 156 answers "Node with given id
   * does not belong to the document" rather than "stale element"), so failures are asked again.
   */
  private void navigate(WebElement target) {
    ((JavascriptExecutor) driver).executeScript("window.chanceryLeaving = true");
    target.click();
    new WebDriverWait(driver, PATIENCE).ignoring(WebDriverException.class)
        .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
            "return window.chanceryLeaving !== true && document.readyState === 'complete'")));
  }

  private static List<String> linesOf(String text) {
    return Arrays.stream(text.split("\n")).map(HeadlessBrowser::squeeze).filter(line -> !line.isEmpty()).toList();
  }

  private static String squeeze(String text) {
    return text.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
  }

  private static String xpathLiteral(String text) {
    return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
  }

  @Override
  public void close() {
    driver.quit();
  }
}
