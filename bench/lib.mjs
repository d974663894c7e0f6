/**
 * Helpers for bench modules (bench/*.bench.mjs). `scripts/bench.mjs` passes this module's exports as `lib`.
 *
 * A bench module is `export default async function bench(lib)` returning rows
 *   { name, subject, baseline, unit: 'ms' | 'MiB' | 's' | 'requests', goal, baselineName, note? }
 * where `subject` and `baseline` are numbers measured in the same run, `goal` is the largest acceptable
 * subject / baseline ratio, and `baselineName` says what the baseline is (e.g. '`node -e 0`'). Extra fields
 * (e.g. `samples`) are kept in .cache/bench-results.json only.
 *
 * Commands. Everywhere a command is expected, pass an argv array (`[lib.node, 'script.mjs', 'arg']`, run
 * without a shell) or `{ argv, cwd?, env?, expect? }` to override the shared options for that one command.
 *
 * Shared options (`opts`):
 *   reps = 15       timed runs per command (the median is reported)
 *   warmup = 3      untimed runs per command first (page cache, code cache)
 *   cwd             working directory (default: the repository root)
 *   env             the whole environment of the child (default: `lib.cleanEnv()`, i.e. PATH/HOME/TMPDIR
 *                   only: no INPUT_*, GITHUB_*, NODE_OPTIONS leaking in from the caller)
 *   expect          what a valid run looks like; every run is checked and a mismatch throws, so a broken
 *                   command is never benchmarked. `{ status = 0, output?: RegExp, notOutput?: RegExp }`
 *                   (the regexps are tested on stdout + stderr) or a function `(result) => void` that throws.
 *   timeoutMs = 120000  per run
 *
 * Time (median wall-clock ms around spawnSync, process.hrtime.bigint(); includes process start and exit):
 *   run(cmd, opts)                    → { ms, status, signal, stdout, stderr }: one checked run
 *   time(cmd, opts)                   → ms
 *   compare(subject, baseline, opts)  → { subject, baseline, samples: { subject: ms[], baseline: ms[] } }
 *   interleave({ key: cmd, … }, opts) → { median: { key: ms }, samples: { key: ms[] } }
 *     Runs are interleaved (round r runs every command once; the order rotates each round) so machine
 *     noise from other users hits subject and baseline alike. Compare only numbers from one call.
 *
 * Memory (peak resident set of one node process, MiB, median of `reps`, default 3, no warmup):
 *   peakRss(cmd, opts)                      → MiB
 *   comparePeakRss(subject, baseline, opts) → { subject, baseline, samples }
 *     `cmd` must start with the node executable (`lib.node` or 'node'): `--import bench/rss-probe.mjs` is
 *     inserted after it, and the probe writes process.resourceUsage().maxRSS on exit. Children the command
 *     spawns are not counted.
 *
 * Data and environment:
 *   root, node                  repository root; the node executable running the bench
 *   bundles()                   [{ name, file }] for every dist/<name>/index.js and
 *                               dist/<name>/post/index.js (name 'x/post'), dist/cli excluded; throws when
 *                               dist/ is missing (the bench builds nothing)
 *   tempDir(label)              a fresh directory, removed when the bench ends
 *   cleanEnv(extra)             minimal environment (+ extra)
 *   actionEnv(dir, inputs)      cleanEnv + GITHUB_WORKSPACE=dir, the runner's GITHUB_OUTPUT/ENV/STATE/PATH/
 *                               STEP_SUMMARY files (created empty in a temp dir outside `dir`), RUNNER_TEMP,
 *                               and INPUT_<NAME> for each input (name upper-cased, spaces → _)
 *   rng(seed)                   deterministic PRNG: () => number in [0, 1)
 *   writeJUnit(file, spec)      realistic JUnit XML; returns the expected totals (see the function)
 *   wants(name)                 false when the user's filter (`npm run bench -- junit`) excludes the row
 *                               `name`: skip its measurement (rows are filtered again by the runner anyway)
 *   log(msg)                    progress line on stderr (stdout carries only the table)
 *   median(numbers), mib(bytes)
 */
import { spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  existsSync,
  readdirSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url)).replace(/[/\\]$/, '');
export const node = process.execPath;
const probe = join(root, 'bench', 'rss-probe.mjs');

