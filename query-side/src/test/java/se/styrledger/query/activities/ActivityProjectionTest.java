package se.styrledger.query.activities;

import org.junit.jupiter.api.Test;
import se.styrledger.events.Decision;
import se.styrledger.events.activities.ActivityPlanned;
import se.styrledger.events.activities.ActivityRevised;
import se.styrledger.events.activities.ActivityStatus;
import se.styrledger.events.activities.ActivityStatusChanged;
import se.styrledger.query.testing.ProjectionBench;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Activities' versions and status history on a real PostgreSQL, from events in a real event store. */
class ActivityProjectionTest {

    private final ProjectionBench bench = new ProjectionBench();
    private final UUID activity = UUID.randomUUID();
    private final Decision plan = new Decision(UUID.randomUUID(), LocalDate.parse("2023-11-20"), "§ 12",
            "MBN 2023/0042", LocalDate.parse("2024-01-01"));

    ActivityProjectionTest() {
        bench.with(new ActivityProjection(bench.models()), new ActivityStatusChanges(bench.writer(), bench.jdbc()));
        bench.record(activity, new ActivityPlanned(activity, UUID.randomUUID(), "Informationskampanj om sortering",
                "Avfallschefen", LocalDate.parse("2024-06-30"), false, plan), Instant.parse("2023-11-25T10:00:00Z"));
    }

    private Map<String, Object> versionOn(String date) {
        return bench.jdbc().queryForMap("SELECT * FROM activity_version WHERE activity_id = ? AND recorded_to IS NULL"
                + " AND daterange(valid_from, valid_to, '[)') @> ?::date", activity, Date.valueOf(date));
    }

    @Test
    void aPlannedActivityStartsAsPlannedUnderItsPlanningDecision() {
        Map<String, Object> planned = versionOn("2024-01-01");

        assertThat(planned.get("status")).isEqualTo("PLANNED");
        assertThat(planned.get("responsible")).isEqualTo("Avfallschefen");
        assertThat(planned.get("due_date")).isEqualTo(Date.valueOf("2024-06-30"));
        assertThat(planned.get("paragraph")).isEqualTo("§ 12");
        assertThat(planned.get("version")).isEqualTo(1);
    }

    @Test
    void aStatusChangeTakesEffectOnItsDateAndEveryCommentIsKept() {
        bench.record(activity, new ActivityStatusChanged(activity, ActivityStatus.IN_PROGRESS, "Upphandling klar",
                LocalDate.parse("2024-02-15"), null), Instant.parse("2024-02-20T10:00:00Z"));
        bench.record(activity, new ActivityStatusChanged(activity, ActivityStatus.DONE, "Kampanjen genomförd i maj",
                LocalDate.parse("2024-05-31"), null), Instant.parse("2024-06-03T10:00:00Z"));

        assertThat(versionOn("2024-02-14").get("status")).isEqualTo("PLANNED");
        assertThat(versionOn("2024-02-15").get("status")).isEqualTo("IN_PROGRESS");
        Map<String, Object> done = versionOn("2024-06-01");
        assertThat(done.get("status")).isEqualTo("DONE");
        assertThat(done.get("status_comment")).isEqualTo("Kampanjen genomförd i maj");
        assertThat(done.get("version")).isEqualTo(3);
        assertThat(done.get("paragraph")).as("the planning decision stays with the activity").isEqualTo("§ 12");
        List<Map<String, Object>> comments = bench.jdbc().queryForList("SELECT status, comment, changed_on"
                + " FROM activity_status_change WHERE activity_id = ? ORDER BY changed_on", activity);
        assertThat(comments).extracting(r -> r.get("comment"))
                .containsExactly("Upphandling klar", "Kampanjen genomförd i maj");
    }

    @Test
    void aRevisionTakesEffectOnTheDayItWasRecordedInTheKommunsCalendar() {
        bench.record(activity, new ActivityRevised(activity, "Informationskampanj om sortering", "Renhållningsenheten",
                LocalDate.parse("2024-09-30"), "Förseningar i upphandlingen", null), Instant.parse("2024-03-31T22:30:00Z"));

        assertThat(versionOn("2024-03-31").get("responsible")).isEqualTo("Avfallschefen");
        Map<String, Object> revised = versionOn("2024-04-01");
        assertThat(revised.get("responsible")).as("00:30 on 1 April in Stockholm").isEqualTo("Renhållningsenheten");
        assertThat(revised.get("due_date")).isEqualTo(Date.valueOf("2024-09-30"));
        assertThat(revised.get("revision_reason")).isEqualTo("Förseningar i upphandlingen");
        assertThat(revised.get("version")).isEqualTo(2);
    }
}
