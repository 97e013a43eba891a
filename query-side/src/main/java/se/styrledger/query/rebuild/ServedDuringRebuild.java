package se.styrledger.query.rebuild;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a query-side controller (or one of its methods) that reads no read table, e.g. the event export or the
 * rebuild's own status, so that it keeps answering while the read models are rebuilt. Every other query-side
 * controller answers 503 during a rebuild ({@link RebuildGate}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ServedDuringRebuild {
}
