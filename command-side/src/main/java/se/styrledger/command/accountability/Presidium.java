package se.styrledger.command.accountability;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import se.styrledger.command.organisation.DecisionCheck;
import se.styrledger.command.organisation.UnitDirectory;
import se.styrledger.command.support.Fields;
import se.styrledger.command.support.RecordsDecision;
import se.styrledger.events.Decision;
import se.styrledger.events.accountability.OfficeHolder;
import se.styrledger.events.accountability.OfficeRole;
import se.styrledger.events.accountability.PresidiumElected;
import se.styrledger.events.accountability.TermOfOffice;
import se.styrledger.events.organisation.UnitKind;
import se.styrledger.platform.web.LedgerException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One election by KF of a nämnd's presidium for (the rest of) a mandatperiod (R-52, KL 6 kap): who is ordförande,
 * vice ordförande and perhaps andre vice ordförande, from which day to which. Each election is its own record; a
 * fyllnadsval is a later election for the same nämnd and role.
 */
@Aggregate
public class Presidium {

    /** A mandatperiod is four years; an election never covers more than one. */
    private static final int MAX_TERM_YEARS = 4;
    private static final int MAX_NAME = 200;
    private static final int MAX_PARTY = 100;

    public record ElectPresidium(UUID presidiumId, UUID unitId, TermOfOffice term, List<OfficeHolder> officeHolders,
                                 Decision decision) implements RecordsDecision {
    }

    @AggregateIdentifier
    private UUID presidiumId;

    protected Presidium() {
    }

    @CommandHandler
    public Presidium(ElectPresidium command, UnitDirectory units, Clock clock) {
        UnitDirectory.Unit body = DecisionCheck.requireValid(command.decision(), units, clock);
        if (body.kind() != UnitKind.COUNCIL) {
            throw LedgerException.ruleViolation("R-52", "decision.decidedBy", "Kommunfullmäktige väljer nämndens"
                    + " ordförande och vice ordförande (KL 6 kap); en " + body.kind().swedish() + " kan inte göra det.");
        }
        if (command.unitId() == null) {
            throw LedgerException.invalid("unitId", "Ange nämnden.");
        }
        UnitDirectory.Unit unit = units.find(command.unitId()).orElseThrow(() -> LedgerException.ruleViolation(
                "R-52", "unitId", "Nämnden " + command.unitId() + " finns inte i organisationen."));
        if (unit.kind() != UnitKind.COMMITTEE && unit.kind() != UnitKind.EXECUTIVE_BOARD) {
            throw LedgerException.ruleViolation("R-52", "unitId", "Ett presidium väljs här för nämnder och"
                    + " kommunstyrelsen, inte för en " + unit.kind().swedish() + ".");
        }
        TermOfOffice term = requireTerm(command.term());
        if (!unit.existsOn(term.startsOn())) {
            throw LedgerException.ruleViolation("R-52", "term.startsOn", "Nämnden fanns inte den "
                    + term.startsOn() + ".");
        }
        apply(new PresidiumElected(command.presidiumId(), command.unitId(), term,
                requireHolders(command.officeHolders()), command.decision()));
    }

    private static TermOfOffice requireTerm(TermOfOffice term) {
        if (term == null || term.startsOn() == null) {
            throw LedgerException.invalid("term.startsOn", "Ange första dagen av mandattiden.");
        }
        if (term.endsOn() == null || term.endsOn().isBefore(term.startsOn())) {
            throw LedgerException.invalid("term.endsOn", "Ange sista dagen av mandattiden, efter den första.");
        }
        if (term.endsOn().isAfter(term.startsOn().plusYears(MAX_TERM_YEARS))) {
            throw LedgerException.ruleViolation("R-52", "term.endsOn", "En mandatperiod är fyra år; ett val"
                    + " gäller som längst till dess slut.");
        }
        return term;
    }

    private static List<OfficeHolder> requireHolders(List<OfficeHolder> holders) {
        if (holders == null || holders.isEmpty()) {
            throw LedgerException.invalid("officeHolders", "Ange minst en ledamot av presidiet.");
        }
        Set<OfficeRole> roles = EnumSet.noneOf(OfficeRole.class);
        List<OfficeHolder> checked = new ArrayList<>();
        for (int i = 0; i < holders.size(); i++) {
            OfficeHolder holder = holders.get(i);
            String field = "officeHolders[" + i + "]";
            if (holder == null || holder.role() == null) {
                throw LedgerException.invalid(field + ".role", "Ange uppdraget: CHAIR (ordförande),"
                        + " FIRST_VICE_CHAIR (vice ordförande) eller SECOND_VICE_CHAIR (andre vice ordförande).");
            }
            if (!roles.add(holder.role())) {
                throw LedgerException.ruleViolation("R-52", field + ".role", "Uppdraget " + holder.role().swedish()
                        + " finns två gånger i samma val.");
            }
            checked.add(new OfficeHolder(Fields.requireText(holder.name(), field + ".name", "Namn", MAX_NAME),
                    holder.role(), Fields.optionalText(holder.party(), field + ".party", "Parti", MAX_PARTY)));
        }
        return List.copyOf(checked);
    }

    @EventSourcingHandler
    void on(PresidiumElected event) {
        presidiumId = event.presidiumId();
    }
}
