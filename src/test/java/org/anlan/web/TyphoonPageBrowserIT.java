package org.anlan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.anlan.support.AnlanIntegrationTest;
import org.anlan.support.BrowserTest;
import org.anlan.typhoon.SyntheticTracks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A duty officer uploads a best track on 台风, lands on the track's page, sees the wind circles on the map and the
 * townships' distances as a chart, and moves the time slider.
 */
@AnlanIntegrationTest
class TyphoonPageBrowserIT extends BrowserTest {

    @TempDir
    Path dir;

    @Test
    void aDutyOfficerUploadsATrackAndSeesItsWindCirclesAndDistances() throws Exception {
        Path file = dir.resolve("storm.txt");
        String number = SyntheticTracks.nextNumber();
        Files.writeString(file, SyntheticTracks.jma(number));
        chromium.signIn(port, "duty");
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.urlToBe("http://localhost:" + port + "/"));
        browser.findElement(By.cssSelector("a[data-capability='typhoon']")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("track-import")));
        browser.findElement(By.cssSelector("#track-import input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("#track-import button[type=submit]")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("impact-table")));
        assertThat(browser.findElement(By.id("track-title")).getText()).contains("SYNTHETIC").contains(number);
        assertThat(browser.findElements(By.cssSelector("#impact-table tr.impact"))).hasSize(19);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#typhoon-map path.wind-area[data-level='6']")));
        assertThat(browser.findElements(By.cssSelector("#typhoon-map .track-fix"))).hasSize(8);
        wait.until(ExpectedConditions.attributeToBe(By.id("distance-chart"), "data-series", "18"));
        assertThat(browser.findElements(By.cssSelector("#distance-chart svg"))).isNotEmpty();

        String before = browser.findElement(By.id("typhoon-time-label")).getText();
        browser.findElement(By.id("typhoon-time")).sendKeys(Keys.HOME);
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("typhoon-time-label"), before)));
        assertThat(browser.findElement(By.id("typhoon-time-label")).getText()).isEqualTo("08-01 08:00");
    }
}
