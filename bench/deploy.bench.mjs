// Deploy rows: how fast a regression that only live traffic shows is rolled back, and how long users are
// exposed to it, measured with `keelson rollout --simulate` (the Kubernetes simulator, real HTTP to
// simulated pods, the clock sped up; every number is in simulated seconds, so machine load barely moves it).
import { join } from 'node:path';

const RUNS = 3;
const INTERVAL_S = 5; // the sample service's checks probe every 5 s with failure-threshold 2
const WINDOW_S = 120;

export default async function bench(lib) {
  const names = {
    restore: 'rollback: first failing probe → all traffic on the old color',
    exposure: 'rollback: seconds the bad version served live traffic',
  };
  if (!lib.wants(names.restore) && !lib.wants(names.exposure)) return [];
  const cwd = join(lib.root, 'examples/sample-service');
  const argv = [
    lib.node,
    join(lib.root, 'bin/keelson.js'),
    'rollout',
    '--simulate',
    '--speed',
    '20',
    '--format',
    'json',
    '--service',
    'sample-service',
    '--manifests',
    'k8s/deployment.yaml',
    '--manifests',
    'k8s/service.yaml',
    '--health-checks',
    'k8s/health-checks.yaml',
    '--previous-image',
    'ghcr.io/acme/sample-service:v1',
    '--set-image',
    'ghcr.io/acme/sample-service:v2',
    '--fail-after-switch',
    '0.3',
    '--traffic',
    '20',
    '--verify-window',
    `${WINDOW_S}s`,
    '--scale-down-delay',
    '0',
  ];
  const restore = [];
  const exposure = [];
  const errorShare = [];
  const badShare = [];
  for (let i = 0; i < RUNS; i++) {
    lib.log(`rollout --simulate with a regression after the switch, run ${i + 1}/${RUNS}`);
    const r = lib.run({
      argv,
      cwd,
      env: lib.cleanEnv(),
      expect: (x) => {
        if (x.status !== 1) throw new Error(`expected a rollback (exit 1), got ${x.status}: ${x.stderr}`);
      },
    });
    const out = JSON.parse(r.stdout);
    if (out.result !== 'rolled-back' || JSON.stringify(Object.keys(out.trafficAfter)) !== '["v1"]') {
      throw new Error(`not rolled back to v1: ${out.result}, ${JSON.stringify(out.trafficAfter)}`);
    }
    restore.push(out.detectSeconds + out.rollbackSeconds);
    const at = (phase, level) =>
      out.timeline.find((e) => e.phase === phase && (!level || e.level === level))?.t;
    exposure.push(at('rollback') - at('switch', 'ok'));
    errorShare.push(out.trafficDuring.errors / Math.max(1, out.trafficDuring.requests));
    badShare.push((out.trafficDuring.byVersion.v2 ?? 0) / Math.max(1, out.trafficDuring.requests));
  }
  const pct = (x) => `${(x * 100).toFixed(1)}%`;
  const note =
    `Median of ${RUNS} simulated rollouts of examples/sample-service: v2 passes its pre-switch checks, then fails ` +
    `30 % of requests once live; checks every ${INTERVAL_S} s, failure-threshold 2, 20 samples per probe. ` +
    `Users' requests answered by the bad version during the rollout: ${pct(lib.median(badShare))}; ` +
    `that failed: ${pct(lib.median(errorShare))} ` +
    `(the bad version alone fails 30 %).`;
  return [
    {
      name: names.restore,
      subject: lib.median(restore),
      baseline: INTERVAL_S,
      unit: 's',
      goal: (INTERVAL_S + 10) / INTERVAL_S,
      baselineName: `one check interval (${INTERVAL_S} s); goal: ≤ 1 interval + 10 s`,
      note,
    },
    {
      name: names.exposure,
      subject: lib.median(exposure),
      baseline: WINDOW_S,
      unit: 's',
      goal: 0.25,
      baselineName: `the ${WINDOW_S} s verify window (how long a rollout without analysis leaves it live)`,
      note,
    },
  ];
}
