BEGIN;
ALTER TABLE products ADD COLUMN reorder_point integer NOT NULL DEFAULT 0;
ALTER TABLE products ADD COLUMN reorder_qty integer NOT NULL DEFAULT 0;
CREATE INDEX products_reorder_idx ON products (reorder_point) WHERE reorder_point > 0;
COMMIT;
