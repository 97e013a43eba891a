package se.styrledger.app;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Waits, bounded, until /actuator/health reports every projection complete, and returns their details. */
final class Completeness {

    private static final long WAIT_MILLIS = 120_000;

    private Completeness() {
    }

    static Map<String, JsonNode> awaitComplete(HttpApi api) throws InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (true) {
            // Projection details are for operators: the caller passes an ADMIN's api.
            JsonNode details = api.get("/actuator/health").body().path("components")
                    .path("projections").path("details");
            Map<String, JsonNode> processors = new TreeMap<>();
            boolean complete = true;
            for (Iterator<Map.Entry<String, JsonNode>> it = details.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                if (entry.getValue().isObject()) {
                    processors.put(entry.getKey(), entry.getValue());
                    complete &= entry.getValue().get("lag").asLong() == 0;
                }
            }
            if (complete && !processors.isEmpty()) {
                return processors;
            }
            assertThat(System.currentTimeMillis()).as("projections still behind: %s", details).isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
