package org.anlan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.anlan.support.AnlanIntegrationTest;
import org.anlan.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The closed loop in the browser: an inspector files a major hazard from the four-colour map, the township turns
 * red; the enterprise submits its plan (five 落实), rectifies and submits; a second inspector accepts; the
 * township takes its colour from its risk points again.
 */
@AnlanIntegrationTest
class RiskMapBrowserIT extends BrowserTest {

    static final String SHIPU = "330225101";


    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    private void signInAs(String user) {
        browser.manage().deleteAllCookies();
        chromium.signIn(port, user);
        waiting().until(ExpectedConditions.urlToBe("http://localhost:" + port + "/"));
    }

    private String shipuColourOnTheMap() {
        browser.get("http://localhost:" + port + "/risk");
        waiting().until(ExpectedConditions.attributeToBe(By.id("risk-map"), "data-rendered", "true"));
        return browser.findElement(By.cssSelector("#risk-map path[data-township='" + SHIPU + "']"))
                .getAttribute("data-colour");
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(); arguments[0].click();", element);
    }

    private void setValue(String css, String value) {
        WebElement input = browser.findElement(By.cssSelector(css));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", input, value);
    }

    private String state() {
        return browser.findElement(By.id("hazard-facts")).getAttribute("data-state");
    }

    @Test
    void anInspectorFilesFromTheMapTheEnterpriseRectifiesASecondInspectorAcceptsAndTheTownshipRecolours() {
        signInAs("inspector");
        String before = shipuColourOnTheMap();
        assertThat(before).isNotEqualTo("RED");

        WebElement marker = browser.findElement(By.cssSelector(
                "#risk-map path.risk-enterprise[data-enterprise='" + RiskAccessRules.DEMO_ENTERPRISE + "']"));
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}));", marker);
        WebElement file = waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".leaflet-popup a.file-hazard")));
        click(file);

        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("hazard-form")));
        browser.findElement(By.name("description")).sendKeys("浏览器测试：液氨机房应急泄氨器失效");
        browser.findElement(By.name("location")).sendKeys("制冷机房");
        browser.findElement(By.name("category")).sendKeys("应急设施");
        new Select(browser.findElement(By.name("grade"))).selectByValue("MAJOR");
        click(browser.findElement(By.id("file-submit")));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("hazard-facts")));
        String hazardUrl = browser.getCurrentUrl();
        assertThat(state()).isEqualTo("GRADED");
        assertThat(shipuColourOnTheMap()).isEqualTo("RED");

        signInAs("enterprise");
        browser.get(hazardUrl);
        click(browser.findElement(By.cssSelector("#step-plan button[type=submit]")));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("page-error")));
        assertThat(state()).as("an empty plan is refused").isEqualTo("GRADED");
        browser.findElement(By.name("objectives")).sendKeys("恢复泄氨器功能");
        browser.findElement(By.name("responsibility")).sendKeys("总经理负责，设备主管具体落实");
        browser.findElement(By.name("measures")).sendKeys("更换泄氨器阀门并联动测试");
        browser.findElement(By.name("fundsYuan")).sendKeys("30000");
        setValue("#step-plan input[name=deadline]", "2099-01-01T10:00");
        browser.findElement(By.name("contingencyPlan")).sendKeys("整改期间停用机房并专人值守");
        click(browser.findElement(By.cssSelector("#step-plan button[type=submit]")));
        waiting().until(ExpectedConditions.attributeToBe(By.id("hazard-facts"), "data-state", "PLAN_APPROVED"));
        click(browser.findElement(By.cssSelector("#step-rectification button[type=submit]")));
        waiting().until(ExpectedConditions.attributeToBe(By.id("hazard-facts"), "data-state", "RECTIFYING"));
        click(browser.findElement(By.cssSelector("#step-submission button[type=submit]")));
        waiting().until(ExpectedConditions.attributeToBe(By.id("hazard-facts"), "data-state", "VERIFYING"));
        assertThat(browser.findElements(By.id("step-acceptance"))).as("the enterprise cannot accept").isEmpty();

        signInAs("inspector2");
        browser.get(hazardUrl);
        click(browser.findElement(By.cssSelector("#step-acceptance button[type=submit]")));
        waiting().until(ExpectedConditions.attributeToBe(By.id("hazard-facts"), "data-state", "CLOSED"));
        assertThat(browser.findElement(By.id("history")).getText()).contains("已销号");

        assertThat(shipuColourOnTheMap()).isEqualTo(before);
    }
}
