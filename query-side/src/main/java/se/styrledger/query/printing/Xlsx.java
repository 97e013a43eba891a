package se.styrledger.query.printing;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A report's CSV table as an Excel workbook (fastexcel, ADR 0098): numbers as numbers and dates as dates, so no locale has
 * to guess decimal commas; the header row bold, frozen and filterable. Every text is written as a text cell, never
 * as a formula, so the CSV's apostrophe guard is not needed here and text comes out exactly as recorded.
 */
public final class Xlsx {

    public static final MediaType MEDIA_TYPE =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Xlsx() {
    }

    /** @param rows the header row first, then one array of cell values per row, as the report's CSV is built */
    public static ResponseEntity<byte[]> response(List<Object[]> rows, String sheetName, String fileName) {
        return ResponseEntity.ok()
                .contentType(MEDIA_TYPE)
                .header("Content-Disposition", ContentDisposition.attachment().filename(fileName).build().toString())
                .body(bytes(rows, sheetName));
    }

    public static byte[] bytes(List<Object[]> rows, String sheetName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Styrledger", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName);
            int columns = 0;
            for (int r = 0; r < rows.size(); r++) {
                Object[] row = rows.get(r);
                columns = Math.max(columns, row.length);
                for (int c = 0; c < row.length; c++) {
                    cell(sheet, r, c, row[c]);
                }
            }
            if (columns > 0) {
                sheet.range(0, 0, 0, columns - 1).style().bold().set();
                sheet.freezePane(0, 1);
                sheet.setAutoFilter(0, 0, columns - 1);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void cell(Worksheet sheet, int r, int c, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof BigDecimal number) {
            sheet.value(r, c, number);
        } else if (value instanceof Number number) {
            sheet.value(r, c, number);
        } else if (value instanceof LocalDate date) {
            sheet.value(r, c, date);
            sheet.style(r, c).format("yyyy-mm-dd").set();
        } else if (value instanceof Instant instant) {
            sheet.value(r, c, instant.toString());
        } else {
            sheet.value(r, c, value.toString());
        }
    }
}
