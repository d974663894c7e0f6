/**
 * terraform-plan and terraform-apply end to end: the real action `run()` with INPUT_* / GITHUB_* env, the
 * terraform test double (test/doubles/terraform) on PATH serving real plan fixtures, and the GitHub REST
 * emulator for comments and commit → pull lookups.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run as planAction, runPost as planPost } from '../src/actions/terraform-plan/main.js';
import { run as applyAction } from '../src/actions/terraform-apply/main.js';
import { runLocally, type LocalRun } from '../src/lib/local-runner.js';
import { countPlan } from '../src/lib/terraform/counts.js';
import { hashPlan, planHash } from '../src/lib/terraform/hash.js';
import { readPlanFile } from '../src/lib/terraform/plan.js';
import { assembleComment, renderComment } from '../src/lib/terraform/report.js';
import { which } from '../src/lib/terraform/tool.js';
import { createGitHubApi } from '../src/lib/github/client.js';
import { startGitHubEmulator, type GitHubEmulator } from './emulators/github/index.js';
import type { RepoRole, ReviewState } from './emulators/github/state.js';
import { tempDir } from './helpers/tmp.js';
import { PR_EVENT, pullRequestEventFile } from './helpers/events.js';

const DOUBLES = fileURLToPath(new URL('./doubles/', import.meta.url));
const FIXTURES = fileURLToPath(new URL('./fixtures/terraform-plan/', import.meta.url));
const OWNER = 'Codertocat';
const REPO = 'Hello-World';
const PR = 2; // the number in the real pull_request.opened payload
const MERGE_SHA = 'f'.repeat(40);
/** The head commit of the pull request in the real pull_request.opened payload (what the plan job plans). */
const HEAD_SHA = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
const AUTHOR = 'Codertocat';
const NODE_DIR = dirname(process.execPath);

let ws: { dir: string; cleanup: () => void };
let gh: GitHubEmulator;
let temp: string;
let log: string;

beforeEach(async () => {
  ws = tempDir('keelson-tf-');
  mkdirSync(join(ws.dir, 'infra/prod'), { recursive: true });
  writeFileSync(join(ws.dir, 'infra/prod/main.tf'), 'resource "terraform_data" "x" {}\n');
  temp = join(ws.dir, 'runner-temp');
  mkdirSync(temp);
  log = join(ws.dir, 'tf-calls.jsonl');
  gh = await startGitHubEmulator({ repos: [`${OWNER}/${REPO}`] });
  gh.seedPull({
    owner: OWNER,
    repo: REPO,
    number: PR,
    user: AUTHOR,
    head: { ref: 'changes', sha: HEAD_SHA },
    merged: true,
    mergeCommitSha: MERGE_SHA,
  });
});
afterEach(async () => {
  await gh.close();
  ws.cleanup();
});

interface Opts {
  fixture?: string;
  event?: 'pull_request' | 'push' | 'workflow_dispatch';
  env?: Record<string, string>;
  path?: string;
}

function env(o: Opts): Record<string, string> {
  const event = o.event ?? 'pull_request';
  return {
    // The double and node only: this machine may have a real terraform elsewhere on PATH.
    PATH: o.path ?? `${DOUBLES}${delimiter}${NODE_DIR}`,
    GITHUB_WORKSPACE: ws.dir,
    RUNNER_TEMP: temp,
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: event === 'pull_request' ? PR_EVENT : join(ws.dir, 'no-event.json'),
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_SHA: event === 'pull_request' ? 'ec26c3e57ca3a959ca5aad62de7213c562f8c821' : MERGE_SHA,
    GITHUB_API_URL: gh.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '42',
    TF_DOUBLE_LOG: log,
    TF_DOUBLE_PLAN:
      o.fixture && !o.fixture.startsWith('/')
        ? FIXTURES + o.fixture
        : (o.fixture ?? FIXTURES + 'tofu-show-json-basic-delete.json'),
    ...o.env,
  };
}

const BASE_INPUTS = { path: 'infra/prod', 'github-token': 'ghs_test_token_value' };

/** GitHub as the actions reach it, except that waits between retries are recorded instead of slept. */
let waits: number[] = [];
const github = (token: string, url: string) =>
  createGitHubApi(token, url, {
    sleep: async (ms) => {
      waits.push(ms);
    },
  });
beforeEach(() => {
  waits = [];
});

function plan(inputs: Record<string, string> = {}, o: Opts = {}): Promise<LocalRun> {
  return runLocally((ctx) => planAction(ctx, { github }), {
    inputs: { ...BASE_INPUTS, ...inputs },
    env: env(o),
  });
}
function apply(inputs: Record<string, string> = {}, o: Opts = {}): Promise<LocalRun> {
  return runLocally((ctx) => applyAction(ctx, { github }), {
    inputs: { ...BASE_INPUTS, ...inputs },
    env: env({ event: 'push', ...o }),
  });
}

/** The double's log since the last call: each call's argv, and the credential variables it was given. */
let seen = 0;
function records(): { argv: string[]; tokens: string[] }[] {
  let lines: string[];
  try {
    lines = readFileSync(log, 'utf8').split('\n').filter(Boolean);
  } catch {
    lines = [];
  }
  const fresh = lines.slice(seen).map((l) => JSON.parse(l) as { argv: string[]; tokens: string[] });
  seen = lines.length;
  return fresh;
}
function calls(): string[][] {
  return records().map((r) => r.argv);
}
beforeEach(() => {
  seen = 0;
});

const errors = (r: LocalRun): string[] =>
  r.annotations.filter((a) => a.command === 'error').map((a) => a.message);
const warnings = (r: LocalRun): string[] =>
  r.annotations.filter((a) => a.command === 'warning').map((a) => a.message);
const comments = () => gh.state.comments(OWNER, REPO, PR);
const planFile = join('runner-temp', 'infra_prod.tfplan');

const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
/** An approving review by `user` (write access by default), submitted after the plan comment. */
function approve(
  user = 'alice',
  o: { role?: RepoRole; at?: number; commitId?: string; state?: ReviewState; pull?: number } = {},
) {
  if (o.role !== undefined || user !== AUTHOR) gh.seedRole(OWNER, REPO, user, o.role ?? 'write');
  return gh.seedReview({
    owner: OWNER,
    repo: REPO,
    pullNumber: o.pull ?? PR,
    user,
    state: o.state,
    commitId: o.commitId,
    submittedAt: iso(o.at ?? Date.now() + 2000),
  });
}

