-- The command side's own lookups for rules that span aggregates (R-10, R-13, R-15, R-07, R-14),
-- kept by a subscribing processor in the same transaction as the events.

-- Strategiska inriktningar and inriktningsmål: in force from the decision's effective date until withdrawn.
CREATE TABLE cmd_goal (
    goal_id        UUID        PRIMARY KEY,
    kind           VARCHAR(32) NOT NULL,  -- VISION, STRATEGIC_DIRECTION, DIRECTION_GOAL, EFFECT_GOAL
    parent_id      UUID,                  -- the vision of a direction, the direction of a direction goal
    owner_unit_id  UUID,                  -- effektmål: the nämnd or bolag
    from_year      INTEGER,               -- inriktningsmål: first year of its period; effektmål: its year
    to_year        INTEGER,
    in_force_from  DATE        NOT NULL,
    withdrawn_from DATE
);

CREATE TABLE cmd_indicator (
    indicator_id UUID PRIMARY KEY
);

-- One verksamhetsplan per unit and year (R-07).
CREATE TABLE cmd_operational_plan (
    plan_id   UUID    PRIMARY KEY,
    unit_id   UUID    NOT NULL,
    year      INTEGER NOT NULL,
    withdrawn BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE UNIQUE INDEX cmd_operational_plan_one_per_year ON cmd_operational_plan (unit_id, year) WHERE NOT withdrawn;
