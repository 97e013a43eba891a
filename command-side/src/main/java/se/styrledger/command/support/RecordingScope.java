package se.styrledger.command.support;

import se.styrledger.events.Decision;
import se.styrledger.events.organisation.UnitKind;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What a command records for: either named units, each of which the recorder needs a recording right for, or
 * the kommun's leadership, for which a right for any kommunfullmäktige or kommunstyrelse (or the whole kommun) will do,
 * or the revisorer's own documents, which only they record.
 */
public sealed interface RecordingScope {

    /** A right is needed for every one of these units. */
    record Units(Set<UUID> unitIds) implements RecordingScope {
        public Units {
            unitIds = Set.copyOf(unitIds);
        }
    }

    /** A right is needed for some unit of one of these kinds (e.g. KS or KF), or for the whole kommun. */
    record AnyUnitOf(Set<UnitKind> kinds) implements RecordingScope {
        public AnyUnitOf {
            kinds = Set.copyOf(kinds);
        }
    }

    /** Every one of these scopes at once, e.g. a batch with a nämnd's own values and other kommuners' figures. */
    record AllOf(List<RecordingScope> scopes) implements RecordingScope {
        public AllOf {
            scopes = List.copyOf(scopes);
        }
    }

    /**
     * The revisorer's own documents (granskningsrapporter, bedömning, revisionsberättelse): recorded by an account
     * with the revisor role and by nobody else, under no unit's right. The revisorer are elected by KF and examine
     * every nämnd independently (KL 12 kap); a nämnd's recorder must not write its own revisorer's assessment, and a
     * revisor needs no right for the nämnd it examines (ADR 0111).
     */
    record Auditors() implements RecordingScope {
    }

    static RecordingScope units(UUID... unitIds) {
        return new Units(Set.of(unitIds));
    }

    /** Kommunövergripande matters: the follow-up reports' cycle, the indicator catalogue. */
    static RecordingScope kommunLeadership() {
        return new AnyUnitOf(Set.of(UnitKind.COUNCIL, UnitKind.EXECUTIVE_BOARD));
    }

    static RecordingScope council() {
        return new AnyUnitOf(Set.of(UnitKind.COUNCIL));
    }

    /**
     * The body that decided. A decision that names no body is refused by R-31 later; until then it is treated as
     * kommunfullmäktige's, the most that anyone could claim, so that only a recorder for KF gets to see that answer.
     */
    static RecordingScope decidingBody(Decision decision) {
        return decision == null || decision.decidedBy() == null ? council() : units(decision.decidedBy());
    }

    /** The deciding body and the unit the matter belongs to (e.g. the effektmål's owner), when it is known. */
    static RecordingScope decidingBodyAnd(Decision decision, UUID unitOfMatter) {
        RecordingScope body = decidingBody(decision);
        if (unitOfMatter == null || !(body instanceof Units units)) {
            return body;
        }
        Set<UUID> both = new HashSet<>(units.unitIds());
        both.add(unitOfMatter);
        return new Units(both);
    }
}
