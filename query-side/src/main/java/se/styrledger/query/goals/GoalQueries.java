package se.styrledger.query.goals;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import se.styrledger.events.goals.ChangeStepKind;
import se.styrledger.events.indicators.IndicatorDirection;
import se.styrledger.events.indicators.IndicatorSource;
import se.styrledger.events.indicators.Period;
import se.styrledger.events.indicators.PeriodKind;
import se.styrledger.query.support.PeriodLabels;
import se.styrledger.query.support.AsOfSql;
import se.styrledger.query.support.DecisionView;
import se.styrledger.query.support.ReadTime;
import se.styrledger.query.support.SqlArrays;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads the goal tables at a point on both time axes: each method is one as-of lookup per table it touches.
 * Withdrawn goals are read like any other and marked, never left out.
 */
@Component
public class GoalQueries {

    private static final RowMapper<VisionView> VISION = (rs, n) -> new VisionView(
            rs.getObject("vision_id", UUID.class), rs.getString("text"), rs.getBoolean("withdrawn"),
            rs.getString("withdrawal_reason"), rs.getBoolean("withdrawn") ? "upphävd" : "gällande",
            rs.getInt("version"), date(rs, "valid_from"), date(rs, "valid_to"), DecisionView.read(rs),
            rs.getLong("recorded_position"));

    private static final RowMapper<StrategicDirectionView> DIRECTION = (rs, n) -> new StrategicDirectionView(
            rs.getObject("direction_id", UUID.class), rs.getObject("vision_id", UUID.class), rs.getString("name"),
            SqlArrays.strings(rs, "themes"), rs.getBoolean("withdrawn"), rs.getString("withdrawal_reason"),
            rs.getBoolean("withdrawn") ? "upphävd" : "gällande", rs.getInt("version"), date(rs, "valid_from"),
            date(rs, "valid_to"), DecisionView.read(rs), rs.getLong("recorded_position"));

    private static final RowMapper<DirectionGoalView> DIRECTION_GOAL = (rs, n) -> new DirectionGoalView(
            rs.getObject("goal_id", UUID.class), rs.getObject("direction_id", UUID.class), rs.getString("title"),
            rs.getString("description"), rs.getInt("from_year"), rs.getInt("to_year"), rs.getBoolean("withdrawn"),
            rs.getString("withdrawal_reason"), rs.getBoolean("withdrawn") ? "upphävt" : "gällande",
            rs.getInt("version"), date(rs, "valid_from"), date(rs, "valid_to"), DecisionView.read(rs),
            rs.getLong("recorded_position"));

    private static final RowMapper<EffectGoalView> EFFECT_GOAL = (rs, n) -> new EffectGoalView(
            rs.getObject("goal_id", UUID.class), rs.getObject("owner_unit_id", UUID.class),
            rs.getString("owner_unit_name"), rs.getInt("year"), rs.getString("title"), rs.getString("target_group"),
            rs.getString("intended_effect"), rs.getBoolean("imposed_by_council"),
            rs.getBoolean("imposed_by_council") ? "ålagt av kommunfullmäktige" : "eget åtagande",
            rs.getBoolean("withdrawn"), rs.getString("withdrawal_reason"),
            rs.getBoolean("withdrawn") ? "upphävt" : "gällande", rs.getInt("version"), date(rs, "valid_from"),
            date(rs, "valid_to"), DecisionView.read(rs), rs.getLong("recorded_position"));

    /** Effektmål with their owner's name as of the same point, from the organisation's own read table. */
    private static final String EFFECT_GOALS = "SELECT eg.*, u.name AS owner_unit_name FROM effect_goal_version eg"
            + " LEFT JOIN unit_version u ON u.unit_id = eg.owner_unit_id AND " + AsOfSql.at("u");

    private final NamedParameterJdbcTemplate jdbc;

    public GoalQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<VisionView> visions(ReadTime at) {
        return jdbc.query("SELECT * FROM vision_version v WHERE " + AsOfSql.at("v")
                + " ORDER BY valid_from, vision_id", AsOfSql.params(at), VISION);
    }

    public List<VisionView> visionHistory(UUID visionId, ReadTime at) {
        return jdbc.query("SELECT * FROM vision_version v WHERE vision_id = :id AND " + AsOfSql.knownAt("v")
                + " ORDER BY valid_from", AsOfSql.params(at).addValue("id", visionId), VISION);
    }

    public List<StrategicDirectionView> directions(ReadTime at, UUID visionId) {
        return jdbc.query("SELECT * FROM strategic_direction_version d WHERE " + AsOfSql.at("d")
                        + (visionId == null ? "" : " AND vision_id = :visionId") + " ORDER BY name, direction_id",
                AsOfSql.params(at).addValue("visionId", visionId), DIRECTION);
    }

