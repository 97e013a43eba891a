package se.styrledger.query.flags;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import se.styrledger.events.activities.ActivityStatus;
import se.styrledger.query.support.AsOfSql;
import se.styrledger.query.support.ReadTime;
import se.styrledger.query.support.SqlArrays;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The flags of the röd tråd as of a date, computed from the read tables at read time (never stored, so a flag
 * appears and disappears with {@code asOf} and {@code knownAt}). Only effektmål in force are flagged; a withdrawn
 * effektmål no longer commits its nämnd to anything.
 */
@Component
public class Flags {

    private final NamedParameterJdbcTemplate jdbc;

    public Flags(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Which effektmål to look at; a null part means any. */
    public record Scope(UUID unitId, Integer year, Collection<UUID> effectGoalIds) {

        public static Scope of(UUID unitId, Integer year) {
            return new Scope(unitId, year, null);
        }

        public static Scope effectGoals(Collection<UUID> effectGoalIds) {
            return new Scope(null, null, effectGoalIds);
        }
    }

    public List<FlagView> find(ReadTime at, Scope scope) {
        MapSqlParameterSource params = AsOfSql.params(at)
                .addValue("unitId", scope.unitId())
                .addValue("year", scope.year())
                .addValue("goalIds", scope.effectGoalIds() == null ? null
                        : SqlArrays.of("uuid", List.copyOf(scope.effectGoalIds())))
                .addValue("closed", SqlArrays.of("text", Arrays.stream(ActivityStatus.values())
                        .filter(ActivityStatus::isClosed).map(Enum::name).toList()));
        String inScope = inScope(scope);
        List<FlagView> flags = new ArrayList<>();
        flags.addAll(jdbc.query("SELECT eg.goal_id, eg.owner_unit_id, eg.year, eg.title FROM effect_goal_version eg"
                + " WHERE " + AsOfSql.at("eg") + " AND NOT eg.withdrawn" + inScope
                + " AND NOT EXISTS (SELECT 1 FROM effect_goal_link_version l"
                + "   JOIN direction_goal_version dg ON dg.goal_id = l.direction_goal_id AND " + AsOfSql.at("dg")
                + "   WHERE l.goal_id = eg.goal_id AND " + AsOfSql.at("l") + " AND NOT dg.withdrawn)"
                + " ORDER BY eg.year, eg.title", params, (rs, n) -> FlagView.of(FlagKind.ALL_DIRECTION_GOALS_WITHDRAWN,
                "Effektmålet knyter inte längre an till något gällande inriktningsmål från kommunfullmäktige.",
                rs.getObject("goal_id", UUID.class), null, rs.getObject("owner_unit_id", UUID.class),
                rs.getInt("year"), rs.getString("title"))));
        flags.addAll(jdbc.query("SELECT eg.goal_id, eg.owner_unit_id, eg.year, eg.title FROM effect_goal_version eg"
                + " WHERE " + AsOfSql.at("eg") + " AND NOT eg.withdrawn" + inScope
                + " AND NOT EXISTS (SELECT 1 FROM goal_indicator_version gi"
                + "   WHERE gi.goal_id = eg.goal_id AND " + AsOfSql.at("gi") + ")"
                + " ORDER BY eg.year, eg.title", params, (rs, n) -> FlagView.of(FlagKind.NO_INDICATOR,
                "Inget nyckeltal med målvärde är kopplat till effektmålet, så måluppfyllelsen kan inte bedömas.",
                rs.getObject("goal_id", UUID.class), null, rs.getObject("owner_unit_id", UUID.class),
                rs.getInt("year"), rs.getString("title"))));
        flags.addAll(jdbc.query("SELECT a.activity_id, a.title, a.due_date, a.status, eg.goal_id, eg.owner_unit_id,"
                + " eg.year FROM activity_version a"
                + " JOIN effect_goal_version eg ON eg.goal_id = a.effect_goal_id AND " + AsOfSql.at("eg")
                + " WHERE " + AsOfSql.at("a") + " AND a.due_date < CAST(:asOf AS date)"
                + " AND a.status <> ALL (:closed)" + inScope
                + " ORDER BY a.due_date, a.title", params, (rs, n) -> FlagView.of(FlagKind.ACTIVITY_OVERDUE,
                "Förfallodatum " + rs.getDate("due_date").toLocalDate() + " har passerat och aktiviteten är "
                        + ActivityStatus.valueOf(rs.getString("status")).swedish()
                        + ", varken genomförd eller inställd.",
                rs.getObject("goal_id", UUID.class), rs.getObject("activity_id", UUID.class),
                rs.getObject("owner_unit_id", UUID.class), rs.getInt("year"), rs.getString("title"))));
        return flags;
    }

    private static String inScope(Scope scope) {
        String condition = "";
        if (scope.unitId() != null) {
            condition += " AND eg.owner_unit_id = :unitId";
        }
        if (scope.year() != null) {
            condition += " AND eg.year = :year";
        }
        if (scope.effectGoalIds() != null) {
            condition += " AND eg.goal_id = ANY (:goalIds)";
        }
        return condition;
    }
}
