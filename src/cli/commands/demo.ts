import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run as runTestAction } from '../../actions/test/main.js';
import { parseCanarySteps } from '../../lib/deploy/canary-settings.js';
import type { DeployInputs } from '../../lib/deploy/settings.js';
import { runLocally } from '../../lib/local-runner.js';
import { keelsonRoot } from '../../lib/repo-root.js';
import { parseCommandArgs } from '../args.js';
import type { CliIO, Command } from '../command.js';
import { colour, plain, renderLogLine, type Style } from '../render-log.js';
import { liveTimeline } from './rollout.js';

const help = `Usage: keelson demo [--only ci|cd|promote] [--expand] [--no-color]
       keelson demo --classic [--speed N] [--no-color]

Runs the sample service's whole pipeline on this machine through \`keelson workflow run\`: its own workflow files
(examples/sample-service/.github/workflows/) calling Keelson's reusable workflows, Keelson's actions in this
process, against a local platform (GitHub emulator, EKS clusters with an ALB and an HPA on virtual time, ECR over
a real registry, PostgreSQL), printed as GitHub shows runs:

  ① ci       pull request #1: tests, an image built with buildah and pushed by digest, the Trivy gate, SARIF,
             one Terraform plan comment per root
  ② cd       approval and merge: the reviewed plans applied, CI, migrations, staging (blue-green), production
             (a canary through the ALB's weights: 10 %, 50 %, 100 %)
  ③ cd       a second change that passes staging, then fails under production traffic: its canary is caught
             at the 10 % step and rolled back
  ④ promote  workflow_dispatch: the digest production runs is promoted to the DR region's environment

  --only P    run one part (cd starts at the merge, without Terraform; promote deploys the first release
              quietly first)
  --expand    open every log group
  --classic   the earlier in-process demo (the test action, blue-green rollouts with a rollback, then a canary
              through the ALB's weights caught at its 10 % step), which needs none of buildah, docker-registry or
              PostgreSQL; used when one of them is missing
  --speed N   --classic only: run the simulated cluster N times faster than the wall clock, to watch it`;

/** What the pipeline demo needs on this machine (installed by \`npm test\` through scripts/ensure-tools.sh). */
function missingTools(env: Record<string, string | undefined>): string[] {
  const onPath = (name: string): boolean =>
    (env.PATH ?? '').split(':').some((d) => d && existsSync(join(d, name)));
  const missing: string[] = [];
  if (!onPath('buildah')) missing.push('buildah');
  if (!onPath('docker-registry') && !onPath('registry')) missing.push('docker-registry');
  if (!existsSync(join(process.env.KEELSON_PG_BIN ?? '/usr/lib/postgresql/15/bin', 'initdb')))
    missing.push('PostgreSQL 15 (postgresql-15)');
  return missing;
}

function section(io: CliIO, s: Style, title: string): void {
  io.stdout(`\n${s.bold(title)}\n${s.dim('─'.repeat(Math.min(78, title.length + 8)))}\n`);
}

async function ciJob(io: CliIO, s: Style, work: string): Promise<boolean> {
  const service = join(work, 'sample-service');
  const command = `${JSON.stringify(process.execPath)} --test --test-reporter=spec --test-reporter-destination=stdout --test-reporter=junit --test-reporter-destination=junit.xml test/app.test.js`;
  section(io, s, 'CI job — step: uses: keelson/actions/test@v1');
  io.stdout(
    s.dim(
      `  with:\n    command: node --test --test-reporter=junit … test/app.test.js\n    name: sample-service unit tests\n`,
    ),
  );
  const depth = { groups: 0 };
  const result = await runLocally(runTestAction, {
    inputs: { command, name: 'sample-service unit tests' },
    env: { GITHUB_WORKSPACE: service, GITHUB_REPOSITORY: 'acme/sample-service', GITHUB_EVENT_NAME: 'push' },
    echo: (line) => {
      const shown = renderLogLine(line, s, depth);
      if (shown !== undefined) io.stdout(shown + '\n');
    },
  });
  section(io, s, 'Step outputs');
  for (const [k, v] of Object.entries(result.outputs)) io.stdout(`  ${k.padEnd(17)} ${v}\n`);
  section(io, s, 'Job summary (Markdown)');
  io.stdout(result.summary);
  io.stdout(`\n${result.failed ? s.red('✖ The test step failed.') : s.green('✔ The test step passed.')}\n`);
  return !result.failed;
}

const RPS = 50;

