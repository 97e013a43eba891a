package se.styrledger.query.support;

import org.springframework.stereotype.Component;
import se.styrledger.platform.web.ConcurrencyCap;

/**
 * The caps on the open reads that hold a thread or a connection for long (review finding 5): event exports stream
 * from one database connection for as long as the client reads, and a wait for {@code minPosition} holds a request
 * thread for up to {@code styrledger.queries.min-position-wait}. The defaults leave most of the 20 connections and
 * Tomcat's 200 threads to writers and to other reads.
 */
@Component
public class ReadCaps {

    private final ConcurrencyCap exports;
    private final ConcurrencyCap waits;

    public ReadCaps(QueryProperties properties) {
        this.exports = new ConcurrencyCap(properties.maxConcurrentExports(), "Liggaren exporterar redan så många händelseströmmar den tar emot"
                + " samtidigt.", 10);
        this.waits = new ConcurrencyCap(properties.maxConcurrentWaits(), "Så många läsningar väntar redan på läsmodellerna (minPosition).", 1);
    }

    public ConcurrencyCap exports() {
        return exports;
    }

    public ConcurrencyCap waits() {
        return waits;
    }
}
