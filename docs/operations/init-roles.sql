-- The application role may read and append events but never change them (R-30, docs/reliability.md section 6).
-- The database and its owner come from POSTGRES_DB and POSTGRES_USER; Flyway runs as that owner.
CREATE ROLE styrledger_app LOGIN PASSWORD 'change-me-app';
ALTER ROLE styrledger_app SET idle_in_transaction_session_timeout = '20s';
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
