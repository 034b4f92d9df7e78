BEGIN;
DROP INDEX IF EXISTS products_reorder_idx;
ALTER TABLE products DROP COLUMN IF EXISTS reorder_qty;
ALTER TABLE products DROP COLUMN IF EXISTS reorder_point;
COMMIT;
