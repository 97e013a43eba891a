package se.styrledger.query.testing;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import se.styrledger.events.organisation.UnitEstablished;
import se.styrledger.events.organisation.UnitRenamed;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Test-only projection with a bug: it fails on a unit whose name carries {@link #MARKER} until the bug is "fixed".
 * It lives in a query-side package, so it gets a dead-letter queue like every real projection.
 */
@Component
@ProcessingGroup(PoisonProjection.PROCESSING_GROUP)
public class PoisonProjection {

    public static final String PROCESSING_GROUP = "test-poison";
    public static final String MARKER = "[poison]";

    private static volatile boolean fixed;
    private static final List<String> PROJECTED = new CopyOnWriteArrayList<>();

    @EventHandler
    void on(UnitEstablished event) {
        if (!fixed && event.name().contains(MARKER)) {
            throw new IllegalStateException("Test projection cannot handle " + event.name());
        }
        PROJECTED.add("established " + event.unitId());
    }

    @EventHandler
    void on(UnitRenamed event) {
        PROJECTED.add("renamed " + event.unitId());
    }

    public static void fix() {
        fixed = true;
    }

    /** The bug back, for a test that needs a poison event after another test fixed it. */
    public static void breakAgain() {
        fixed = false;
    }

    /** What the projection handled for a unit, in order. */
    public static List<String> projected(UUID unitId) {
        return PROJECTED.stream().filter(line -> line.endsWith(unitId.toString())).toList();
    }
}
