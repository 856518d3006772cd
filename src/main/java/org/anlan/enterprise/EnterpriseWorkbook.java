package org.anlan.enterprise;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The enterprise register as an Excel workbook (.xlsx): one sheet, a header row, one enterprise per row. Reading
 * is hardened: the upload is size-bounded before POI sees it, POI's zip-bomb guards are tightened (inflate ratio,
 * entry and text sizes), and at most {@link #MAX_ROWS} data rows are read. Anything that is not a readable
 * workbook is one clear error, never a crash.
 */
final class EnterpriseWorkbook {

    static final int MAX_ROWS = 5_000;
    static final long MAX_BYTES = 5L * 1024 * 1024;
    static final String[] HEADER = {"企业名称", "统一社会信用代码", "行业类别", "乡镇（街道）代码", "地址", "纬度", "经度",
            "规模以上", "安全生产标准化", "安责险", "安全管理人员"};
    private static final int MAX_CELL = 500;

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(50L * 1024 * 1024);
        ZipSecureFile.setMaxTextSize(20L * 1024 * 1024);
    }

    /** A data row as read: its 1-based sheet row number and the draft it describes. */
    record ImportRow(int rowNumber, EnterpriseDraft draft) {
    }

    /** Why the file cannot be read at all (not an .xlsx, too large, too many rows, wrong header). */
    static final class Unreadable extends Exception {
        private final String messageKey;
        private final Object[] arguments;

        Unreadable(String messageKey, Object... arguments) {
            super(messageKey);
            this.messageKey = messageKey;
            this.arguments = arguments;
        }

        String messageKey() {
            return messageKey;
        }

        Object[] arguments() {
            return arguments;
        }
    }

    private EnterpriseWorkbook() {
    }

    static byte[] write(List<Enterprise> enterprises, Map<String, String> townshipNames) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("企业");
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADER.length; i++) {
                header.createCell(i).setCellValue(HEADER[i]);
            }
            int r = 1;
            for (Enterprise e : enterprises) {
                Row row = sheet.createRow(r++);
                String[] values = {e.name(), e.creditCode().value(), e.industry().label(), e.townshipCode(),
                        e.address(), null, null, e.aboveScale() ? "是" : "否", e.standardisation().label(),
                        e.liabilityInsured() ? "是" : "否", e.safetyOfficers()};
                for (int i = 0; i < values.length; i++) {
                    if (values[i] != null) {
                        row.createCell(i).setCellValue(neutralised(values[i]));
                    }
                }
                row.createCell(5).setCellValue(e.location().lat());
                row.createCell(6).setCellValue(e.location().lon());
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the workbook", e);
        }
    }

    /** The data rows of an uploaded workbook; blank rows are skipped. */
    static List<ImportRow> read(InputStream upload) throws Unreadable {
        byte[] bytes = bounded(upload);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() < 1) {
                throw new Unreadable("error.enterprise.import.header");
            }
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() > MAX_ROWS) {
                throw new Unreadable("error.enterprise.import.tooManyRows", MAX_ROWS);
            }
            DataFormatter formatter = new DataFormatter();
            requireHeader(sheet.getRow(0), formatter);
            List<ImportRow> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String[] cells = new String[HEADER.length];
                boolean blank = true;
                for (int i = 0; i < HEADER.length; i++) {
                    cells[i] = text(row == null ? null : row.getCell(i), formatter);
                    blank &= cells[i] == null;
                }
                if (!blank) {
                    rows.add(new ImportRow(r + 1, new EnterpriseDraft(cells[0], cells[1], cells[2], cells[3], cells[4],
                            decimal(cells[5]), decimal(cells[6]), yes(cells[7]), cells[8], yes(cells[9]), cells[10])));
                }
            }
            return rows;
        } catch (IOException | RuntimeException notAWorkbook) {
            throw new Unreadable("error.enterprise.import.unreadable");
        }
    }

    private static void requireHeader(Row header, DataFormatter formatter) throws Unreadable {
        for (int i = 0; i < HEADER.length; i++) {
            String cell = text(header == null ? null : header.getCell(i), formatter);
            if (!HEADER[i].equals(cell)) {
                throw new Unreadable("error.enterprise.import.header");
            }
        }
    }

    private static byte[] bounded(InputStream in) throws Unreadable {
        try {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new Unreadable("error.enterprise.import.tooLarge", MAX_BYTES / 1024 / 1024);
            }
            return bytes;
        } catch (IOException e) {
            throw new Unreadable("error.enterprise.import.unreadable");
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return null;
        }
        String value = cell.getCellType() == CellType.FORMULA ? null : formatter.formatCellValue(cell);
        if (value == null || value.isBlank()) {
            return null;
        }
        value = value.strip();
        return value.length() > MAX_CELL ? value.substring(0, MAX_CELL) : value;
    }

    private static Double decimal(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Double.valueOf(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static Boolean yes(String text) {
        return text != null && (text.equals("是") || text.equalsIgnoreCase("yes") || text.equalsIgnoreCase("true"));
    }

    /** A cell starting with a formula character is written as text with a leading apostrophe (CSV/Excel injection). */
    private static String neutralised(String value) {
        return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