describe('terraform-plan', () => {
  it('plans, writes outputs and the summary, and creates one PR comment whose body is the rendered plan', async () => {
    const r = await plan();
    expect(errors(r)).toEqual([]);
    expect(r.failed).toBe(false);
    const argv = calls();
    expect(argv).toEqual([
      ['init', '-input=false', '-no-color', '-lock-timeout=300s'],
      ['validate', '-no-color'],
      [
        'plan',
        '-input=false',
        '-no-color',
        '-detailed-exitcode',
        `-out=${join(temp, 'infra_prod.tfplan')}`,
        '-parallelism=10',
        '-lock-timeout=300s',
      ],
      ['show', '-json', join(temp, 'infra_prod.tfplan')],
      ['show', '-no-color', join(temp, 'infra_prod.tfplan')],
    ]);
    const fixture = readPlanFile(FIXTURES + 'tofu-show-json-basic-delete.json');
    const hash = planHash(fixture);
    expect(r.outputs).toEqual({
      changes: 'true',
      add: '0',
      change: '1',
      destroy: '1',
      replace: '0',
      import: '0',
      move: '0',
      forget: '0',
      read: '0',
      drift: '0',
      outputs: '1',
      'plan-file': join(ws.dir, planFile),
      'plan-json-file': join(ws.dir, planFile) + '.json',
      'plan-hash': hash,
      'plan-sha256': createHash('sha256')
        .update(readFileSync(join(ws.dir, planFile)))
        .digest('hex'),
      'comment-url': expect.stringMatching(
        new RegExp(`^https://github.com/${OWNER}/${REPO}/pull/${PR}#issuecomment-\\d+$`),
      ),
    });
    const all = comments();
    expect(all).toHaveLength(1);
    const body = all[0]?.body as string;
    const text = readFileSync(join(ws.dir, planFile) + '.json', 'utf8');
    expect(JSON.parse(text)).toEqual(
      JSON.parse(readFileSync(FIXTURES + 'tofu-show-json-basic-delete.json', 'utf8')),
    );
    const planText = r.log
      .join('\n')
      .match(/Terraform will perform the following actions:[\s\S]*?Changes to Outputs:\n.*\n/)?.[0];
    expect(planText).toBeDefined();
    const set = renderComment({
      plan: fixture,
      counts: countPlan(fixture),
      manifest: hashPlan(fixture),
      label: 'infra/prod',
      tool: 'terraform',
      planText: `\n${planText}`,
      runUrl: `https://github.com/${OWNER}/${REPO}/actions/runs/42`,
      provenance: { sha: HEAD_SHA, planSha256: r.outputs['plan-sha256'] },
    });
    expect(body).toBe(assembleComment(set, (t) => t, []).body);
    expect(body.split('\n').slice(0, 4)).toEqual([
      `<!-- keelson:terraform-plan label=infra/prod hash=${hash} sha=${HEAD_SHA} plan-sha256=${r.outputs['plan-sha256']} -->`,
      '## Terraform plan: `infra/prod`',
      '',
      '**Plan: 0 to add, 1 to change, 1 to destroy.** 1 output to add',
    ]);
    expect(body).toContain('<details><summary>Plan text</summary>');
    expect(r.summary).toContain('**Plan: 0 to add, 1 to change, 1 to destroy.**');
    expect(r.summary).toContain('  # test_instance.test-delete will be destroyed');
    gh.assertNoViolations();
  });

  it('updates its comment in place when it sits past the first 100 comments (every page is searched)', async () => {
    const filler = Array.from({ length: 120 }, (_, i) => `comment ${i}`);
    gh.seedComments(OWNER, REPO, PR, filler);
    const [old] = gh.seedComments(OWNER, REPO, PR, [
      '<!-- keelson:terraform-plan label=infra/prod hash=abc -->\nold plan',
    ]);
    gh.seedComments(OWNER, REPO, PR, [
      '<!-- keelson:terraform-plan label=infra/prod2 hash=abc -->\nanother label',
      'later',
    ]);
    const r = await plan();
    expect(r.failed).toBe(false);
    const after = comments();
    expect(after).toHaveLength(123);
    const updated = after.find((c) => c.id === old?.id);
    expect(updated?.body).toContain('## Terraform plan: `infra/prod`');
    expect(after.find((c) => c.body.includes('label=infra/prod2'))?.body).toContain('another label');
    expect(gh.calls('issues/create-comment')).toHaveLength(0);
    expect(gh.calls('issues/update-comment')).toHaveLength(1);
    expect(gh.calls('issues/list-comments').map((c) => c.query.page ?? '1')).toEqual(['1', '2']);
    expect(r.outputs['comment-url']).toBe(
      `https://github.com/${OWNER}/${REPO}/pull/${PR}#issuecomment-${old?.id}`,
    );
    // the same plan again: nothing to write
    await plan();
    expect(gh.calls('issues/update-comment')).toHaveLength(1);
  });

  it('recreate hides the old comment as outdated and posts a new one', async () => {
    const [old] = gh.seedComments(OWNER, REPO, PR, [
      '<!-- keelson:terraform-plan label=infra/prod hash=abc -->\nold plan',
    ]);
    const r = await plan({ comment: 'recreate' });
    expect(r.failed).toBe(false);
    const after = comments();
    expect(after).toHaveLength(2);
    expect(gh.state.comment(old?.id as number)?.minimized).toEqual({
      classifier: 'OUTDATED',
      reason: 'outdated',
    });
    expect(after[1]?.body).toContain('## Terraform plan: `infra/prod`');
    expect(after[1]?.minimized).toBeNull();
  });

  it('never takes, edits or minimizes a marker comment written by a person, even an org member or owner', async () => {
    const forged = gh.seedComments(OWNER, REPO, PR, [
      {
        body: '<!-- keelson:terraform-plan label=infra/prod hash=abc -->\nfake',
        user: 'mallory',
        authorAssociation: 'MEMBER',
      },
      {
        body: '<!-- keelson:terraform-plan label=infra/prod hash=abc -->\nowner',
        user: OWNER,
        authorAssociation: 'OWNER',
      },
      // A human account cannot be named like an app; one that claims to be is still not the app.
      {
        body: '<!-- keelson:terraform-plan label=infra/prod hash=abc -->\nfake bot',
        user: 'github-actions[bot]x',
      },
    ]);
    await plan({ comment: 'recreate' });
    const after = comments();
    expect(after).toHaveLength(4);
    expect(after.slice(0, 3).map((c) => [c.body, c.minimized])).toEqual(forged.map((c) => [c.body, null]));
    expect(after[3]?.user.login).toBe('github-actions[bot]');
    expect(gh.calls('issues/update-comment')).toHaveLength(0);
    await plan();
    expect(
      comments()
        .slice(0, 3)
        .map((c) => c.body),
    ).toEqual(forged.map((c) => c.body));
  });

  it('splits plan text too long for one comment into continuation comments, and prunes them when it shrinks', async () => {
    const fixture = 'tofu-equivalence-data-read-modules.plan.json';
    const r = await plan({}, { fixture, env: { TF_DOUBLE_TEXT_REPEAT: '110' } });
    expect(r.failed).toBe(false);
    const all = comments();
    expect(all.length).toBeGreaterThanOrEqual(3);
    const [main, ...parts] = all;
    expect(main?.body.length).toBeLessThanOrEqual(65_536);
    expect(main?.body).toContain(`_The plan text is in the ${parts.length} comments below._`);
    parts.forEach((p, i) => {
      expect(p.body.length).toBeLessThanOrEqual(65_536);
      expect(
        p.body.startsWith(
          `<!-- keelson:terraform-plan-part label=infra/prod part=${i + 2} of=${main?.id} -->\n`,
        ),
      ).toBe(true);
      expect((p.body.match(/^```$/gm) ?? []).length).toBe(2);
    });
    // the whole text is in the summary
    expect(r.summary.split('will be created').length - 1).toBe(3 * 110);
    // another, smaller plan: the main comment is edited in place and stale parts are deleted
    await plan({}, { fixture: 'tofu-show-json-basic-delete.json' });
    const now = comments();
    expect(now.map((c) => c.id)).toEqual([main?.id]);
    expect(now[0]?.body).toContain('<details><summary>Plan text</summary>');
  });

  it('a fork PR whose token cannot comment: one warning, no failure, the summary is written', async () => {
    gh.forkPrToken();
    const r = await plan();
    expect(r.failed).toBe(false);
    expect(warnings(r)).toEqual([
      `Could not comment on pull request #${PR} (HTTP 403): the token cannot write comments here (a pull request from a ` +
        'fork gets a read-only token). The plan is in the job summary.',
    ]);
    expect(r.outputs['comment-url']).toBe('');
    expect(r.summary).toContain('## Terraform plan: `infra/prod`');
    expect(gh.takeViolations()).toEqual([]);
  });

  it('a fork PR with comment: recreate (GraphQL FORBIDDEN on minimize) is one warning too', async () => {
    gh.seedComments(OWNER, REPO, PR, ['<!-- keelson:terraform-plan label=infra/prod hash=abc -->\nold plan']);
    gh.forkPrToken();
    const r = await plan({ comment: 'recreate' });
    expect(r.failed).toBe(false);
    expect(warnings(r)).toHaveLength(1);
    expect(warnings(r)[0]).toMatch(/^Could not comment on pull request #2 \(HTTP 403\)/);
    expect(comments()).toHaveLength(1);
  });

  it('a GitHub outage while commenting is one error line after retries with backoff, not a stack', async () => {
    gh.inject({ status: 502, path: '/repos/{owner}/{repo}/issues/{issue_number}/comments', times: 10 });
    const r = await plan();
    expect(r.failed).toBe(true);
    expect(errors(r)).toEqual([
      `Could not comment on pull request #${PR}: GitHub answered HTTP 502 (Server Error - https://docs.github.com/rest/issues/comments#list-issue-comments).`,
    ]);
    expect(waits).toEqual([1000, 2000, 4000]);
    expect(gh.calls('issues/list-comments')).toHaveLength(4);
    expect(r.summary).toContain('## Terraform plan: `infra/prod`');
  });

  it('a passing 502 is retried and the comment is written', async () => {
    gh.inject({ status: 502, path: '/repos/{owner}/{repo}/issues/{issue_number}/comments', times: 2 });
    const r = await plan();
    expect(errors(r)).toEqual([]);
    expect(waits).toEqual([1000, 2000]);
    expect(comments()).toHaveLength(1);
  });

  it('GitHub that cannot be reached is said so, after retries, with the address and the cause', async () => {
    // A port that was free a moment ago: nothing listens there.
    const { createServer } = await import('node:net');
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as { port: number }).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const url = `http://127.0.0.1:${port}`;
    const r = await plan({}, { env: { GITHUB_API_URL: url } });
    expect(errors(r)).toEqual([
      `Could not comment on pull request #${PR}: GitHub at ${url} could not be reached (connect ECONNREFUSED 127.0.0.1:${port}) after 4 attempts.`,
    ]);
    expect(waits).toEqual([1000, 2000, 4000]);
  });

  it('a rate limit is waited out when GitHub says until when (up to a minute), then given up on', async () => {
    gh.rateLimit({ kind: 'secondary', retryAfterSeconds: 7, times: 1 });
    const ok = await plan();
    expect(errors(ok)).toEqual([]);
    expect(waits).toEqual([7000]);
    waits = [];
    gh.rateLimit({ kind: 'primary', resetInSeconds: 3600, times: 1 });
    const r = await plan();
    expect(errors(r)[0]).toMatch(
      /^Could not comment on pull request #2: GitHub answered HTTP 403 \(API rate limit exceeded/,
    );
    expect(waits).toEqual([]);
  });

  it('outside pull_request events writes the summary only', async () => {
    const r = await plan({}, { event: 'push' });
    expect(r.failed).toBe(false);
    expect(gh.requests).toHaveLength(0);
    expect(r.summary).toContain('## Terraform plan: `infra/prod`');
  });

  it('no value marked sensitive appears in the comment, the summary, the log or the outputs', async () => {
    const r = await plan(
      {},
      { fixture: 'tofu-show-json-sensitive-values.json', env: { TF_DOUBLE_LEAK: '1' } },
    );
    expect(r.failed).toBe(false);
    const secret = 'boop';
    // the double printed it in the plan text (TF_DOUBLE_LEAK) and the plan JSON holds it in 4 places
    const registered = r.log.findIndex((l) => l === `::add-mask::${secret}`);
    expect(registered).toBeGreaterThanOrEqual(0);
    const firstPlanLine = r.log.findIndex((l) => l.includes('Terraform will perform the following actions'));
    expect(registered).toBeLessThan(firstPlanLine);
    expect(r.log.filter((l) => l.includes(secret))).toEqual([`::add-mask::${secret}`]);
    expect(r.summary).not.toContain(secret);
    expect(JSON.stringify(r.outputs)).not.toContain(secret);
    const bodies = comments().map((c) => c.body);
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).not.toContain(secret);
    expect(bodies[0]).toContain('+ ami = "***"');
    expect(bodies[0]).toContain('| `test` | add |  | (sensitive) |');
    for (const req of gh.requests) expect(JSON.stringify(req.body ?? '')).not.toContain(secret);
  });

  it('mask: literal values and /regex/ are hidden everywhere too', async () => {
    const r = await plan({ mask: 'placeholder\n/"ba[r]"/' }, { fixture: 'tofu-show-json-basic-delete.json' });
    expect(r.failed).toBe(false);
    expect(r.log[0]).toBe('::add-mask::placeholder');
    const everything = [
      r.log.slice(1).join('\n'),
      r.summary,
      JSON.stringify(r.outputs),
      ...comments().map((c) => c.body),
    ];
    for (const text of everything) {
      expect(text).not.toContain('placeholder');
      expect(text).not.toContain('"bar"');
    }
    expect(comments()[0]?.body).toContain('~ id  = "***"');
    expect(comments()[0]?.body).toContain('~ ami = ***');
  });

  it('passes workspace, backend config, var files and vars (as a private JSON var file)', async () => {
    writeFileSync(join(ws.dir, 'infra/prod/backend.hcl'), 'bucket = "b"\n');
    writeFileSync(join(ws.dir, 'infra/prod/prod.tfvars'), 'x = 1\n');
    const r = await plan({
      workspace: 'blue',
      'backend-config': 'backend.hcl\nkey=prod/terraform.tfstate',
      'var-files': 'prod.tfvars',
      vars: 'region: eu-west-1\nsizes: [1, 2]',
      targets: 'module.app.aws_s3_bucket.this["logs"]',
      replace: 'aws_instance.web',
      destroy: 'true',
      'fmt-check': 'true',
      validate: 'false',
      parallelism: '4',
      'lock-timeout': '30s',
    });
    expect(errors(r)).toEqual([]);
    const tfvars = join(temp, 'infra_prod_blue.keelson.tfvars.json');
    expect(calls()).toEqual([
      [
        'init',
        '-input=false',
        '-no-color',
        '-lock-timeout=30s',
        `-backend-config=${join(ws.dir, 'infra/prod/backend.hcl')}`,
        '-backend-config=key=prod/terraform.tfstate',
      ],
      ['workspace', 'select', '-or-create=true', 'blue'],
      ['fmt', '-check', '-recursive', '-list=true', '-no-color'],
      [
        'plan',
        '-input=false',
        '-no-color',
        '-detailed-exitcode',
        `-out=${join(temp, 'infra_prod_blue.tfplan')}`,
        '-destroy',
        '-target=module.app.aws_s3_bucket.this["logs"]',
        '-replace=aws_instance.web',
        `-var-file=${join(ws.dir, 'infra/prod/prod.tfvars')}`,
        `-var-file=${tfvars}`,
        '-parallelism=4',
        '-lock-timeout=30s',
      ],
      ['show', '-json', join(temp, 'infra_prod_blue.tfplan')],
      ['show', '-no-color', join(temp, 'infra_prod_blue.tfplan')],
    ]);
    expect(JSON.parse(readFileSync(tfvars, 'utf8'))).toEqual({ region: 'eu-west-1', sizes: [1, 2] });
    expect(comments()[0]?.body.split('\n')[0]).toContain('label=infra/prod:blue hash=');
  });

  it('a failed plan fails the step with one line and says so in the comment (hash=failed)', async () => {
    const r = await plan({}, { env: { TF_DOUBLE_FAIL: 'plan' } });
    expect(r.failed).toBe(true);
    expect(errors(r)).toEqual([
      'terraform plan failed with exit code 1:\nError: plan failed (TF_DOUBLE_FAIL=plan)',
    ]);
    const body = comments()[0]?.body ?? '';
    expect(body.split('\n')[0]).toBe('<!-- keelson:terraform-plan label=infra/prod hash=failed -->');
    expect(body).toContain('**Planning failed.**');
    expect(r.summary).toContain('**Planning failed.**');
  });

  it('fmt-check names the unformatted files', async () => {
    const r = await plan({ 'fmt-check': 'true' }, { env: { TF_DOUBLE_FMT: 'main.tf,modules/x/vars.tf' } });
    expect(errors(r)).toEqual([
      "fmt-check: 2 files are not formatted: main.tf, modules/x/vars.tf. Run 'terraform fmt -recursive' and commit the result.",
    ]);
    expect(calls().map((a) => a[0])).toEqual(['init', 'fmt']);
  });

  it('uses tofu when only tofu is on PATH, and names both when neither is', async () => {
    const only = join(ws.dir, 'only-tofu');
    mkdirSync(only);
    symlinkSync(join(DOUBLES, 'terraform'), join(only, 'tofu'));
    const r = await plan({}, { path: `${only}${delimiter}${NODE_DIR}` });
    expect(errors(r)).toEqual([]);
    expect(comments()[0]?.body).toContain('## OpenTofu plan: `infra/prod`');
    const lines = readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { tool: string }).tool);
    expect(new Set(lines)).toEqual(new Set(['tofu']));

    const none = await plan({}, { path: join(ws.dir, 'empty') });
    expect(errors(none)).toEqual([
      "Neither 'terraform' nor 'tofu' is on PATH. Install one (hashicorp/setup-terraform or opentofu/setup-opentofu) " +
        "before this step, or set the 'tool' input.",
    ]);
    const missing = await plan({ tool: 'terraform' }, { path: only });
    expect(errors(missing)).toEqual([
      "'terraform' is not on PATH. Install it first (hashicorp/setup-terraform).",
    ]);
  });

  const BAD: [Record<string, string>, string][] = [
    [{ path: 'nope' }, `Invalid input 'path': 'nope'. Expected an existing directory (relative to WS).`],
    [
      { path: '' },
      "Input 'path' is required: the root module directory, relative to the workspace (. for the repository root).",
    ],
    [
      { workspace: 'a b' },
      "Invalid input 'workspace': 'a b'. Expected a workspace name: letters, digits, . _ -, at most 90 characters.",
    ],
    [
      { 'backend-config': 'missing.hcl' },
      "Invalid input 'backend-config': 'missing.hcl'. Expected key=value lines or existing backend config files (relative to WS/infra/prod).",
    ],
    [
      { 'var-files': 'prod.tfvars' },
      "Invalid input 'var-files': 'prod.tfvars'. Expected existing .tfvars or .tfvars.json files (relative to WS/infra/prod).",
    ],
    [
      { vars: '- a\n- b' },
      'Invalid input \'vars\': a list, not a mapping. Expected a YAML or JSON mapping such as `key: value` lines or {"key": "value"}.',
    ],
    [
      { path: '../outside' },
      "Invalid input 'path': '../outside'. Expected a path inside the workspace (WS) or the runner's temp directory.",
    ],
    [
      { path: '/etc' },
      "Invalid input 'path': '/etc'. Expected a path inside the workspace (WS) or the runner's temp directory.",
    ],
    [
      { 'var-files': '../../../etc/passwd' },
      "Invalid input 'var-files': '../../../etc/passwd'. Expected a path inside the workspace (WS) or the runner's temp directory.",
    ],
    [
      { 'trusted-plan-authors': 'alice smith' },
      "Invalid input 'trusted-plan-authors': 'alice smith'. Expected GitHub logins such as github-actions[bot] or my-app[bot] (the identity that posts the plan comments).",
    ],
    [
      { 'pass-env': 'A=B' },
      "Invalid input 'pass-env': 'A=B'. Expected environment variable names such as GITHUB_TOKEN.",
    ],
    [
      { label: 'prod env' },
      "Invalid input 'label': 'prod env'. Expected up to 100 characters from A-Z a-z 0-9 . _ / : @ + -, starting with a letter or digit.",
    ],
    [{ tool: 'terragrunt' }, "Invalid input 'tool': 'terragrunt'. Expected one of: terraform | tofu."],
    [
      { 'fmt-check': 'maybe' },
      "Invalid input 'fmt-check': 'maybe'. Expected a boolean: true | True | TRUE | false | False | FALSE.",
    ],
    [
      { destroy: 'yes' },
      "Invalid input 'destroy': 'yes'. Expected a boolean: true | True | TRUE | false | False | FALSE.",
    ],
    [
      { targets: '-lock=false' },
      "Invalid input 'targets': '-lock=false'. Expected resource addresses such as aws_instance.web or module.app.aws_s3_bucket.this[\"logs\"], one per line.",
    ],
    [{ parallelism: '0' }, "Invalid input 'parallelism': '0'. Expected a whole number from 1 to 256."],
    [
      { 'lock-timeout': 'soon' },
      "Invalid input 'lock-timeout': 'soon'. Expected a duration such as 90s, 5m or 1h30m (units h, m, s, ms; from 0s to 1h).",
    ],
    [
      { comment: 'sometimes' },
      "Invalid input 'comment': 'sometimes'. Expected one of: update | recreate | off.",
    ],
    [
      { mask: '/(/' },
      "Invalid input 'mask': line 1 is not a regular expression Keelson can run (error parsing regexp: missing closing )). Expected RE2 syntax: no backreferences or lookarounds.",
    ],
  ];
  for (const [inputs, message] of BAD) {
    it(`bad input ${Object.keys(inputs)[0]}: one line, nothing run`, async () => {
      const r = await plan(inputs);
      expect(r.failed).toBe(true);
      expect(errors(r)).toEqual([message.replace(/WS/g, ws.dir)]);
      expect(calls()).toEqual([]);
    });
  }
});

