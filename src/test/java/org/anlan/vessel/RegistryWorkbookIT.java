package org.anlan.vessel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.anlan.support.AnlanIntegrationTest;
import org.anlan.support.ApiClient;
import org.anlan.support.Multipart;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Excel export and import of the registry: township scope, row-by-row errors, all or nothing, bounded input. */
@AnlanIntegrationTest
class RegistryWorkbookIT {

    static final AtomicInteger UNIQUE = new AtomicInteger(500);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private static byte[] workbook(List<List<Object>> rows) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("船舶");
            Row header = sheet.createRow(0);
            for (int c = 0; c < RegistryWorkbook.HEADER.size(); c++) {
                header.createCell(c).setCellValue(RegistryWorkbook.HEADER.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private static List<Object> row(String name, String township, String port, int crew) {
        return List.of(name, "XLS-" + name, "", "BDX-" + name, "FISHING", port, township, 25, 180, 9, crew, "导入船东", "",
                "BEIDOU", "否", "否");
    }

    private ApiClient.Response upload(byte[] file, String user) {
        var request = Multipart.fileUpload(api.baseUrl() + "/api/vessels/import", "file", "vessels.xlsx", file)
                .header("Authorization", "Bearer " + api.token(user)).build();
        return api.raw(request);
    }

    @Test
    void anImportWithAWrongRowStoresNothingAndNamesTheRow() throws Exception {
        int n = UNIQUE.incrementAndGet();
        byte[] bad = workbook(List.of(row("测试导入甲" + n, "330225101", "SHIPU", 8),
                row("测试导入乙" + n, "330225101", "NOWHERE", 8), row("测试导入甲" + n, "330225103", "HEPU", 8)));

        var refused = upload(bad, "duty");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("VESSEL_IMPORT_ROWS");
        assertThat(refused.json().path("rows").get(0).path("row").asInt()).isEqualTo(3);
        assertThat(refused.json().path("rows").get(0).path("code").asString()).isEqualTo("HARBOUR_UNKNOWN");
        assertThat(refused.json().path("rows").get(1).path("row").asInt()).isEqualTo(4);
        assertThat(refused.json().path("rows").get(1).path("code").asString()).isEqualTo("VESSEL_DUPLICATE");
        assertThat(jdbc.sql("SELECT count(*) FROM vessel WHERE name LIKE :n").param("n", "测试导入%" + n)
                .query(Long.class).single()).isZero();

        byte[] good = workbook(List.of(row("测试导入甲" + n, "330225101", "SHIPU", 8), row("测试导入乙" + n, "330225101", "DONGMEN", 11)));
        var stored = upload(good, "township-shipu");
        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
        assertThat(stored.json().path("inserted").asInt()).isEqualTo(2);
        var again = upload(workbook(List.of(row("测试导入甲" + n, "330225101", "SHIPU", 12))), "duty");
        assertThat(again.json().path("updated").asInt()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT crew_capacity FROM vessel WHERE registration_no = :r").param("r", "XLS-测试导入甲" + n)
                .query(Integer.class).single()).isEqualTo(12);

        var otherTownship = upload(workbook(List.of(row("测试导入丙" + n, "330225103", "HEPU", 8))), "township-shipu");
        assertThat(otherTownship.json().path("rows").get(0).path("code").asString()).isEqualTo("SCOPE_TOWNSHIP_DENIED");
    }

    @Test
    void theExportReadsBackAndATownshipOfficerExportsTheirOwnBoats() throws Exception {
        var bytes = api.rawBytes("/api/vessels/export", "township-shipu");
        var parsed = RegistryWorkbook.read(new ByteArrayInputStream(bytes));
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.drafts()).hasSizeGreaterThan(1000)
                .allSatisfy(d -> assertThat(d.townshipCode()).isEqualTo("330225101"));
    }

    @Test
    void notAnExcelFileAndTooManyRowsAreRefused() throws Exception {
        var garbage = upload("this is not a workbook".getBytes(), "duty");
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.code()).isEqualTo("VESSEL_IMPORT_FILE");

        List<List<Object>> many = new java.util.ArrayList<>();
        for (int i = 0; i <= RegistryWorkbook.MAX_ROWS; i++) {
            many.add(List.of("x" + i));
        }
        var tooMany = upload(workbook(many), "duty");
        assertThat(tooMany.json().path("rows").get(0).path("code").asString()).isEqualTo("VESSEL_IMPORT_TOO_MANY_ROWS");
    }
}
