package org.anlan.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.anlan.geo.GeoPoint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class EnterpriseWorkbookTest {

    static Enterprise enterprise(String name, long serial) {
        return new Enterprise(EnterpriseId.random(), name, UnifiedSocialCreditCode.synthetic("330225", serial),
                Industry.HAZARDOUS_CHEMICALS, "330225101", "=HYPERLINK(\"x\")", new GeoPoint(29.2, 121.95), true,
                StandardisationLevel.LEVEL_2, true, "王安全", false, Instant.EPOCH, Instant.EPOCH);
    }

    /** A workbook with the import header and the given data rows. */
    static byte[] workbook(String[]... rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("企业");
            String[][] all = new String[rows.length + 1][];
            all[0] = EnterpriseWorkbook.HEADER;
            System.arraycopy(rows, 0, all, 1, rows.length);
            for (int r = 0; r < all.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < all[r].length; c++) {
                    if (all[r][c] != null) {
                        row.createCell(c).setCellValue(all[r][c]);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void anExportReadsBackAsTheSameDraftsAndFormulasStayText() throws Exception {
        byte[] bytes = EnterpriseWorkbook.write(List.of(enterprise("甲化工", 1), enterprise("乙化工", 2)), Map.of());
        List<EnterpriseWorkbook.ImportRow> rows = EnterpriseWorkbook.read(new ByteArrayInputStream(bytes));
        assertThat(rows).hasSize(2);
        EnterpriseDraft first = rows.get(0).draft();
        assertThat(rows.get(0).rowNumber()).isEqualTo(2);
        assertThat(first.name()).isEqualTo("甲化工");
        assertThat(first.creditCode()).isEqualTo(UnifiedSocialCreditCode.synthetic("330225", 1).value());
        assertThat(first.industry()).isEqualTo("危险化学品");
        assertThat(first.address()).startsWith("'=");
        assertThat(first.lat()).isEqualTo(29.2);
        assertThat(first.aboveScale()).isTrue();
        assertThat(first.standardisation()).isEqualTo("二级");
        assertThat(EnterprisePolicy.check(first).industry()).isEqualTo(Industry.HAZARDOUS_CHEMICALS);
    }

    @Test
    void blankRowsAreSkippedAndCellsAreBounded() throws Exception {
        String[] row = {"甲".repeat(800), "x", null, null, null, null, null, null, null, null, null};
        String[] blank = new String[11];
        List<EnterpriseWorkbook.ImportRow> rows = EnterpriseWorkbook.read(new ByteArrayInputStream(workbook(blank, row)));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).rowNumber()).isEqualTo(3);
        assertThat(rows.get(0).draft().name()).hasSize(500);
    }

    @Test
    void aWrongHeaderTooManyRowsOrNotAWorkbookIsOneClearRefusal() throws Exception {
        assertThatThrownBy(() -> EnterpriseWorkbook.read(new ByteArrayInputStream("name,code\n".getBytes())))
                .isInstanceOfSatisfying(EnterpriseWorkbook.Unreadable.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.enterprise.import.unreadable"));
        byte[] wrongHeader;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("x").createRow(0).createCell(0).setCellValue("名称");
            workbook.write(out);
            wrongHeader = out.toByteArray();
        }
        assertThatThrownBy(() -> EnterpriseWorkbook.read(new ByteArrayInputStream(wrongHeader)))
                .isInstanceOfSatisfying(EnterpriseWorkbook.Unreadable.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.enterprise.import.header"));
        String[][] many = new String[EnterpriseWorkbook.MAX_ROWS + 1][];
        for (int i = 0; i < many.length; i++) {
            many[i] = new String[] {"企业" + i};
        }
        byte[] tooMany = workbook(many);
        assertThatThrownBy(() -> EnterpriseWorkbook.read(new ByteArrayInputStream(tooMany)))
                .isInstanceOfSatisfying(EnterpriseWorkbook.Unreadable.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.enterprise.import.tooManyRows"));
        byte[] huge = new byte[(int) EnterpriseWorkbook.MAX_BYTES + 10];
        assertThatThrownBy(() -> EnterpriseWorkbook.read(new ByteArrayInputStream(huge)))
                .isInstanceOfSatisfying(EnterpriseWorkbook.Unreadable.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.enterprise.import.tooLarge"));
    }
}
