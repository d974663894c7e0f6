// Foundation rows: cold start of every action bundle, and the CLI's junit-summary on large reports.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const COLD_REPS = 40;
const JUNIT_REPS = 15;

/** A run that reached the action's own input error (main) or finished cleanly (post), never a crash. */
function reachedInputError(post) {
  return (r) => {
    const out = `${r.stdout}${r.stderr}`;
    if (/Unexpected error \(a bug|^\s+at .+:\d+:\d+\)?$/m.test(out))
      throw new Error('crashed instead of an input error');
    if (post && r.status === 0) return;
    if (r.status !== 1 || !/^::error::/m.test(out))
      throw new Error(`exit ${r.status} without an ::error:: line`);
  };
}

function coldStart(lib, node = lib.node, label = '') {
  const targets = lib.bundles().map((b) => ({ ...b, row: `cold start${label}: dist/${b.name}/index.js` }));
  const wanted = targets.filter((b) => lib.wants(b.row));
  if (wanted.length === 0) return [];
  const dir = lib.tempDir('cold');
  const cmds = {
    nodeE0: { argv: [node, '-e', '0'], expect: { status: 0 } },
    emptyEsm: { argv: [node, join(lib.root, 'bench/baselines/empty.mjs')], expect: { status: 0 } },
  };
  for (const [i, b] of wanted.entries()) {
    // Each bundle in its own empty workspace, so one cannot leave files the next one finds.
    const cwd = lib.tempDir(`cold-${i}`);
    cmds[`b${i}`] = {
      argv: [node, b.file],
      cwd,
      env: lib.actionEnv(cwd),
      expect: reachedInputError(b.name.endsWith('/post')),
    };
  }
  lib.log(
    `cold start of ${wanted.length} bundles, node -e 0 and an empty .mjs, ${COLD_REPS} reps interleaved`,
  );
  const { median: t, samples } = lib.interleave(cmds, {
    cwd: dir,
    env: lib.actionEnv(dir),
    reps: COLD_REPS,
    warmup: 3,
  });
  const floor =
    'Each bundle runs with no INPUT_* in an empty temp workspace (GITHUB_* files beside it) until its ' +
    'input error. ' +
    `For scale: an empty ES module (bench/baselines/empty.mjs) takes ${t.emptyEsm.toFixed(1)} ms ` +
    `(${(t.emptyEsm / t.nodeE0).toFixed(2)}× \`node -e 0\`), the ESM loader's floor under every bundle.`;
  return wanted.map((b, i) => ({
    name: b.row,
    subject: t[`b${i}`],
    baseline: t.nodeE0,
    unit: 'ms',
    goal: 1.3,
    baselineName: '`node -e 0`',
    note: floor,
    samples: { subject: samples[`b${i}`], baseline: samples.nodeE0, emptyEsm: samples.emptyEsm },
  }));
}

