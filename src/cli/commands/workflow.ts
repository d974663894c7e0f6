import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { InputError, errorMessage } from '../../lib/errors.js';
import { keelsonRoot } from '../../lib/repo-root.js';
import type { Json } from '../../lib/workflows/run/expressions.js';
import type { EventName, GitHubSeed, RunnerHost, WorkflowRunResult } from '../../lib/workflows/run/types.js';
import { parseCommandArgs } from '../args.js';
import type { CliIO, Command } from '../command.js';
import { colour, plain } from '../render-log.js';
import { liveRenderer, renderReport } from '../workflow-output.js';

export const help = `Usage: keelson workflow run FILE [--event NAME] [--input k=v]... [--env NAME[=VALUE]]... [options]

Runs a workflow file on this machine: the same YAML, GitHub's own parser (@actions/workflow-parser) and
expression evaluator (@actions/expressions), the same action code, against local emulators. Prints each job and
step as GitHub shows them (status, duration, the log with its groups folded), then the job summaries, the
annotations, the outputs, the artifacts, and the pull request comments and Deployments the run left.
Exit status: 0 when the run succeeded, 1 when it failed, 2 for a bad flag.

  --event NAME          pull_request, push, workflow_dispatch or workflow_call (default: push when the workflow
                        has it, else its first event)
  --input k=v           an input of workflow_dispatch or workflow_call (repeat); checked against the workflow's
                        inputs (type, options, required) as GitHub checks them
  --env NAME[=VALUE]    a variable every step gets: NAME=VALUE, or NAME alone to pass NAME from this shell.
                        Nothing else of this shell's environment reaches a step but PATH, HOME, locale and
                        terminal settings: no tokens, no AWS keys.
  --var NAME=VALUE      a configuration variable (vars.NAME); repeat
  --secret NAME=VALUE   a secret (secrets.NAME), masked in every line printed; secrets not given are empty, as on
                        GitHub. GITHUB_TOKEN is a fake token, masked.
  --repo DIR            the repository the workflow belongs to: \`uses: ./…\` resolves there, actions/checkout
                        copies it (default: the git work tree holding FILE)
  --repository O/N      github.repository (default: origin's owner/name, else local/<folder>)
  --payload FILE        the event payload, as a webhook delivers it (default: a minimal one for the event)
  --work-dir DIR        keep the workspaces, artifacts, caches and SARIF there (default: a temporary folder,
                        removed afterwards)
  --trivy-report FILE   a Trivy JSON report: where no Trivy can run (no binary, no vulnerability DB offline),
                        trivy-scan runs its scan stage — ignore file, gate, SARIF, outputs, summary — on it
  --no-emulators        start nothing behind the run (no GitHub, EKS, ECR or PostgreSQL emulators)
  --expand              open every log group (default: groups open only in failed steps)
  --json                print the run's result as JSON (jobs, steps, logs, outputs, annotations)
  --no-color

Run for real here:
  jobs in needs order, matrices (include, exclude, fail-fast, max-parallel shown), if: with success(),
  failure(), always() and cancelled(), job and step outputs, reusable workflows (uses: ./.github/workflows/x.yml
  and Keelson's own, nested up to GitHub's 10 levels), the github, inputs, vars, secrets, env, needs, steps,
  jobs, matrix, strategy and runner contexts, continue-on-error, timeout-minutes, defaults.run,
  GITHUB_OUTPUT / GITHUB_ENV / GITHUB_PATH / GITHUB_STEP_SUMMARY, ::add-mask:: and ::stop-commands::.
  Before anything runs, Keelson's workflow contract checks stop the run on a with: key the callee does not
  have, a required input not given, a reference to an output or job that does not exist — with the line.
  Keelson's actions (uses: keelson-dev/keelson/actions/<x>@<ref>, ./actions/<x> inside Keelson) run in this
  process with their own code, one action context each.
  run: steps run with bash in a scratch workspace per job (shell: bash is bash --noprofile --norc -eo pipefail;
  no shell is bash -e, as on GitHub's Linux runners; shell: sh is sh -e).
  Stand-ins, each saying so in its step log: actions/checkout (copies the repository),
  aws-actions/configure-aws-credentials (the emulated account's keys and endpoints for the role),
  actions/cache, actions/upload-artifact and actions/download-artifact (a local folder),
  github/codeql-action/upload-sarif (validates the SARIF and stores it), actions/setup-node and
  hashicorp/setup-terraform (this machine's node and terraform, nothing downloaded).

Behind the run, on 127.0.0.1, started on demand and torn down after:
  the GitHub REST emulator (GITHUB_API_URL: pull requests, comments, reviews, Deployments; a pull_request run
  has its pull request); per AWS region, on the first configure-aws-credentials for it, an EKS cluster (the
  Kubernetes simulator with the AWS Load Balancer Controller, ALBs and the HPA, on a virtual clock that moves
  only while a step using the cluster runs) and an ECR registry (the ECR emulator over a real OCI registry,
  Debian's docker-registry); PostgreSQL 15 when a workflow uses the migrate action (secrets.DATABASE_URL).
  Each GitHub environment deploys to its own namespace; its ENVIRONMENT_URL is its ALB on 127.0.0.1.
  The emulated account is 111122223333; vars default to AWS_REGION=us-east-1, EKS_CLUSTER=keelson-local,
  ECR_ROLE_ARN and AWS_ROLE_ARN roles in that account (--var overrides each).

Not emulated:
  any other action — the step fails with one line, "not runnable locally: <action>", and the job stops;
  container: and services: jobs, docker (a run: step that needs it fails as on a runner without docker);
  shells other than bash and sh; OIDC tokens (configure-aws-credentials hands out emulated keys instead);
  environment protection rules — required reviewers and wait timers are reported, never waited for;
  concurrency groups and runs-on labels (shown, not matched); jobs run one at a time, never in parallel;
  caches and artifacts never leave this machine.`;

