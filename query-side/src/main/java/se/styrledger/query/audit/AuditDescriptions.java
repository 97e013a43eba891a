package se.styrledger.query.audit;

import se.styrledger.events.Decision;
import se.styrledger.events.activities.ActivityPlanned;
import se.styrledger.events.activities.ActivityRevised;
import se.styrledger.events.activities.ActivityStatusChanged;
import se.styrledger.events.goals.ChangeTheoryDefined;
import se.styrledger.events.goals.DirectionGoalAdopted;
import se.styrledger.events.goals.DirectionGoalRevised;
import se.styrledger.events.goals.DirectionGoalWithdrawn;
import se.styrledger.events.goals.EffectGoalAdopted;
import se.styrledger.events.goals.EffectGoalLinked;
import se.styrledger.events.goals.EffectGoalRevised;
import se.styrledger.events.goals.EffectGoalUnlinked;
import se.styrledger.events.goals.EffectGoalWithdrawn;
import se.styrledger.events.goals.IndicatorAttached;
import se.styrledger.events.goals.IndicatorDetached;
import se.styrledger.events.goals.StrategicDirectionAdopted;
import se.styrledger.events.goals.StrategicDirectionRevised;
import se.styrledger.events.goals.StrategicDirectionWithdrawn;
import se.styrledger.events.goals.VisionAdopted;
import se.styrledger.events.goals.VisionRevised;
import se.styrledger.events.goals.VisionWithdrawn;
import se.styrledger.events.governingdocument.DocumentAdopted;
import se.styrledger.events.governingdocument.DocumentConfirmedCurrent;
import se.styrledger.events.governingdocument.DocumentOwnerChanged;
import se.styrledger.events.governingdocument.DocumentRepealed;
import se.styrledger.events.governingdocument.DocumentReplaced;
import se.styrledger.events.governingdocument.DocumentRevised;
import se.styrledger.events.indicators.IndicatorDefined;
import se.styrledger.events.indicators.IndicatorRevised;
import se.styrledger.events.organisation.UnitDissolved;
import se.styrledger.events.organisation.UnitEstablished;
import se.styrledger.events.organisation.UnitMoved;
import se.styrledger.events.organisation.UnitRenamed;
import se.styrledger.events.plans.OperationalPlanAdopted;
import se.styrledger.events.plans.OperationalPlanRevised;
import se.styrledger.events.plans.OperationalPlanWithdrawn;
import se.styrledger.events.politicalprogram.PoliticalProgramRecorded;
import se.styrledger.events.rights.Grantee;
import se.styrledger.events.rights.GranteeKind;
import se.styrledger.events.rights.RecordingRightConfigured;
import se.styrledger.events.rights.RecordingRightGranted;
import se.styrledger.events.rights.RecordingRightRevoked;

import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static se.styrledger.query.audit.AuditNames.ref;

/**
 * What each event means to a revisor, in Swedish, and what it concerns. Where a description names a unit, goal,
 * indikator or styrdokument it holds a reference ({@link AuditNames#ref}) that each read replaces by the name on the
 * audited date. Every event type in shared-events has a description here or in the describers this class asks
 * ({@code AuditDescriptionsTest} fails the build for one that has none); should one still arrive without, it enters
 * the trail all the same, with its decision and reason, so nothing recorded is ever missing from it.
 */
final class AuditDescriptions {

    private static final Map<Class<?>, Map<String, RecordComponent>> COMPONENTS = new ConcurrentHashMap<>();

    private AuditDescriptions() {
    }

    /** The entry's text and what it concerns; null fields are filled from earlier events where they can be. */
    record Described(String description, UUID effectGoalId, UUID unitId, Integer year, String person,
                     UUID indicatorId) {

        Described(String description, UUID effectGoalId, UUID unitId, Integer year, String person) {
            this(description, effectGoalId, unitId, year, person, null);
        }

        static Described text(String description) {
            return new Described(description, null, null, null, null);
        }
    }

    /** Said for an event type with no description of its own; {@code AuditDescriptionsTest} keeps it unused. */
    static final String UNDESCRIBED = "Händelse utan egen beskrivning i granskningsspåret";

