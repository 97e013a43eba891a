package se.styrledger.platform.eventstore;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class EventLineTest {

    private static final String PAYLOAD = "{\"unitId\":\"u-1\",\"name\":\"Miljö- och byggnämnden\",\"share\":0.10,"
            + "\"decision\":{\"decidedBy\":\"kf\",\"decidedOn\":\"2020-06-15\",\"paragraph\":\"§ 12\","
            + "\"caseNumber\":\"KS 2020/0100\",\"effectiveFrom\":\"2020-07-01\"}}";
    private static final String META = "{\"recordedBy\":\"registrator\",\"correlationId\":\"req-7\",\"commandId\":\"c-1\"}";

    private static EventLine stored() {
        return EventLine.fromStored(42, "e-1", "OrganisationUnit", "u-1", 3, "2020-06-20T08:15:30.123Z",
                "se.styrledger.events.organisation.UnitRenamed", null, PAYLOAD.getBytes(StandardCharsets.UTF_8),
                META.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aStoredEventBecomesALineWithItsDecisionDateAndWhoRecordedIt() {
        EventLine line = stored();

        assertThat(line.type()).isEqualTo("UnitRenamed");
        assertThat(line.recordedAt()).isEqualTo(Instant.parse("2020-06-20T08:15:30.123Z"));
        assertThat(line.decisionDate()).as("the date it takes effect").isEqualTo(LocalDate.parse("2020-07-01"));
        assertThat(line.decidedOn()).isEqualTo(LocalDate.parse("2020-06-15"));
        assertThat(line.recordedBy()).isEqualTo("registrator");
        assertThat(line.correlationId()).isEqualTo("req-7");
    }

    @Test
    void aLineReadBackGivesTheStoredBytesAgain() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        stored().writeTo(out);
        String text = out.toString(StandardCharsets.UTF_8);

        assertThat(text).endsWith("}\n").doesNotContain("\n{");
        EventLine read = EventLine.parse(text.strip());
        assertThat(new String(read.payloadBytes(), StandardCharsets.UTF_8)).isEqualTo(PAYLOAD);
        assertThat(new String(read.metaDataBytes(), StandardCharsets.UTF_8)).isEqualTo(META);
        assertThat(read).isEqualTo(stored());
    }

    @Test
    void theRecordedTimeAlwaysHasItsMilliseconds() throws IOException {
        EventLine onTheSecond = EventLine.fromStored(7, "e-3", "OrganisationUnit", "u-1", 0, "2020-06-20T08:15:30.000Z",
                "se.styrledger.events.organisation.UnitRenamed", null, PAYLOAD.getBytes(StandardCharsets.UTF_8),
                META.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        onTheSecond.writeTo(out);

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"recordedAt\":\"2020-06-20T08:15:30.000Z\"");
        assertThat(EventLine.parse(out.toString(StandardCharsets.UTF_8)).recordedAt())
                .isEqualTo(Instant.parse("2020-06-20T08:15:30Z"));
    }

    @Test
    void theOpenLineLeavesOutWhoRecordedTheEvent() {
        EventLine open = stored().withoutPersonalData();

        assertThat(open.recordedBy()).isNull();
        assertThat(open.correlationId()).isNull();
        assertThat(open.hasMetaData()).isFalse();
        assertThat(open.payload()).isEqualTo(stored().payload());
    }

    @Test
    void anEventWithoutADecisionHasNoDecisionDate() {
        EventLine line = EventLine.fromStored(1, "e-2", "Indicator", "i-1", 0, "2024-05-02T12:00:00.000Z",
                "se.styrledger.events.indicators.IndicatorDefined", null, "{\"indicatorId\":\"i-1\"}".getBytes(
                        StandardCharsets.UTF_8), null);

        assertThat(line.decisionDate()).isNull();
        assertThat(line.recordedBy()).isNull();
    }
}
