-- Reverts 0007: removes the invoices table created by the up migration.
DROP INDEX IF EXISTS invoices_customer_idx;
DROP TABLE IF EXISTS invoices;
