package se.styrledger.query.support;

import io.swagger.v3.oas.annotations.media.Schema;
import se.styrledger.events.Decision;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The beslut behind a version: beslutsinstans, sammanträdesdatum, § and diarienummer, and the date it took
 * effect. Read tables keep it in the columns {@link #COLUMNS}.
 */
public record DecisionView(
        @Schema(description = "Beslutsinstansen (enhetens id), t.ex. kommunfullmäktige") UUID decidedBy,
        @Schema(description = "Sammanträdesdatum", example = "2019-06-17") LocalDate decidedOn,
        @Schema(description = "Paragraf i protokollet", example = "§ 90") String paragraph,
        @Schema(description = "Diarienummer", example = "KS 2019/0458") String caseNumber,
        @Schema(description = "Beslutet gäller från", example = "2020-01-01") LocalDate effectiveFrom) {

    public static final List<String> COLUMNS = List.of("decided_by", "decided_on", "paragraph", "case_number",
            "effective_from");

    /** {@code columns} followed by the decision's {@link #COLUMNS}: a read table's state columns. */
    public static List<String> withColumns(String... columns) {
        List<String> all = new ArrayList<>(List.of(columns));
        all.addAll(COLUMNS);
        return all;
    }

    /** {@code values} followed by the decision's values, in the order of {@link #withColumns}. */
    public static Object[] withValues(Decision decision, Object... values) {
        Object[] all = Arrays.copyOf(values, values.length + COLUMNS.size());
        System.arraycopy(values(decision), 0, all, values.length, COLUMNS.size());
        return all;
    }

    /** The values of {@link #COLUMNS} for a decision; all null when there is none. */
    public static Object[] values(Decision d) {
        if (d == null) {
            return new Object[COLUMNS.size()];
        }
        return new Object[]{d.decidedBy(), date(d.decidedOn()), d.paragraph(), d.caseNumber(), date(d.effectiveFrom())};
    }

    /** The decision of the current row, or null if the row has none. */
    public static DecisionView read(ResultSet rs) throws SQLException {
        Date decidedOn = rs.getDate("decided_on");
        if (decidedOn == null) {
            return null;
        }
        Date effectiveFrom = rs.getDate("effective_from");
        return new DecisionView(rs.getObject("decided_by", UUID.class), decidedOn.toLocalDate(),
                rs.getString("paragraph"), rs.getString("case_number"),
                effectiveFrom == null ? null : effectiveFrom.toLocalDate());
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
