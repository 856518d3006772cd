package org.anlan.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.anlan.support.AnlanIntegrationTest;
import org.apache.coyote.http11.Http11Nio2Protocol;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

@AnlanIntegrationTest
class ConnectorProtocolIT {

    @Autowired
    ServletWebServerApplicationContext context;

    @Test
    void requestsAreServedByTheNio2Connector() {
        var tomcat = ((TomcatWebServer) context.getWebServer()).getTomcat();
        assertThat(tomcat.getConnector().getProtocolHandler()).isInstanceOf(Http11Nio2Protocol.class);
    }
}
