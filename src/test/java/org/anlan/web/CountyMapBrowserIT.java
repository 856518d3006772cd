package org.anlan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.anlan.support.AnlanIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The duty officer signs in, opens the county map and sees the 18 townships and the five rescue circles. */
@AnlanIntegrationTest
class CountyMapBrowserIT {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static WebDriver browser;
    static Path profile;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian chromium and chromium-driver are not installed (apt-get install chromium chromium-driver): "
                        + "skipping browser tests");
        profile = Files.createTempDirectory("anlan-chromium-");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--lang=zh-CN", "--user-data-dir=" + profile);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theDutyOfficerSeesEighteenTownshipsAndTheFiveRescueCircles() {
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys("duty");
        browser.findElement(By.id("password")).sendKeys("anlan-demo");
        browser.findElement(By.id("login-submit")).click();
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.urlToBe("http://localhost:" + port + "/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("县应急值班员");

        browser.findElement(By.cssSelector("a[data-capability='map']")).click();
        WebElement map = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#county-map[data-rendered]")));
        assertThat(map.getAttribute("data-rendered")).isEqualTo("true");
        assertThat(map.getAttribute("data-township-count")).isEqualTo("18");

        List<WebElement> shapes = browser.findElements(By.cssSelector("#county-map path.township-area"));
        assertThat(shapes).hasSize(18);
        List<WebElement> labels = browser.findElements(By.cssSelector("#county-map .township-label"));
        assertThat(labels).extracting(WebElement::getText).contains("石浦镇", "丹东街道", "高塘岛乡").hasSize(18);

        assertThat(browser.findElements(By.cssSelector("#rescue-circles tr.rescue-circle"))).hasSize(5);
        assertThat(browser.findElements(By.cssSelector("#county-map path.circle-hub"))).hasSize(5);
        assertThat(browser.findElement(By.id("rescue-circles")).getText()).contains("南部救援圈", "石浦镇");
        assertThat(browser.findElement(By.id("approximate-banner")).getText()).contains("近似");
    }
}
