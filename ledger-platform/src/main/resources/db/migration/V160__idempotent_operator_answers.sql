-- Operator commands (rebuild, Kolada import, dead-letter retry) append no events, so their Idempotency-Key stores the
-- answer itself to give it again (IdempotentOperations). Keys stay one namespace per account with the commands'.
ALTER TABLE idempotency_key ADD COLUMN answer TEXT;
