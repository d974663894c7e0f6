// Canary rows, measured with `keelson rollout --simulate --strategy canary` on examples/sample-service (an ALB made
// by the simulated AWS Load Balancer Controller, an HPA, users sending 50 requests per simulated second through the
// ALB) with zero analysis configuration: the default checks against the canary. A canary failing 30 % of requests
// meets users at its 10 % first step; analysis every 10 s, failure-limit 2. Every number is in simulated seconds or
// requests on virtual time, so machine load does not move it.
//
// The same bad canary through the Gateway API (`--router gateway-api`: the simulator's Gateway of class keelson-sim
// and the sample's HTTPRoute, users through the Gateway's listener) gives the gateway-api rows.
//
// Baseline, computed in the same run from the same traffic: Flagger's documented analysis interval (1m), counted as
// if one failed check were enough to roll back (its tutorials set threshold 5, which takes five intervals) — the
// most favourable reading of an interval × threshold controller.
//
// The CloudWatch row: the same bad canary judged by `--analysis cloudwatch` — the canary's pods, and its target
// group's 5xx ratio against stable's from the simulator's CloudWatch (computed from the ALB's request log, published
// per minute a minute after the minute ends, as AWS publishes ALB metrics), measured from the 10 % weight confirmed on
// the ALB to every user back on stable. Baseline: Flagger's 1m interval × threshold 1 after the same publication
// delay.
import { join } from 'node:path';

const RUNS = 2;
const RPS = 50;
const FIRST_STEP = 10;
const INTERVAL_S = 10;
const FLAGGER_INTERVAL_S = 60;
const FLAGGER_THRESHOLD = 1;
/** The simulator's CloudWatch publishes ALB metrics this long after their minute ends (src/cli/simulator.ts). */
const PUBLISH_DELAY_S = 60;

export default async function bench(lib) {
  const routers = [
    {
      router: 'alb',
      prefix: 'canary',
      manifests: ['deployment', 'service', 'hpa', 'ingress'],
      via: 'the ALB',
    },
    {
      router: 'gateway-api',
      prefix: 'canary (gateway-api)',
      manifests: ['deployment', 'service', 'hpa', 'gateway', 'httproute'],
      via: 'the Gateway (HTTPRoute weights)',
    },
  ];
  const rows = [];
  for (const r of routers) rows.push(...(await routerRows(lib, r)));
  return rows;
}

