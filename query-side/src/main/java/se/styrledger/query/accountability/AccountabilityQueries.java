package se.styrledger.query.accountability;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import se.styrledger.events.accountability.AuditRecommendation;
import se.styrledger.events.accountability.DischargeOutcome;
import se.styrledger.events.accountability.OfficeRole;
import se.styrledger.query.accountability.AccountabilityView.AuditAssessmentView;
import se.styrledger.query.accountability.AccountabilityView.AuditReportView;
import se.styrledger.query.accountability.AccountabilityView.AuditStatementView;
import se.styrledger.query.accountability.AccountabilityView.DischargeView;
import se.styrledger.query.accountability.AccountabilityView.DocumentView;
import se.styrledger.query.accountability.AccountabilityView.OfficeHolderView;
import se.styrledger.query.support.AsOfSql;
import se.styrledger.query.support.DecisionView;
import se.styrledger.query.support.ReadTime;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads a nämnd's ansvarsprövning for a year at a point on both time axes. */
@Component
public class AccountabilityQueries {

    private final NamedParameterJdbcTemplate jdbc;

    public AccountabilityQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty when the unit does not exist on {@code at.asOf()}. */
    public Optional<AccountabilityView> of(UUID unitId, int year, ReadTime at) {
        MapSqlParameterSource params = AsOfSql.params(at).addValue("unitId", unitId).addValue("year", year)
                .addValue("id", idFor(unitId, year));
        List<String> names = jdbc.queryForList("SELECT u.name FROM unit_version u WHERE u.unit_id = :unitId AND "
                + AsOfSql.at("u"), params, String.class);
        if (names.isEmpty()) {
            return Optional.empty();
        }
        List<AuditReportView> reports = jdbc.query("SELECT * FROM audit_report_version t WHERE"
                + " t.accountability_id = :id AND " + AsOfSql.at("t") + " ORDER BY t.issued_on, t.title", params,
                (rs, n) -> new AuditReportView(rs.getObject("report_id", UUID.class), rs.getString("title"),
                        rs.getString("conclusions"), document(rs, "issued_on", "case_number", "paragraph", "links")));
        List<Row> rows = jdbc.query("SELECT * FROM accountability_version t WHERE t.accountability_id = :id AND "
                + AsOfSql.at("t"), params, (rs, n) -> new Row(assessment(rs), discharge(rs)));
        Row row = rows.isEmpty() ? new Row(null, null) : rows.get(0);
        AuditStatementView statement = jdbc.query("SELECT * FROM audit_statement_version t WHERE t.year = :year AND "
                        + AsOfSql.at("t"), params, (rs, n) -> new AuditStatementView(
                        rs.getObject("statement_id", UUID.class), rs.getString("summary"),
                        document(rs, "issued_on", "case_number", "paragraph", "links")))
                .stream().findFirst().orElse(null);
        return Optional.of(new AccountabilityView(unitId, names.get(0), year, at.asOf(), at.knownAt(),
                presidium(unitId, year, params), reports, row.assessment(), statement, row.discharge()));
    }

    /** The same id as the command side's: the one ansvarsprövning of a nämnd and year. */
    static UUID idFor(UUID unitId, int year) {
        return UUID.nameUUIDFromBytes(("accountability|" + unitId + "|" + year).getBytes(StandardCharsets.UTF_8));
    }

    private record Row(AuditAssessmentView assessment, DischargeView discharge) {
    }

    private record Election(UUID presidiumId, LocalDate startsOn, LocalDate endsOn, DecisionView decision,
                            String links) {
    }

    private record Holder(UUID presidiumId, OfficeRole role, String name, String party) {
    }

    /**
     * Who held each office during the year: an election's office-holders serve from its first day until its
     * term ends, or until a later election for the same role takes over (a fyllnadsval), whichever comes first.
     */
    private List<OfficeHolderView> presidium(UUID unitId, int year, MapSqlParameterSource params) {
        List<Election> elections = jdbc.query("SELECT * FROM presidium_version t WHERE t.unit_id = :unitId AND "
                + AsOfSql.at("t") + " ORDER BY t.starts_on, t.recorded_position", params, (rs, n) -> new Election(
                rs.getObject("presidium_id", UUID.class), rs.getDate("starts_on").toLocalDate(),
                rs.getDate("ends_on").toLocalDate(), DecisionView.read(rs), rs.getString("decision_links")));
        if (elections.isEmpty()) {
            return List.of();
        }
        List<Holder> holders = jdbc.query("SELECT h.* FROM presidium_holder_version h JOIN presidium_version t"
                        + " ON t.presidium_id = h.presidium_id AND " + AsOfSql.at("t") + " WHERE t.unit_id = :unitId"
                        + " AND " + AsOfSql.at("h"), params, (rs, n) -> new Holder(
                        rs.getObject("presidium_id", UUID.class), OfficeRole.valueOf(rs.getString("role")),
                        rs.getString("name"), rs.getString("party")));
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        List<OfficeHolderView> served = new ArrayList<>();
        for (int i = 0; i < elections.size(); i++) {
            Election election = elections.get(i);
            for (Holder holder : holders) {
                if (!holder.presidiumId().equals(election.presidiumId())) {
                    continue;
                }
                LocalDate until = election.endsOn();
                for (Election later : elections.subList(i + 1, elections.size())) {
                    boolean takesOver = later.startsOn().isAfter(election.startsOn()) && holders.stream()
                            .anyMatch(h -> h.presidiumId().equals(later.presidiumId()) && h.role() == holder.role());
                    if (takesOver && later.startsOn().minusDays(1).isBefore(until)) {
                        until = later.startsOn().minusDays(1);
                    }
                }
                if (!election.startsOn().isAfter(last) && !until.isBefore(first)) {
                    served.add(new OfficeHolderView(holder.name(), holder.role().name(), holder.role().swedish(),
                            holder.party(), election.startsOn(), until, election.decision(),
                            LinksJson.read(election.links())));
                }
            }
        }
        served.sort(Comparator.comparing((OfficeHolderView h) -> OfficeRole.valueOf(h.role()))
                .thenComparing(OfficeHolderView::from));
        return List.copyOf(served);
    }

    private static AuditAssessmentView assessment(ResultSet rs) throws SQLException {
        String recommendation = rs.getString("recommendation");
        if (recommendation == null) {
            return null;
        }
        return new AuditAssessmentView(rs.getString("assessment"), recommendation,
                AuditRecommendation.valueOf(recommendation).swedish(), rs.getString("remark"),
                rs.getString("assessment_grounds"), document(rs, "assessed_on", "assessment_case_number",
                "assessment_paragraph", "assessment_links"));
    }

    private static DischargeView discharge(ResultSet rs) throws SQLException {
        String outcome = rs.getString("outcome");
        if (outcome == null) {
            return null;
        }
        return new DischargeView(outcome, DischargeOutcome.valueOf(outcome).swedish(), rs.getString("discharge_grounds"),
                DecisionView.read(rs), LinksJson.read(rs.getString("decision_links")));
    }

    private static DocumentView document(ResultSet rs, String issuedOn, String caseNumber, String paragraph,
                                         String links) throws SQLException {
        Date date = rs.getDate(issuedOn);
        return new DocumentView(date.toLocalDate(), rs.getString(caseNumber), rs.getString(paragraph),
                LinksJson.read(rs.getString(links)));
    }
}
