package se.styrledger.query.audit;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import se.styrledger.query.support.AsOfSql;
import se.styrledger.query.support.ReadTime;
import se.styrledger.query.support.SqlArrays;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a revisor reads in the trail, as they were on the audited date (ADR 0101): the audit projection writes a
 * reference where a description names a unit, goal, indikator or styrdokument ({@link #ref}), and every read
 * puts in the name that entity had on {@code asOf} as known at {@code knownAt}. A nämnd renamed since then keeps
 * the name it had; one dissolved by then keeps its last name; one not yet established gets its first.
 */
@Component
public class AuditNames {

    private static final Pattern REFERENCE = Pattern.compile("⟦([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-"
            + "[0-9a-f]{12})⟧");

    /** Said where the ledger has no name for an id at all: never the bare id. */
    static final String UNKNOWN = "(namn saknas i liggaren)";

    // Every entity with a name, on both time axes. A report is named by kind and year when its event is described.
    private static final String NAMED = "SELECT unit_id AS id, name, valid_from, valid_to, recorded_from, recorded_to"
            + " FROM unit_version WHERE unit_id = ANY(:ids)"
            + " UNION ALL SELECT goal_id, title, valid_from, valid_to, recorded_from, recorded_to"
            + " FROM effect_goal_version WHERE goal_id = ANY(:ids)"
            + " UNION ALL SELECT goal_id, title, valid_from, valid_to, recorded_from, recorded_to"
            + " FROM direction_goal_version WHERE goal_id = ANY(:ids)"
            + " UNION ALL SELECT direction_id, name, valid_from, valid_to, recorded_from, recorded_to"
            + " FROM strategic_direction_version WHERE direction_id = ANY(:ids)"
            + " UNION ALL SELECT indicator_id, name, valid_from, valid_to, recorded_from, recorded_to"
            + " FROM indicator_version WHERE indicator_id = ANY(:ids)"
            + " UNION ALL SELECT document_id, title, valid_from, valid_to, recorded_from, recorded_to"
            + " FROM governing_document_version WHERE document_id = ANY(:ids)";

    private final NamedParameterJdbcTemplate jdbc;

    public AuditNames(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The reference a description holds in place of an entity's name. */
    static String ref(UUID id) {
        return id == null ? UNKNOWN : "⟦" + id + "⟧";
    }

    /**
     * The name of each id on the audited date: the version in force on {@code asOf} as known at {@code knownAt};
     * else the last one that began before it; else the first known. An id with no name is missing from the map.
     */
    public Map<UUID, String> names(Collection<UUID> ids, ReadTime at) {
        Map<UUID, String> names = new HashMap<>();
        Set<UUID> wanted = new LinkedHashSet<>(ids);
        wanted.remove(null);
        if (wanted.isEmpty()) {
            return names;
        }
        MapSqlParameterSource params = AsOfSql.params(at).addValue("ids", SqlArrays.of("uuid", List.copyOf(wanted)));
        jdbc.query("SELECT DISTINCT ON (n.id) n.id, n.name FROM (" + NAMED + ") n"
                + " ORDER BY n.id, (" + AsOfSql.knownAt("n") + ") DESC,"
                + " (daterange(n.valid_from, n.valid_to, '[)') @> CAST(:asOf AS date)) DESC,"
                + " (n.valid_from <= CAST(:asOf AS date)) DESC,"
                + " CASE WHEN n.valid_from <= CAST(:asOf AS date) THEN n.valid_from END DESC NULLS LAST,"
                + " n.valid_from, n.recorded_from DESC", params,
                rs -> {
                    names.put(rs.getObject("id", UUID.class), rs.getString("name"));
                });
        return names;
    }

    /** The ids a description refers to. */
    static Set<UUID> referencesIn(String description) {
        Set<UUID> ids = new LinkedHashSet<>();
        if (description == null) {
            return ids;
        }
        Matcher matcher = REFERENCE.matcher(description);
        while (matcher.find()) {
            ids.add(UUID.fromString(matcher.group(1)));
        }
        return ids;
    }

    /** The description with each reference replaced by its name. */
    static String resolve(String description, Map<UUID, String> names) {
        return description == null ? null : REFERENCE.matcher(description).replaceAll(match -> Matcher.quoteReplacement(
                names.getOrDefault(UUID.fromString(match.group(1)), UNKNOWN)));
    }
}
