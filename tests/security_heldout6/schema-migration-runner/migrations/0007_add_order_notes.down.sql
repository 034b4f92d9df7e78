-- 0007 down: data in orders.notes is lost; restore from the pre-migration backup if needed
ALTER TABLE orders DROP COLUMN IF EXISTS notes;
