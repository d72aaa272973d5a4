package org.chancery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven by its chromedriver: reads a page's text the way a reader
 * sees it ({@code document.body.innerText}, with the style sheet and the script applied).
 */
final class HeadlessBrowser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

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
    driver.get(url);
    String text = (String) ((JavascriptExecutor) driver).executeScript("return document.body.innerText");
    return Arrays.stream(text.split("\n"))
        .map(line -> line.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip())
        .filter(line -> !line.isEmpty())
        .toList();
  }

  @Override
  public void close() {
    driver.quit();
  }
}
