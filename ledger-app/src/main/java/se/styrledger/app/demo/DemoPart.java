package se.styrledger.app.demo;

/**
 * One part of the demo data (organisation, röd tråd, follow-up, styrdokument …). Parts run in {@code order()} and
 * record everything through the public HTTP API, as a kommun's own tools would.
 */
public interface DemoPart {

    /** Lower runs first: the organisation (0) before the röd tråd (100) before follow-up (200). */
    int order();

    String name();

    void load(DemoClient client);
}
