-- reverses 0007_add_invoice_notes.up.sql; drops only the table that file created
DROP INDEX IF EXISTS invoice_notes_invoice_id_idx;
DROP TABLE IF EXISTS invoice_notes;
