package se.styrledger.command.governingdocument;

import se.styrledger.events.organisation.UnitKind;

import java.util.Set;

/**
 * Which bodies may adopt one type of styrdokument, as a kommun has decided in its own rules for styrdokument.
 *
 * @param rule     the id named when a decision breaks the rule, e.g. "R-03"
 * @param anyScope kinds of body that may adopt it whatever units it applies to
 * @param ownArea  kinds of body that may adopt it only for their own area: the body itself and the units under it
 */
public record AdoptionRule(String rule, Set<UnitKind> anyScope, Set<UnitKind> ownArea) {

    public AdoptionRule {
        if (rule == null || rule.isBlank()) {
            throw new IllegalArgumentException("An adoption rule needs the id of the rule it enforces (rule)");
        }
        anyScope = anyScope == null ? Set.of() : Set.copyOf(anyScope);
        ownArea = ownArea == null ? Set.of() : Set.copyOf(ownArea);
    }
}
