package se.styrledger.app.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Builds the decision part of demo requests. */
public final class DemoDecisions {

    private DemoDecisions() {
    }

    public static Map<String, Object> decision(UUID decidedBy, String decidedOn, String paragraph, String caseNumber) {
        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("decidedBy", decidedBy);
        decision.put("decidedOn", decidedOn);
        decision.put("paragraph", paragraph);
        decision.put("caseNumber", caseNumber);
        return decision;
    }

    public static Map<String, Object> decision(UUID decidedBy, String decidedOn, String paragraph, String caseNumber,
                                               String effectiveFrom) {
        Map<String, Object> decision = decision(decidedBy, decidedOn, paragraph, caseNumber);
        decision.put("effectiveFrom", effectiveFrom);
        return decision;
    }
}
