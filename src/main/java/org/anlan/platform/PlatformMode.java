package org.anlan.platform;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Demo mode (the default with the embedded database) seeds demo users and data; production mode
 * ({@code ANLAN_MODE=production}, the default with an external database) seeds none.
 */
@Component
public class PlatformMode {

    private final boolean demo;

    PlatformMode(Environment environment) {
        String mode = environment.getProperty("anlan.mode", "");
        if (StringUtils.hasText(mode)) {
            if (!mode.equalsIgnoreCase("demo") && !mode.equalsIgnoreCase("production")) {
                throw new IllegalStateException("anlan.mode (ANLAN_MODE) must be 'demo' or 'production', not '" + mode + "'");
            }
            demo = mode.equalsIgnoreCase("demo");
        } else {
            demo = !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
        }
    }

    public boolean demo() {
        return demo;
    }
}