const EVENTS: EventName[] = ['pull_request', 'push', 'workflow_dispatch', 'workflow_call'];

/** `k=v` flags into a map; `--flag` names the flag in the error. */
export function keyValues(
  flag: string,
  values: string[],
  allowBare = false,
  env: CliIO['env'] = {},
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of values) {
    const eq = v.indexOf('=');
    if (eq <= 0) {
      if (allowBare && /^[A-Za-z_][A-Za-z0-9_]*$/.test(v)) {
        const got = env[v];
        if (got === undefined)
          throw new InputError(
            flag,
            `--${flag} ${v}: ${v} is not set in this shell (give --${flag} ${v}=VALUE).`,
          );
        out[v] = got;
        continue;
      }
      throw InputError.invalid(flag, v, allowBare ? 'NAME=VALUE or NAME' : 'NAME=VALUE');
    }
    out[v.slice(0, eq)] = v.slice(eq + 1);
  }
  return out;
}

function git(cwd: string, args: string[]): string | undefined {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** The workflow's events, from its on: (names only; GitHub's parser checks the rest when the run starts). */
export function eventsOf(file: string): string[] {
  let doc: unknown;
  try {
    doc = parseYaml(readFileSync(file, 'utf8'));
  } catch {
    return [];
  }
  const on = (doc as { on?: unknown } | null)?.on;
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.map(String);
  return on && typeof on === 'object' ? Object.keys(on) : [];
}

/** A minimal webhook payload for the event, with what Keelson's workflows read. */
export function defaultPayload(
  event: EventName,
  g: { repository: string; defaultBranch: string; sha: string; branch: string; actor: string },
  inputs: Record<string, string>,
): Record<string, Json> {
  const repo = {
    full_name: g.repository,
    name: g.repository.split('/')[1] ?? '',
    default_branch: g.defaultBranch,
    owner: { login: g.repository.split('/')[0] ?? '' },
  };
  const sender = { login: g.actor, type: 'User' };
  if (event === 'pull_request')
    return {
      action: 'opened',
      number: 1,
      pull_request: {
        number: 1,
        state: 'open',
        title: `Local change on ${g.branch}`,
        head: { ref: g.branch, sha: g.sha, repo: { full_name: g.repository } },
        base: { ref: g.defaultBranch, sha: g.sha, repo: { full_name: g.repository } },
        user: sender,
      },
      repository: repo,
      sender,
    };
  if (event === 'workflow_dispatch')
    return { inputs, ref: `refs/heads/${g.branch}`, repository: repo, sender };
  return {
    ref: `refs/heads/${g.branch}`,
    after: g.sha,
    head_commit: { id: g.sha },
    repository: repo,
    sender,
  };
}

