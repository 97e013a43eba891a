package se.styrledger.command.followup;

import se.styrledger.events.followup.FollowUpReportKind;
import se.styrledger.events.indicators.Period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The follow-up lookup for aggregate fixture tests, without a database; the locks are PostgreSQL's and are
 * exercised end to end. It records which locks a command took, so a test can see that closing took the exclusive one.
 */
class FakeFollowUpDirectory implements FollowUpDirectory {

    private final List<Report> reports = new ArrayList<>();
    private final List<Value> values = new ArrayList<>();
    final List<String> locksTaken = new ArrayList<>();

    UUID addReport(int year, FollowUpReportKind kind, LocalDate cutOff, Status status) {
        UUID id = UUID.randomUUID();
        reports.add(new Report(id, year, kind, cutOff, status));
        return id;
    }

    void addValue(Value value) {
        values.add(value);
    }

    @Override
    public Optional<Report> report(UUID reportId) {
        return reports.stream().filter(r -> r.reportId().equals(reportId)).findFirst();
    }

    @Override
    public Optional<Report> report(int year, FollowUpReportKind kind) {
        return reports.stream().filter(r -> r.year() == year && r.kind() == kind).findFirst();
    }

    @Override
    public Optional<Report> firstReportCovering(Period period) {
        return reports.stream().filter(r -> r.year() == period.year() && !r.cutOff().isBefore(period.end()))
                .min(Comparator.comparing(Report::cutOff));
    }

    @Override
    public Optional<Value> value(UUID valueId) {
        return values.stream().filter(v -> v.valueId().equals(valueId)).findFirst();
    }

    @Override
    public Optional<Value> currentValue(UUID indicatorId, UUID unitId, Period period) {
        return values.stream().filter(v -> v.indicatorId().equals(indicatorId) && v.unitId().equals(unitId)
                && v.period().equals(period) && v.supersededBy() == null).findFirst();
    }

    @Override
    public void lockSeries(UUID indicatorId, UUID unitId, Period period) {
        locksTaken.add("series");
    }

    @Override
    public void lockReportsShared() {
        locksTaken.add("reports-shared");
    }

    @Override
    public void lockReportsForClosing() {
        locksTaken.add("reports-closing");
    }
}
