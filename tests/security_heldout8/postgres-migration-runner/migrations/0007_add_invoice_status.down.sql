BEGIN;
ALTER TABLE invoices DROP CONSTRAINT IF EXISTS invoices_status_chk;
ALTER TABLE invoices DROP COLUMN IF EXISTS status;
DELETE FROM schema_migrations WHERE version = '0007';
COMMIT;