export interface WorkflowRunFlags {
  file: string;
  event: EventName;
  inputs: Record<string, string>;
  env: Record<string, string>;
  vars: Record<string, string>;
  secrets: Record<string, string>;
  repo: string;
  repository: string;
  payload?: Record<string, Json>;
  workDir?: string;
  /** A Trivy JSON report trivy-scan analyses where no Trivy can run. */
  trivyReport?: string;
  /** The commit the run is for (default this repository's HEAD; no flag). */
  sha?: string;
  /** Variables of GitHub environments by name (the demo's DR region; no flag). */
  environmentVars?: Record<string, Record<string, string>>;
  /** Sees every event of the run (the demo; no flag). */
  observe?: (e: import('../../lib/workflows/run/types.js').RunEvent) => void;
  /** Print nothing (a run the demo needs but does not show; no flag). */
  quiet?: boolean;
  /** How images behave in the simulated clusters (the demo's bad release; no flag). */
  behaviours?: Record<string, Partial<import('../../sim/kube/index.js').Behaviour>>;
  /** Run without the emulators (GitHub, EKS, ECR, PostgreSQL). */
  emulators: boolean;
  expand: boolean;
  json: boolean;
  color: boolean;
}

export function parseWorkflowRunArgs(argv: string[], io: CliIO): WorkflowRunFlags {
  const [sub, ...rest] = argv;
  if (sub !== 'run')
    throw new InputError(
      'argv',
      `Expected 'keelson workflow run FILE …', got '${sub ?? ''}'. See 'keelson workflow --help'.`,
    );
  const { flags, positionals } = parseCommandArgs('workflow run', rest, {
    event: { type: 'string' },
    input: { type: 'string', multiple: true },
    env: { type: 'string', multiple: true },
    var: { type: 'string', multiple: true },
    secret: { type: 'string', multiple: true },
    repo: { type: 'string' },
    repository: { type: 'string' },
    payload: { type: 'string' },
    'work-dir': { type: 'string' },
    'trivy-report': { type: 'string' },
    'no-emulators': { type: 'boolean' },
    expand: { type: 'boolean' },
    json: { type: 'boolean' },
    'no-color': { type: 'boolean' },
  });
  if (positionals.length !== 1)
    throw new InputError(
      'FILE',
      `Give one workflow file (got ${positionals.length}). See 'keelson workflow --help'.`,
    );
  const file = resolve(io.cwd, positionals[0] as string);
  if (!existsSync(file) || !statSync(file).isFile())
    throw new InputError('FILE', `No workflow file at ${file}.`);
  const repo = flags.repo
    ? resolve(io.cwd, flags.repo as string)
    : (git(dirname(file), ['rev-parse', '--show-toplevel']) ??
      (/\/\.github\/workflows$/.test(dirname(file)) ? dirname(dirname(dirname(file))) : dirname(file)));
  if (!existsSync(repo)) throw new InputError('repo', `--repo ${repo}: no such folder.`);
  if (flags['trivy-report'] && !existsSync(resolve(io.cwd, flags['trivy-report'] as string)))
    throw new InputError('trivy-report', `--trivy-report ${String(flags['trivy-report'])}: no such file.`);
  let event = flags.event as string | undefined;
  if (event !== undefined && !EVENTS.includes(event as EventName))
    throw InputError.invalid('event', event, EVENTS.join(', '));
  if (!event) {
    const on = eventsOf(file);
    event = on.includes('push') ? 'push' : (on.find((e) => EVENTS.includes(e as EventName)) ?? 'push');
  }
  const origin = git(repo, ['remote', 'get-url', 'origin']);
  const fromOrigin = origin ? /[/:]([^/:]+\/[^/]+?)(?:\.git)?$/.exec(origin)?.[1] : undefined;
  const repository = (flags.repository as string | undefined) ?? fromOrigin ?? `local/${basename(repo)}`;
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository))
    throw InputError.invalid('repository', repository, 'owner/name');
  let payload: Record<string, Json> | undefined;
  if (flags.payload) {
    const p = resolve(io.cwd, flags.payload as string);
    try {
      payload = JSON.parse(readFileSync(p, 'utf8')) as Record<string, Json>;
    } catch (e) {
      throw new InputError('payload', `--payload ${p}: not a JSON file (${errorMessage(e)}).`);
    }
  }
  const list = (k: string): string[] => (flags[k] as string[] | undefined) ?? [];
  return {
    file,
    event: event as EventName,
    inputs: keyValues('input', list('input')),
    env: keyValues('env', list('env'), true, io.env),
    vars: keyValues('var', list('var')),
    secrets: keyValues('secret', list('secret')),
    repo,
    repository,
    payload,
    workDir: flags['work-dir'] ? resolve(io.cwd, flags['work-dir'] as string) : undefined,
    trivyReport: flags['trivy-report'] ? resolve(io.cwd, flags['trivy-report'] as string) : undefined,
    emulators: flags['no-emulators'] !== true,
    expand: flags.expand === true,
    json: flags.json === true,
    color: io.isTTY && flags['no-color'] !== true && io.env.NO_COLOR === undefined,
  };
}

