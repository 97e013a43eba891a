package se.styrledger.query.activities;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import se.styrledger.events.activities.ActivityStatus;
import se.styrledger.query.flags.FlagView;
import se.styrledger.query.flags.Flags;
import se.styrledger.query.support.AsOfSql;
import se.styrledger.query.support.DecisionView;
import se.styrledger.query.support.ReadTime;
import se.styrledger.query.support.SqlArrays;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads {@code activity_version} and {@code activity_status_change} at a point on both time axes. */
@Component
public class ActivityQueries {

    private static final RowMapper<ActivityView> ROW = (rs, n) -> {
        ActivityStatus status = ActivityStatus.valueOf(rs.getString("status"));
        boolean imposed = rs.getBoolean("imposed_by_council");
        return new ActivityView(rs.getObject("activity_id", UUID.class), rs.getObject("effect_goal_id", UUID.class),
                rs.getString("title"), rs.getString("responsible"), date(rs.getDate("due_date")), imposed,
                imposed ? "ålagd av kommunfullmäktige" : "eget åtagande", status.name(), status.swedish(),
                rs.getString("status_comment"), date(rs.getDate("status_changed_on")), rs.getString("revision_reason"),
                rs.getInt("version"), date(rs.getDate("valid_from")), date(rs.getDate("valid_to")),
                DecisionView.read(rs), List.of(), List.of(), rs.getLong("recorded_position"));
    };

    private final NamedParameterJdbcTemplate jdbc;
    private final Flags flags;

    public ActivityQueries(NamedParameterJdbcTemplate jdbc, Flags flags) {
        this.jdbc = jdbc;
        this.flags = flags;
    }

    /** The activities under these effektmål, each with its status history and its flags among {@code flagged}. */
    public Map<UUID, List<ActivityView>> forEffectGoals(ReadTime at, Collection<UUID> effectGoalIds,
                                                        List<FlagView> flagged) {
        List<ActivityView> activities = jdbc.query("SELECT * FROM activity_version a WHERE " + AsOfSql.at("a")
                        + " AND effect_goal_id = ANY (:ids) ORDER BY due_date, title",
                AsOfSql.params(at).addValue("ids", SqlArrays.of("uuid", List.copyOf(effectGoalIds))), ROW);
        return withDetails(at, activities, flagged).stream()
                .collect(Collectors.groupingBy(ActivityView::effectGoalId));
    }

    public Optional<ActivityView> one(UUID activityId, ReadTime at) {
        List<ActivityView> found = jdbc.query("SELECT * FROM activity_version a WHERE activity_id = :id AND "
                + AsOfSql.at("a"), AsOfSql.params(at).addValue("id", activityId), ROW);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<FlagView> flagged = flags.find(at, Flags.Scope.effectGoals(List.of(found.get(0).effectGoalId())));
        return Optional.of(withDetails(at, found, flagged).get(0));
    }

    /** Every version on the decision axis, as known at {@code at.knownAt()}: the activity's status history. */
    public List<ActivityView> history(UUID activityId, ReadTime at) {
        return jdbc.query("SELECT * FROM activity_version a WHERE activity_id = :id AND " + AsOfSql.knownAt("a")
                + " ORDER BY valid_from", AsOfSql.params(at).addValue("id", activityId), ROW);
    }

    private List<ActivityView> withDetails(ReadTime at, List<ActivityView> activities, List<FlagView> flagged) {
        if (activities.isEmpty()) {
            return activities;
        }
        List<UUID> ids = activities.stream().map(ActivityView::activityId).toList();
        Map<UUID, List<ActivityView.StatusChange>> changes = jdbc.query("SELECT * FROM activity_status_change"
                        + " WHERE activity_id = ANY (:ids) AND changed_on <= CAST(:asOf AS date)"
                        + " AND recorded_from <= CAST(:knownAt AS timestamptz) ORDER BY changed_on, sequence_number",
                AsOfSql.params(at).addValue("ids", SqlArrays.of("uuid", ids)), (rs, n) -> Map.entry(
                        rs.getObject("activity_id", UUID.class), new ActivityView.StatusChange(rs.getString("status"),
                                ActivityStatus.valueOf(rs.getString("status")).swedish(), rs.getString("comment"),
                                rs.getDate("changed_on").toLocalDate(),
                                rs.getTimestamp("recorded_from").toInstant())))
                .stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return activities.stream().map(a -> a.withDetails(changes.getOrDefault(a.activityId(), List.of()),
                flagged.stream().filter(f -> Objects.equals(f.activityId(), a.activityId())).toList())).toList();
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
