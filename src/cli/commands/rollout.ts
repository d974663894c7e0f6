import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { realClock } from '../../lib/clock.js';
import type { RunDeployDeps } from '../../lib/deploy/action.js';
import type { Timeline, TimelineEvent } from '../../lib/deploy/timeline.js';
import { InputError } from '../../lib/errors.js';
import { readContext } from '../../lib/github/context.js';
import { Inputs } from '../../lib/inputs.js';
import { parseCommandArgs } from '../args.js';
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

export function fileOrText(io: CliIO, value: string): string {
  const file = value && !value.includes('\n') ? resolve(io.cwd, value) : '';
  return file && existsSync(file) ? readFileSync(file, 'utf8') : value;
}

export const command: Command = {
  name: 'rollout',
  summary:
    "Roll out manifests with the deploy action's strategies, against a cluster or the built-in simulator",
  help,
  async run(argv, io) {
    const args = parseCommandArgs('rollout', argv, FLAGS);
    if (args.help) {
      io.stdout(help + '\n');
      return 0;
    }
    const simulate = args.flags.simulate === true;
    const speed = args.inputs.integer('speed', 60, { min: 1, max: 10_000 });
    if (simulate && (args.inputs.has('cluster-name') || args.inputs.has('kubeconfig'))) {
      throw new InputError(
        'simulate',
        '--simulate runs against the built-in simulator: drop --cluster-name and --kubeconfig.',
      );
    }
    const inputs = new Inputs((name) => {
      if (name === 'health-checks') return fileOrText(io, args.inputs.raw(name));
      if (name === 'strategy') return args.inputs.raw(name) || 'blue-green';
      if (name === 'kubeconfig' && simulate) return 'simulator';
      return args.inputs.raw(name);
    });
    const { readDeployInputs } = await import('../../lib/deploy/settings.js');
    const settings = readDeployInputs(inputs);
    const { runDeploy, withImage } = await import('../../lib/deploy/action.js');
    const s = io.isTTY && !io.env.NO_COLOR ? colour : plain;
    const deps: RunDeployDeps = {
      clock: realClock,
      signal: new AbortController().signal,
      context: readContext(io.env),
      cwd: io.cwd,
      holder: `cli-${process.pid}`,
      onEvent: liveTimeline(io, s),
      onWarning: (m) => io.stderr(m + '\n'),
      transform: args.inputs.has('set-image') ? withImage(args.inputs.raw('set-image')) : undefined,
    };
    if (!simulate) {
      const run = await runDeploy(settings, deps);
      io.stdout('\n' + run.markdown + '\n');
      return run.result.result === 'promoted' ? 0 : 1;
    }
    const { startSimulation, describeTraffic } = await import('../simulator.js');
    const sim = await startSimulation(speed);
    try {
      const simDeps: RunDeployDeps = { ...deps, clock: sim.clock, kube: sim.kube };
      const previous = args.inputs.raw('previous-image');
      if (previous) {
        io.stdout(s.bold(`Simulated cluster: putting ${previous} live first\n`));
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
      io.stdout(
        s.bold(`Rolling out ${settings.service} (${settings.strategy}, simulated at ${speed}× speed)\n`),
      );
      const run = await runDeploy(settings, simDeps);
      io.stdout('\n' + run.markdown + '\n');
      io.stdout(
        `Live traffic after the rollout: ${describeTraffic(await sim.traffic(settings.namespace, settings.service, 50))}\n`,
      );
      return run.result.result === 'promoted' ? 0 : 1;
    } finally {
      await sim.close();
    }
  },
};
