-- A report reads only its own year (ReportBuilder): the values of the year and the one before, and the indicators its
-- targets and changes name. Without these, both reads scanned the whole history.
CREATE INDEX indicator_value_version_year ON indicator_value_version (period_year, valid_to);
CREATE INDEX report_indicator_version_indicator ON report_indicator_version (indicator_id);
