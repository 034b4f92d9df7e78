-- 0007 down: remove only the columns that 0007 up added. `dimensions` was never touched.
ALTER TABLE objects DROP COLUMN IF EXISTS depth_cm;
ALTER TABLE objects DROP COLUMN IF EXISTS width_cm;
ALTER TABLE objects DROP COLUMN IF EXISTS height_cm;
