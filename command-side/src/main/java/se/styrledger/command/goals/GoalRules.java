package se.styrledger.command.goals;

import se.styrledger.command.organisation.DecisionCheck;
import se.styrledger.command.organisation.UnitDirectory;
import se.styrledger.events.Decision;
import se.styrledger.events.indicators.IndicatorTarget;
import se.styrledger.events.organisation.UnitKind;
import se.styrledger.platform.web.LedgerException;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.UUID;

/** The rules on who decides the röd tråd and what a target must state, each in one place. */
public final class GoalRules {

    private GoalRules() {
    }

    /** only KF adopts, revises or withdraws the vision, strategiska inriktningar and inriktningsmål. */
    public static void requireCouncil(Decision decision, UnitDirectory units, Clock clock) {
        UnitDirectory.Unit body = DecisionCheck.requireValid(decision, units, clock);
        if (body.kind() != UnitKind.COUNCIL) {
            throw LedgerException.ruleViolation("R-01", "decision.decidedBy",
                    "Vision, strategiska inriktningar och inriktningsmål beslutas bara av kommunfullmäktige, inte av "
                            + body.kind().swedish() + ".");
        }
    }

    /**
     * an effektmål or aktivitet is decided by the nämnd or bolag that owns it; KF may impose one in a strategic
     * matter, and it is then recorded as imposed by KF.
     */
    public static void requireOwnerOrImposedByCouncil(UUID ownerUnitId, boolean imposedByCouncil, Decision decision,
                                                      UnitDirectory units, Clock clock) {
        UnitDirectory.Unit body = DecisionCheck.requireValid(decision, units, clock);
        if (imposedByCouncil) {
            if (body.kind() != UnitKind.COUNCIL) {
                throw LedgerException.ruleViolation("R-02", "imposedByCouncil",
                        "Bara kommunfullmäktige kan ålägga en nämnd eller ett bolag ett effektmål eller en aktivitet.");
            }
            return;
        }
        if (!body.unitId().equals(ownerUnitId)) {
            throw LedgerException.ruleViolation("R-02", "decision.decidedBy",
                    "Effektmål och aktiviteter beslutas av den nämnd eller det bolag som äger dem. Ett beslut av"
                            + " kommunfullmäktige ska anges som ålagt (imposedByCouncil).");
        }
    }

    /**
     * R-02 and §5 of the source policy: how an effektmål is to be reached — its aktiviteter, its indicators, its
     * förändringsteori — is decided by the nämnd or bolag that owns it, also when KF imposed the goal itself. KF may
     * impose "specifika effektmål och aktiviteter" (§5, "Avsteg från principen"), so an aktivitet it imposes is
     * recorded as imposed; indicators and the förändringsteori are the owner's alone.
     */
    public static void requireOwner(UUID ownerUnitId, Decision decision, UnitDirectory units, Clock clock) {
        UnitDirectory.Unit body = DecisionCheck.requireValid(decision, units, clock);
        if (!body.unitId().equals(ownerUnitId)) {
            throw LedgerException.ruleViolation("R-02", "decision.decidedBy",
                    "Hur effektmålet ska nås (aktiviteter, indikatorer, förändringsteori) beslutar den nämnd eller"
                            + " det bolag som äger det, även när kommunfullmäktige har ålagt själva målet (§5).");
        }
    }

    /** an indicator attached to a goal states its målvärde and the period it refers to. */
    public static void requireTarget(UUID indicatorId, IndicatorTarget target, GoalDirectory goals) {
        if (indicatorId == null || !goals.indicatorExists(indicatorId)) {
            throw LedgerException.invalid("indicatorId", "Indikatorn " + indicatorId + " finns inte.");
        }
        if (target == null || target.value() == null) {
            throw LedgerException.ruleViolation("R-14", "target.value", "Målvärde saknas för indikatorn.");
        }
        if (target.value().abs().compareTo(new BigDecimal("1e15")) > 0) {
            throw LedgerException.ruleViolation("R-14", "target.value", "Målvärdet är orimligt stort.");
        }
        if (target.period() == null || !target.period().wellFormed()) {
            throw LedgerException.ruleViolation("R-14", "target.period",
                    "Ange vilken period målvärdet avser: månad 1–12, tertial 1–3 eller år 1, och ett år mellan 1900 och 2200.");
        }
    }
}
