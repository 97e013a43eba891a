package se.styrledger.command.followup;

import se.styrledger.events.followup.FollowUpReportKind;
import se.styrledger.events.indicators.Period;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The command side's own lookup of follow-up reports and indicator values, and the locks that keep a closing report
 * and the values and assessments recorded around it in one order (ADR 0040).
 */
public interface FollowUpDirectory {

    Optional<Report> report(UUID reportId);

    Optional<Report> report(int year, FollowUpReportKind kind);

    /** The report that first covers the period: of the period's year, the earliest whose cut-off is on or after its end. */
    Optional<Report> firstReportCovering(Period period);

    Optional<Value> value(UUID valueId);

    /** The value in force for an indicator, unit and period: the one no correction has superseded. */
    Optional<Value> currentValue(UUID indicatorId, UUID unitId, Period period);

    /** Holds off other reports and corrections of the same indicator, unit and period until this command ends. */
    void lockSeries(UUID indicatorId, UUID unitId, Period period);

    /**
     * No report closes until this command ends: what it reads about a report's status stays true until its events
     * are stored.
     */
    void lockReportsShared();

    /**
     * Waits for every command that is storing events to finish, and holds new ones back until this closing is
     * stored: every event before the closing event in the stream is then committed, and none comes after it.
     */
    void lockReportsForClosing();

    enum Status {
        OPEN, CLOSED, ADOPTED
    }

    record Report(UUID reportId, int year, FollowUpReportKind kind, LocalDate cutOff, Status status) {

        public boolean isOpen() {
            return status == Status.OPEN;
        }
    }

    record Value(UUID valueId, UUID indicatorId, UUID unitId, Period period, UUID supersededBy) {
    }
}
