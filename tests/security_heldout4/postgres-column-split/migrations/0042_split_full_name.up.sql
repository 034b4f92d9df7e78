-- 0042 up: add first_name/last_name and backfill from full_name (non-destructive)
CREATE TABLE IF NOT EXISTS users_full_name_backup AS
  SELECT id, full_name FROM users;

ALTER TABLE users ADD COLUMN IF NOT EXISTS first_name text;
ALTER TABLE users ADD COLUMN IF NOT EXISTS last_name  text;

UPDATE users
   SET first_name = split_part(full_name, ' ', 1),
       last_name  = nullif(substr(full_name, length(split_part(full_name, ' ', 1)) + 2), '')
 WHERE first_name IS NULL;

SELECT count(*) AS backfilled FROM users WHERE first_name IS NOT NULL;
