package org.anlan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.anlan.support.AnlanIntegrationTest;
import org.anlan.support.BrowserTest;
import org.anlan.support.ApiClient;
import org.anlan.support.MutableClock;
import org.anlan.support.Multipart;
import org.anlan.vessel.SyntheticStorms;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The commander opens the fleet map (thousands of boats on one canvas) and a recall's progress view, and issues a
 * recall from a typhoon track's page.
 */
@AnlanIntegrationTest
class VesselsBrowserIT extends BrowserTest {

    @Autowired
    MutableClock clock;

    @Test
    void theMapShowsTheFleetAndARecallViewShowsItsProgress() {
        var api = new ApiClient(port);
        var recall = api.post("/api/vessels/recalls", ApiClient.json(Map.of("title", "浏览器测试回港令",
                "area", Map.of("fishingGrounds", List.of("DAMUYANG")),
                "deadline", Instant.now().plus(Duration.ofHours(12)).toString())), "commander");
        assertThat(recall.status()).as(recall.body()).isEqualTo(201);
        int boats = recall.json().path("progress").path("total").path("ordered").asInt();
        assertThat(boats).isGreaterThan(0);

        chromium.signIn(port, "commander");
        var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.urlToBe("http://localhost:" + port + "/"));
        browser.findElement(By.cssSelector("a[data-capability='vessel']")).click();
        wait.until(driver -> Integer.parseInt(driver.findElement(By.id("vessel-map")).getAttribute("data-vessels")) >= 2700);
        assertThat(browser.findElements(By.cssSelector("#vessel-map canvas"))).isNotEmpty();
        assertThat(browser.findElement(By.id("recall-list")).getText()).contains("浏览器测试回港令");

        browser.findElement(By.linkText("浏览器测试回港令")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("recall-total")));
        assertThat(browser.findElement(By.id("recall-total")).getAttribute("data-at-sea")).isEqualTo(String.valueOf(boats));
        assertThat(browser.findElements(By.cssSelector("#recall-vessels tr.recalled-vessel"))).hasSize(boats);
        assertThat(browser.findElement(By.id("recall-by-township")).getText()).contains("石浦镇");
        api.put("/api/vessels/recalls/" + recall.json().path("id").asString() + "/lifted", null, "commander");
    }

    @Test
    void aCommanderIssuesARecallFromATyphoonPageAndSeesEachBoatsDeadline() {
        var api = new ApiClient(port);
        String csv = SyntheticStorms.approachingXiangshan("9701", clock.instant());
        var imported = api.raw(Multipart.fileUpload(api.baseUrl() + "/api/typhoons?format=cma-csv", "file", "storm.csv",
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)).header("Authorization", "Bearer " + api.token("duty")).build());
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        String trackId = imported.json().get(0).path("id").asString();

        chromium.signIn(port, "commander");
        var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get("http://localhost:" + port + "/typhoons/" + trackId);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("typhoon-recall-form")));
        var level = browser.findElement(By.cssSelector("#typhoon-recall-form input[name='level']"));
        assertThat(level.getAttribute("value")).isEqualTo("6");
        browser.findElement(By.id("typhoon-recall-submit")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("recall-typhoon")));
        String recallId = browser.getCurrentUrl().replaceAll(".*/vessels/recalls/", "");
        try {
            assertThat(browser.findElement(By.tagName("h1")).getText()).contains("RECALLTEST", "6 级风圈");
            assertThat(browser.findElements(By.cssSelector("#recall-vessels tr.recalled-vessel"))).isNotEmpty();
            assertThat(browser.findElements(By.cssSelector("#recall-vessels td.vessel-deadline")).get(0).getText())
                    .matches("\\d\\d-\\d\\d \\d\\d:\\d\\d");
        } finally {
            api.put("/api/vessels/recalls/" + recallId + "/lifted", null, "commander");
        }
    }
}
