package se.styrledger.query.followup;

import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * CSV as Swedish Excel opens it by double-click: UTF-8 with a byte order mark (or å, ä, ö come out garbled),
 * semicolons between cells (Excel's list separator in a Swedish locale), a decimal comma, CRLF line ends.
 * User-written text that starts like a formula is prefixed with an apostrophe, so a cell never runs as one.
 */
public final class Csv {

    private static final char BOM = '\uFEFF';
    private final StringBuilder out = new StringBuilder().append(BOM);
    /** The same rows as values, for the .xlsx beside the CSV (query.printing.Xlsx): one table, two encodings. */
    private final List<Object[]> rows = new ArrayList<>();

    public Csv row(Object... cells) {
        rows.add(cells.clone());
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(';');
            }
            out.append(cell(cells[i]));
        }
        out.append("\r\n");
        return this;
    }

    List<Object[]> rows() {
        return Collections.unmodifiableList(rows);
    }

    byte[] bytes() {
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public ResponseEntity<byte[]> response(String fileName) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", ContentDisposition.attachment().filename(fileName).build().toString())
                .body(bytes());
    }

    /** A number with a decimal comma and no grouping, as Excel in Swedish reads it. */
    static String number(BigDecimal value) {
        return value == null ? "" : value.toPlainString().replace('.', ',');
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number(number);
        }
        if (value instanceof Number || value instanceof LocalDate || value instanceof Instant) {
            return value.toString();
        }
        return text(value.toString());
    }

    private static String text(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.indexOf(';') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0
                || !safe.equals(safe.strip())) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
