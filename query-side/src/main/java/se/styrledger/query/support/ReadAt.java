package se.styrledger.query.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A query's {@link ReadTime} (or, for a report, its {@link KnownAt}), taken from the request's {@code asOf}, {@code knownAt} and {@code minPosition}
 * parameters by {@link ReadTimeResolver}, which first waits (bounded) until the read models hold {@code minPosition}
 * (ADR 0132). The OpenAPI document shows the three parameters ({@link ReadTimeParameters}).
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadAt {

    /**
     * False for a history: it shows every version on the decision axis, so it takes no {@code asOf}. A
     * {@link KnownAt} never takes one.
     */
    boolean asOf() default true;
}
