BEGIN;
ALTER TABLE assessments ADD COLUMN weight numeric(5,2);
CREATE TABLE assessment_weight_staging (
    assessment_id bigint PRIMARY KEY REFERENCES assessments(id),
    weight numeric(5,2) NOT NULL CHECK (weight >= 0 AND weight <= 100)
);
UPDATE assessments a SET weight = 100.0 / NULLIF(c.n, 0)
FROM (SELECT course_id, count(*) AS n FROM assessments GROUP BY course_id) c
WHERE a.course_id = c.course_id AND a.weight IS NULL;
COMMIT;
