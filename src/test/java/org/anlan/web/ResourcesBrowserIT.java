package org.anlan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.anlan.support.AnlanIntegrationTest;
import org.anlan.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A grid member opens 救援力量, sees people per kind as a chart and the teams on the map, and filters the list. */
@AnlanIntegrationTest
class ResourcesBrowserIT extends BrowserTest {

    @Test
    void aGridMemberSeesTheChartAndTheMapAndFiltersTheSeaRescueTeams() {
        chromium.signIn(port, "grid");
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.urlToBe("http://localhost:" + port + "/"));
        browser.findElement(By.cssSelector("a[data-capability='resource']")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#kind-chart svg")));
        assertThat(browser.findElement(By.id("kind-chart")).getText()).contains("国家综合性消防救援队");
        int rows = browser.findElements(By.cssSelector("#teams tr.team")).size();
        assertThat(rows).isGreaterThanOrEqualTo(61);
        assertThat(browser.findElements(By.cssSelector("#team-map .team-marker"))).hasSize(rows);

        new Select(browser.findElement(By.name("capability"))).selectByValue("SEA_RESCUE");
        browser.findElement(By.cssSelector("#team-filters button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("capability=SEA_RESCUE"));
        var seaTeams = browser.findElements(By.cssSelector("#teams tr.team"));
        assertThat(seaTeams).hasSizeBetween(3, rows - 1);
        assertThat(browser.findElement(By.id("teams")).getText()).contains("石浦海上搜救分队", "鹤浦渔民应急救援队")
                .doesNotContain("象山县森林消防大队东部中队");
    }
}
