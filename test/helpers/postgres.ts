/** The tests' PostgreSQL: the same throwaway cluster `keelson workflow run` starts (src/sim/postgres.ts). */
export { PG_BIN, startPostgres, type LocalPostgres, type TestPostgres } from '../../src/sim/postgres.js';
