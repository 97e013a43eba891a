-- Review finding 7: an Idempotency-Key belongs to the account that sent it. Before, the same key from another account
-- with the same body got the first account's answer back (and a different body learned that the key was taken).
-- Keys recorded before this migration keep an empty account: they expire from use as clients move on.
ALTER TABLE idempotency_key ADD COLUMN account VARCHAR(255) NOT NULL DEFAULT '';
ALTER TABLE idempotency_key DROP CONSTRAINT idempotency_key_pkey;
ALTER TABLE idempotency_key ADD PRIMARY KEY (account, key);
