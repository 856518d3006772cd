package org.anlan.warning;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The county's CAP sender identity (configurable: the GB/T 4657 institution code is not assigned here). */
@Configuration(proxyBeanMethods = false)
class WarningConfiguration {

    @Bean
    CapProfile capProfile(@Value("${anlan.warning.sender-name:象山县应急管理局}") String senderName,
                          @Value("${anlan.warning.sender-code:33022500000000}") String senderCode) {
        return new CapProfile(senderName, senderCode);
    }
}
