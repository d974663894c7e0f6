// Deploy rows, measured with `keelson rollout --simulate` on examples/sample-service as the demo runs it: an ALB
// made by the simulated AWS Load Balancer Controller, an HPA, users sending 50 requests per simulated second
// through the ALB. Every number is in simulated seconds or requests on virtual time, so machine load does not move
// it. Baselines are the same rollouts in the same run with `--router service`: the switch done by the live
// Service's selector behind the same ALB (what a selector-based blue-green does on EKS).
import { join } from 'node:path';

const RUNS = 2;
const RPS = 50;
const INTERVAL_S = 5; // the sample service's checks probe every 5 s with failure-threshold 2
const WINDOW_S = 120;

export default async function bench(lib) {
  const names = {
    restore: 'rollback: first failing probe → users back on the old version',
    exposure: 'rollback: seconds the bad version served users',
    promoteLb: 'ALB blue-green promote: requests failed by the switch',
    rollbackLb: 'ALB rollback: requests failed by the switch back',
    healthy: 'ALB promote: switch → every live target healthy',
  };
  if (!Object.values(names).some((n) => lib.wants(n))) return [];
  const cwd = join(lib.root, 'examples/sample-service');
  const base = [
    lib.node,
    join(lib.root, 'bin/keelson.js'),
    'rollout',
    '--simulate',
    '--format',
    'json',
    '--service',
    'sample-service',
    ...['deployment', 'service', 'hpa', 'ingress'].flatMap((f) => ['--manifests', `k8s/${f}.yaml`]),
    '--health-checks',
    'k8s/health-checks.yaml',
    '--previous-image',
    'ghcr.io/acme/sample-service:v1',
    '--set-image',
    'ghcr.io/acme/sample-service:v2',
    '--traffic',
    String(RPS),
  ];
  const rollout = (router, extra, want) => {
    const r = lib.run({
      argv: [...base, '--router', router, ...extra],
      cwd,
      env: lib.cleanEnv(),
      expect: (x) => {
        if (x.status !== want) throw new Error(`expected exit ${want}, got ${x.status}: ${x.stderr}`);
      },
    });
    return JSON.parse(r.stdout);
  };
  const lbFailures = (out) => out.trafficDuring.errorsByCause['load-balancer'] ?? 0;

  const promote = { auto: [], service: [] };
  const rollback = { auto: [], service: [] };
  for (let i = 0; i < RUNS; i++) {
    for (const router of ['auto', 'service']) {
      lib.log(`promote through the ALB, router ${router}, run ${i + 1}/${RUNS}`);
      const p = rollout(router, ['--verify-window', '60s', '--scale-down-delay', '30s'], 0);
      if (p.result !== 'promoted') throw new Error(`not promoted: ${p.rollbackReason}`);
      promote[router].push(p);
      lib.log(`regression after the switch, router ${router}, run ${i + 1}/${RUNS}`);
      const b = rollout(
        router,
        ['--fail-after-switch', '0.3', '--verify-window', `${WINDOW_S}s`, '--scale-down-delay', '0'],
        1,
      );
      // Keelson's users are all on v1 again at once; the selector baseline's still wait for re-registered targets.
      if (
        b.result !== 'rolled-back' ||
        (router === 'auto' && JSON.stringify(Object.keys(b.trafficAfter)) !== '["v1"]')
      )
        throw new Error(`not rolled back to v1: ${b.result}, ${JSON.stringify(b.trafficAfter)}`);
      rollback[router].push(b);
    }
  }
  const at = (out, phase, level) =>
    out.timeline.find((e) => e.phase === phase && (!level || e.level === level))?.t;
  const share = (out, v) => (out.trafficDuring.byVersion[v] ?? 0) / Math.max(1, out.trafficDuring.requests);
  const pct = (x) => `${(x * 100).toFixed(1)}%`;
  const auto = rollback.auto;
  const rollbackNote =
    `Median of ${RUNS} simulated rollouts of examples/sample-service (ALB + HPA, ${RPS} req/s through the ALB): v2 ` +
    `passes its pre-switch checks, then fails 30 % of requests once live; checks every ${INTERVAL_S} s, ` +
    `failure-threshold 2, 20 samples per probe. Users' requests answered by the bad version during the rollout: ` +
    `${pct(lib.median(auto.map((o) => share(o, 'v2'))))}; that failed: ` +
    `${pct(lib.median(auto.map((o) => o.trafficDuring.errors / Math.max(1, o.trafficDuring.requests))))} ` +
    `(the bad version alone fails 30 %).`;
  const lbNote =
    `Requests users got a reset or the ALB's own 502/503/504 for, while the rollout ran at ${RPS} req/s through the ` +
    `ALB (median of ${RUNS}); baseline: the same rollout switched by the live Service's selector behind the same ALB ` +
    `(--router service), where new targets sit in "initial" while the old ones drain.`;
  return [
    {
      name: names.restore,
      subject: lib.median(auto.map((o) => o.detectSeconds + o.rollbackSeconds)),
      baseline: INTERVAL_S,
      unit: 's',
      goal: (INTERVAL_S + 10) / INTERVAL_S,
      baselineName: `one check interval (${INTERVAL_S} s); goal: ≤ 1 interval + 10 s`,
      note: rollbackNote,
    },
    {
      name: names.exposure,
      subject: lib.median(auto.map((o) => at(o, 'rollback') - at(o, 'switch', 'ok'))),
      baseline: WINDOW_S,
      unit: 's',
      goal: 0.25,
      baselineName: `the ${WINDOW_S} s verify window (how long a rollout without analysis leaves it live)`,
      note: rollbackNote,
    },
    {
      name: names.promoteLb,
      subject: lib.median(promote.auto.map(lbFailures)),
      baseline: lib.median(promote.service.map(lbFailures)),
      unit: 'requests',
      goal: 0,
      baselineName: 'the same promote switched by the Service selector (--router service)',
      note: lbNote,
    },
    {
      name: names.rollbackLb,
      subject: lib.median(rollback.auto.map(lbFailures)),
      baseline: lib.median(rollback.service.map(lbFailures)),
      unit: 'requests',
      goal: 0,
      baselineName: 'the same rollback switched back by the Service selector (--router service)',
      note: lbNote,
    },
    {
      name: names.healthy,
      subject: lib.median(promote.auto.map((o) => o.loadBalancer.liveTargetsHealthyAfterSwitchSeconds)),
      baseline: lib.median(promote.service.map((o) => o.loadBalancer.liveTargetsHealthyAfterSwitchSeconds)),
      unit: 's',
      goal: 0,
      baselineName: 'a selector switch: new targets register, then pass a health check',
      note:
        'From the start of the switch until every pod that took users was a healthy target of the target group the ALB ' +
        'sends users to (ELBv2 target health). Keelson switches the ALB only once they are.',
    },
  ];
}
