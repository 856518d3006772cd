package org.anlan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.anlan.support.AnlanIntegrationTest;
import org.anlan.support.BrowserTest;
import org.anlan.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Shipu township officer opens one of their shelters, checks in two households from a village, and sees the
 * occupancy and the needs on the shelter page and in the shelter's popup on the map.
 */
@AnlanIntegrationTest
class SheltersBrowserIT extends BrowserTest {

    @Test
    void aTownshipOfficerOpensAShelterChecksInEvacueesAndSeesOccupancyAndNeedsOnTheMap() {
        String name = "浏览器测试避灾点" + AccessRule.UNIQUE.incrementAndGet();
        var api = new ApiClient(port);
        var created = api.post("/api/shelters", ApiClient.json(java.util.Map.of("name", name, "level", "VILLAGE",
                "kind", "HALL", "townshipCode", AccessRule.SHIPU, "usableAreaM2", 200, "lat", 29.215, "lon", 121.955)),
                "township-shipu");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asString();

        chromium.signIn(port, "township-shipu");
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.urlToBe("http://localhost:" + port + "/"));
        browser.findElement(By.cssSelector("a[data-capability='shelter']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#shelter-map .shelter-marker")));
        new Select(browser.findElement(By.name("township"))).selectByValue(AccessRule.SHIPU);
        browser.findElement(By.cssSelector("#shelter-filters button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("township=" + AccessRule.SHIPU));
        browser.findElement(By.linkText(name)).click();

        wait.until(ExpectedConditions.elementToBeClickable(By.id("open-shelter"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("close-shelter")));
        checkIn("陈阿福", 4);
        checkIn("林秀英", 3);
        WebElement occupancy = browser.findElement(By.id("occupancy"));
        assertThat(occupancy.getDomAttribute("data-present")).isEqualTo("7");
        assertThat(occupancy.getText()).contains("7").contains("100");
        assertThat(browser.findElements(By.cssSelector("#stays tr.stay"))).hasSize(2);
        assertThat(browser.findElement(By.cssSelector("#needs tr.need[data-item='QUILT']")).getDomAttribute("data-needed"))
                .isEqualTo("7");
        assertThat(browser.findElement(By.cssSelector("#needs tr.need[data-item='WATER']")).getDomAttribute("data-needed"))
                .isEqualTo("35");
        browser.findElement(By.id("raise-demands")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("shelter-raised")));

        browser.findElement(By.linkText(browser.findElement(By.cssSelector("main p a")).getText())).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#shelter-map .shelter-marker.occupied")));
        WebElement row = browser.findElement(By.xpath("//tr[contains(@class,'shelter')][.//a[text()='" + name + "']]"));
        assertThat(row.findElement(By.cssSelector("td.present")).getText()).isEqualTo("7");
        // open this shelter's popup on the map: occupancy and needs
        ((JavascriptExecutor) browser).executeScript("document.querySelector('#shelter-map .shelter-" + id + "')"
                + ".dispatchEvent(new MouseEvent('click', {bubbles: true}));");
        WebElement popup = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".leaflet-popup .shelter-popup")));
        assertThat(popup.getDomProperty("textContent")).contains(name).contains("7 / ").contains("棉被 7床")
                .contains("瓶装饮用水 35瓶");
    }

    private void checkIn(String head, int people) {
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        WebElement form = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("check-in")));
        form.findElement(By.name("householdHead")).sendKeys(head);
        Select village = new Select(form.findElement(By.name("villageId")));
        if (village.getOptions().size() > 1) {
            village.selectByIndex(1);
        }
        form.findElement(By.name("people")).sendKeys(String.valueOf(people));
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("stays"), head));
    }
}
