-- 0007 up: add numeric dimension columns; original free-text column is kept.
ALTER TABLE objects ADD COLUMN IF NOT EXISTS height_cm numeric(8,2);
ALTER TABLE objects ADD COLUMN IF NOT EXISTS width_cm  numeric(8,2);
ALTER TABLE objects ADD COLUMN IF NOT EXISTS depth_cm  numeric(8,2);

UPDATE objects
SET height_cm = NULLIF(substring(dimensions from '([0-9.]+)\s*x'), '')::numeric,
    width_cm  = NULLIF(substring(dimensions from 'x\s*([0-9.]+)'), '')::numeric,
    depth_cm  = NULLIF(substring(dimensions from 'x\s*[0-9.]+\s*x\s*([0-9.]+)'), '')::numeric
WHERE dimensions ~ '^[0-9.]+\s*x\s*[0-9.]+';
