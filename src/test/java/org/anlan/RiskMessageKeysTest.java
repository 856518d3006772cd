package org.anlan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.anlan.risk.RiskError;
import org.junit.jupiter.api.Test;

/** Every risk rule refusal has its message in both languages (the key is built from the stable code). */
class RiskMessageKeysTest {

    @Test
    void everyRiskErrorHasAMessageInChineseAndEnglish() throws IOException {
        var zh = MessageBundleTests.bundle("messages_zh_CN.properties");
        var en = MessageBundleTests.bundle("messages_en.properties");
        for (RiskError error : RiskError.values()) {
            String key = "error.risk." + error.code();
            assertThat(zh.getProperty(key)).as(key).isNotBlank();
            assertThat(en.getProperty(key)).as(key).isNotBlank();
        }
    }
}