    static Described describe(Object payload, FollowUpDescriptions.Memory memory) {
        if (payload instanceof EffectGoalAdopted e) {
            return new Described((e.imposedByCouncil() ? "Effektmål ålagt av kommunfullmäktige: " : "Effektmål antaget: ")
                    + quote(e.title()) + " för " + e.year() + ", målgrupp " + quote(e.targetGroup()),
                    e.goalId(), e.ownerUnitId(), e.year(), null);
        }
        if (payload instanceof EffectGoalRevised e) {
            return Described.text("Effektmål reviderat: " + quote(e.title()) + ", målgrupp " + quote(e.targetGroup()));
        }
        if (payload instanceof EffectGoalLinked e) {
            return Described.text("Effektmål kopplat till inriktningsmål " + quote(ref(e.directionGoalId())));
        }
        if (payload instanceof EffectGoalUnlinked e) {
            return Described.text("Effektmål bortkopplat från inriktningsmål " + quote(ref(e.directionGoalId())));
        }
        if (payload instanceof EffectGoalWithdrawn) {
            return Described.text("Effektmål upphävt");
        }
        if (payload instanceof IndicatorAttached e) {
            return Described.text("Indikator " + quote(ref(e.indicatorId())) + " kopplad" + (e.target() == null
                    ? " utan målvärde" : " med målvärde " + e.target().value().toPlainString() + " för "
                    + FollowUpDescriptions.period(e.target().period())));
        }
        if (payload instanceof IndicatorDetached e) {
            return Described.text("Indikator " + quote(ref(e.indicatorId())) + " bortkopplad");
        }
        if (payload instanceof ChangeTheoryDefined e) {
            return Described.text("Förändringsteori beskriven i " + e.steps().size() + " steg");
        }
        if (payload instanceof ActivityPlanned e) {
            return new Described("Aktivitet planerad: " + quote(e.title()) + ", ansvarig " + e.responsible()
                    + ", klar senast " + e.dueDate() + (e.imposedByCouncil() ? " (ålagd av kommunfullmäktige)" : ""),
                    e.effectGoalId(), null, null, e.responsible());
        }
        if (payload instanceof ActivityRevised e) {
            return new Described("Aktivitet ändrad: " + quote(e.title()) + ", ansvarig " + e.responsible()
                    + ", klar senast " + e.dueDate(), null, null, null, e.responsible());
        }
        if (payload instanceof ActivityStatusChanged e) {
            return Described.text("Aktivitetens status ändrad till " + e.status().swedish() + " den " + e.changedOn()
                    + ": " + quote(e.comment()));
        }
        if (payload instanceof OperationalPlanAdopted e) {
            return new Described("Verksamhetsplan " + e.year() + " antagen, ram " + e.budgetFrame().toPlainString()
                    + " kr, " + e.effectGoalIds().size() + " effektmål", null, e.unitId(), e.year(), null);
        }
        if (payload instanceof OperationalPlanRevised e) {
            return Described.text("Verksamhetsplan reviderad, ram " + e.budgetFrame().toPlainString() + " kr");
        }
        if (payload instanceof OperationalPlanWithdrawn) {
            return Described.text("Verksamhetsplan upphävd");
        }
        if (payload instanceof VisionAdopted e) {
            return Described.text("Vision antagen: " + quote(e.text()));
        }
        if (payload instanceof VisionRevised e) {
            return Described.text("Vision reviderad: " + quote(e.text()));
        }
        if (payload instanceof VisionWithdrawn) {
            return Described.text("Vision upphävd");
        }
        if (payload instanceof StrategicDirectionAdopted e) {
            return Described.text("Strategisk inriktning antagen: " + quote(e.name()));
        }
        if (payload instanceof StrategicDirectionRevised e) {
            return Described.text("Strategisk inriktning reviderad: " + quote(e.name()));
        }
        if (payload instanceof StrategicDirectionWithdrawn) {
            return Described.text("Strategisk inriktning upphävd");
        }
        if (payload instanceof DirectionGoalAdopted e) {
            return Described.text("Inriktningsmål antaget: " + quote(e.title()) + " för " + e.fromYear() + "–" + e.toYear());
        }
        if (payload instanceof DirectionGoalRevised e) {
            return Described.text("Inriktningsmål reviderat: " + quote(e.title()) + " för " + e.fromYear() + "–" + e.toYear());
        }
        if (payload instanceof DirectionGoalWithdrawn) {
            return Described.text("Inriktningsmål upphävt");
        }
        if (payload instanceof IndicatorDefined e) {
            return Described.text("Indikator definierad: " + quote(e.name()) + " (" + e.unitOfMeasure() + ", "
                    + e.source().swedish() + ")");
        }
        if (payload instanceof IndicatorRevised e) {
            return Described.text("Indikator reviderad: " + quote(e.name()));
        }
        if (payload instanceof DocumentAdopted e) {
            return byDecider("Styrdokument antaget: " + e.type().swedish() + " " + quote(e.content().title())
                    + ", dokumentansvarig " + e.content().owner(), e.decision(), null);
        }
        if (payload instanceof DocumentRevised e) {
            return byDecider("Styrdokument reviderat till version " + e.version() + ": "
                    + quote(e.content().title()), e.decision(), null);
        }
        if (payload instanceof DocumentConfirmedCurrent e) {
            return byDecider("Styrdokument " + quote(ref(e.documentId())) + " aktualitetsprövat utan ändring,"
                    + " nästa prövning " + e.reviewDue(), e.decision(), null);
        }
        if (payload instanceof DocumentOwnerChanged e) {
            return byDecider("Styrdokument " + quote(ref(e.documentId())) + " fick ny dokumentansvarig: "
                    + e.owner(), e.decision(), e.owner());
        }
        if (payload instanceof DocumentRepealed e) {
            return byDecider("Styrdokument " + quote(ref(e.documentId())) + " upphävt", e.decision(), null);
        }
        if (payload instanceof DocumentReplaced e) {
            return byDecider("Styrdokument " + quote(ref(e.documentId())) + " ersatt av " + quote(ref(e.replacedBy())),
                    e.decision(), null);
        }
        if (payload instanceof UnitEstablished e) {
            return new Described("Enhet inrättad: " + quote(e.name()) + " (" + e.kind().swedish() + ")", null,
                    e.unitId(), null, null);
        }
        if (payload instanceof UnitRenamed e) {
            return new Described("Enhet bytte namn till " + quote(e.name()), null, e.unitId(), null, null);
        }
        if (payload instanceof UnitMoved e) {
            return new Described("Enhet flyttad under " + quote(ref(e.parentId())), null, e.unitId(), null, null);
        }
        if (payload instanceof UnitDissolved e) {
            return new Described("Enhet avvecklad", null, e.unitId(), null, null);
        }
        if (payload instanceof PoliticalProgramRecorded e) {
            return Described.text("Politiskt program registrerat som referens (inget kommunbeslut): " + quote(e.title())
                    + ", " + e.parties() + ", presenterat " + e.presentedOn());
        }
        if (payload instanceof RecordingRightGranted e) {
            return new Described("Behörighet att registrera given till " + holder(e.grantee()) + " för enheten"
                    + (e.includesSubunits() ? " och enheterna under den" : ""), null, e.unitId(), null,
                    e.grantee().name());
        }
        if (payload instanceof RecordingRightConfigured e) {
            return new Described("Behörighet att registrera för hela kommunen given till " + holder(e.grantee())
                    + " från konfigurationen (" + e.configuredAs() + ") vid första start", null, null, null,
                    e.grantee().name());
        }
        if (payload instanceof RecordingRightRevoked) {
            return Described.text("Behörighet att registrera återkallad");
        }
        Described accountability = AccountabilityDescriptions.describe(payload);
        if (accountability != null) {
            return accountability;
        }
        Described economyOrControl = EconomyAndControlDescriptions.describe(payload);
        if (economyOrControl != null) {
            return economyOrControl;
        }
        Described followUp = FollowUpDescriptions.describe(payload, memory);
        if (followUp != null) {
            return followUp;
        }
        return Described.text(UNDESCRIBED);
    }

