package se.styrledger.query.support;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.sql.Date;
import java.sql.Timestamp;

/**
 * The as-of condition on both time axes, written as range containment so that it matches the GiST index every
 * röd tråd read table has on {@code (daterange(valid_from, valid_to), tstzrange(recorded_from, recorded_to))}: an
 * as-of read of a whole table is then one indexed lookup. Parameters are named {@code :asOf} and {@code :knownAt}.
 */
public final class AsOfSql {

    private AsOfSql() {
    }

    /** The rows of table {@code alias} in force on {@code :asOf} as known at {@code :knownAt}. */
    public static String at(String alias) {
        return "daterange(" + alias + ".valid_from, " + alias + ".valid_to, '[)') @> CAST(:asOf AS date)"
                + " AND tstzrange(" + alias + ".recorded_from, " + alias + ".recorded_to, '[)')"
                + " @> CAST(:knownAt AS timestamptz)";
    }

    /** The rows of table {@code alias} known at {@code :knownAt}, on every date: an entity's history. */
    public static String knownAt(String alias) {
        return "tstzrange(" + alias + ".recorded_from, " + alias + ".recorded_to, '[)')"
                + " @> CAST(:knownAt AS timestamptz)";
    }

    public static MapSqlParameterSource params(ReadTime at) {
        return new MapSqlParameterSource()
                .addValue("asOf", Date.valueOf(at.asOf()))
                .addValue("knownAt", Timestamp.from(at.knownAt()));
    }
}
