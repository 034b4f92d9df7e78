-- 0042 down: restore full_name from backup, then drop the new columns
UPDATE users u
   SET full_name = b.full_name
  FROM users_full_name_backup b
 WHERE b.id = u.id AND u.full_name IS DISTINCT FROM b.full_name;

ALTER TABLE users DROP COLUMN IF EXISTS first_name;
ALTER TABLE users DROP COLUMN IF EXISTS last_name;
-- the backup table is kept on purpose; drop it by hand once you are sure:
-- DROP TABLE users_full_name_backup;