    /**
     * A styrdokument decision concerns the body that decided it, in the year it decided: so a nämnd's review shows
     * its own styrdokument decisions.
     */
    private static Described byDecider(String text, Decision decision, String person) {
        return decision == null || decision.decidedOn() == null ? new Described(text, null, null, null, person)
                : new Described(text, null, decision.decidedBy(), decision.decidedOn().getYear(), person);
    }

    /** True for the later events of a verksamhetsplan, budget or internkontrollplan: they concern what its first named. */
    static boolean concernsItsFirstEvent(Object payload) {
        return payload instanceof OperationalPlanRevised || payload instanceof OperationalPlanWithdrawn
                || EconomyAndControlDescriptions.concernsItsFirstEvent(payload);
    }

    private static String holder(Grantee grantee) {
        return (grantee.kind() == GranteeKind.ACCOUNT ? "kontot " : "gruppen ") + quote(grantee.name());
    }

    /** The decision an event carries, if its record has one. */
    static Decision decisionOf(Object payload) {
        Object value = component(payload, "decision");
        return value instanceof Decision decision ? decision : null;
    }

    /** The stated reason for a withdrawal, correction or change, if its record has one. */
    static String reasonOf(Object payload) {
        Object value = component(payload, "reason");
        return value instanceof String reason ? reason : null;
    }

    private static Object component(Object payload, String name) {
        if (!payload.getClass().isRecord()) {
            return null;
        }
        RecordComponent component = COMPONENTS.computeIfAbsent(payload.getClass(), type -> {
            Map<String, RecordComponent> byName = new ConcurrentHashMap<>();
            for (RecordComponent c : type.getRecordComponents()) {
                byName.put(c.getName(), c);
            }
            return byName;
        }).get(name);
        if (component == null) {
            return null;
        }
        try {
            return component.getAccessor().invoke(payload);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + name + " of " + payload.getClass().getName(), e);
        }
    }

    static String quote(String text) {
        return "”" + text + "”";
    }
}
