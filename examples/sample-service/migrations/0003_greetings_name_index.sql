-- keelson:no-transaction
-- Built without blocking writes; dropped first so a re-run after a failed build does not keep an INVALID index.
DROP INDEX CONCURRENTLY IF EXISTS greetings_name_idx;
CREATE INDEX CONCURRENTLY greetings_name_idx ON greetings (name);
