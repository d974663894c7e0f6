/** The built-in migrator run as the action runs it (settings from inputs, the real clock), for the tests. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { realClock } from '../../src/lib/clock.js';
import { Inputs } from '../../src/lib/inputs.js';
import { Masker } from '../../src/lib/mask.js';
import { runMigrate, type MigrateDeps } from '../../src/lib/migrate/run.js';
import { readMigrateSettings } from '../../src/lib/migrate/settings.js';

const dirs: string[] = [];

/** A workspace with migrations/<name> files (removed by removeWorkspaces). */
export function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'keelson-migrate-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'migrations'));
  for (const [name, sql] of Object.entries(files)) writeFileSync(join(dir, 'migrations', name), sql);
  return dir;
}

export function removeWorkspaces(): void {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** `keelson migrate` of `ws` against `url` with these inputs; the lines it logged, masked. */
export async function migrate(
  ws: string,
  url: string,
  inputs: Record<string, string> = {},
  over: Partial<MigrateDeps> = {},
) {
  const masker = new Masker();
  const lines: string[] = [];
  const settings = await readMigrateSettings(
    new Inputs((n) => ({ 'database-url': url, ...inputs })[n] ?? ''),
    {
      workspace: ws,
      env: {},
    },
  );
  const run = await runMigrate(settings, {
    clock: realClock,
    workspace: ws,
    holder: 'test-runner',
    env: { PATH: process.env.PATH },
    masker,
    setSecret: (v) => masker.add(v),
    log: (l) => lines.push(masker.mask(l)),
    warn: (l) => lines.push(`warning: ${masker.mask(l)}`),
    ...over,
  });
  return { ...run, lines };
}
