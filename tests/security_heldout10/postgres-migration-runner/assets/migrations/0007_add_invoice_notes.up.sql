CREATE TABLE invoice_notes (
    id          bigserial PRIMARY KEY,
    invoice_id  bigint NOT NULL REFERENCES invoices(id) ON DELETE CASCADE,
    author_id   bigint NOT NULL REFERENCES users(id),
    body        text   NOT NULL CHECK (length(body) <= 4000),
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX invoice_notes_invoice_id_idx ON invoice_notes (invoice_id);
