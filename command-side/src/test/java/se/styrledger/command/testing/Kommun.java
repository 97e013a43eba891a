package se.styrledger.command.testing;

import se.styrledger.command.goals.GoalKind;
import se.styrledger.events.Decision;
import se.styrledger.events.organisation.UnitKind;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A small kommun for fixture tests: KF, KS, Tekniska nämnden with its förvaltning, a bolag, and a röd tråd from a
 * vision through "Långsiktig hållbar tillväxt" to an inriktningsmål for 2023–2026.
 */
public final class Kommun {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneId.of("Europe/Stockholm"));

    public final FakeUnitDirectory units = new FakeUnitDirectory();
    public final FakeGoalDirectory goals = new FakeGoalDirectory();
    public final UUID council = units.add(UnitKind.COUNCIL, null, LocalDate.of(2014, 10, 15));
    public final UUID executiveBoard = units.add(UnitKind.EXECUTIVE_BOARD, council, LocalDate.of(2014, 10, 15));
    public final UUID technicalCommittee = units.add(UnitKind.COMMITTEE, council, LocalDate.of(2014, 12, 15));
    public final UUID socialCommittee = units.add(UnitKind.COMMITTEE, council, LocalDate.of(2014, 12, 15));
    public final UUID technicalAdministration = units.add(UnitKind.ADMINISTRATION, technicalCommittee, LocalDate.of(2015, 1, 20));
    public final UUID housingCompany = units.add(UnitKind.COMPANY, council, LocalDate.of(2014, 12, 15));
    public final UUID vision = goals.add(GoalKind.VISION, null, null, null, null, LocalDate.of(2015, 6, 15));
    public final UUID sustainableGrowth = goals.add(GoalKind.STRATEGIC_DIRECTION, vision, null, null, null,
            LocalDate.of(2015, 6, 15));
    public final UUID lessLitter = goals.add(GoalKind.DIRECTION_GOAL, sustainableGrowth, null, 2023, 2026,
            LocalDate.of(2022, 6, 20));

    public Decision by(UUID body, String decidedOn) {
        return new Decision(body, LocalDate.parse(decidedOn), "§ 90", "KS 2023/0458", null);
    }

    public Decision byCouncil(String decidedOn) {
        return by(council, decidedOn);
    }
}
