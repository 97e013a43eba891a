package se.styrledger.query.indicators;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import se.styrledger.query.support.AsOfSql;
import se.styrledger.query.support.ReadTime;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads {@code indicator_version} at a point on both time axes. */
@Component
public class IndicatorQueries {

    private final NamedParameterJdbcTemplate jdbc;

    public IndicatorQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<IndicatorView> all(ReadTime at) {
        return jdbc.query("SELECT * FROM indicator_version i WHERE " + AsOfSql.at("i") + " ORDER BY name, indicator_id",
                AsOfSql.params(at), (rs, n) -> IndicatorView.read(rs));
    }

    public Optional<IndicatorView> one(UUID indicatorId, ReadTime at) {
        return jdbc.query("SELECT * FROM indicator_version i WHERE indicator_id = :id AND " + AsOfSql.at("i"),
                AsOfSql.params(at).addValue("id", indicatorId), (rs, n) -> IndicatorView.read(rs)).stream().findFirst();
    }

    /** Every version on the decision axis, as known at {@code at.knownAt()}. */
    public List<IndicatorView> history(UUID indicatorId, ReadTime at) {
        return jdbc.query("SELECT * FROM indicator_version i WHERE indicator_id = :id AND " + AsOfSql.knownAt("i")
                        + " ORDER BY valid_from", AsOfSql.params(at).addValue("id", indicatorId),
                (rs, n) -> IndicatorView.read(rs));
    }
}
