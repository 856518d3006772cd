package org.anlan.warning.cap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CapMessagesTest {

    static final String CAP12 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
              <identifier>33022500000000_20260810090000_0</identifier>
              <sender>象山县应急管理局</sender>
              <sent>2026-08-10T09:00:00+08:00</sent>
              <status>Actual</status>
              <msgType>Alert</msgType>
              <scope>Public</scope>
              <info>
                <language>zh-CN</language>
                <category>Met</category>
                <event>暴雨</event>
                <urgency>Immediate</urgency>
                <severity>Severe</severity>
                <certainty>Observed</certainty>
                <headline>暴雨橙色预警 &amp; 防御指引</headline>
                <area><areaDesc>石浦镇</areaDesc></area>
              </info>
            </alert>
            """;

    static final String CAP11 = """
            <alert xmlns="urn:oasis:names:tc:emergency:cap:1.1">
              <identifier>KSTO1055887203</identifier>
              <sender>KSTO@NWS.NOAA.GOV</sender>
              <sent>2003-06-17T14:57:00-07:00</sent>
              <status>Actual</status>
              <msgType>Alert</msgType>
              <scope>Public</scope>
              <info>
                <category>Met</category>
                <event>SEVERE THUNDERSTORM</event>
                <responseType>Shelter</responseType>
                <urgency>Immediate</urgency>
                <severity>Severe</severity>
                <certainty>Observed</certainty>
                <eventCode><valueName>same</valueName><value>SVR</value></eventCode>
                <expires>2003-06-17T16:00:00-07:00</expires>
                <area><areaDesc>EXTREME NORTH CENTRAL TUOLUMNE COUNTY</areaDesc>
                  <polygon>38.47,-120.14 38.34,-119.95 38.52,-119.74 38.62,-119.89 38.47,-120.14</polygon>
                </area>
              </info>
            </alert>
            """;

    /** The national system's own form (EW-02): sendTime, senderCode, colour severity — not OASIS CAP. */
    static final String GB_NATIONAL_FORM = """
            <alert>
              <identifier>41000041600000_20200205105119</identifier>
              <sender>河南省气象局</sender>
              <senderCode>41000041600000</senderCode>
              <sendTime>2020-02-05 10:45:00+08:00</sendTime>
            </alert>
            """;

    private static CapMessages.Check check(String xml) {
        return CapMessages.check(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aValidCap12MessageIsReadWithItsOffsetAndEntities() {
        CapMessages.Check check = check(CAP12);

        assertThat(check.problems()).isEmpty();
        assertThat(check.version()).isEqualTo(CapVersion.V1_2);
        assertThat(check.alert().sent().getOffset().getTotalSeconds()).isEqualTo(8 * 3600);
        assertThat(check.alert().infos().get(0).headline()).isEqualTo("暴雨橙色预警 & 防御指引");
    }

    @Test
    void aCap11MessageIsValidAndKeepsItsVersion() {
        CapMessages.Check check = check(CAP11);

        assertThat(check.problems()).isEmpty();
        assertThat(check.version()).isEqualTo(CapVersion.V1_1);
        assertThat(check.alert().infos().get(0).areas().get(0).polygons()).hasSize(1);
    }

    @Test
    void aMissingRequiredElementIsNamedWithItsPath() {
        CapMessages.Check check = check(CAP12.replace("<sent>2026-08-10T09:00:00+08:00</sent>", ""));

        assertThat(check.valid()).isFalse();
        assertThat(check.problems()).containsExactly(new CapProblem("/alert/sent", "missing required element sent"));
    }

    @Test
    void aMissingElementInsideAnInfoIsNamedWithTheInfosPosition() {
        CapMessages.Check check = check(CAP12.replace("<category>Met</category>", ""));

        assertThat(check.problems()).containsExactly(new CapProblem("/alert/info[1]/category",
                "missing required element category"));
    }

    @Test
    void wrongValuesOrderAndForeignElementsAreEachReported() {
        String xml = CAP12.replace("<status>Actual</status>", "<status>Real</status>")
                .replace("<scope>Public</scope>", "<scope>Public</scope><extra>x</extra>")
                .replace("<sent>2026-08-10T09:00:00+08:00</sent>", "<sent>2026-08-10 09:00:00+08:00</sent>")
                .replace("<urgency>Immediate</urgency>\n    <severity>Severe</severity>",
                        "<severity>Severe</severity>\n    <urgency>Immediate</urgency>");

        assertThat(check(xml).problems()).extracting(CapProblem::toString).containsExactly(
                "/alert/sent: '2026-08-10 09:00:00+08:00' is not a CAP 1.2 date-time (YYYY-MM-DDThh:mm:ss+hh:mm, no fractions, no Z)",
                "/alert/status: 'Real' is not one of Actual, Exercise, System, Test, Draft",
                "/alert/extra: unexpected element extra",
                "/alert/info[1]/urgency: missing required element urgency",
                "/alert/info[1]/urgency: element urgency out of order (belongs before severity)");
    }

    @Test
    void theNationalSystemsOwnFormIsNotOasisCapAndSaysWhy() {
        assertThat(check(GB_NATIONAL_FORM).problems()).containsExactly(new CapProblem("/alert",
                "no CAP namespace (expected urn:oasis:names:tc:emergency:cap:1.2 or :1.1)"));
    }

    @Test
    void specificationRulesTheSchemaCannotExpressAreChecked() {
        String xml = CAP12.replace("<areaDesc>石浦镇</areaDesc>",
                "<areaDesc>石浦镇</areaDesc><polygon>29.2,121.9 29.3,122.0 29.1,122.0</polygon><circle>29.2 121.9</circle>")
                .replace("<identifier>33022500000000_20260810090000_0</identifier>", "<identifier>a b</identifier>");

        assertThat(check(xml).problems()).extracting(CapProblem::toString).containsExactly(
                "/alert/identifier: identifier must not contain spaces, commas, < or &",
                "/alert/info[1]/area[1]/polygon[1]: polygon needs at least 4 points (found 3)",
                "/alert/info[1]/area[1]/circle[1]: circle must be 'lat,lon radiusKm'");
    }

    @Test
    void impossibleDatesAreRefusedEvenWhenTheyMatchThePattern() {
        assertThat(check(CAP12.replace("2026-08-10T09:00:00+08:00", "2026-02-31T09:00:00+08:00")).problems())
                .containsExactly(new CapProblem("/alert/sent", "'2026-02-31T09:00:00+08:00' is not a real date-time"));
    }

    @Test
    void externalEntitiesAreRefusedWithoutTouchingTheFileSystemOrTheNetwork(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String http = "http://127.0.0.1:" + server.getLocalPort();
            String[] payloads = {
                    "<!DOCTYPE alert [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>",
                    "<!DOCTYPE alert [<!ENTITY xxe SYSTEM \"" + http + "/entity\">]>",
                    "<!DOCTYPE alert SYSTEM \"" + http + "/cap.dtd\">",
                    "<!DOCTYPE alert [<!ENTITY % p SYSTEM \"" + http + "/p.dtd\"> %p;]>"};
            for (String doctype : payloads) {
                String xml = CAP12.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", "<?xml version=\"1.0\"?>\n" + doctype)
                        .replace("<sender>象山县应急管理局</sender>", "<sender>&xxe;</sender>");

                CapMessages.Check check = check(xml);

                assertThat(check.valid()).as(doctype).isFalse();
                assertThat(check.problems().toString()).doesNotContain("TOP-SECRET").contains("DOCTYPE/DTD not allowed");
            }
            server.setSoTimeout(300);
            boolean connected;
            try (var ignored = server.accept()) {
                connected = true;
            } catch (SocketTimeoutException e) {
                connected = false;
            }
            assertThat(connected).as("the parser connected to the entity's server").isFalse();
        }
    }

    @Test
    void entityExpansionIsRefusedAtOnce() {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
                + "<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\"><identifier>&lol3;</identifier></alert>";

        assertThat(check(laughs).problems()).extracting(CapProblem::reason).containsExactly("DOCTYPE/DTD not allowed");
    }

    @Test
    void undeclaredEntitiesAreNotWellFormed() {
        assertThat(check(CAP12.replace("象山县应急管理局", "&nbsp;")).problems().get(0).reason()).startsWith("not well-formed XML");
    }

    @Test
    void sizeAndDepthAreBounded() throws IOException {
        byte[] huge = new byte[CapMessages.MAX_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) ' ');
        String deep = "<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\">" + "<a>".repeat(40) + "</a>".repeat(40) + "</alert>";

        assertThat(CapMessages.check(new java.io.ByteArrayInputStream(huge)).problems())
                .extracting(CapProblem::reason).containsExactly("message larger than 1048576 bytes");
        assertThat(check(deep).problems()).extracting(CapProblem::reason).containsExactly("nested deeper than 16 levels");
    }
}
