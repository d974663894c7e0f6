import { realClock } from '../../lib/clock.js';
import type { RunDeployDeps } from '../../lib/deploy/action.js';
import type { Timeline, TimelineEvent } from '../../lib/deploy/timeline.js';
import { InputError } from '../../lib/errors.js';
import { readContext } from '../../lib/github/context.js';
import { Inputs } from '../../lib/inputs.js';
import { fileOrText, parseCommandArgs } from '../args.js';
import type { CliIO, Command } from '../command.js';
import { colour, plain, type Style } from '../render-log.js';

const help = `Usage: keelson rollout --service NAME --manifests FILE... [options]

Runs the deploy action's rollout from a terminal: the same manifests, strategies, health checks, Lease and
automatic rollback, with a live timeline.

  --simulate                run against Keelson's Kubernetes simulator instead of a cluster; pods behave by
                            image tag: v2 (healthy), v2-errors-30, v2-slow-1500, v2-crashloop, v2-never-ready, v2-hang
  --speed N                 simulator clock speed-up (default 60)
  --previous-image IMAGE    with --simulate: first put the same manifests live with this image
  --set-image IMAGE         use this image for every container of the Deployments (e.g. app:v2-errors-30)
  --fail-after-switch R     with --simulate: the new version starts failing a share R (0..1) of requests once
                            it takes live traffic (a regression only production load shows)
  --traffic RPS             with --simulate: users' requests per simulated second during the rollout; reports
                            what they saw (versions, errors)
  --format text|json        json: one object with the outputs, the timeline and the traffic (default text)
  --strategy rolling|blue-green     (default blue-green)
  --namespace NS            (default default)
  --manifests FILE          files, directories or globs (repeatable); or --kustomize DIR, or --helm-chart DIR
                            with --helm-values FILE
  --images name=repo@sha256:...     pin images by digest (repeatable)
  --version V               version label (default the first image digest, or the image tag when simulating)
  --health-checks FILE|YAML checks as in the deploy action (default: pods Ready, not crash-looping)
  --ready-timeout 10m  --verify-window 5m  --scale-down-delay 2m  --wait-for-lock 0
  --cluster-name NAME --aws-region REGION | --kubeconfig FILE [--context C]     a real cluster

Exit status: 0 promoted, 1 rolled back or failed.`;

const FLAGS = {
  simulate: { type: 'boolean' },
  speed: { type: 'string' },
  'previous-image': { type: 'string' },
  'set-image': { type: 'string' },
  'fail-after-switch': { type: 'string' },
  traffic: { type: 'string' },
  format: { type: 'string' },
  strategy: { type: 'string' },
  namespace: { type: 'string' },
  service: { type: 'string' },
  manifests: { type: 'string', multiple: true },
  kustomize: { type: 'string' },
  'helm-chart': { type: 'string' },
  'helm-values': { type: 'string', multiple: true },
  images: { type: 'string', multiple: true },
  version: { type: 'string' },
  'health-checks': { type: 'string' },
  'ready-timeout': { type: 'string' },
  'verify-window': { type: 'string' },
  'scale-down-delay': { type: 'string' },
  'wait-for-lock': { type: 'string' },
  'cluster-name': { type: 'string' },
  'aws-region': { type: 'string' },
  kubeconfig: { type: 'string' },
  context: { type: 'string' },
} as const;

/** Prints timeline events as they happen. */
export function liveTimeline(io: CliIO, s: Style): (e: TimelineEvent, t: Timeline) => void {
  return (e, t) => {
    const paint =
      e.level === 'error'
        ? s.red
        : e.level === 'ok'
          ? s.green
          : e.level === 'warn'
            ? s.yellow
            : (x: string) => x;
    io.stdout(`  ${s.dim(`[${t.offset(e).padStart(6)}]`)} ${e.phase.padEnd(10)} ${paint(e.message)}\n`);
  };
}

