package org.anlan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.anlan.support.AnlanIntegrationTest;
import org.anlan.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The duty officer signs in, opens the county map and sees the 18 townships and the five rescue circles. */
@AnlanIntegrationTest
class CountyMapBrowserIT extends BrowserTest {

    @Test
    void theDutyOfficerSeesEighteenTownshipsAndTheFiveRescueCircles() {
        chromium.signIn(port, "duty");
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
