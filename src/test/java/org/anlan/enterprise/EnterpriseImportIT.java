package org.anlan.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.anlan.support.AnlanIntegrationTest;
import org.anlan.support.ApiClient;
import org.anlan.support.Multipart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Excel import through the API: all or nothing, every bad row named; export reads back. */
@AnlanIntegrationTest
class EnterpriseImportIT {

    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private ApiClient.Response upload(byte[] workbook, String user) {
        return api.raw(Multipart.fileUpload(api.baseUrl() + "/api/enterprises/import", "file", "企业.xlsx", workbook)
                .header("Authorization", "Bearer " + api.token(user)).build());
    }

    private static String[] row(String name, String code, String township) {
        return new String[] {name, code, "工贸", township, "测试路1号", "29.2", "121.9", "是", "三级", "否", "测试员"};
    }

    @Test
    void oneBadRowRejectsTheWholeFileWithEveryRowNamed() throws Exception {
        long serial = 70_000_000L + System.nanoTime() % 1_000_000L;
        String good = UnifiedSocialCreditCode.synthetic("330225", serial).value();
        String bad = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
        String name = "导入测试企业" + serial;
        var refused = upload(EnterpriseWorkbookTest.workbook(row(name, good, "330225101"),
                row(name + "乙", bad, "330225101"), row(name + "丙", UnifiedSocialCreditCode.synthetic("330225",
                        serial + 1).value(), "999999999"), row(name, UnifiedSocialCreditCode.synthetic("330225",
                        serial + 2).value(), "330225101")), "admin");
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("ENTERPRISE_IMPORT_REJECTED");
        JsonNode rows = refused.json().path("rows");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).path("row").asInt()).isEqualTo(3);
        assertThat(rows.get(0).path("code").asString()).isEqualTo("ENTERPRISE_CREDIT_CODE_INVALID");
        assertThat(rows.get(1).path("code").asString()).isEqualTo("ENTERPRISE_TOWNSHIP_UNKNOWN");
        assertThat(rows.get(2).path("code").asString()).isEqualTo("ENTERPRISE_DUPLICATE");
        assertThat(api.get("/api/enterprises?q=" + java.net.URLEncoder.encode(name, "UTF-8"), "admin").json()).isEmpty();

        var imported = upload(EnterpriseWorkbookTest.workbook(row(name, good, "330225101")), "admin");
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().path("imported").asInt()).isEqualTo(1);
        assertThat(upload(EnterpriseWorkbookTest.workbook(row(name, good, "330225101")), "admin").code())
                .isEqualTo("ENTERPRISE_IMPORT_REJECTED");
    }

    @Test
    void aTownshipOfficerImportsOnlyIntoTheirTownshipAndOthersMayNotImport() throws Exception {
        long serial = 71_000_000L + System.nanoTime() % 1_000_000L;
        var refused = upload(EnterpriseWorkbookTest.workbook(row("导入鹤浦企业" + serial,
                UnifiedSocialCreditCode.synthetic("330225", serial).value(), "330225103")), "township-shipu");
        assertThat(refused.json().path("rows").get(0).path("code").asString()).isEqualTo("SCOPE_TOWNSHIP_DENIED");
        assertThat(upload(EnterpriseWorkbookTest.workbook(row("导入石浦企业" + serial,
                UnifiedSocialCreditCode.synthetic("330225", serial + 1).value(), "330225101")), "township-shipu").status())
                .isEqualTo(201);
        assertThat(upload(EnterpriseWorkbookTest.workbook(row("x", "y", "z")), "commander").status()).isEqualTo(403);
        assertThat(upload("not a workbook".getBytes(), "admin").code()).isEqualTo("ENTERPRISE_IMPORT_UNREADABLE");
    }

    @Test
    void theExportIsAWorkbookInTheImportFormat() throws Exception {
        var response = api.raw(java.net.http.HttpRequest.newBuilder(java.net.URI.create(api.baseUrl()
                + "/api/enterprises/export.xlsx")).header("Authorization", "Bearer " + api.token("township-shipu")).build());
        assertThat(response.status()).isEqualTo(200);
        var bytes = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(api.baseUrl() + "/api/enterprises/export.xlsx"))
                .header("Authorization", "Bearer " + api.token("township-shipu")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray()).body();
        var rows = EnterpriseWorkbook.read(new ByteArrayInputStream(bytes));
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.draft().townshipCode()).isEqualTo("330225101"));
    }
}