/** The GitHub context of a local run: this repository's HEAD and branch, a fake token (masked). */
export function localSeed(f: WorkflowRunFlags, apiUrl: string): GitHubSeed {
  const sha = f.sha ?? git(f.repo, ['rev-parse', 'HEAD']) ?? '0'.repeat(40);
  const branch = git(f.repo, ['rev-parse', '--abbrev-ref', 'HEAD']) ?? 'main';
  const actor = 'local-user';
  const g = {
    repository: f.repository,
    defaultBranch: 'main',
    sha,
    branch: branch === 'HEAD' ? 'main' : branch,
    actor,
  };
  const payload = f.payload ?? defaultPayload(f.event, g, f.inputs);
  const pr = f.event === 'pull_request' ? ((payload.pull_request ?? {}) as Record<string, Json>) : undefined;
  const prNumber = pr ? Number(pr.number ?? payload.number ?? 1) : undefined;
  return {
    repository: f.repository,
    defaultBranch: 'main',
    sha,
    ref: pr ? `refs/pull/${prNumber}/merge` : `refs/heads/${g.branch}`,
    actor,
    serverUrl: 'https://github.com',
    apiUrl,
    token: `ghs_${randomBytes(18).toString('hex')}`,
    runId: String(Date.now()),
    runNumber: '1',
    event: payload,
    headRef: pr ? String((pr.head as Record<string, Json> | undefined)?.ref ?? g.branch) : undefined,
    baseRef: pr ? String((pr.base as Record<string, Json> | undefined)?.ref ?? 'main') : undefined,
  };
}

/** The emulated AWS account and the variables Keelson's workflows read, unless --var says otherwise. */
export const LOCAL_ACCOUNT = '111122223333';
export function localVars(given: Record<string, string>): Record<string, string> {
  return {
    AWS_REGION: 'us-east-1',
    EKS_CLUSTER: 'keelson-local',
    ECR_ROLE_ARN: `arn:aws:iam::${LOCAL_ACCOUNT}:role/keelson-ecr-push`,
    AWS_ROLE_ARN: `arn:aws:iam::${LOCAL_ACCOUNT}:role/keelson-deploy`,
    ...given,
  };
}