async function cdJob(io: CliIO, s: Style, work: string, speed: number | undefined): Promise<boolean> {
  const service = join(work, 'sample-service');
  const { startSimulation, describeTraffic } = await import('../simulator.js');
  const { startLoad, summarizeLoad } = await import('../../sim/load.js');
  const { runDeploy, withImage } = await import('../../lib/deploy/action.js');
  const sim = await startSimulation(speed);
  try {
    const settings: DeployInputs = {
      access: { kind: 'kubeconfig', kubeconfig: 'simulator' },
      namespace: 'default',
      service: 'sample-service',
      strategy: 'blue-green',
      manifests: ['k8s/deployment.yaml', 'k8s/service.yaml', 'k8s/hpa.yaml', 'k8s/ingress.yaml'],
      helmValues: [],
      images: [],
      healthChecks: readFileSync(join(service, 'k8s/health-checks.yaml'), 'utf8'),
      readyTimeoutMs: 300_000,
      verifyWindowMs: 120_000,
      scaleDownDelayMs: 30_000,
      switchTimeoutMs: 120_000,
      router: 'auto',
      prune: false,
      awsRegion: sim.emulator.region,
      waitForLockMs: 0,
      apiTimeoutMs: 60_000,
      environment: 'production',
      githubToken: '',
    };
    const context = {
      eventName: 'push',
      repo: { owner: 'acme', repo: 'sample-service' },
      sha: '',
      ref: 'refs/heads/main',
      runId: '',
      runAttempt: '1',
      serverUrl: 'https://github.com',
      apiUrl: '',
      workspace: service,
      runnerTemp: work,
      prNumber: undefined,
      headSha: undefined,
      fromFork: false,
      payload: {},
      runUrl: undefined,
    };
    const deploy = (image: string, onSwitch?: () => void, over: Partial<DeployInputs> = {}) =>
      runDeploy(
        { ...settings, ...over, version: image.split(':').pop() },
        {
          clock: sim.clock,
          signal: new AbortController().signal,
          context,
          cwd: service,
          kube: sim.kube,
          elbv2: sim.elbv2,
          loadBalancerUrl: (dns) => sim.loadBalancerUrl(dns),
          holder: 'github-run-demo-1',
          setSecret: (v) => io.masker.add(v),
          transform: withImage(image),
          onEvent: (e, t) => {
            liveTimeline(io, s)(e, t);
            // The new version meets users at the switch (blue-green) or at a canary's first step.
            if ((e.phase === 'switch' && e.level === 'ok') || e.phase === 'step') onSwitch?.();
          },
        },
      );
    const image = (v: string): string => `ghcr.io/acme/sample-service:${v}`;

    section(
      io,
      s,
      `CD job — step: uses: keelson/actions/deploy@v1 (strategy: blue-green), simulated cluster${speed ? ` at ${speed}× speed` : ''}`,
    );
    io.stdout(s.bold('\n▸ v1: the first deploy (an ALB, an HPA at 3..10 pods)\n'));
    const v1 = await deploy(image('v1'));
    const users = await sim.userUrl('default', 'sample-service');
    io.stdout(`  users arrive through ${users.via}: ${RPS} requests per second from now on\n`);
    const load = startLoad(sim.clock, () => users.url, { rps: RPS });
    const seen = (from: number): string => {
      const l = summarizeLoad(load.answers.filter((a) => a.at >= from));
      const causes = Object.entries(l.errorsByCause).map(([c, n]) => `${n} ${c}`);
      const versions = Object.entries(l.byVersion).map(([v, n]) => `${n} ${v}`);
      return `${l.requests} requests (${versions.join(', ')}), ${l.errors} failed${causes.length ? `: ${causes.join(', ')}` : ''}`;
    };
    let mark = sim.clock.now();
    io.stdout(s.bold('\n▸ v2: a healthy release, switched on the ALB with nobody noticing\n'));
    const v2 = await deploy(image('v2'));
    io.stdout(`  users during the rollout: ${seen(mark)}\n`);
    io.stdout(s.bold('\n▸ v3: passes its checks, then fails 30 % of requests once it takes live traffic\n'));
    mark = sim.clock.now();
    const v3 = await deploy(image('v3'), () => sim.emulator.sim.behaviour(image('v3'), { errorRate: 0.3 }));
    io.stdout(`  users during the rollout: ${seen(mark)}\n`);
    io.stdout(
      s.bold(
        '\n▸ v4 as a canary (strategy: canary, steps 10,50,100): it fails 30 % of requests from its first step\n',
      ),
    );
    const canaryMark = sim.clock.now();
    const v4 = await deploy(image('v4'), () => sim.emulator.sim.behaviour(image('v4'), { errorRate: 0.3 }), {
      strategy: 'canary',
      canary: {
        steps: parseCanarySteps('steps', '10,50,100', 120_000),
        analysisIntervalMs: 10_000,
        failureLimit: 2,
        action: 'run',
      },
    });
    await load.stop();
    io.stdout(`  users during the canary: ${seen(canaryMark)}\n`);
    const after = await sim.traffic(users.url);
    io.stdout(`  live traffic after the rollback: ${describeTraffic(after)}\n`);
    const lbFailures =
      summarizeLoad(load.answers.filter((a) => a.at >= mark)).errorsByCause['load-balancer'] ?? 0;
    const v4Share = summarizeLoad(load.answers.filter((a) => a.at >= canaryMark)).byVersion.v4 ?? 0;

    section(io, s, 'Step outputs (v3)');
    const r = v3.result;
    const outputs: [string, string | number | undefined][] = [
      ['result', r.result],
      ['rollback-reason', r.rollbackReason],
      ['version', r.version],
      ['previous-version', r.previousVersion],
      ['detect-seconds', r.detectSeconds],
      ['rollback-seconds', r.rollbackSeconds],
      ['live-color', r.liveColor],
    ];
    for (const [k, v] of outputs) io.stdout(`  ${k.padEnd(17)} ${v ?? ''}\n`);
    section(io, s, 'Job summary (Markdown, v3)');
    io.stdout(v3.markdown + '\n');
    const ok =
      v1.result.result === 'promoted' &&
      v2.result.result === 'promoted' &&
      r.result === 'rolled-back' &&
      v4.result.result === 'rolled-back' &&
      v4.result.canary?.maxWeight === 10 &&
      v4Share > 0 &&
      Object.keys(after).join() === 'v2' &&
      lbFailures === 0;
    io.stdout(
      ok
        ? s.green(
            `✔ v3 was caught and rolled back automatically, the v4 canary was caught at its 10 % step (${v4Share} requests answered by it), no request failed because of the switches, and every request is answered by v2 again.\n`,
          )
        : s.red('✖ The demo did not end as expected (see the timeline above).\n'),
    );
    return ok;
  } finally {
    await sim.close();
  }
}

