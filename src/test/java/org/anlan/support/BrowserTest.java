package org.anlan.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser test against the running application: one headless Chromium for the test class, skipped with a clear
 * message where chromium is absent (CI installs it, so there it runs).
 */
public abstract class BrowserTest {

    protected static HeadlessChromium chromium;
    protected static WebDriver browser;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        chromium = HeadlessChromium.startOrSkip();
        browser = chromium.driver();
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
            chromium = null;
            browser = null;
        }
    }
}
