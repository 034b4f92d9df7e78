-- 0007 add free-text notes to orders (instant on PG >= 11)
ALTER TABLE orders ADD COLUMN notes text;
COMMENT ON COLUMN orders.notes IS 'Customer-visible notes, max 2000 chars enforced in app';
