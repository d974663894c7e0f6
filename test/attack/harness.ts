/**
 * Shared set-up for the attack tests: the real terraform-plan / terraform-apply `run()` under `runLocally`, the
 * terraform test double on PATH and the GitHub emulator, as test/terraform-actions.test.ts drives them; plus a
 * model of how the GitHub runner itself reads a line of step output (actions/runner,
 * src/Runner.Common/ActionCommand.cs), so a test can say what the *runner* would take for a workflow command.
 */
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run as planAction } from '../../src/actions/terraform-plan/main.js';
import { run as applyAction } from '../../src/actions/terraform-apply/main.js';
import { createGitHubApi } from '../../src/lib/github/client.js';
import { runLocally, type LocalRun } from '../../src/lib/local-runner.js';
import { planHash } from '../../src/lib/terraform/hash.js';
import { readPlanFile } from '../../src/lib/terraform/plan.js';
import { startGitHubEmulator, type GitHubEmulator } from '../emulators/github/index.js';
import type { RepoRole, ReviewState } from '../emulators/github/state.js';
import { tempDir } from '../helpers/tmp.js';
import { PR_EVENT, pullRequestEventFile } from '../helpers/events.js';

export const DOUBLES = fileURLToPath(new URL('../doubles/', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('../fixtures/terraform-plan/', import.meta.url));
export { PR_EVENT };
export const OWNER = 'Codertocat';
export const REPO = 'Hello-World';
export const PR = 2;
export const MERGE_SHA = 'f'.repeat(40);
export const HEAD_SHA = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
export const AUTHOR = 'Codertocat';
export const NODE_DIR = dirname(process.execPath);
export const BENIGN = 'tofu-show-json-basic-delete.json';
/** Another real plan: what an attacker would rather apply. */
export const EVIL = 'tf-1.15.0-replace-tainted.plan.json';

export interface Bed {
  ws: string;
  temp: string;
  gh: GitHubEmulator;
  tfLog: string;
  cleanup: () => Promise<void>;
}

export async function openBed(o: { pullUser?: string; merged?: boolean; head?: string } = {}): Promise<Bed> {
  const t = tempDir('keelson-attack-');
  mkdirSync(join(t.dir, 'infra/prod'), { recursive: true });
  writeFileSync(join(t.dir, 'infra/prod/main.tf'), 'resource "terraform_data" "x" {}\n');
  const temp = join(t.dir, 'runner-temp');
  mkdirSync(temp);
  const gh = await startGitHubEmulator({ repos: [`${OWNER}/${REPO}`] });
  gh.seedPull({
    owner: OWNER,
    repo: REPO,
    number: PR,
    user: o.pullUser ?? AUTHOR,
    head: { ref: 'changes', sha: o.head ?? HEAD_SHA },
    merged: o.merged ?? true,
    mergeCommitSha: o.merged === false ? undefined : MERGE_SHA,
  });
  return {
    ws: t.dir,
    temp,
    gh,
    tfLog: join(t.dir, 'tf-calls.jsonl'),
    cleanup: async () => {
      await gh.close();
      t.cleanup();
    },
  };
}

export interface Opts {
  fixture?: string;
  event?: 'pull_request' | 'push' | 'workflow_dispatch';
  env?: Record<string, string>;
  path?: string;
}

export function envFor(bed: Bed, o: Opts): Record<string, string> {
  const event = o.event ?? 'pull_request';
  return {
    PATH: o.path ?? `${DOUBLES}${delimiter}${NODE_DIR}`,
    GITHUB_WORKSPACE: bed.ws,
    RUNNER_TEMP: bed.temp,
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: event === 'pull_request' ? PR_EVENT : join(bed.ws, 'no-event.json'),
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_SHA: event === 'pull_request' ? HEAD_SHA : MERGE_SHA,
    GITHUB_API_URL: bed.gh.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '42',
    TF_DOUBLE_LOG: bed.tfLog,
    TF_DOUBLE_PLAN:
      o.fixture && !o.fixture.startsWith('/') ? FIXTURES + o.fixture : (o.fixture ?? FIXTURES + BENIGN),
    ...o.env,
  };
}

export const TOKEN = 'ghs_attack_test_token_value';
export const BASE_INPUTS = { path: 'infra/prod', 'github-token': TOKEN };

const github = (token: string, url: string) => createGitHubApi(token, url, { sleep: async () => {} });

export function plan(bed: Bed, inputs: Record<string, string> = {}, o: Opts = {}): Promise<LocalRun> {
  return runLocally((ctx) => planAction(ctx, { github }), {
    inputs: { ...BASE_INPUTS, ...inputs },
    env: envFor(bed, o),
  });
}

export function apply(bed: Bed, inputs: Record<string, string> = {}, o: Opts = {}): Promise<LocalRun> {
  return runLocally((ctx) => applyAction(ctx, { github }), {
    inputs: { ...BASE_INPUTS, ...inputs },
    env: envFor(bed, { event: 'push', ...o }),
  });
}

export const errors = (r: LocalRun): string[] =>
  r.annotations.filter((a) => a.command === 'error').map((a) => a.message);

/** Every argv the terraform double was called with (whole run so far). */
export function tfCalls(bed: Bed): string[][] {
  let text: string;
  try {
    text = readFileSync(bed.tfLog, 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { argv: string[] }).argv);
}
export const applied = (bed: Bed): number => tfCalls(bed).filter((a) => a[0] === 'apply').length;

export const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

export function approve(
  bed: Bed,
  user = 'alice',
  o: { role?: RepoRole; at?: number; commitId?: string; state?: ReviewState; pull?: number } = {},
) {
  if (o.role !== undefined || user !== AUTHOR) bed.gh.seedRole(OWNER, REPO, user, o.role ?? 'write');
  return bed.gh.seedReview({
    owner: OWNER,
    repo: REPO,
    pullNumber: o.pull ?? PR,
    user,
    state: o.state,
    commitId: o.commitId,
    submittedAt: iso(o.at ?? Date.now() + 2000),
  });
}

/** A saved plan "file" for the double that serves `fixture`, with its SHA-256 and canonical plan hash. */
export function planFileFor(bed: Bed, fixture: string, name: string) {
  const file = join(bed.ws, name);
  writeFileSync(file, JSON.stringify({ keelson_test_double_plan: true, fixture: FIXTURES + fixture }));
  return {
    rel: name,
    file,
    digest: createHash('sha256').update(readFileSync(file)).digest('hex'),
    hash: planHash(readPlanFile(FIXTURES + fixture)),
  };
}

/** A pull_request event payload for another pull request (seeded with `seed`). */
export function pullEvent(
  bed: Bed,
  number: number,
  head: string,
  seed: { user?: string; state?: 'open' | 'closed'; merged?: boolean } = {},
): string {
  bed.gh.seedPull({
    owner: OWNER,
    repo: REPO,
    number,
    user: seed.user ?? AUTHOR,
    head: { ref: `pr-${number}`, sha: head },
    state: seed.state,
    merged: seed.merged,
  });
  return pullRequestEventFile(bed.ws, number, head);
}

/**
 * A terraform on PATH that is the test double, except that `apply` also prints `extra` (what a real
 * `terraform apply` prints after "Apply complete!": its outputs, multi-line strings as heredocs, line by line).
 */
export function doubleWithApplyOutput(bed: Bed, extra: string): string {
  const dir = join(bed.ws, 'tf-bin');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'terraform');
  writeFileSync(
    file,
    `#!/usr/bin/env node
const { spawnSync } = require('node:child_process');
const r = spawnSync(process.execPath, [${JSON.stringify(join(DOUBLES, 'terraform'))}, ...process.argv.slice(2)], { stdio: ['ignore', 'pipe', 'inherit'] });
process.stdout.write(r.stdout);
if (process.argv[2] === 'apply' && r.status === 0) process.stdout.write(${JSON.stringify(extra)});
process.exit(r.status ?? 1);
`,
  );
  chmodSync(file, 0o755);
  return `${dir}${delimiter}${NODE_DIR}`;
}

