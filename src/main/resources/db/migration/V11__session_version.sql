-- Every change that must end a person's open sessions (lock, unlock, role, unit, password) raises this
-- number in the same transaction. A session remembers the number it signed in with; each request compares
-- it with this column, so a change ends the person's sessions on every node at once.
ALTER TABLE app_user ADD COLUMN session_version BIGINT NOT NULL DEFAULT 0;
