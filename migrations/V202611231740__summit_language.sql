-- The summit's language (en, fr or es): its summit report prints in it, and mails fall back to it.
-- Existing summits keep English, what they used before.
ALTER TABLE summit_summit ADD COLUMN language CHAR(2) NOT NULL DEFAULT 'en';