async function routerRows(lib, { router, prefix, manifests, via }) {
  const names = {
    restore: `${prefix}: bad 10 % step → detected and weight back to 0`,
    exposure: `${prefix}: users' requests the bad canary answered`,
    // CloudWatch's metrics are the ALB's per target group: the ALB rows only
    cloudwatch:
      router === 'alb'
        ? 'canary, --analysis cloudwatch: bad 10 % step → every user back on stable'
        : undefined,
  };
  if (!Object.values(names).some((n) => n !== undefined && lib.wants(n))) return [];
  const cwd = join(lib.root, 'examples/sample-service');
  const argv = [
    lib.node,
    join(lib.root, 'bin/keelson.js'),
    'rollout',
    '--simulate',
    '--format',
    'json',
    '--service',
    'sample-service',
    ...manifests.flatMap((f) => ['--manifests', `k8s/${f}.yaml`]),
    '--strategy',
    'canary',
    ...(router === 'alb' ? [] : ['--router', router]),
    '--steps',
    `${FIRST_STEP},50,100`,
    '--analysis-interval',
    `${INTERVAL_S}s`,
    '--failure-limit',
    '2',
    '--previous-image',
    'ghcr.io/acme/sample-service:v1',
    '--set-image',
    'ghcr.io/acme/sample-service:v2-errors-30',
    '--traffic',
    String(RPS),
  ];
  const runBad = (extra, label) => {
    const list = [];
    for (let i = 0; i < RUNS; i++) {
      lib.log(`bad canary at ${FIRST_STEP} % through ${via}${label}, run ${i + 1}/${RUNS}`);
      const r = lib.run({
        argv: [...argv, ...extra],
        cwd,
        env: lib.cleanEnv(),
        expect: (x) => {
          if (x.status !== 1) throw new Error(`expected exit 1, got ${x.status}: ${x.stderr}`);
        },
      });
      const out = JSON.parse(r.stdout);
      if (out.result !== 'rolled-back' || out.canary?.maxWeight !== FIRST_STEP)
        throw new Error(`not caught at the first step: ${out.result}, ${out.rollbackReason}`);
      list.push(out);
    }
    return list;
  };
  const rows = [];
  if (names.cloudwatch !== undefined && lib.wants(names.cloudwatch)) {
    const cw = runBad(['--analysis', 'cloudwatch', '--step-duration', '4m'], ' (CloudWatch analysis)');
    const at = (o, phase) => o.timeline.find((e) => e.phase === phase)?.t;
    const cwExposed = lib.median(cw.map((o) => at(o, 'rollback') - at(o, 'step')));
    rows.push({
      name: names.cloudwatch,
      subject: cwExposed,
      baseline: PUBLISH_DELAY_S + FLAGGER_INTERVAL_S * FLAGGER_THRESHOLD,
      unit: 's',
      goal: 1,
      baselineName: `Flagger's CloudWatch provider: the same ${PUBLISH_DELAY_S} s publication delay + interval ${FLAGGER_INTERVAL_S} s × threshold ${FLAGGER_THRESHOLD}`,
      note:
        `Median of ${RUNS} simulated canaries as above, judged by --analysis cloudwatch (the pods, and the canary's ` +
        `target group 5xx ratio ≤ 1.5 × stable's + 0.01 over a trailing 5 minutes, from the simulator's CloudWatch, ` +
        `which publishes each minute ${PUBLISH_DELAY_S} s after it ends); from the 10 % weight confirmed on the ALB ` +
        `to every user back on stable; ` +
        `the check that decided: ${[...new Set(cw.map((o) => /check \d+ \('([^']+)'\)/.exec(o.rollbackReason ?? '')?.[1] ?? '?'))].join(', ')}.`,
    });
  }
  if (!lib.wants(names.restore) && !lib.wants(names.exposure)) return rows;
  const outs = runBad([], '');
  const restore = lib.median(outs.map((o) => o.detectSeconds + o.rollbackSeconds));
  const at = (o, phase) => o.timeline.find((e) => e.phase === phase)?.t;
  // From the canary's first step confirmed on the router to every user back on stable.
  const exposedSeconds = lib.median(outs.map((o) => at(o, 'rollback') - at(o, 'step')));
  const answered = lib.median(outs.map((o) => Math.round(o.canary.exposure * o.trafficDuring.requests)));
  const share = lib.median(outs.map((o) => o.canary.exposure));
  const flaggerDetect = FLAGGER_INTERVAL_S * FLAGGER_THRESHOLD;
  // The same users at the same first step, left on the bad canary until an interval × threshold verdict.
  const flaggerAnswered = RPS * (FIRST_STEP / 100) * (exposedSeconds - restore + flaggerDetect);
  const note =
    `Median of ${RUNS} simulated canaries of examples/sample-service (HPA, ${RPS} req/s through ${via}, no ` +
    `analysis configured: the default checks against the canary's Service); steps ${FIRST_STEP},50,100, analysis ` +
    `every ${INTERVAL_S} s, failure-limit 2. The bad canary had ${exposedSeconds} s of users at ${FIRST_STEP} % ` +
    `(from the weight confirmed on the router to every user back on stable), answered ${(share * 100).toFixed(2)} % of users' requests during the ` +
    `rollout (bound: the first step's ${FIRST_STEP} %). Baseline: Flagger's documented 1m interval with a threshold ` +
    `of ${FLAGGER_THRESHOLD}, same step, same traffic.`;
  return [
    ...rows,
    {
      name: names.restore,
      subject: restore,
      baseline: flaggerDetect,
      unit: 's',
      goal: Math.round(((INTERVAL_S + 10) / flaggerDetect) * 100) / 100,
      baselineName: `Flagger: interval ${FLAGGER_INTERVAL_S} s × threshold ${FLAGGER_THRESHOLD}; goal ≤ one interval (${INTERVAL_S} s) + 10 s`,
      note,
    },
    {
      name: names.exposure,
      subject: answered,
      baseline: Math.round(flaggerAnswered),
      unit: 'requests',
      goal: 0.5,
      baselineName: `the same ${FIRST_STEP} % step left until Flagger's interval × threshold verdict`,
      note,
    },
  ];
}