describe('terraform-apply', () => {
  async function planned(fixture = 'tofu-show-json-basic-delete.json', inputs: Record<string, string> = {}) {
    const r = await plan(inputs, { fixture });
    expect(errors(r)).toEqual([]);
    calls();
    return r;
  }
  async function reviewed(fixture = 'tofu-show-json-basic-delete.json'): Promise<LocalRun> {
    const r = await planned(fixture);
    approve();
    return r;
  }
  const refused = (r: LocalRun, line: string): void => {
    expect(errors(r)).toEqual([line]);
    expect(r.failed).toBe(true);
    expect(calls().some((a) => a[0] === 'apply')).toBe(false);
  };
  /** A pull_request event payload for another, open pull request. */
  function openPull(number: number, head: string): string {
    gh.seedPull({ owner: OWNER, repo: REPO, number, user: AUTHOR, head: { ref: `pr-${number}`, sha: head } });
    return pullRequestEventFile(ws.dir, number, head);
  }

  it('applies the reviewed and approved plan file of the merged pull request, then reports', async () => {
    const p = await reviewed();
    const markerLine = comments()[0]?.body.split('\n')[0];
    const r = await apply({ 'plan-file': planFile });
    expect(errors(r)).toEqual([]);
    expect(r.failed).toBe(false);
    const argv = calls();
    const file = join(ws.dir, planFile);
    expect(argv).toEqual([
      ['init', '-input=false', '-no-color', '-lock-timeout=300s'],
      ['show', '-json', file],
      ['apply', '-input=false', '-no-color', '-lock-timeout=300s', '-parallelism=10', file],
      ['output', '-json', '-no-color'],
    ]);
    expect(argv.flat()).not.toContain('-auto-approve');
    expect(gh.calls('repos/list-pull-requests-associated-with-commit')).toHaveLength(1);
    expect(gh.calls('pulls/list-reviews')).toHaveLength(1);
    expect(gh.calls('repos/get-collaborator-permission-level')).toHaveLength(1);
    expect(r.outputs).toMatchObject({
      applied: 'true',
      'pr-number': String(PR),
      'plan-hash': p.outputs['plan-hash'],
    });
    // The plan comment is left exactly as it was reviewed; the result is a comment of its own.
    const [planComment, result] = comments();
    expect(planComment?.body.split('\n')[0]).toBe(markerLine);
    expect(gh.calls('issues/update-comment')).toHaveLength(0);
    expect(markerLine).toMatch(
      new RegExp(
        `^<!-- keelson:terraform-plan label=infra/prod hash=${p.outputs['plan-hash']} sha=${HEAD_SHA} `,
      ),
    );
    const body = result?.body ?? '';
    expect(body.split('\n')[0]).toBe(
      `<!-- keelson:terraform-apply label=infra/prod hash=${p.outputs['plan-hash']} -->`,
    );
    const url = (id: number | undefined) =>
      `https://github.com/${OWNER}/${REPO}/pull/${PR}#issuecomment-${id}`;
    expect(body).toContain(`The reviewed plan: [plan comment](${url(planComment?.id)}).`);
    expect(r.outputs['comment-url']).toBe(url(result?.id));
    expect(body).toMatch(
      /> \*\*Applied\.\*\* Terraform applied this plan in \d+\.\d s \(\[run\]\(https:\/\/github\.com\/.*\/actions\/runs\/42\)\)\./,
    );
    expect(body).toContain('| `test` | `bar` |');
    expect(r.summary).toContain('**Applied.**');
  });

  it('without a plan file: plans again, and applies that saved plan when it matches', async () => {
    await reviewed();
    const r = await apply({ 'pr-number': String(PR), 'lock-timeout': '2m' });
    expect(errors(r)).toEqual([]);
    const argv = calls();
    const file = join(temp, 'infra_prod.tfplan');
    expect(argv.map((a) => a[0])).toEqual(['init', 'plan', 'show', 'apply', 'output']);
    expect(argv[3]).toEqual([
      'apply',
      '-input=false',
      '-no-color',
      '-lock-timeout=120s',
      '-parallelism=10',
      file,
    ]);
    expect(gh.calls('repos/list-pull-requests-associated-with-commit')).toHaveLength(0);
  });

  it('terraform and its providers never get the runner’s tokens unless pass-env names them', async () => {
    await reviewed();
    const secrets = {
      GITHUB_TOKEN: 'ghs_from_env',
      ACTIONS_RUNTIME_TOKEN: 'runtime',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc.example',
    };
    const r = await apply({ 'plan-file': planFile }, { env: secrets });
    expect(errors(r)).toEqual([]);
    const seenBy = records();
    expect(seenBy.length).toBeGreaterThan(2);
    for (const call of seenBy) expect(call.tokens).toEqual([]);
    await reviewed();
    const passed = await apply(
      { 'plan-file': planFile, 'pass-env': 'ACTIONS_ID_TOKEN_REQUEST_TOKEN, ACTIONS_ID_TOKEN_REQUEST_URL' },
      { env: secrets },
    );
    expect(errors(passed)).toEqual([]);
    for (const call of records())
      expect(call.tokens.sort()).toEqual(['ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_URL']);
  });

  describe('the reviewed-and-approved gate', () => {
    it('an org member’s marker comment with another plan’s hash is never read as the reviewed plan, nor edited', async () => {
      await reviewed('tofu-show-json-basic-delete.json');
      // mallory (an org member, even one with write access) plans something else and posts its marker
      const other = FIXTURES + 'tf-1.15.0-replace-tainted.plan.json';
      const otherFile = join(ws.dir, 'other.tfplan');
      writeFileSync(otherFile, JSON.stringify({ keelson_test_double_plan: true, fixture: other }));
      const hash = planHash(readPlanFile(other));
      const digest = createHash('sha256').update(readFileSync(otherFile)).digest('hex');
      gh.seedRole(OWNER, REPO, 'mallory', 'write');
      const [forged] = gh.seedComments(OWNER, REPO, PR, [
        {
          body: `<!-- keelson:terraform-plan label=infra/prod hash=${hash} sha=${HEAD_SHA} plan-sha256=${digest} at=${iso(Date.now() - 1000)} -->\nlooks fine`,
          user: 'mallory',
          authorAssociation: 'MEMBER',
        },
      ]);
      const r = await apply({ 'plan-file': 'other.tfplan' });
      refused(
        r,
        expect.stringMatching(
          /^The plan file '.*other\.tfplan' is not the one reviewed on #2: its SHA-256 is [0-9a-f]{64}, the comment records [0-9a-f]{64}\. Nothing was applied\.$/,
        ) as unknown as string,
      );
      expect(gh.state.comment(forged?.id as number)?.body).toBe(forged?.body);
      expect(gh.calls('issues/update-comment')).toHaveLength(0);
    });

    it('a read-only collaborator’s approval, or an org member’s without access, does not count', async () => {
      await planned();
      approve('bob', { role: 'read' });
      refused(
        await apply({ 'plan-file': planFile }),
        `bob approved #${PR} but has 'read' permission on ${OWNER}/${REPO}; an approval counts only from someone with ` +
          'write, maintain or admin permission. Nothing was applied.',
      );
      approve('triager', { role: 'triage', at: Date.now() + 3000 });
      approve('member', { role: 'none', at: Date.now() + 4000 });
      refused(
        await apply({ 'plan-file': planFile }),
        `member approved #${PR} but has 'none' permission on ${OWNER}/${REPO}; an approval counts only from someone with ` +
          'write, maintain or admin permission. Nothing was applied.',
      );
      approve('maintainer', { role: 'maintain', at: Date.now() + 5000 });
      const ok = await apply({ 'plan-file': planFile });
      expect(errors(ok)).toEqual([]);
      expect(ok.outputs.applied).toBe('true');
    });

    it('a plan comment edited by anyone but Keelson is refused, whoever edited it', async () => {
      await reviewed();
      const c = comments()[0] as { id: number; body: string };
      gh.editCommentAs(c.id, c.body.replace('**Plan:', '**Plan (reviewed):'), 'maintainer-mel');
      refused(
        await apply({ 'plan-file': planFile }),
        `The plan comment on #${PR} was edited by maintainer-mel, who is not a trusted plan author; run terraform-plan ` +
          'again so the comment is Keelson’s own. Nothing was applied.',
      );
    });

    it('an unapproved pull request is refused', async () => {
      await planned();
      refused(
        await apply({ 'plan-file': planFile }),
        `Pull request #${PR} has no approving review. A reviewer with write access must approve it after the plan ` +
          'comment was written. Nothing was applied.',
      );
    });

    it('an approval older than the plan comment is refused: a newer plan needs a newer approval', async () => {
      const before = Date.now() - 60_000;
      approve('alice', { at: before });
      await planned();
      const at = comments()[0]?.updatedAt;
      refused(
        await apply({ 'plan-file': planFile }),
        `Plan comment on #${PR} was written after the approval by alice (plan ${at}, approval ${iso(before)}); review ` +
          'the plan and re-approve. Nothing was applied.',
      );
    });

    it('an approval by the pull request’s author does not count', async () => {
      await planned();
      approve(AUTHOR);
      refused(
        await apply({ 'plan-file': planFile }),
        `Pull request #${PR} is approved only by its author, ${AUTHOR}; another reviewer with write access must ` +
          'approve it. Nothing was applied.',
      );
    });

    it('a dismissed approval does not count', async () => {
      await planned();
      const review = approve();
      gh.dismissReview(review.id);
      refused(
        await apply({ 'plan-file': planFile }),
        `The approval by alice on #${PR} was dismissed; re-approve. Nothing was applied.`,
      );
    });

    it('an approval of another commit, or changes requested by a writer, do not count', async () => {
      await planned();
      approve('alice', { commitId: 'a'.repeat(40) });
      refused(
        await apply({ 'plan-file': planFile }),
        `The approval by alice on #${PR} is for commit aaaaaaaaaaaa, but the plan is of commit ${HEAD_SHA.slice(0, 12)}; ` +
          're-approve. Nothing was applied.',
      );
      approve('bob', { at: Date.now() + 3000 });
      approve('carol', { state: 'CHANGES_REQUESTED', at: Date.now() + 4000 });
      refused(
        await apply({ 'plan-file': planFile }),
        `carol requested changes on pull request #${PR}; the plan is not approved. Nothing was applied.`,
      );
    });

    it('on push, the pull request must be merged as the commit being applied', async () => {
      await reviewed();
      refused(
        await apply(
          { 'plan-file': planFile, 'pr-number': String(PR) },
          { env: { GITHUB_SHA: 'd'.repeat(40) } },
        ),
        `Commit dddddddddddd is not the merge commit of pull request #${PR} (merged as ffffffffffff); nothing from ` +
          'another commit is applied. Nothing was applied.',
      );
      // An open pull request's commit pushed to a branch is not a merge either.
      const head = '5'.repeat(40);
      const event = openPull(5, head);
      const p = await plan({}, { env: { GITHUB_EVENT_PATH: event, GITHUB_SHA: head } });
      expect(errors(p)).toEqual([]);
      approve('alice', { pull: 5 });
      refused(
        await apply({ 'plan-file': planFile }, { env: { GITHUB_SHA: head } }),
        `Commit 555555555555 is not the merge commit of a merged pull request; set pr-number for this run. Nothing ` +
          'was applied. Run terraform-plan on the pull request first, or set allow-unreviewed.',
      );
      refused(
        await apply({ 'plan-file': planFile, 'pr-number': '5' }, { env: { GITHUB_SHA: head } }),
        'Pull request #5 is not merged (state: open); a push applies only the plan of a merged pull request. Nothing was applied.',
      );
    });

    it('workflow_dispatch names the pull request and passes the same gate: unapproved refused, approved applied, new commits refused', async () => {
      const head = '6'.repeat(40);
      const event = openPull(6, head);
      await plan({}, { env: { GITHUB_EVENT_PATH: event, GITHUB_SHA: head } });
      calls();
      // Dispatched on the pull request's branch: the run checks out its head.
      const dispatch = { event: 'workflow_dispatch' as const, env: { GITHUB_SHA: head } };
      refused(
        await apply({ 'plan-file': planFile, 'pr-number': '6' }, dispatch),
        'Pull request #6 has no approving review. A reviewer with write access must approve it after the plan comment ' +
          'was written. Nothing was applied.',
      );
      approve('alice', { pull: 6 });
      const ok = await apply({ 'plan-file': planFile, 'pr-number': '6' }, dispatch);
      expect(errors(ok)).toEqual([]);
      expect(ok.outputs.applied).toBe('true');
      expect(calls().filter((a) => a[0] === 'apply')).toHaveLength(1);
      gh.pushToPull(OWNER, REPO, 6, '7'.repeat(40));
      refused(
        await apply({ 'plan-file': planFile, 'pr-number': '6' }, dispatch),
        // The run is no longer on the pull request's head: refused before the approval is even read.
        "This run checked out 666666666666, but pull request #6's head is 777777777777; dispatch the workflow on " +
          "the pull request's branch. Nothing was applied.",
      );
      // Dispatched again on the branch, now at the new commit: the plan is of the older one.
      refused(
        await apply(
          { 'plan-file': planFile, 'pr-number': '6' },
          { event: 'workflow_dispatch', env: { GITHUB_SHA: '7'.repeat(40) } },
        ),
        'Pull request #6 has commits after the planned one (planned 666666666666, head 777777777777); run ' +
          'terraform-plan again and have the new plan approved. Nothing was applied.',
      );
    });

    it('require-approval: false still needs Keelson’s own comment and, on push, the merge', async () => {
      await planned();
      const r = await apply({ 'plan-file': planFile, 'require-approval': 'false' });
      expect(errors(r)).toEqual([]);
      expect(warnings(r)).toEqual([
        'require-approval is false: the pull request’s reviews were not checked.',
      ]);
      expect(r.outputs.applied).toBe('true');
    });

    it('a plan file whose SHA-256 differs from the one the comment records is refused', async () => {
      await reviewed();
      const file = join(ws.dir, planFile);
      writeFileSync(file, readFileSync(file, 'utf8') + '\n');
      const r = await apply({ 'plan-file': planFile });
      refused(
        r,
        expect.stringMatching(
          new RegExp(
            `^The plan file '${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}' is not the one reviewed on #2: its SHA-256 is [0-9a-f]{64}, the comment records [0-9a-f]{64}\\. Nothing was applied\\.$`,
          ),
        ) as unknown as string,
      );
    });
  });

  it('refuses a changed plan with a readable diff; nothing is applied', async () => {
    await reviewed();
    const changed = JSON.parse(readFileSync(FIXTURES + 'tofu-show-json-basic-delete.json', 'utf8')) as {
      resource_changes: { change: { actions: string[] } }[];
    };
    const rc = changed.resource_changes[1] as { change: { actions: string[] } };
    rc.change.actions = ['delete', 'create'];
    const file = join(ws.dir, 'changed.json');
    writeFileSync(file, JSON.stringify(changed));
    const r = await apply({}, { fixture: file });
    expect(r.failed).toBe(true);
    expect(errors(r)).toEqual([
      `The plan for 'infra/prod' differs from the one reviewed on pull request #${PR}; nothing was applied. ` +
        'Run terraform-plan again and review the new plan.',
    ]);
    const text = r.log.join('\n');
    expect(text).toContain('Resources:\n  ~ test_instance.test-delete: delete -> delete, create');
    expect(calls().map((a) => a[0])).toEqual(['init', 'plan', 'show']);
    expect(r.outputs.applied).toBe('false');
    expect(comments()[1]?.body).toContain('**Apply refused.**');
    expect(r.summary).toContain('### Plan changed since review');
  });

  it('no plan comment by Keelson: one error naming the pull request, the label and the trusted author', async () => {
    const r = await apply();
    expect(errors(r)).toEqual([
      `No plan comment for label 'infra/prod' by github-actions[bot] on pull request #${PR}. Nothing was ` +
        'applied. Run terraform-plan on the pull request first, or set allow-unreviewed.',
    ]);
    expect(calls()).toEqual([]);
  });

  it('a commit with no pull request needs pr-number, or allow-unreviewed (which still applies a saved plan)', async () => {
    const sha = 'e'.repeat(40);
    const r = await apply({}, { env: { GITHUB_SHA: sha } });
    expect(errors(r)).toEqual([
      `Commit eeeeeeeeeeee is not the merge commit of a merged pull request; set pr-number for this run. Nothing was ` +
        'applied. Run terraform-plan on the pull request first, or set allow-unreviewed.',
    ]);
    expect(gh.takeViolations()).toEqual([]);
    const ok = await apply({ 'allow-unreviewed': 'true' }, { env: { GITHUB_SHA: sha } });
    expect(errors(ok)).toEqual([]);
    expect(warnings(ok)).toHaveLength(1);
    const argv = calls();
    expect(argv.at(-2)).toEqual([
      'apply',
      '-input=false',
      '-no-color',
      '-lock-timeout=300s',
      '-parallelism=10',
      join(temp, 'infra_prod.tfplan'),
    ]);
    expect(gh.takeViolations()).toEqual([]);
  });

  it('a failed apply is reported in the comment and fails the step', async () => {
    await reviewed();
    const r = await apply({ 'plan-file': planFile }, { env: { TF_DOUBLE_FAIL: 'apply' } });
    expect(r.failed).toBe(true);
    expect(errors(r)[0]).toMatch(
      /^'terraform apply -input=false .*' failed with exit code 1:\nError: apply failed/,
    );
    expect(comments()[1]?.body).toContain('**Apply failed.**');
    expect(r.outputs.applied).toBe('false');
  });

  it('a failed plan on the PR is never applied', async () => {
    await plan({}, { env: { TF_DOUBLE_FAIL: 'plan' } });
    const r = await apply();
    expect(errors(r)).toEqual([
      `The last plan for label 'infra/prod' on pull request #${PR} failed, so there is no reviewed plan to apply. Nothing was applied.`,
    ]);
  });

  it('a sensitive output known only after apply is registered before the apply log prints it', async () => {
    await reviewed();
    const secret = 'generated-db-password-7f3a';
    const outputs = JSON.stringify({
      password: { sensitive: true, type: 'string', value: secret },
      url: { sensitive: false, type: 'string', value: 'https://db.example' },
    });
    const r = await apply(
      { 'plan-file': planFile },
      { env: { TF_DOUBLE_APPLY_OUTPUTS: outputs, TF_DOUBLE_LEAK: '1' } },
    );
    expect(errors(r)).toEqual([]);
    const mask = r.log.indexOf(`::add-mask::${secret}`);
    expect(mask).toBeGreaterThanOrEqual(0);
    expect(r.log.findIndex((l) => l.includes('provider: created password'))).toBeGreaterThan(mask);
    expect(r.log.filter((l) => l.includes(secret))).toEqual([`::add-mask::${secret}`]);
    expect(r.log).toContain('provider: created password = "***"');
    expect(comments()[1]?.body).toContain('| `password` | (sensitive) |');
    expect(
      comments()
        .map((c) => c.body)
        .join('\n'),
    ).not.toContain(secret);
  });

  it('the plan file is 0600 and the post step removes it and its JSON', async () => {
    const p = await planned();
    const file = p.outputs['plan-file'] as string;
    const json = p.outputs['plan-json-file'] as string;
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(json).mode & 0o777).toBe(0o600);
    const post = await runLocally(planPost, { state: p.state, env: env({}) });
    expect(post.failed).toBe(false);
    expect(existsSync(file)).toBe(false);
    expect(existsSync(json)).toBe(false);
  });

  it('plan-encryption-key: the artifact is encrypted, apply decrypts it with the key and refuses any other', async () => {
    const key = 'correct horse battery staple';
    const p = await planned('tofu-show-json-basic-delete.json', { 'plan-encryption-key': key });
    approve();
    const enc = p.outputs['plan-file'] as string;
    expect(enc.endsWith('.tfplan.enc')).toBe(true);
    const bytes = readFileSync(enc);
    expect(bytes.subarray(0, 17).toString()).toBe('KEELSON-TFPLAN-1\n');
    expect(bytes.toString('latin1')).not.toContain('keelson_test_double_plan');
    expect(statSync(enc).mode & 0o777).toBe(0o600);
    const rel = enc.slice(ws.dir.length + 1);
    refused(
      await apply({ 'plan-file': rel }),
      `The plan file '${enc}' is encrypted; set 'plan-encryption-key' to the key the plan job used. Nothing was applied.`,
    );
    refused(
      await apply({ 'plan-file': rel, 'plan-encryption-key': 'wrong key' }),
      `The encrypted plan file '${enc}' could not be decrypted: the key differs from the plan job's, or the file was ` +
        'modified. Nothing was applied.',
    );
    const ok = await apply({ 'plan-file': rel, 'plan-encryption-key': key });
    expect(errors(ok)).toEqual([]);
    expect(ok.outputs.applied).toBe('true');
    expect(ok.log.filter((l) => l !== `::add-mask::${key}`).join('\n')).not.toContain(key);
  });

  it('a registered value that occurs inside the plan hash never corrupts the marker, the outputs or the apply', async () => {
    const hash = planHash(readPlanFile(FIXTURES + 'tofu-show-json-basic-delete.json'));
    const inside = hash.slice(20, 24);
    const p = await planned('tofu-show-json-basic-delete.json', { mask: inside });
    expect(p.outputs['plan-hash']).toBe(hash);
    expect(comments()[0]?.body.split('\n')[0]).toContain(`hash=${hash} `);
    expect(p.summary).toContain(hash.slice(0, 12));
    approve();
    const r = await apply({ 'plan-file': planFile, mask: inside });
    expect(errors(r)).toEqual([]);
    expect(r.outputs['plan-hash']).toBe(hash);
    expect(comments()[0]?.body.split('\n')[0]).toContain(`hash=${hash} `);
  });

  it('a sensitive plan value that occurs inside the plan hash leaves the marker and the apply intact', async () => {
    const original = readFileSync(FIXTURES + 'tofu-show-json-sensitive-values.json', 'utf8');
    const hash = planHash(readPlanFile(FIXTURES + 'tofu-show-json-sensitive-values.json'));
    // Sensitive values enter the hash as "(sensitive)", so the plan's own hash can contain its secret.
    const secret = hash.slice(30, 35);
    const file = join(ws.dir, 'colliding.json');
    writeFileSync(file, original.split('"boop"').join(JSON.stringify(secret)));
    expect(planHash(readPlanFile(file))).toBe(hash);
    const p = await plan({}, { fixture: file });
    expect(errors(p)).toEqual([]);
    expect(p.log).toContain(`::add-mask::${secret}`);
    expect(p.outputs['plan-hash']).toBe(hash);
    const body = comments()[0]?.body ?? '';
    expect(body.split('\n')[0]).toContain(`hash=${hash} `);
    expect(body.split('\n').slice(1).join('\n').replace(hash.slice(0, 12), '')).not.toContain(secret);
    approve();
    calls();
    const r = await apply({ 'plan-file': planFile }, { fixture: file });
    expect(errors(r)).toEqual([]);
    expect(r.outputs).toMatchObject({ applied: 'true', 'plan-hash': hash });
  });

  const BAD: [Record<string, string>, string][] = [
    [
      { 'plan-file': 'missing.tfplan' },
      "Invalid input 'plan-file': 'missing.tfplan'. Expected an existing saved plan file (relative to WS).",
    ],
    [
      { 'plan-file': '../../etc/hostname' },
      "Invalid input 'plan-file': '../../etc/hostname'. Expected a path inside the workspace (WS) or the runner's temp directory.",
    ],
    [
      { 'pr-number': 'abc' },
      "Invalid input 'pr-number': 'abc'. Expected a whole number from 1 to 9007199254740991.",
    ],
    [
      { 'allow-unreviewed': 'yes' },
      "Invalid input 'allow-unreviewed': 'yes'. Expected a boolean: true | True | TRUE | false | False | FALSE.",
    ],
    [
      { 'require-approval': 'no' },
      "Invalid input 'require-approval': 'no'. Expected a boolean: true | True | TRUE | false | False | FALSE.",
    ],
  ];
  for (const [inputs, message] of BAD) {
    it(`bad input ${Object.keys(inputs)[0]}: one line, nothing run`, async () => {
      const r = await apply(inputs);
      expect(errors(r)).toEqual([message.replace(/WS/g, ws.dir)]);
      expect(calls()).toEqual([]);
      expect(gh.requests).toHaveLength(0);
    });
  }
});

