import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { InputError } from '../errors.js';
import type { Report } from './totals.js';

/** Files matching the globs under `cwd` (node_modules and .git excluded), sorted. */
export async function findReports(globs: string[], cwd: string): Promise<string[]> {
  const { glob } = await import('tinyglobby');
  const patterns = globs.filter((g) => !g.startsWith('!'));
  const ignore = [
    '**/node_modules/**',
    '**/.git/**',
    ...globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1)),
  ];
  const files = await glob(patterns, {
    cwd,
    ignore,
    absolute: true,
    onlyFiles: true,
    dot: true,
    followSymbolicLinks: false,
  });
  return files.sort();
}

export async function readReports(files: string[], cwd: string): Promise<Report[]> {
  if (files.length === 0) return [];
  const { parseJUnit } = await import('./parse.js');
  return Promise.all(
    files.map(async (f) => {
      const name = relative(cwd, f) || f;
      let xml: string;
      try {
        xml = await readFile(f, 'utf8');
      } catch (e) {
        throw new InputError(
          'reports',
          `Cannot read report '${name}': ${(e as NodeJS.ErrnoException).code ?? String(e)}.`,
        );
      }
      return parseJUnit(xml, name);
    }),
  );
}