    public Optional<StrategicDirectionView> direction(UUID directionId, ReadTime at) {
        return jdbc.query("SELECT * FROM strategic_direction_version d WHERE direction_id = :id AND "
                + AsOfSql.at("d"), AsOfSql.params(at).addValue("id", directionId), DIRECTION).stream().findFirst();
    }

    public List<StrategicDirectionView> directionHistory(UUID directionId, ReadTime at) {
        return jdbc.query("SELECT * FROM strategic_direction_version d WHERE direction_id = :id AND "
                        + AsOfSql.knownAt("d") + " ORDER BY valid_from", AsOfSql.params(at).addValue("id", directionId),
                DIRECTION);
    }

    /** Inriktningsmål, optionally within one strategisk inriktning and for a year their period covers. */
    public List<DirectionGoalView> directionGoals(ReadTime at, UUID directionId, Integer year) {
        return jdbc.query("SELECT * FROM direction_goal_version g WHERE " + AsOfSql.at("g")
                        + (directionId == null ? "" : " AND direction_id = :directionId")
                        + (year == null ? "" : " AND :year BETWEEN from_year AND to_year") + " ORDER BY title, goal_id",
                AsOfSql.params(at).addValue("directionId", directionId).addValue("year", year), DIRECTION_GOAL);
    }

    public Optional<DirectionGoalView> directionGoal(UUID goalId, ReadTime at) {
        return jdbc.query("SELECT * FROM direction_goal_version g WHERE goal_id = :id AND " + AsOfSql.at("g"),
                AsOfSql.params(at).addValue("id", goalId), DIRECTION_GOAL).stream().findFirst();
    }

    public List<DirectionGoalView> directionGoalHistory(UUID goalId, ReadTime at) {
        return jdbc.query("SELECT * FROM direction_goal_version g WHERE goal_id = :id AND " + AsOfSql.knownAt("g")
                + " ORDER BY valid_from", AsOfSql.params(at).addValue("id", goalId), DIRECTION_GOAL);
    }

    /** Effektmål, optionally of one nämnd or bolag and for one year. */
    public List<EffectGoalView> effectGoals(ReadTime at, UUID unitId, Integer year) {
        return jdbc.query(EFFECT_GOALS + " WHERE " + AsOfSql.at("eg")
                        + (unitId == null ? "" : " AND eg.owner_unit_id = :unitId")
                        + (year == null ? "" : " AND eg.year = :year") + " ORDER BY eg.year, eg.title, eg.goal_id",
                AsOfSql.params(at).addValue("unitId", unitId).addValue("year", year), EFFECT_GOAL);
    }

    public Optional<EffectGoalView> effectGoal(UUID goalId, ReadTime at) {
        return jdbc.query(EFFECT_GOALS + " WHERE eg.goal_id = :id AND " + AsOfSql.at("eg"),
                AsOfSql.params(at).addValue("id", goalId), EFFECT_GOAL).stream().findFirst();
    }

    public List<EffectGoalView> effectGoalHistory(UUID goalId, ReadTime at) {
        return jdbc.query("SELECT eg.*, u.name AS owner_unit_name FROM effect_goal_version eg"
                        + " LEFT JOIN unit_version u ON u.unit_id = eg.owner_unit_id"
                        + " AND daterange(u.valid_from, u.valid_to, '[)') @> eg.valid_from AND " + AsOfSql.knownAt("u")
                        + " WHERE eg.goal_id = :id AND " + AsOfSql.knownAt("eg") + " ORDER BY eg.valid_from",
                AsOfSql.params(at).addValue("id", goalId), EFFECT_GOAL);
    }

    /** What points where: every effektmål, of any nämnd and year, linked to this inriktningsmål. */
    public List<EffectGoalView> effectGoalsLinkedTo(UUID directionGoalId, ReadTime at) {
        return jdbc.query(EFFECT_GOALS + " WHERE " + AsOfSql.at("eg") + " AND EXISTS (SELECT 1"
                        + " FROM effect_goal_link_version l WHERE l.goal_id = eg.goal_id"
                        + " AND l.direction_goal_id = :directionGoalId AND " + AsOfSql.at("l") + ")"
                        + " ORDER BY eg.year, u.name, eg.title",
                AsOfSql.params(at).addValue("directionGoalId", directionGoalId), EFFECT_GOAL);
    }

