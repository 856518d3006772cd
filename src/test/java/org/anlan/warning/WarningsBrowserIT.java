package org.anlan.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.anlan.support.AnlanIntegrationTest;
import org.anlan.support.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The duty officer reaches 预警发布 from the navigation, is told in Chinese what is wrong with an empty form, drafts a
 * tide warning for 东陈乡 and submits it; the commander approves it and watches the delivery progress fill in on the
 * same page, without reloading it, while the loopback SMSC first holds its delivery receipts and then releases them.
 */
@AnlanIntegrationTest
class WarningsBrowserIT extends BrowserTest {

    static final String DONGCHEN = "330225200";


    @Autowired
    DeliveryGateways gateways;

    @Autowired
    Deliveries deliveries;

    @Autowired
    Clock clock;

    @AfterEach
    void releaseReceipts() throws Exception {
        gateways.loopbackSmsc().releaseReceipts();
    }

    /**
     * Warnings issued by earlier tests in the same application may still be on their way (a county-wide one is
     * 75,000 messages); this warning's messages are sent after them, and the wait for its progress below is meant
     * for them alone.
     */
    private void awaitEarlierDeliveriesSent() {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
                .until(() -> deliveries.jobsWithWork(Instant.now(clock)).isEmpty());
    }

    @Test
    void theCommanderApprovesADraftAndSeesItsDeliveryProgressFillInLive() throws Exception {
        var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        chromium.signIn(port, "duty");
        wait.until(ExpectedConditions.urlToBe(url("/")));
        browser.findElement(By.cssSelector("a[data-capability='warning']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("draft-form")));

        browser.findElement(By.name("description")).sendKeys("东陈乡沿海风暴潮增水，浏览器测试。");
        browser.findElement(By.id("draft-submit")).click();
        WebElement error = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("page-error")));
        assertThat(error.getText()).isEqualTo("请至少选择一个受影响的乡镇（街道）");
        assertThat(browser.findElement(By.name("description")).getAttribute("value")).contains("浏览器测试");

        new Select(browser.findElement(By.id("draft-hazard"))).selectByValue("TIDE");
        new Select(browser.findElement(By.id("draft-level"))).selectByValue("YELLOW");
        browser.findElement(By.cssSelector("#draft-townships input[value='" + DONGCHEN + "']")).click();
        browser.findElement(By.id("draft-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#status[data-status='DRAFT']")));
        String detail = browser.getCurrentUrl();
        assertThat(browser.findElement(By.id("headline")).getText()).isEqualTo("象山县应急管理局发布海岸风险黄色预警[Ⅲ级/较重]");
        assertThat(browser.findElement(By.id("delivery-none")).getText()).contains("实时显示");
        browser.findElement(By.id("submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#status[data-status='IN_REVIEW']")));
        assertThat(browser.findElements(By.id("approve"))).isEmpty();

        browser.manage().deleteAllCookies();
        chromium.signIn(port, "commander");
        wait.until(ExpectedConditions.urlToBe(url("/")));
        browser.get(detail);
        awaitEarlierDeliveriesSent();
        gateways.loopbackSmsc().holdReceipts(true);
        browser.findElement(By.id("approve")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#status[data-status='ISSUED']")));
        ((JavascriptExecutor) browser).executeScript("window.anlanSamePage = true;");

        WebElement publicSms = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#delivery-progress tr[data-channel='SMS-PUBLIC'][data-sent='15000']")));
        assertThat(publicSms.getAttribute("data-delivered")).isEqualTo("0");
        assertThat(browser.findElement(By.id("delivery-progress")).getAttribute("data-complete")).isEqualTo("false");
        assertThat(browser.findElement(By.id("delivery-summary")).getText()).contains("正在发送");

        gateways.loopbackSmsc().releaseReceipts();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#delivery-progress[data-complete='true']")));
        assertThat(((JavascriptExecutor) browser).executeScript("return window.anlanSamePage === true;"))
                .as("the progress filled in without reloading the page").isEqualTo(true);
        for (WebElement row : browser.findElements(By.cssSelector("#delivery-channels tr.channel"))) {
            assertThat(row.getAttribute("data-delivered")).as(row.getText()).isEqualTo(row.getAttribute("data-total"));
            assertThat(row.findElement(By.cssSelector(".bar")).getAttribute("aria-valuenow")).isEqualTo("100");
        }
        assertThat(browser.findElements(By.cssSelector("#delivery-channels tr.channel")))
                .extracting(row -> row.getAttribute("data-channel"))
                .containsExactlyInAnyOrder("SMS-PUBLIC", "SMS-OFFICIALS", "BROADCAST-TERMINALS", "APP_PUSH-OFFICIALS",
                        "EMAIL-OFFICIALS");
        WebElement coverage = browser.findElement(By.cssSelector("#coverage tr[data-township='" + DONGCHEN + "']"));
        assertThat(coverage.getText()).contains("东陈乡", "15000", "100%");
        assertThat(browser.findElement(By.id("delivery-summary")).getText()).contains("发送完成");
        assertThat(browser.findElement(By.id("callouts")).getText()).contains("东陈乡值班领导", "等待叫应");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
