import { readdir, readFile } from 'node:fs/promises';
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
  if (sameList(globs, DEFAULT_REPORT_GLOBS)) return walkDefault(cwd);
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

/**
 * The default report patterns, as the test action declares them (testing/settings.ts keeps the same list for
 * its input parsing; a test holds them equal).
 */
export const DEFAULT_REPORT_GLOBS = [
  '**/junit*.xml',
  '**/*-junit.xml',
  '**/*.junit.xml',
  '**/TEST-*.xml',
  '**/test-results/**/*.xml',
  '**/test-reports/**/*.xml',
  '**/surefire-reports/*.xml',
  '**/nextest/**/junit.xml',
];

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Whether `name` in a directory with path segments `dirs` matches one of DEFAULT_REPORT_GLOBS. */
export function matchesDefault(dirs: readonly string[], name: string): boolean {
  if (!name.endsWith('.xml')) return false;
  if (name.startsWith('junit') || name.endsWith('-junit.xml') || name.endsWith('.junit.xml')) return true;
  if (name.startsWith('TEST-')) return true;
  if (dirs.includes('test-results') || dirs.includes('test-reports')) return true;
  if (dirs.at(-1) === 'surefire-reports') return true;
  return name === 'junit.xml' && dirs.includes('nextest');
}

/**
 * The default patterns without a glob engine (the common case, and the action's cold start): one walk that
 * never enters node_modules, .git or a directory whose name starts with a dot, and follows no symlink — the
 * same files the patterns find.
 */
async function walkDefault(cwd: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string, dirs: string[]): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.isDirectory()) {
        if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
        await walk(join(dir, e.name), [...dirs, e.name]);
      } else if (e.isFile() && !e.name.startsWith('.') && matchesDefault(dirs, e.name)) {
        out.push(join(dir, e.name));
      }
    }
  };
  await walk(cwd, []);
  return out.sort();
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
