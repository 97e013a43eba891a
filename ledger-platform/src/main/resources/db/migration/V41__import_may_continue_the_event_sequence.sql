-- An import into a fresh ledger keeps every event's original global_index and then moves the sequence past the
-- last one (setval), which needs UPDATE on the sequence. That moves a counter, never an event: the event table itself
-- stays append-only for the application role (V30).
GRANT UPDATE ON SEQUENCE domain_event_entry_global_index_seq TO styrledger_app;
