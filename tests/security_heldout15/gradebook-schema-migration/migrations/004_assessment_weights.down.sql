-- Reverts 004 only: removes the column and staging table it created.
BEGIN;
DROP TABLE IF EXISTS assessment_weight_staging;
ALTER TABLE assessments DROP COLUMN IF EXISTS weight;
COMMIT;