/**
 * The same two actions against a real `terraform`, when the machine has one (CI images often do not): the e2e
 * root module (terraform_data only, local backend, no network) is planned on a PR, then its saved plan applied.
 */
const REAL = which('terraform', { PATH: process.env.PATH });
(REAL ? describe : describe.skip)('with a real terraform binary', () => {
  /** The real terraform with a private HOME, CLI config and plugin cache: nothing read from or written to ~. */
  function realTerraform(): Opts {
    const home = join(ws.dir, 'home');
    mkdirSync(join(home, 'plugin-cache'), { recursive: true });
    writeFileSync(join(home, '.terraformrc'), '');
    return {
      path: `${dirname(REAL as string)}${delimiter}${NODE_DIR}`,
      env: {
        HOME: home,
        TF_CLI_CONFIG_FILE: join(home, '.terraformrc'),
        TF_PLUGIN_CACHE_DIR: join(home, 'plugin-cache'),
        CHECKPOINT_DISABLE: '1',
      },
    };
  }

  it('plans the e2e module on a PR, applies the reviewed plan file, and never shows the sensitive variable', async () => {
    const module = join(ws.dir, 'e2e');
    cpSync(fileURLToPath(new URL('./e2e/terraform/', import.meta.url)), module, { recursive: true });
    const real = realTerraform();
    const p = await plan({ path: 'e2e', 'fmt-check': 'true', vars: 'release: "7"' }, real);
    expect(errors(p)).toEqual([]);
    expect(p.outputs).toMatchObject({ changes: 'true', add: '2', outputs: '3' });
    const body = comments()[0]?.body ?? '';
    approve();
    expect(body).toContain('**Plan: 2 to add, 0 to change, 0 to destroy.** 3 outputs to add');
    expect(body).toContain('| `api_key` | add |  | (sensitive) |');
    expect(body).toContain('+ input  = (sensitive value)');
    const a = await apply(
      { path: 'e2e', vars: 'release: "7"', 'plan-file': p.outputs['plan-file'] as string },
      real,
    );
    expect(errors(a)).toEqual([]);
    expect(a.outputs.applied).toBe('true');
    const state = JSON.parse(readFileSync(join(module, 'terraform.tfstate'), 'utf8')) as {
      resources: unknown[];
    };
    expect(state.resources).toHaveLength(2);
    const after = comments()[1]?.body ?? '';
    expect(after).toContain('**Applied.**');
    expect(after).toContain('| `environment` | `e2e` |');
    expect(after).toContain('| `api_key` | (sensitive) |');
    const secret = 'keelson-e2e-not-a-real-secret';
    for (const text of [p.log.join('\n'), a.log.join('\n'), p.summary, a.summary, body, after]) {
      expect(text.replace(`::add-mask::${secret}`, '')).not.toContain(secret);
    }
  }, 60_000);

  it('a targeted plan says at the top that it is partial, naming the targets', async () => {
    cpSync(fileURLToPath(new URL('./e2e/terraform/', import.meta.url)), join(ws.dir, 'e2e'), {
      recursive: true,
    });
    const p = await plan({ path: 'e2e', targets: 'terraform_data.release' }, realTerraform());
    expect(errors(p)).toEqual([]);
    expect(p.outputs).toMatchObject({ changes: 'true', add: '1' });
    const body = comments()[0]?.body ?? '';
    expect(body).toContain(
      '## Terraform plan: `e2e`\n\n> [!WARNING]\n> **Resource targeting is in effect.** This plan was created with ' +
        'the -target option, which means that the result of this plan may not represent all of the changes ' +
        'requested by the current configuration.\n> Targets: `terraform_data.release`\n\n' +
        '**Plan: 1 to add, 0 to change, 0 to destroy.**',
    );
    expect(p.summary).toContain('> **Resource targeting is in effect.**');
    expect(p.log.join('\n')).toContain('Resource targeting is in effect');
  }, 60_000);
});
