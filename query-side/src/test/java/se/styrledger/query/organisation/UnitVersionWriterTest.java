package se.styrledger.query.organisation;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import se.styrledger.events.Decision;
import se.styrledger.events.organisation.UnitKind;
import se.styrledger.platform.testing.TestDatabase;
import se.styrledger.query.organisation.UnitProjection.UnitState;
import se.styrledger.query.support.Timeline.Version;
import se.styrledger.query.support.VersionWriter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The bitemporal rows of {@code unit_version}, written on a real PostgreSQL. */
class UnitVersionWriterTest {

    private final JdbcTemplate jdbc = new JdbcTemplate(TestDatabase.migrated());
    private final VersionWriter writer = new VersionWriter(jdbc);
    private final UUID unit = UUID.randomUUID();
    private final Decision decision = new Decision(UUID.randomUUID(), LocalDate.parse("2019-06-17"), "§ 90", "KS 1", null);

    private UnitState named(String name) {
        return new UnitState(name, UnitKind.COMMITTEE, null, false, decision);
    }

    @Test
    void anUnchangedVersionKeepsItsRowAndAChangedOneIsClosedAtTheRecordedTime() {
        Instant first = Instant.parse("2019-06-20T10:00:00Z");
        Instant second = Instant.parse("2019-09-01T10:00:00Z");
        Version<UnitState> a = new Version<>(LocalDate.parse("2019-07-01"), null, named("A"));
        writer.write(UnitProjection.TABLE, unit, List.of(a), first, 1);

        Version<UnitState> aUntil = new Version<>(LocalDate.parse("2019-07-01"), LocalDate.parse("2020-01-01"), named("A"));
        Version<UnitState> b = new Version<>(LocalDate.parse("2020-01-01"), null, named("B"));
        writer.write(UnitProjection.TABLE, unit, List.of(aUntil, b), second, 2);

        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT name, valid_to, recorded_from, recorded_to FROM unit_version WHERE unit_id = ? ORDER BY recorded_from, valid_from",
                unit);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).get("recorded_to")).as("the first version is closed when the rename is recorded")
                .isNotNull();
        assertThat(rows.get(1).get("recorded_to")).isNull();
        assertThat(rows.get(2).get("name")).isEqualTo("B");
    }

    @Test
    void writingTheSameTimelineAgainChangesNoRow() {
        Version<UnitState> a = new Version<>(LocalDate.parse("2019-07-01"), null, named("A"));
        writer.write(UnitProjection.TABLE, unit, List.of(a), Instant.parse("2019-06-20T10:00:00Z"), 1);
        writer.write(UnitProjection.TABLE, unit, List.of(a), Instant.parse("2019-06-21T10:00:00Z"), 2);

        Integer rows = jdbc.queryForObject("SELECT count(*) FROM unit_version WHERE unit_id = ?", Integer.class, unit);
        assertThat(rows).isEqualTo(1);
    }
}
