BEGIN;
ALTER TABLE invoices ADD COLUMN status text NOT NULL DEFAULT 'draft';
ALTER TABLE invoices ADD CONSTRAINT invoices_status_chk
  CHECK (status IN ('draft', 'sent', 'paid', 'void'));
INSERT INTO schema_migrations (version) VALUES ('0007');
COMMIT;
