-- 0007: keep a history of identifications instead of overwriting
CREATE TABLE determination_history (
    id              bigserial PRIMARY KEY,
    specimen_id     bigint NOT NULL REFERENCES specimen(id),
    scientific_name text   NOT NULL,
    identified_by   text,
    date_identified date,
    remarks         text,
    created_at      timestamptz NOT NULL DEFAULT now()
);

INSERT INTO determination_history (specimen_id, scientific_name, identified_by, date_identified)
SELECT id, scientific_name, identified_by, date_identified FROM specimen WHERE scientific_name IS NOT NULL;