// ---------------------------------------------------------------------------------------------------------------
// How the runner reads a line (actions/runner src/Runner.Worker/ActionCommandManager.cs → TryParseV2, TryParse).
// ---------------------------------------------------------------------------------------------------------------

/** .NET `char.IsWhiteSpace`: what `string.TrimStart()` removes (U+0085 NEL included; JS's trimStart keeps it). */
const DOTNET_WHITESPACE =
  // eslint-disable-next-line no-control-regex -- the runner's whitespace set starts with control characters
  /^[\u0009-\u000d\u0020\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

const RUNNER_COMMANDS = new Set([
  'add-mask',
  'add-matcher',
  'remove-matcher',
  'debug',
  'warning',
  'error',
  'notice',
  'group',
  'endgroup',
  'echo',
  'stop-commands',
  'set-output',
  'set-env',
  'add-path',
  'save-state',
]);

export interface RunnerCommand {
  command: string;
  data: string;
}

/**
 * The runner's reading of one output line (the runner's StreamReader splits on \r, \n and \r\n only): V2
 * (`::cmd props::data` after .NET TrimStart), else the legacy `##[cmd props]data` anywhere in the line. Ordinal
 * comparisons; undefined for a plain line.
 */
export function runnerParse(line: string, extra?: string): RunnerCommand | undefined {
  const known = (name: string) => RUNNER_COMMANDS.has(name) || name === extra;
  const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  const message = line.replace(DOTNET_WHITESPACE, '');
  if (message.startsWith('::')) {
    const end = message.indexOf('::', 2);
    if (end >= 0) {
      const info = message.slice(2, end);
      const space = info.indexOf(' ');
      const name = space < 0 ? info : info.slice(0, space);
      if (known(name)) return { command: name, data: unescapeData(message.slice(end + 2)) };
    }
  }
  const at = line.indexOf('##[');
  if (at >= 0) {
    const rb = line.indexOf(']', at);
    if (rb >= 0) {
      const info = line.slice(at + 3, rb);
      const space = info.indexOf(' ');
      const name = space < 0 ? info : info.slice(0, space);
      if (known(name)) return { command: name, data: line.slice(rb + 1) };
    }
  }
  return undefined;
}

/** Every workflow command the runner would execute in a step's log (lines inside stop-commands skipped). */
export function runnerCommands(log: string[]): RunnerCommand[] {
  const out: RunnerCommand[] = [];
  let stop: string | undefined;
  for (const raw of log) {
    for (const line of raw.split(/\r\n|\r|\n/)) {
      const c = runnerParse(line, stop);
      if (!c) continue;
      if (stop) {
        if (c.command === stop) stop = undefined;
        continue;
      }
      if (c.command === 'stop-commands') stop = c.data;
      out.push(c);
    }
  }
  return out;
}
