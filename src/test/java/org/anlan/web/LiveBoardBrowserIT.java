package org.anlan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.anlan.incident.GradingRule;
import org.anlan.incident.IncidentType;
import org.anlan.incident.IncidentTypes;
import org.anlan.support.AnlanIntegrationTest;
import org.anlan.support.BrowserTest;
import org.anlan.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The duty officer watches the live board: a public report appears without a reload, and a team is dispatched. */
@AnlanIntegrationTest
class LiveBoardBrowserIT extends BrowserTest {

    @Test
    void aNewPublicReportAppearsOnTheBoardWithoutReloadAndIsDispatched() {
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        chromium.signIn(port, "duty");
        wait.until(ExpectedConditions.urlToBe("http://localhost:" + port + "/"));
        browser.get("http://localhost:" + port + "/dispatch");
        wait.until(ExpectedConditions.attributeToBe(By.id("live-board"), "data-connected", "true"));
        Object marker = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.__sameDocument = true; return 1;");
        assertThat(marker).isNotNull();

        String fire = IncidentTypes.all().stream()
                .filter(t -> t.code().equals("12B01"))
                .map(IncidentType::code).findFirst().orElseThrow();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("type", fire);
        report.put("lat", 29.46);
        report.put("lon", 121.88);
        report.put("occurredAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60).toString());
        report.put("description", "丹城一商铺起火（浏览器测试）");
        String id = new ApiClient(port).post("/api/public/reports", ApiClient.json(report), null).json().path("id").asString();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.board-row[data-incident='" + id + "']")));
        assertThat(((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return window.__sameDocument === true;"))
                .as("the row arrived without a page reload").isEqualTo(true);

        browser.findElement(By.cssSelector("tr.board-row[data-incident='" + id + "'] a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#recommendations tr.recommendation")));
        browser.findElement(By.cssSelector("#recommendations tr.recommendation .dispatch-button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#orders tr.order[data-status='ORDERED']")));
        assertThat(browser.findElement(By.id("orders")).getText()).contains("已下令");
    }
}