/** The workflow file and every workflow it calls (local and Keelson's), as text: what the run may need. */
export function workflowTree(file: string, repo: string, keelson: string): string[] {
  const seen = new Set<string>();
  const texts: string[] = [];
  const visit = (f: string, base: string): void => {
    if (seen.has(f) || !existsSync(f)) return;
    seen.add(f);
    const text = readFileSync(f, 'utf8');
    texts.push(text);
    for (const m of text.matchAll(/uses:\s*['"]?(\S+?\.ya?ml)(@[\w./-]+)?['"]?\s/g)) {
      const u = m[1] as string;
      // `./` inside one of Keelson's workflows is Keelson's own repository, as on GitHub.
      if (u.startsWith('./')) visit(join(base, u), base);
      else if (/^[\w-]+\/keelson\//.test(u)) visit(join(keelson, u.split('/').slice(2).join('/')), keelson);
    }
  };
  visit(file, repo);
  return texts;
}

type LocalEnvironment = import('../../sim/workflow/environment.js').LocalEnvironment;

/**
 * The GitHub environments a run may deploy to: `environment:` and `*-environment:` literals of its workflows,
 * their defaults, and input values such as `to=production`. Each gets its own namespace in the clusters (the
 * environment variable K8S_NAMESPACE), as platform teams separate staging from production.
 */
export function environmentNames(tree: string, inputs: Record<string, string>): string[] {
  const names = new Set<string>(['staging', 'production']);
  for (const m of tree.matchAll(/^\s+(?:[\w-]*environment|to|from):\s*([a-z][a-z0-9-]*)\s*$/gm))
    names.add(m[1] as string);
  for (const m of tree.matchAll(
    /^\s+[\w-]*environment:\s*\n(?:\s+[a-z]+:.*\n)*?\s+default:\s*([a-z][a-z0-9-]*)\s*$/gm,
  ))
    names.add(m[1] as string);
  for (const [k, v] of Object.entries(inputs))
    if (/environment$|^to$|^from$/.test(k) && /^[a-z][a-z0-9-]*$/.test(v)) names.add(v);
  return [...names];
}

/** The environment a run of `f` needs: the namespaces, regions and databases its workflows name. */
export async function startEnvironmentFor(
  f: WorkflowRunFlags,
  io: CliIO,
  opts: { token: string; note: (line: string) => void; extraFiles?: string[]; extraRegions?: string[] },
): Promise<LocalEnvironment> {
  const { startLocalEnvironment } = await import('../../sim/workflow/environment.js');
  const root = keelsonRoot();
  const vars = localVars(f.vars);
  const tree = [f.file, ...(opts.extraFiles ?? [])].flatMap((x) => workflowTree(x, f.repo, root)).join('\n');
  const region = /^[a-z]{2}(-[a-z]+)+-\d+$/;
  return startLocalEnvironment({
    repository: f.repository,
    token: opts.token,
    masker: io.masker,
    clusterName: vars.EKS_CLUSTER as string,
    accountId: LOCAL_ACCOUNT,
    namespaces: [
      ...new Set(
        [
          vars.K8S_NAMESPACE ?? '',
          f.inputs.service ?? '',
          f.inputs.namespace ?? '',
          ...environmentNames(tree, f.inputs),
          ...Object.keys(f.environmentVars ?? {}),
        ].concat(
          [...tree.matchAll(/^\s+(?:service|namespace):\s*([a-z0-9]([-a-z0-9]*[a-z0-9])?)\s*$/gm)].map(
            (m) => m[1] as string,
          ),
        ),
      ),
    ].filter(Boolean),
    regions: [
      ...new Set(
        [...Object.values(vars), ...Object.values(f.inputs), ...(opts.extraRegions ?? [])].filter((v) =>
          region.test(v),
        ),
      ),
    ],
    postgres: /actions\/migrate@/.test(tree) && f.secrets.DATABASE_URL === undefined,
    trivyReport: f.trivyReport,
    behaviours: f.behaviours,
    note: opts.note,
  });
}

export async function runWorkflowCommand(
  f: WorkflowRunFlags,
  io: CliIO,
  /** Called with the environment before it is torn down (the demo and the tests look at the cluster). */
  inspect?: (env: LocalEnvironment | undefined, result: WorkflowRunResult) => Promise<void> | void,
  /** An environment started by the caller (several runs on one platform, as the demo does): not closed here. */
  shared?: LocalEnvironment,
): Promise<WorkflowRunResult> {
  const { runWorkflow } = await import('../../lib/workflows/run/engine.js');
  const { STAND_INS, standInMeta } = await import('../../lib/workflows/run/stand-ins.js');
  const { KEELSON_ACTIONS } = await import('../../sim/workflow/actions.js');
  const style = f.color ? colour : plain;
  const workDir = f.workDir ?? mkdtempSync(join(tmpdir(), 'keelson-workflow-'));
  const note = (line: string): void => {
    if (!f.json && !f.quiet) io.stdout(style.dim(`⚙ ${line}\n`));
  };
  const root = keelsonRoot();
  const live =
    f.json || f.quiet ? undefined : liveRenderer({ style, write: (t) => io.stdout(t), expand: f.expand });
  const vars = f.emulators || shared ? localVars(f.vars) : f.vars;
  let github = localSeed(f, 'http://127.0.0.1:9');
  let env: LocalEnvironment | undefined = shared;
  try {
    const host: RunnerHost = { actions: KEELSON_ACTIONS, standIns: STAND_INS, env: { ...f.env } };
    if (!env && f.emulators) env = await startEnvironmentFor(f, io, { token: github.token, note });
    if (env) {
      github = { ...github, apiUrl: env.github.url, token: env.token };
      Object.assign(host, env.host);
      if (f.event === 'pull_request') {
        const pr = (github.event.pull_request ?? {}) as Record<
          string,
          Record<string, string> | number | string
        >;
        const [owner, repo] = f.repository.split('/') as [string, string];
        const head = (pr.head ?? {}) as Record<string, string>;
        const base = (pr.base ?? {}) as Record<string, string>;
        const number = Number(pr.number ?? 1);
        if (!env.github.state.pullsByKey.has(env.github.state.pullKey(owner, repo, number)))
          env.github.seedPull({
            owner,
            repo,
            number,
            title: String(pr.title ?? 'Local change'),
            head: { ref: head.ref, sha: github.sha },
            base: { ref: base.ref ?? 'main' },
            commits: [github.sha],
          });
      }
    }
    const secrets = { ...(env?.secrets ?? {}), ...f.secrets };
    const environments: Record<string, { vars?: Record<string, string>; secrets?: Record<string, string> }> =
      {
        '*': { secrets },
      };
    if (env) {
      const tree = workflowTree(f.file, f.repo, root).join('\n');
      for (const n of environmentNames(tree, f.inputs))
        environments[n] = { secrets, vars: f.vars.K8S_NAMESPACE ? {} : { K8S_NAMESPACE: n } };
      for (const [n, v] of Object.entries(f.environmentVars ?? {}))
        environments[n] = { secrets, vars: { ...(environments[n]?.vars ?? { K8S_NAMESPACE: n }), ...v } };
      // ENVIRONMENT_URL: the environment's ALB on loopback, read when an expression reads it (after the rollout).
      const local = env;
      for (const [n, c] of Object.entries(environments)) {
        if (n === '*' || f.vars.ENVIRONMENT_URL !== undefined) continue;
        const namespace = c.vars?.K8S_NAMESPACE ?? n;
        Object.defineProperty((c.vars ??= {}), 'ENVIRONMENT_URL', {
          enumerable: true,
          get: () => local.environmentUrl(namespace),
        });
      }
    }
    const result = await runWorkflow({
      file: f.file,
      repoRoot: f.repo,
      event: f.event,
      inputs: f.inputs,
      github,
      vars,
      secrets,
      environments,
      resolver: {
        keelsonRepository: 'keelson-dev/keelson',
        keelsonRoot: root,
        outsideAction: standInMeta(STAND_INS),
      },
      host,
      masker: io.masker,
      workDir,
      onEvent: (e) => {
        live?.(e);
        f.observe?.(e);
      },
    });
    if (f.quiet) {
      // nothing printed
    } else if (f.json) io.stdout(JSON.stringify({ ...result, left: env?.left() }, null, 2) + '\n');
    else io.stdout(renderReport(result, style, env?.left()));
    await inspect?.(env, result);
    return result;
  } finally {
    if (env && env !== shared) await env.close();
    if (!f.workDir) rmSync(workDir, { recursive: true, force: true });
  }
}

export const command: Command = {
  name: 'workflow',
  summary:
    "Run a workflow file locally (workflow run FILE): GitHub's parser and evaluator, Keelson's actions, emulators",
  help,
  async run(argv, io) {
    const f = parseWorkflowRunArgs(argv, io);
    const r = await runWorkflowCommand(f, io);
    return r.conclusion === 'success' ? 0 : 1;
  },
};