export const command: Command = {
  name: 'demo',
  summary:
    "Run the sample service's whole pipeline (PR → staging → production → rollback → DR promotion) through keelson workflow run",
  help,
  async run(argv, io) {
    const args = parseCommandArgs('demo', argv, {
      'no-color': { type: 'boolean' },
      speed: { type: 'string' },
      only: { type: 'string' },
      expand: { type: 'boolean' },
      classic: { type: 'boolean' },
    });
    const s = io.isTTY && args.flags['no-color'] !== true && !io.env.NO_COLOR ? colour : plain;
    const only = args.inputs.has('only')
      ? args.inputs.enum('only', ['ci', 'cd', 'promote'] as const, 'ci')
      : undefined;
    const missing = missingTools(io.env);
    if (args.flags.classic !== true && missing.length === 0) {
      const { runPipelineDemo } = await import('../demo-pipeline.js');
      return (await runPipelineDemo(io, { only, style: s, expand: args.flags.expand === true })) ? 0 : 1;
    }
    if (args.flags.classic !== true)
      io.stdout(
        s.yellow(
          `The pipeline demo needs ${missing.join(', ')} (installed by 'npm run demo', 'npm test' or 'bash scripts/ensure-tools.sh'): running the classic demo.\n`,
        ),
      );
    const speed = args.inputs.has('speed')
      ? args.inputs.integer('speed', 20, { min: 1, max: 200 })
      : undefined;
    const work = mkdtempSync(join(tmpdir(), 'keelson-demo-'));
    try {
      cpSync(join(keelsonRoot(), 'examples', 'sample-service'), join(work, 'sample-service'), {
        recursive: true,
        filter: (src) => !/node_modules|junit\.xml$/.test(src),
      });
      io.stdout(
        s.bold('Keelson demo') +
          ' — the CI and CD jobs of examples/sample-service, as GitHub would show them\n',
      );
      const ci = await ciJob(io, s, work);
      if (!ci) return 1;
      return (await cdJob(io, s, work, speed)) ? 0 : 1;
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  },
};
