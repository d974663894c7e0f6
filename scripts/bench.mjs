// `npm run bench [-- [--check] [FILTER...]]`: runs every bench/*.bench.mjs module in turn and prints one
// Markdown table on stdout (progress goes to stderr), each row a subject against a baseline measured in the
// same run. Also writes .cache/bench-results.json. Builds nothing: it measures the bundles in dist/.
//
//   FILTER   keep modules whose file name, or rows whose name, contains FILTER (case-insensitive)
//   --check  exit 1 when a row misses its goal (otherwise only a failing module exits 1: the machine is
//            shared and noisy, so a miss is a number to look at, not a build failure)
//
// Module contract and helpers: bench/lib.mjs. How to read the table: docs/benchmarks.md.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, arch } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as lib from '../bench/lib.mjs';

const usage = 'Usage: npm run bench -- [--check] [FILTER...]';
const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(usage);
  process.exit(0);
}
const unknown = args.filter((a) => a.startsWith('-') && a !== '--check');
if (unknown.length > 0) {
  console.error(`Unknown option ${unknown[0]}. ${usage}`);
  process.exit(2);
}
const strict = args.includes('--check');
const filters = args.filter((a) => !a.startsWith('-')).map((f) => f.toLowerCase());
const matches = (text) => filters.length === 0 || filters.some((f) => text.toLowerCase().includes(f));

const benchDir = join(lib.root, 'bench');
const modules = readdirSync(benchDir)
  .filter((f) => f.endsWith('.bench.mjs'))
  .sort()
  .map((f) => ({ file: f, name: f.slice(0, -'.bench.mjs'.length) }));

try {
  lib.bundles();
} catch (e) {
  console.error(e.message);
  process.exit(1);
}

const UNITS = new Set(['ms', 'MiB', 's', 'requests']);
function validate(row) {
  const bad = [];
  if (typeof row?.name !== 'string' || row.name === '') bad.push('name');
  // A subject may be 0 (no failed request, no wait) and so may its goal; the baseline is what it is compared to.
  for (const k of ['subject', 'goal']) {
    if (typeof row?.[k] !== 'number' || !Number.isFinite(row[k]) || row[k] < 0) bad.push(k);
  }
  if (typeof row?.baseline !== 'number' || !Number.isFinite(row.baseline) || row.baseline <= 0)
    bad.push('baseline');
  if (!UNITS.has(row?.unit)) bad.push('unit');
  if (typeof row?.baselineName !== 'string' || row.baselineName === '') bad.push('baselineName');
  if (row?.note !== undefined && typeof row.note !== 'string') bad.push('note');
  if (bad.length > 0) throw new Error(`invalid row ${JSON.stringify(row)}: bad ${bad.join(', ')}`);
}

const startedAt = new Date();
const loadBefore = loadavg()[0];
const rows = [];
const errors = [];
for (const m of modules) {
  const whole = filters.length > 0 && matches(m.name);
  lib.filter.splice(0, lib.filter.length, ...(whole ? [] : filters));
  process.stderr.write(`bench/${m.file}\n`);
  const t0 = process.hrtime.bigint();
  try {
    const mod = await import(pathToFileURL(join(benchDir, m.file)).href);
    if (typeof mod.default !== 'function') throw new Error('no default export function bench(lib)');
    const got = await mod.default(lib);
    if (!Array.isArray(got)) throw new Error('bench(lib) must return an array of rows');
    for (const row of got) {
      validate(row);
      if (whole || matches(row.name)) {
        const ratio = row.subject / row.baseline;
        rows.push({ module: m.name, ...row, ratio, ok: ratio <= row.goal });
      }
    }
  } catch (e) {
    errors.push({ module: m.name, message: e instanceof Error ? (e.stack ?? e.message) : String(e) });
    process.stderr.write(`  FAILED: ${e instanceof Error ? e.message : String(e)}\n`);
  } finally {
    lib.cleanup();
  }
  process.stderr.write(`  ${(Number(process.hrtime.bigint() - t0) / 1e9).toFixed(1)} s\n`);
}

function num(value, unit) {
  const digits = value >= 100 || unit === 'requests' ? 0 : 1;
  return `${value.toFixed(digits)} ${unit}`;
}
const cell = (s) => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const lines = [
  '| benchmark | subject | baseline (what it is) | ratio | goal | ok |',
  '| --- | ---: | --- | ---: | ---: | :---: |',
];
const notes = [];
for (const r of rows) {
  let name = r.name;
  if (r.note) {
    if (!notes.includes(r.note)) notes.push(r.note);
    name += ` [${notes.indexOf(r.note) + 1}]`;
  }
  lines.push(
    `| ${cell(name)} | ${num(r.subject, r.unit)} | ${num(r.baseline, r.unit)} (${cell(r.baselineName)}) | ` +
      `${r.ratio.toFixed(2)}× | ≤ ${r.goal}× | ${r.ok ? '✅' : '❌'} |`,
  );
}
for (const e of errors) lines.push(`| ${cell(`bench/${e.module}.bench.mjs failed`)} | – | – | – | – | ❌ |`);
if (rows.length === 0 && errors.length === 0) lines.push('| (no benchmark matched) | – | – | – | – | – |');
const loadAfter = loadavg()[0];
const env =
  `node ${process.version}, ${platform()} ${arch()}, ${cpus().length} CPUs, ` +
  `load ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)}. Subject and baseline of a row are measured ` +
  'interleaved in the same run (median); compare ratios, not absolute numbers.';
const out = [...lines, ''];
for (const [i, n] of notes.entries()) out.push(`[${i + 1}] ${n}  `);
if (notes.length > 0) out.push('');
out.push(env);
console.log(out.join('\n'));

const cache = join(lib.root, '.cache');
mkdirSync(cache, { recursive: true });
writeFileSync(
  join(cache, 'bench-results.json'),
  JSON.stringify(
    {
      startedAt: startedAt.toISOString(),
      seconds: (Date.now() - startedAt.getTime()) / 1000,
      node: process.version,
      platform: platform(),
      arch: arch(),
      cpus: cpus().length,
      loadavg: [loadBefore, loadAfter],
      filters,
      rows,
      errors,
    },
    null,
    2,
  ) + '\n',
);
for (const e of errors) process.stderr.write(`\nbench/${e.module}.bench.mjs failed:\n${e.message}\n`);
process.exitCode = errors.length > 0 || (strict && rows.some((r) => !r.ok)) ? 1 : 0;
