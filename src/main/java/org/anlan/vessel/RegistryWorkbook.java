package org.anlan.vessel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The registry as an Excel workbook (.xlsx): one sheet of vessels, one row each, the columns of {@link #HEADER}.
 * Reading is hardened: the upload size is bounded by the caller, the zip by POI's ZipSecureFile limits (inflate
 * ratio, entry and text size, against zip bombs), rows by {@link #MAX_ROWS}; POI parses the package XML with
 * external entities and DTDs disabled. Only .xlsx is read.
 */
final class RegistryWorkbook {

    static final int MAX_ROWS = 10_000;
    static final List<String> HEADER = List.of("船名", "登记号", "MMSI", "北斗终端号", "类型", "船籍港", "乡镇代码", "船长(米)",
            "功率(千瓦)", "航速(节)", "核定船员", "船东", "船东电话", "终端", "异地挂靠", "液氨冷藏");

    /** A row that could not be read, with the stable error code and its message arguments. */
    record RowError(int row, String code, String messageKey, List<Object> arguments) {
    }

    /** The drafts of a sheet, or the errors of its rows. */
    record Parsed(List<VesselDraft> drafts, List<Integer> rowNumbers, List<RowError> errors) {
    }

    private RegistryWorkbook() {
    }

    static byte[] write(List<Vessel> vessels) throws IOException {
        // streaming: rows go to a temporary file 100 at a time instead of a whole DOM in memory
        SXSSFWorkbook book = new SXSSFWorkbook(100);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("船舶");
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                header.createCell(c).setCellValue(HEADER.get(c));
            }
            int r = 1;
            for (Vessel v : vessels) {
                Row row = sheet.createRow(r++);
                Object[] values = {v.name(), v.registrationNo(), v.mmsi(), v.beidouTerminal(), v.kind().name(), v.homePort(),
                        v.townshipCode(), v.lengthM(), v.powerKw(), v.serviceSpeedKn(), v.crewCapacity(), v.ownerName(),
                        v.ownerPhone(), String.join(",", v.terminals().stream().map(Enum::name).sorted().toList()),
                        v.registeredElsewhere() ? "是" : "否", v.ammoniaRefrigeration() ? "是" : "否"};
                for (int c = 0; c < values.length; c++) {
                    Cell cell = row.createCell(c);
                    if (values[c] instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (values[c] != null) {
                        cell.setCellValue(values[c].toString());
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } finally {
            book.close();
        }
    }

    static Parsed read(InputStream in) throws IOException {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(50L * 1024 * 1024);
        ZipSecureFile.setMaxTextSize(20L * 1024 * 1024);
        List<VesselDraft> drafts = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            if (sheet.getLastRowNum() > MAX_ROWS) {
                errors.add(new RowError(0, "VESSEL_IMPORT_TOO_MANY_ROWS", "error.vessel.import.tooManyRows", List.of(MAX_ROWS)));
                return new Parsed(List.of(), List.of(), errors);
            }
            DataFormatter format = new DataFormatter();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || blank(row, format)) {
                    continue;
                }
                try {
                    drafts.add(draft(row, format));
                    rows.add(r + 1);
                } catch (org.anlan.platform.error.ApiException e) {
                    errors.add(new RowError(r + 1, e.code(), e.messageKey(), List.of(e.arguments())));
                }
            }
        }
        return new Parsed(drafts, rows, errors);
    }

    private static VesselDraft draft(Row row, DataFormatter format) {
        Set<TerminalKind> terminals = EnumSet.noneOf(TerminalKind.class);
        String terminalText = text(row, 13, format);
        if (terminalText != null) {
            for (String t : terminalText.split("[,，、\\s]+")) {
                if (!t.isBlank()) {
                    terminals.add(VesselPolicy.terminal(t));
                }
            }
        }
        return new VesselDraft(text(row, 0, format), text(row, 1, format), integer(row, 2, format, "mmsi"),
                text(row, 3, format), VesselPolicy.kind(text(row, 4, format)), text(row, 5, format), text(row, 6, format),
                decimal(row, 7, format, "lengthM"), decimal(row, 8, format, "powerKw"),
                decimal(row, 9, format, "serviceSpeedKn"), integer(row, 10, format, "crewCapacity"),
                text(row, 11, format), text(row, 12, format), terminals, yes(row, 14, format), yes(row, 15, format));
    }

    private static boolean blank(Row row, DataFormatter format) {
        for (int c = 0; c < HEADER.size(); c++) {
            if (text(row, c, format) != null) {
                return false;
            }
        }
        return true;
    }

    private static String text(Row row, int column, DataFormatter format) {
        Cell cell = row.getCell(column);
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        String value = cell.getCellType() == CellType.FORMULA ? null : format.formatCellValue(cell).trim();
        return value == null || value.isEmpty() ? null : value;
    }

    private static BigDecimal decimal(Row row, int column, DataFormatter format, String field) {
        String value = text(row, column, format);
        try {
            return value == null ? null : new BigDecimal(value.replace(",", ""));
        } catch (NumberFormatException e) {
            throw org.anlan.platform.error.ApiException.badRequest("VESSEL_FIELD_INVALID", "error.vessel.field", field);
        }
    }

    private static Integer integer(Row row, int column, DataFormatter format, String field) {
        BigDecimal value = decimal(row, column, format, field);
        try {
            return value == null ? null : value.intValueExact();
        } catch (ArithmeticException e) {
            throw org.anlan.platform.error.ApiException.badRequest("VESSEL_FIELD_INVALID", "error.vessel.field", field);
        }
    }

    private static boolean yes(Row row, int column, DataFormatter format) {
        String value = text(row, column, format);
        return value != null && (value.equals("是") || value.equalsIgnoreCase("yes") || value.equalsIgnoreCase("true"));
    }
}
