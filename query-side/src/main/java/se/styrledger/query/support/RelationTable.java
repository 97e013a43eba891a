package se.styrledger.query.support;

import java.util.List;

/**
 * A bitemporal table holding a relation, such as an effektmål's links to inriktningsmål: each version of the set
 * is a row per member, so one version has as many rows as members (and none when the set is empty).
 */
public abstract class RelationTable<S> implements VersionTable<S> {

    @Override
    public abstract List<Object[]> stateRows(S state);

    /** A set has no single row; {@link #stateRows} gives one per member. */
    @Override
    public final Object[] stateValues(S state) {
        throw new UnsupportedOperationException(table() + " holds a row per member; use stateRows");
    }
}
