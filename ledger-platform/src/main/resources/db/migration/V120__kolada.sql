-- Kolada (issue 18): the figure of each indicator value in the command side's lookup, so an import can tell an
-- unchanged value (nothing to record) from a revised one (a correction, R-23); withdrawn values; which indicator
-- stands for which Kolada KPI; and the reference values of comparison kommuner, apart from the kommun's own utfall.

ALTER TABLE cmd_indicator_value
    ADD COLUMN value     NUMERIC,
    ADD COLUMN women     NUMERIC,
    ADD COLUMN men       NUMERIC,
    ADD COLUMN withdrawn BOOLEAN NOT NULL DEFAULT FALSE;

-- Values recorded before this migration get their figures from their own events (JSON in bytea).
UPDATE cmd_indicator_value c
SET value = (p.payload ->> 'value')::numeric,
    women = (p.payload -> 'genderSplit' ->> 'women')::numeric,
    men   = (p.payload -> 'genderSplit' ->> 'men')::numeric
FROM (SELECT aggregate_identifier, convert_from(payload, 'UTF8')::jsonb AS payload
      FROM domain_event_entry
      WHERE payload_type IN ('se.styrledger.events.followup.IndicatorValueReported',
                             'se.styrledger.events.followup.IndicatorValueCorrected')) p
WHERE p.aggregate_identifier = c.value_id::text;

DROP INDEX cmd_indicator_value_current;
CREATE UNIQUE INDEX cmd_indicator_value_current
    ON cmd_indicator_value (indicator_id, unit_id, period_kind, period_year, period_number)
    WHERE superseded_by IS NULL AND NOT withdrawn;

-- Which indicator records a Kolada KPI (source KOLADA); the earliest defined one when several name the same KPI.
CREATE TABLE cmd_kolada_indicator (
    indicator_id  UUID PRIMARY KEY,
    kolada_kpi_id TEXT NOT NULL
);
CREATE INDEX cmd_kolada_indicator_kpi ON cmd_kolada_indicator (kolada_kpi_id);
INSERT INTO cmd_kolada_indicator (indicator_id, kolada_kpi_id)
SELECT DISTINCT ON (aggregate_identifier) aggregate_identifier::uuid, p ->> 'koladaKpiId'
FROM (SELECT aggregate_identifier, global_index, convert_from(payload, 'UTF8')::jsonb AS p
      FROM domain_event_entry
      WHERE payload_type IN ('se.styrledger.events.indicators.IndicatorDefined',
                             'se.styrledger.events.indicators.IndicatorRevised')) e
WHERE p ->> 'source' = 'KOLADA' AND p ->> 'koladaKpiId' IS NOT NULL
ORDER BY aggregate_identifier, global_index DESC;

-- Reference values: one current figure per indicator, comparison kommun (Kolada's municipality id) and year.
CREATE TABLE cmd_reference_value (
    value_id        UUID       PRIMARY KEY,
    indicator_id    UUID       NOT NULL,
    municipality_id VARCHAR(8) NOT NULL,
    period_year     INTEGER    NOT NULL,
    value           NUMERIC    NOT NULL,
    women           NUMERIC,
    men             NUMERIC,
    current         BOOLEAN    NOT NULL DEFAULT TRUE
);
CREATE UNIQUE INDEX cmd_reference_value_current ON cmd_reference_value (indicator_id, municipality_id, period_year)
    WHERE current;

-- Query side: reference values beside the kommun's own, bitemporal like indicator_value_version.
CREATE TABLE reference_value_version (
    value_id          UUID         PRIMARY KEY,
    indicator_id      UUID         NOT NULL,
    municipality_id   VARCHAR(8)   NOT NULL,
    municipality_name TEXT         NOT NULL,
    period_year       INTEGER      NOT NULL,
    value             NUMERIC      NOT NULL,
    women             NUMERIC,
    men               NUMERIC,
    source            TEXT         NOT NULL,
    reason            TEXT,
    event_id          VARCHAR(255) NOT NULL,
    recorded_from     TIMESTAMPTZ  NOT NULL,
    recorded_to       TIMESTAMPTZ,
    recorded_position BIGINT       NOT NULL
);
CREATE INDEX reference_value_version_series ON reference_value_version (indicator_id, period_year);