/** Set by scripts/bench.mjs from argv; empty = everything. */
export const filter = [];

export function wants(name) {
  if (filter.length === 0) return true;
  const n = name.toLowerCase();
  return filter.some((f) => n.includes(f.toLowerCase()));
}

export function log(msg) {
  process.stderr.write(`  ${msg}\n`);
}

export function median(values) {
  if (values.length === 0) throw new Error('median of nothing');
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function mib(bytes) {
  return bytes / (1024 * 1024);
}

// ---------------------------------------------------------------------------------------------------------
// Environment and temp dirs

const temps = [];

export function tempDir(label = 'bench') {
  const dir = mkdtempSync(join(tmpdir(), `keelson-${label.replace(/[^\w-]/g, '_')}-`));
  temps.push(dir);
  return dir;
}

/** Removes every tempDir(); scripts/bench.mjs calls it at the end. */
export function cleanup() {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
}
process.on('exit', cleanup);

export function cleanEnv(extra = {}) {
  const env = {};
  for (const k of ['PATH', 'HOME', 'TMPDIR', 'TMP', 'TEMP', 'SystemRoot', 'SYSTEMROOT']) {
    if (process.env[k] !== undefined) env[k] = process.env[k];
  }
  return { ...env, ...extra };
}

export function actionEnv(dir, inputs = {}) {
  const files = {
    GITHUB_OUTPUT: 'github_output',
    GITHUB_ENV: 'github_env',
    GITHUB_STATE: 'github_state',
    GITHUB_PATH: 'github_path',
    GITHUB_STEP_SUMMARY: 'step_summary.md',
  };
  // Outside the workspace, so an action globbing its workspace finds it empty.
  const runner = tempDir('runner');
  mkdirSync(join(runner, 'temp'), { recursive: true });
  const env = cleanEnv({ GITHUB_WORKSPACE: dir, RUNNER_TEMP: join(runner, 'temp') });
  for (const [k, f] of Object.entries(files)) {
    writeFileSync(join(runner, f), '');
    env[k] = join(runner, f);
  }
  for (const [name, value] of Object.entries(inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = String(value);
  }
  return env;
}

// ---------------------------------------------------------------------------------------------------------
// dist

export function bundles() {
  const dist = join(root, 'dist');
  if (!existsSync(dist))
    throw new Error('dist/ is missing: the bench uses the committed bundles (npm run build).');
  const out = [];
  for (const name of readdirSync(dist).sort()) {
    if (name === 'cli') continue;
    for (const [label, rel] of [
      [name, join(name, 'index.js')],
      [`${name}/post`, join(name, 'post', 'index.js')],
    ]) {
      const file = join(dist, rel);
      if (existsSync(file)) out.push({ name: label, file });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Running commands

function normalise(cmd, opts) {
  const c = Array.isArray(cmd) ? { argv: cmd } : cmd;
  if (!c || !Array.isArray(c.argv) || c.argv.length === 0)
    throw new Error(`bad command: ${JSON.stringify(cmd)}`);
  return {
    argv: c.argv.map(String),
    cwd: c.cwd ?? opts.cwd ?? root,
    env: c.env ?? opts.env ?? cleanEnv(),
    expect: c.expect ?? opts.expect ?? {},
    timeoutMs: c.timeoutMs ?? opts.timeoutMs ?? 120_000,
  };
}

function show(argv) {
  return argv.map((a) => (a.startsWith(root) ? a.slice(root.length + 1) : a)).join(' ');
}

function check(c, r) {
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  const fail = (why) => {
    throw new Error(`${show(c.argv)}: ${why}\n--- output ---\n${output.slice(-2000)}`);
  };
  if (r.error) fail(r.error.code === 'ETIMEDOUT' ? `timed out after ${c.timeoutMs} ms` : String(r.error));
  if (typeof c.expect === 'function') {
    try {
      c.expect(r);
    } catch (e) {
      fail(e instanceof Error ? e.message : String(e));
    }
    return;
  }
  const { status = 0, output: want, notOutput } = c.expect;
  if (r.status !== status) fail(`exit status ${r.status ?? r.signal}, expected ${status}`);
  if (want && !want.test(output)) fail(`output does not match ${want}`);
  if (notOutput && notOutput.test(output)) fail(`output matches ${notOutput}`);
}

/** One run: { ms, status, signal, stdout, stderr }. Throws when `expect` is not met. */
export function run(cmd, opts = {}) {
  const c = normalise(cmd, opts);
  return once(c);
}

function once(c, extraEnv) {
  const env = extraEnv ? { ...c.env, ...extraEnv } : c.env;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(c.argv[0], c.argv.slice(1), {
    cwd: c.cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: c.timeoutMs,
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  check(c, r);
  return { ms, status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

export function interleave(commands, opts = {}) {
  const { reps = 15, warmup = 3 } = opts;
  const keys = Object.keys(commands);
  const cmds = Object.fromEntries(keys.map((k) => [k, normalise(commands[k], opts)]));
  const samples = Object.fromEntries(keys.map((k) => [k, []]));
  for (let round = 0; round < warmup + reps; round++) {
    const shift = round % keys.length;
    for (const k of [...keys.slice(shift), ...keys.slice(0, shift)]) {
      const { ms } = once(cmds[k]);
      if (round >= warmup) samples[k].push(ms);
    }
  }
  const med = Object.fromEntries(keys.map((k) => [k, median(samples[k])]));
  return { median: med, samples };
}

export function time(cmd, opts = {}) {
  return interleave({ cmd }, opts).median.cmd;
}

export function compare(subject, baseline, opts = {}) {
  const r = interleave({ subject, baseline }, opts);
  return { subject: r.median.subject, baseline: r.median.baseline, samples: r.samples };
}

// ---------------------------------------------------------------------------------------------------------
// Peak memory

function withProbe(c) {
  const exe = c.argv[0];
  if (exe !== node && exe !== 'node' && !/(^|[/\\])node(\.exe)?$/.test(exe)) {
    throw new Error(`peakRss measures node processes only; got ${exe}`);
  }
  return { ...c, argv: [exe, '--import', pathToFileURL(probe).href, ...c.argv.slice(1)] };
}

let rssDir;
let rssCount = 0;
function rssOnce(c) {
  // temp dirs are removed between modules: make a new one when the last one is gone
  if (!rssDir || !existsSync(rssDir)) rssDir = tempDir('rss');
  const out = join(rssDir, `maxrss-${rssCount++}`);
  once(c, { KEELSON_BENCH_RSS_OUT: out });
  const kib = Number(readFileSync(out, 'utf8'));
  if (!Number.isFinite(kib) || kib <= 0) throw new Error(`${show(c.argv)}: rss probe wrote '${kib}'`);
  return kib / 1024;
}

export function comparePeakRss(subject, baseline, opts = {}) {
  const { reps = 3 } = opts;
  const s = withProbe(normalise(subject, opts));
  const b = withProbe(normalise(baseline, opts));
  const samples = { subject: [], baseline: [] };
  for (let i = 0; i < reps; i++) {
    const pair = i % 2 === 0 ? ['subject', 'baseline'] : ['baseline', 'subject'];
    for (const k of pair) samples[k].push(rssOnce(k === 'subject' ? s : b));
  }
  return { subject: median(samples.subject), baseline: median(samples.baseline), samples };
}

export function peakRss(cmd, opts = {}) {
  const { reps = 3 } = opts;
  const c = withProbe(normalise(cmd, opts));
  const samples = [];
  for (let i = 0; i < reps; i++) samples.push(rssOnce(c));
  return median(samples);
}

// ---------------------------------------------------------------------------------------------------------
// Data

/** mulberry32: small, fast, deterministic. */
export function rng(seed = 1) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const esc = (s) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;');
const escText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const WORDS = (
  'order invoice customer payment refund cart stock price tax shipment token session user account ledger ' +
  'report export import queue retry cache lock'
).split(' ');
const VERBS = ['creates', 'rejects', 'updates', 'returns', 'retries', 'computes', 'validates', 'parses'];

function javaTrace(pick, cls, method, line) {
  const frames = [
    `${cls}.${method}(${cls.split('.').pop()}.java:${line})`,
    'sun.reflect.NativeMethodAccessorImpl.invoke0(Native Method)',
    'sun.reflect.NativeMethodAccessorImpl.invoke(NativeMethodAccessorImpl.java:62)',
    'java.lang.reflect.Method.invoke(Method.java:498)',
    'org.junit.runners.model.FrameworkMethod$1.runReflectiveCall(FrameworkMethod.java:59)',
    'org.junit.internal.runners.model.ReflectiveCallable.run(ReflectiveCallable.java:12)',
    'org.junit.runners.model.FrameworkMethod.invokeExplosively(FrameworkMethod.java:56)',
    'org.junit.internal.runners.statements.InvokeMethod.evaluate(InvokeMethod.java:17)',
    'org.junit.runners.ParentRunner$3.evaluate(ParentRunner.java:306)',
    'org.junit.runners.BlockJUnit4ClassRunner$1.evaluate(BlockJUnit4ClassRunner.java:100)',
    'org.junit.runners.ParentRunner.runLeaf(ParentRunner.java:366)',
    'org.junit.runners.BlockJUnit4ClassRunner.runChild(BlockJUnit4ClassRunner.java:103)',
    'org.junit.runners.ParentRunner$4.run(ParentRunner.java:331)',
    'org.junit.runners.ParentRunner.runChildren(ParentRunner.java:329)',
    'org.apache.maven.surefire.junit4.JUnit4Provider.execute(JUnit4Provider.java:365)',
    'org.apache.maven.surefire.booter.ForkedBooter.main(ForkedBooter.java:418)',
  ];
  const n = 8 + Math.floor(pick() * (frames.length - 8));
  const how = pick() < 0.5 ? 'a string containing' : 'exactly';
  const want = `${how} "${WORDS[Math.floor(pick() * WORDS.length)]}"`;
  const head = `java.lang.AssertionError: \nExpected: ${want}\n     but: was <null> & 'unexpected'`;
  return {
    message: head.split('\n').slice(0, 3).join('\n'),
    type: 'java.lang.AssertionError',
    body: [head, ...frames.slice(0, n).map((f) => `\tat ${f}`)].join('\n'),
  };
}

function jsTrace(pick, file, line) {
  const got = Math.floor(pick() * 1000);
  const head =
    'Error: expect(received).toBe(expected) // Object.is equality\n\n' +
    `Expected: ${got + 1}\nReceived: ${got}`;
  const frames = [
    `Object.<anonymous> (/home/runner/work/app/app/${file}:${line}:21)`,
    'Promise.then.completed (/home/runner/work/app/app/node_modules/jest-circus/build/utils.js:298:28)',
    'new Promise (<anonymous>)',
    'callAsyncCircusFn (/home/runner/work/app/app/node_modules/jest-circus/build/utils.js:231:10)',
    '_callCircusTest (/home/runner/work/app/app/node_modules/jest-circus/build/run.js:316:40)',
    'processTicksAndRejections (node:internal/process/task_queues:95:5)',
    '_runTest (/home/runner/work/app/app/node_modules/jest-circus/build/run.js:252:3)',
    '_runTestsForDescribeBlock (/home/runner/work/app/app/node_modules/jest-circus/build/run.js:126:9)',
  ];
  const n = 4 + Math.floor(pick() * (frames.length - 3));
  return {
    message: head.split('\n')[0],
    type: 'Error',
    body: [head, ...frames.slice(0, n).map((f) => `    at ${f}`)].join('\n'),
  };
}

/**
 * Writes a JUnit XML report to `file`: a <testsuites> root with suites of 20–200 cases, half Java (Surefire
 * style, long tab-indented stack traces, some <properties>), half JavaScript (jest-junit style). Per case,
 * drawn with `rng(seed)`: `failRate` (default 2.5 %) <failure> and `errorRate` (0.5 %) <error> with
 * multi-line bodies and entity-escaped messages, `skipRate` (2 %) <skipped>, `flakyRate` (1 %) one or two
 * <flakyFailure> (with <stackTrace>/<system-out>) before passing, 5 % with <system-out>.
 * Returns { total, passed, failed, errors, skipped, flaky, suites, bytes }, counted with the same contract
 * as junit-summary (failed includes errors), so a bench can check the subject's answer.
 */
export function writeJUnit(file, spec = {}) {
  const { cases, seed = 42, failRate = 0.025, errorRate = 0.005, skipRate = 0.02, flakyRate = 0.01 } = spec;
  if (!Number.isInteger(cases) || cases < 1) throw new Error('writeJUnit: cases must be a positive integer');
  const pick = rng(seed);
  const word = () => WORDS[Math.floor(pick() * WORDS.length)];
  const t = { total: 0, passed: 0, failed: 0, errors: 0, skipped: 0, flaky: 0, suites: 0, bytes: 0 };
  const parts = ['<?xml version="1.0" encoding="UTF-8"?>\n', `<testsuites name="bench" tests="${cases}">\n`];
  let left = cases;
  while (left > 0) {
    const size = Math.min(left, 20 + Math.floor(pick() * 181));
    left -= size;
    t.suites++;
    const java = t.suites % 2 === 1;
    const area = `${word()}${t.suites}`;
    const cls = java
      ? `com.example.${area}.${word()[0].toUpperCase()}${word()}ServiceTest`
      : `${area} › ${word()}`;
    const file = java ? `src/test/java/com/example/${area}/Test.java` : `src/${area}/${word()}.test.ts`;
    parts.push(
      `  <testsuite name="${esc(java ? cls : file)}" tests="${size}" failures="0" errors="0" skipped="0" ` +
        `time="${(size * 0.01).toFixed(3)}" timestamp="2025-01-15T10:11:12" hostname="runner-${t.suites}">\n`,
    );
    if (java && pick() < 0.5) {
      parts.push(
        '    <properties>\n      <property name="java.version" value="17.0.9"/>\n' +
          '      <property name="surefire.test.class.path" value="/home/runner/work/app/target/' +
          'test-classes:/home/runner/.m2/repository/junit/junit/4.13.2/junit-4.13.2.jar"/>\n' +
          '    </properties>\n',
      );
    }
    for (let i = 0; i < size; i++) {
      t.total++;
      const method = `${VERBS[Math.floor(pick() * VERBS.length)]}_${word()}_when_${word()}_${i}`;
      const line = 10 + Math.floor(pick() * 400);
      const time = (pick() < 0.9 ? pick() * 0.05 : pick() * 3).toFixed(3);
      const open =
        `    <testcase name="${esc(java ? method : `${method.replace(/_/g, ' ')} (case ${i})`)}" ` +
        `classname="${esc(cls)}" time="${time}"${java ? '' : ` file="${file}" line="${line}"`}`;
      const r = pick();
      const trace = () => (java ? javaTrace(pick, cls, method, line) : jsTrace(pick, file, line));
      if (r < failRate + errorRate) {
        const tag = r < failRate ? 'failure' : 'error';
        const tr = trace();
        t.failed++;
        if (tag === 'error') t.errors++;
        parts.push(
          `${open}>\n      <${tag} message="${esc(tr.message)}" type="${tr.type}">`,
          `${escText(tr.body)}</${tag}>\n`,
        );
        if (pick() < 0.3)
          parts.push(`      <system-out><![CDATA[connecting to db\n${word()} ready]]></system-out>\n`);
        parts.push('    </testcase>\n');
      } else if (r < failRate + errorRate + skipRate) {
        t.skipped++;
        const why = esc(`@Ignore: ${word()} not supported`);
        parts.push(`${open}>\n      <skipped message="${why}"/>\n    </testcase>\n`);
      } else if (r < failRate + errorRate + skipRate + flakyRate) {
        t.flaky++;
        t.passed++;
        parts.push(`${open}>\n`);
        const n = pick() < 0.7 ? 1 : 2;
        for (let k = 0; k < n; k++) {
          const tr = trace();
          parts.push(
            `      <flakyFailure message="${esc(tr.message)}" type="${tr.type}">\n` +
              `        <stackTrace>${escText(tr.body)}</stackTrace>\n` +
              `        <system-out><![CDATA[attempt ${k + 1}: timeout talking to ${word()}]]>` +
              '</system-out>\n' +
              '      </flakyFailure>\n',
          );
        }
        parts.push('    </testcase>\n');
      } else if (pick() < 0.05) {
        t.passed++;
        const out = escText(`${word()} -> ${word()} & done <ok>`);
        parts.push(`${open}>\n      <system-out>${out}</system-out>\n    </testcase>\n`);
      } else {
        t.passed++;
        parts.push(`${open}/>\n`);
      }
    }
    parts.push('  </testsuite>\n');
  }
  parts.push('</testsuites>\n');
  writeFileSync(file, parts.join(''));
  t.bytes = statSync(file).size;
  return t;
}
