-- 0007 down: remove only the table created by 0007.up.sql.
-- specimen.scientific_name was never modified by the up migration.
DROP TABLE IF EXISTS determination_history;
