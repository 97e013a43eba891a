package se.styrledger.query.support;

import java.util.List;

/**
 * A bitemporal read table: one row per version of an entity, valid over [valid_from, valid_to) on the decision axis
 * and known over [recorded_from, recorded_to) on the recorded axis. An as-of query is then one indexed lookup.
 */
public interface VersionTable<S> {

    String table();

    String idColumn();

    List<String> stateColumns();

    /** The values of {@link #stateColumns()} for one state, in the same order. */
    Object[] stateValues(S state);

    /**
     * The rows of one version. A relation (an effektmål's links, a goal's indicators) is one version of a set and
     * has a row per member, all sharing the version's key; an entity has one row.
     */
    default List<Object[]> stateRows(S state) {
        return List.<Object[]>of(stateValues(state));
    }
}
