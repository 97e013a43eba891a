-- The follow-up reaches the effektmål's audit trail (ADR 0100): an indicator value or correction concerns the goals
-- its indikator measures for that unit and year, and a report's opening, closing and adoption concern every goal of
-- its year. The projection remembers what it needs to say so.
ALTER TABLE audit_entry ADD COLUMN indicator_id UUID;
CREATE INDEX audit_entry_indicator ON audit_entry (indicator_id, unit_id, year) WHERE indicator_id IS NOT NULL;

CREATE TABLE audit_goal_indicator (
    goal_id      UUID NOT NULL,
    indicator_id UUID NOT NULL,
    PRIMARY KEY (goal_id, indicator_id)
);
CREATE TABLE audit_report (
    report_id UUID PRIMARY KEY,
    year      INTEGER     NOT NULL,
    kind      VARCHAR(16) NOT NULL
);
CREATE INDEX audit_report_year ON audit_report (year);
-- A correction names the value it supersedes; the trail shows both figures.
CREATE TABLE audit_value (
    value_id UUID PRIMARY KEY,
    value    NUMERIC NOT NULL
);
