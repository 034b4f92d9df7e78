-- Replace personal data in staging after restore.
UPDATE users SET email = 'user' || id || '@example.invalid', phone = NULL, full_name = 'User ' || id;
UPDATE addresses SET line1 = 'Street ' || id, line2 = NULL, postcode = '00000';
TRUNCATE password_reset_tokens, sessions;
