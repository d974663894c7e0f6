import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { InputError } from '../errors.js';
import type { Report } from './totals.js';

/** `fs.glob` as Node 24 has it (the @types/node this project builds with is Node 20's). */
type NodeGlob = (
  patterns: string[],
  options: { cwd: string; exclude: string[]; withFileTypes: true },
) => AsyncIterable<{ isFile(): boolean; name: string; parentPath: string }>;

/**
 * Files matching the globs under `cwd` (node_modules and .git excluded; directories starting with a dot are
 * searched only when a pattern names them), absolute and sorted. Node 24's built-in `fs.glob` where it exists
 * (the action's runtime: no glob library to load at start-up), tinyglobby elsewhere, with the same semantics.
 */
export async function findReports(globs: string[], cwd: string): Promise<string[]> {
  const patterns = globs.filter((g) => !g.startsWith('!'));
  const ignore = [
    '**/node_modules/**',
    '**/.git/**',
    ...globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1)),
  ];
  const nodeGlob = ((await import('node:fs/promises')) as unknown as { glob?: NodeGlob }).glob;
  if (Number(process.versions.node.split('.')[0]) >= 24 && typeof nodeGlob === 'function') {
    const files = new Set<string>();
    for await (const entry of nodeGlob(patterns, { cwd, exclude: ignore, withFileTypes: true })) {
      if (entry.isFile()) files.add(join(entry.parentPath, entry.name));
    }
    return [...files].sort();
  }
  const { glob } = await import('tinyglobby');
  const files = await glob(patterns, {
    cwd,
    ignore,
    absolute: true,
    onlyFiles: true,
    dot: false,
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