export const command: Command = {
  name: 'rollout',
  summary:
    "Roll out manifests with the deploy action's strategies, against a cluster or the built-in simulator",
  help,
  async run(argv, io) {
    const args = parseCommandArgs('rollout', argv, FLAGS);
    const simulate = args.flags.simulate === true;
    const speed = args.inputs.integer('speed', 60, { min: 1, max: 10_000 });
    const format = args.inputs.enum('format', ['text', 'json'] as const, 'text');
    const rps = args.inputs.integer('traffic', 0, { min: 0, max: 1000 });
    const failAfter = args.inputs.has('fail-after-switch')
      ? parseRatio(args.inputs.raw('fail-after-switch'))
      : undefined;
    if (!simulate && (rps > 0 || failAfter !== undefined)) {
      throw new InputError('simulate', '--traffic and --fail-after-switch need --simulate.');
    }
    if (simulate && (args.inputs.has('cluster-name') || args.inputs.has('kubeconfig'))) {
      throw new InputError(
        'simulate',
        '--simulate runs against the built-in simulator: drop --cluster-name and --kubeconfig.',
      );
    }
    const inputs = new Inputs((name) => {
      if (name === 'health-checks') return fileOrText(io.cwd, args.inputs.raw(name));
      if (name === 'strategy') return args.inputs.raw(name) || 'blue-green';
      if (name === 'kubeconfig' && simulate) return 'simulator';
      return args.inputs.raw(name);
    });
    const { readDeployInputs } = await import('../../lib/deploy/settings.js');
    const settings = readDeployInputs(inputs);
    const { runDeploy, withImage } = await import('../../lib/deploy/action.js');
    const s = io.isTTY && !io.env.NO_COLOR ? colour : plain;
    const out: CliIO = format === 'json' ? { ...io, stdout: () => undefined } : io;
    const deps: RunDeployDeps = {
      clock: realClock,
      signal: new AbortController().signal,
      context: readContext(io.env),
      cwd: io.cwd,
      holder: `cli-${process.pid}`,
      setSecret: (v) => io.masker.add(v),
      onEvent: liveTimeline(out, s),
      onWarning: (m) => io.stderr(m + '\n'),
      transform: args.inputs.has('set-image') ? withImage(args.inputs.raw('set-image')) : undefined,
    };
    if (!simulate) {
      const run = await runDeploy(settings, deps);
      if (format === 'json') io.stdout(JSON.stringify(toJson(run)) + '\n');
      else io.stdout('\n' + run.markdown + '\n');
      return run.result.result === 'promoted' ? 0 : 1;
    }
    const { startSimulation, describeTraffic, startLoad } = await import('../simulator.js');
    const sim = await startSimulation(speed);
    try {
      const simDeps: RunDeployDeps = { ...deps, clock: sim.clock, kube: sim.kube };
      const previous = args.inputs.raw('previous-image');
      if (previous) {
        out.stdout(s.bold(`Simulated cluster: putting ${previous} live first\n`));
        const tag = previous.split(':').pop() ?? 'previous';
        const first = await runDeploy(
          { ...settings, version: tag, images: [], verifyWindowMs: 0 },
          { ...simDeps, transform: withImage(previous), onEvent: undefined },
        );
        if (first.result.result !== 'promoted')
          throw new InputError(
            'previous-image',
            `The previous image did not come up: ${first.result.rollbackReason}`,
          );
      }
      out.stdout(
        s.bold(`Rolling out ${settings.service} (${settings.strategy}, simulated at ${speed}× speed)\n`),
      );
      const load =
        rps > 0 && previous ? startLoad(sim, settings.namespace, settings.service, 1000 / rps) : undefined;
      const image = args.inputs.raw('set-image');
      const onEvent = simDeps.onEvent;
      const run = await runDeploy(settings, {
        ...simDeps,
        onEvent: (e, t) => {
          onEvent?.(e, t);
          if (e.phase === 'switch' && failAfter !== undefined) {
            sim.emulator.sim.behaviour(image || 'healthy', { errorRate: failAfter });
          }
        },
      });
      const samples = load ? await load.stop() : [];
      const after = await sim.traffic(settings.namespace, settings.service, 50);
      if (format === 'json') {
        io.stdout(
          JSON.stringify({ ...toJson(run), trafficAfter: after, trafficDuring: summarizeLoad(samples) }) +
            '\n',
        );
      } else {
        io.stdout('\n' + run.markdown + '\n');
        if (load) io.stdout(`Traffic during the rollout: ${describeLoad(summarizeLoad(samples))}\n`);
        io.stdout(`Live traffic after the rollout: ${describeTraffic(after)}\n`);
      }
      return run.result.result === 'promoted' ? 0 : 1;
    } finally {
      await sim.close();
    }
  },
};

function parseRatio(raw: string): number {
  const n = Number(raw);
  if (!/^\d*\.?\d+$/.test(raw) || n < 0 || n > 1)
    throw InputError.invalid('fail-after-switch', raw, 'a share of requests from 0 to 1, such as 0.3');
  return n;
}

function toJson(run: { result: object; timeline: Timeline }): object {
  return {
    ...run.result,
    timeline: run.timeline.events.map((e) => ({
      t: (e.at - run.timeline.startedAt) / 1000,
      phase: e.phase,
      level: e.level,
      message: e.message,
    })),
  };
}

interface LoadSummary {
  requests: number;
  errors: number;
  byVersion: Record<string, number>;
  errorsByVersion: Record<string, number>;
}

function summarizeLoad(samples: { version: string; status: number }[]): LoadSummary {
  const sum: LoadSummary = { requests: samples.length, errors: 0, byVersion: {}, errorsByVersion: {} };
  for (const x of samples) {
    const v = x.version || 'no answer';
    sum.byVersion[v] = (sum.byVersion[v] ?? 0) + 1;
    if (x.status === 0 || x.status >= 500) {
      sum.errors++;
      sum.errorsByVersion[v] = (sum.errorsByVersion[v] ?? 0) + 1;
    }
  }
  return sum;
}

function describeLoad(l: LoadSummary): string {
  const pct = (n: number): string => `${Math.round((n / Math.max(1, l.requests)) * 1000) / 10}%`;
  const versions = Object.entries(l.byVersion)
    .map(([v, n]) => `${pct(n)} ${v}`)
    .join(', ');
  return `${l.requests} requests: ${versions}; ${l.errors} errors (${pct(l.errors)})`;
}