function junitSummary(lib) {
  const names = {
    t10k: 'junit-summary --format json, 10k cases',
    t100k: 'junit-summary --format json, 100k cases',
    linear: 'junit-summary linearity, 100k vs 10k cases',
    rss: 'junit-summary peak memory, 100k cases',
  };
  const want = Object.fromEntries(Object.entries(names).map(([k, n]) => [k, lib.wants(n)]));
  if (!Object.values(want).some(Boolean)) return [];

  const dir = lib.tempDir('junit');
  const files = {};
  const expected = {};
  const sizes = { one: 1, k10: 10_000, k100: 100_000 };
  for (const [k, cases] of Object.entries(sizes)) {
    if (k === 'one' && !want.linear) continue;
    if (k === 'k10' && !want.t10k && !want.linear) continue;
    if (k === 'k100' && !want.t100k && !want.linear && !want.rss) continue;
    files[k] = join(dir, `junit-${k}.xml`);
    expected[k] = lib.writeJUnit(files[k], { cases, seed: 7 });
  }
  const keelson = (k) => ({
    argv: [lib.node, join(lib.root, 'bin/keelson.js'), 'junit-summary', '--format', 'json', files[k]],
    expect: (r) => {
      if (r.status !== 0) throw new Error(`exit ${r.status}`);
      const got = JSON.parse(r.stdout);
      for (const f of ['total', 'passed', 'failed', 'errors', 'skipped', 'flaky']) {
        if (got[f] !== expected[k][f]) throw new Error(`${f}: got ${got[f]}, generated ${expected[k][f]}`);
      }
    },
  });
  const fxp = (k) => ({
    argv: [lib.node, join(lib.root, 'bench/baselines/fxp-parse.mjs'), files[k]],
    expect: { status: 0, output: /testsuites/ },
  });
  const mb = (k) => `${lib.mib(expected[k].bytes).toFixed(1)} MiB`;

  const cmds = {};
  if (want.linear) cmds.js1 = keelson('one');
  if (want.t10k || want.linear) cmds.js10k = keelson('k10');
  if (want.t10k) cmds.fxp10k = fxp('k10');
  if (want.t100k || want.linear) cmds.js100k = keelson('k100');
  if (want.t100k) cmds.fxp100k = fxp('k100');
  const rows = [];
  if (Object.keys(cmds).length > 0) {
    lib.log(`junit-summary timings (${Object.keys(cmds).join(', ')}), ${JUNIT_REPS} reps interleaved`);
    const { median: t, samples } = lib.interleave(cmds, {
      reps: JUNIT_REPS,
      warmup: 2,
      env: lib.cleanEnv(),
      cwd: dir,
    });
    const base = 'bare fast-xml-parser parse, bench/baselines/fxp-parse.mjs';
    if (want.t10k) {
      rows.push({
        name: names.t10k,
        subject: t.js10k,
        baseline: t.fxp10k,
        unit: 'ms',
        goal: 2,
        baselineName: base,
        note: `10k cases, ${mb('k10')}, ~3 % failed with stack traces, skipped and flaky cases.`,
        samples: { subject: samples.js10k, baseline: samples.fxp10k },
      });
    }
    if (want.t100k) {
      rows.push({
        name: names.t100k,
        subject: t.js100k,
        baseline: t.fxp100k,
        unit: 'ms',
        goal: 2,
        baselineName: base,
        note: `100k cases, ${mb('k100')}.`,
        samples: { subject: samples.js100k, baseline: samples.fxp100k },
      });
    }
    if (want.linear) {
      const work10k = t.js10k - t.js1;
      const work100k = t.js100k - t.js1;
      if (work10k <= 0)
        throw new Error(`10k run (${t.js10k} ms) not slower than the 1-case run (${t.js1} ms)`);
      rows.push({
        name: names.linear,
        subject: work100k,
        baseline: 10 * work10k,
        unit: 'ms',
        goal: 1.25,
        baselineName: '10 × the 10k run: linear; both minus the 1-case run (startup)',
        note:
          `Work time = run minus the ${t.js1.toFixed(0)} ms of a 1-case run. 100k/10k work ratio ` +
          `${(work100k / work10k).toFixed(1)} (ideal 10, lower = sublinear); raw wall-time ratio ` +
          `${(t.js100k / t.js10k).toFixed(1)}.`,
        samples: { js1: samples.js1, js10k: samples.js10k, js100k: samples.js100k },
      });
    }
  }
  if (want.rss) {
    lib.log('junit-summary peak memory, 100k cases');
    const m = lib.comparePeakRss(keelson('k100'), fxp('k100'), { reps: 3, env: lib.cleanEnv(), cwd: dir });
    rows.push({
      name: names.rss,
      subject: m.subject,
      baseline: m.baseline,
      unit: 'MiB',
      goal: 2,
      baselineName: 'the bare parse above: peak RSS',
      note: 'Peak resident set (maxRSS) of the node process, median of 3, measured by bench/rss-probe.mjs.',
      samples: m.samples,
    });
  }
  return rows;
}

export default async function bench(lib) {
  // The actions declare node24: measure on it too when the test command has installed it (.cache/bin/node24).
  const node24 = join(lib.root, '.cache/bin/node24');
  const on24 =
    existsSync(node24) && process.version.split('.')[0] !== 'v24' ? coldStart(lib, node24, ' (node 24)') : [];
  return [
    ...coldStart(lib, lib.node, ` (node ${process.version.split('.')[0].slice(1)})`),
    ...on24,
    ...junitSummary(lib),
  ];
}
