package se.styrledger.query.indicators;

import io.swagger.v3.oas.annotations.media.Schema;
import se.styrledger.events.indicators.IndicatorDirection;
import se.styrledger.events.indicators.IndicatorSource;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

/** An indikator's definition in one version; the labels carry the Swedish words for display. */
public record IndicatorView(
        UUID indicatorId,
        @Schema(example = "Andel hushållsavfall som samlas in för materialåtervinning") String name,
        @Schema(example = "procent") String unitOfMeasure,
        @Schema(example = "HIGHER_IS_BETTER") String direction,
        @Schema(example = "högre är bättre") String directionLabel,
        @Schema(example = "KOLADA") String source,
        @Schema(example = "Kolada") String sourceLabel,
        @Schema(example = "U07801") String koladaKpiId,
        int version, LocalDate validFrom, LocalDate validTo, long recordedPosition) {

    static IndicatorView read(ResultSet rs) throws SQLException {
        String direction = rs.getString("direction");
        String source = rs.getString("source");
        Date validTo = rs.getDate("valid_to");
        return new IndicatorView(rs.getObject("indicator_id", UUID.class), rs.getString("name"),
                rs.getString("unit_of_measure"), direction,
                direction == null ? null : IndicatorDirection.valueOf(direction).swedish(), source,
                source == null ? null : IndicatorSource.valueOf(source).swedish(), rs.getString("kolada_kpi_id"),
                rs.getInt("version"), rs.getDate("valid_from").toLocalDate(),
                validTo == null ? null : validTo.toLocalDate(), rs.getLong("recorded_position"));
    }
}
