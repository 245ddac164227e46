-- The day until which the summit's personal data (its delegates' registrations) is kept; after it
-- the chair office may erase them in bulk. NULL: not set yet, so no bulk erasure.
ALTER TABLE summit_summit ADD COLUMN retention_date DATE NULL;