    /** The inriktningsmål each effektmål links to, as they stand on the same date. */
    public Map<UUID, List<LinkView>> links(ReadTime at, Collection<UUID> effectGoalIds) {
        return grouped(jdbc.query("SELECT l.goal_id, l.direction_goal_id, l.decided_by, l.decided_on, l.paragraph,"
                        + " l.case_number, l.effective_from, dg.title, dg.withdrawn FROM effect_goal_link_version l"
                        + " LEFT JOIN direction_goal_version dg ON dg.goal_id = l.direction_goal_id AND "
                        + AsOfSql.at("dg") + " WHERE " + AsOfSql.at("l") + " AND l.goal_id = ANY (:ids)"
                        + " ORDER BY dg.title", ids(at, effectGoalIds),
                (rs, n) -> Map.entry(rs.getObject("goal_id", UUID.class), new LinkView(
                        rs.getObject("direction_goal_id", UUID.class), rs.getString("title"),
                        rs.getBoolean("withdrawn"), statusOfLinked(rs), DecisionView.read(rs)))));
    }

    /** The indikatorer attached to each goal, with their målvärden and definitions as of the same date. */
    public Map<UUID, List<GoalIndicatorView>> indicators(ReadTime at, Collection<UUID> goalIds) {
        return grouped(jdbc.query("SELECT gi.*, i.name, i.unit_of_measure, i.direction, i.source, i.kolada_kpi_id"
                        + " FROM goal_indicator_version gi"
                        + " LEFT JOIN indicator_version i ON i.indicator_id = gi.indicator_id AND " + AsOfSql.at("i")
                        + " WHERE " + AsOfSql.at("gi") + " AND gi.goal_id = ANY (:ids)"
                        + " ORDER BY i.name, gi.period_year, gi.period_kind, gi.period_number", ids(at, goalIds),
                (rs, n) -> Map.entry(rs.getObject("goal_id", UUID.class), indicator(rs))));
    }

    /** Each effektmål's förändringsteori as of the date, if it has one. */
    public Map<UUID, ChangeTheoryView> changeTheories(ReadTime at, Collection<UUID> effectGoalIds) {
        Map<UUID, List<Map.Entry<ChangeTheoryView, ChangeTheoryView.Step>>> rows = grouped(jdbc.query(
                "SELECT * FROM change_theory_version c WHERE " + AsOfSql.at("c") + " AND goal_id = ANY (:ids)"
                        + " ORDER BY goal_id, step_number", ids(at, effectGoalIds),
                (rs, n) -> {
                    ChangeStepKind kind = ChangeStepKind.valueOf(rs.getString("kind"));
                    return Map.entry(rs.getObject("goal_id", UUID.class), Map.entry(
                            new ChangeTheoryView(rs.getInt("version"), DecisionView.read(rs), List.of()),
                            new ChangeTheoryView.Step(rs.getInt("step_number"), kind.name(), kind.swedish(),
                                    rs.getString("text"))));
                }));
        Map<UUID, ChangeTheoryView> theories = new LinkedHashMap<>();
        rows.forEach((goalId, steps) -> {
            ChangeTheoryView first = steps.get(0).getKey();
            theories.put(goalId, new ChangeTheoryView(first.version(), first.decision(),
                    steps.stream().map(Map.Entry::getValue).toList()));
        });
        return theories;
    }

    private static GoalIndicatorView indicator(ResultSet rs) throws SQLException {
        PeriodKind kind = PeriodKind.valueOf(rs.getString("period_kind"));
        Period period = new Period(kind, rs.getInt("period_year"), rs.getInt("period_number"));
        String direction = rs.getString("direction");
        String source = rs.getString("source");
        return new GoalIndicatorView(rs.getObject("indicator_id", UUID.class), rs.getString("name"),
                rs.getString("unit_of_measure"),
                direction == null ? null : IndicatorDirection.valueOf(direction).swedish(),
                source == null ? null : IndicatorSource.valueOf(source).swedish(), rs.getString("kolada_kpi_id"),
                rs.getBigDecimal("target_value"),
                new GoalIndicatorView.PeriodView(kind.name(), kind.swedish(), period.year(), period.number(),
                        period.start(), period.end(), PeriodLabels.label(period)),
                DecisionView.read(rs));
    }

    private static String statusOfLinked(ResultSet rs) throws SQLException {
        if (rs.getString("title") == null) {
            return "gäller inte detta datum";
        }
        return rs.getBoolean("withdrawn") ? "upphävt" : "gällande";
    }

    private static MapSqlParameterSource ids(ReadTime at, Collection<UUID> ids) {
        return AsOfSql.params(at).addValue("ids", SqlArrays.of("uuid", List.copyOf(ids)));
    }

    private static <V> Map<UUID, List<V>> grouped(List<Map.Entry<UUID, V>> rows) {
        return rows.stream().collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
                Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
