/**
 * terraform-plan and terraform-apply end to end: the real action `run()` with INPUT_* / GITHUB_* env, the
 * terraform test double (test/doubles/terraform) on PATH serving real plan fixtures, and the GitHub REST
 * emulator for comments and commit → pull lookups.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run as planAction } from '../src/actions/terraform-plan/main.js';
import { run as applyAction } from '../src/actions/terraform-apply/main.js';
import { runLocally, type LocalRun } from '../src/lib/local-runner.js';
import { countPlan } from '../src/lib/terraform/counts.js';
import { hashPlan, planHash } from '../src/lib/terraform/hash.js';
import { readPlanFile } from '../src/lib/terraform/plan.js';
import { renderComment } from '../src/lib/terraform/report.js';
import { which } from '../src/lib/terraform/tool.js';
import { startGitHubEmulator, type GitHubEmulator } from './emulators/github/index.js';
import { tempDir } from './helpers/tmp.js';

const DOUBLES = fileURLToPath(new URL('./doubles/', import.meta.url));
const FIXTURES = fileURLToPath(new URL('./fixtures/terraform-plan/', import.meta.url));
const PR_EVENT = fileURLToPath(
  new URL('./fixtures/github-webhooks/pull_request.opened.json', import.meta.url),
);
const OWNER = 'Codertocat';
const REPO = 'Hello-World';
const PR = 2; // the number in the real pull_request.opened payload
const MERGE_SHA = 'f'.repeat(40);
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
  gh.seedPull({ owner: OWNER, repo: REPO, number: PR, merged: true, mergeCommitSha: MERGE_SHA });
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

function plan(inputs: Record<string, string> = {}, o: Opts = {}): Promise<LocalRun> {
  return runLocally(planAction, { inputs: { ...BASE_INPUTS, ...inputs }, env: env(o) });
}
function apply(inputs: Record<string, string> = {}, o: Opts = {}): Promise<LocalRun> {
  return runLocally(applyAction, {
    inputs: { ...BASE_INPUTS, ...inputs },
    env: env({ event: 'push', ...o }),
  });
}

/** The double's argv log since the last call. */
let seen = 0;
function calls(): string[][] {
  let lines: string[];
  try {
    lines = readFileSync(log, 'utf8').split('\n').filter(Boolean);
  } catch {
    lines = [];
  }
  const fresh = lines.slice(seen).map((l) => (JSON.parse(l) as { argv: string[] }).argv);
  seen = lines.length;
  return fresh;
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
    expect(body).toBe(
      renderComment({
        plan: fixture,
        counts: countPlan(fixture),
        manifest: hashPlan(fixture),
        label: 'infra/prod',
        tool: 'terraform',
        planText: `\n${planText}`,
        runUrl: `https://github.com/${OWNER}/${REPO}/actions/runs/42`,
      }).body,
    );
    expect(body.split('\n').slice(0, 4)).toEqual([
      `<!-- keelson:terraform-plan label=infra/prod hash=${hash} -->`,
      '## Terraform plan: `infra/prod`',
      '',
      '**Plan: 0 to add, 1 to change, 1 to destroy.** 1 output to change',
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

  it('ignores a look-alike marker from someone without write access', async () => {
    gh.seedComments(OWNER, REPO, PR, [
      {
        body: '<!-- keelson:terraform-plan label=infra/prod hash=abc -->\nfake',
        user: 'mallory',
        authorAssociation: 'NONE',
      },
    ]);
    await plan();
    expect(comments()).toHaveLength(2);
    expect(comments()[0]?.body).toContain('fake');
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
    // smaller plan: the main comment is edited in place and stale parts are deleted
    await plan({}, { fixture, env: { TF_DOUBLE_TEXT_REPEAT: '1' } });
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

  it('a GitHub outage while commenting is one error line, not a stack', async () => {
    gh.inject({ status: 502, path: '/repos/{owner}/{repo}/issues/{issue_number}/comments', times: 2 });
    const r = await plan();
    expect(r.failed).toBe(true);
    expect(errors(r)).toEqual([
      `Could not comment on pull request #${PR}: GitHub answered HTTP 502 (Server Error - https://docs.github.com/rest/issues/comments#list-issue-comments).`,
    ]);
    expect(r.summary).toContain('## Terraform plan: `infra/prod`');
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
    expect(bodies[0]).toContain('| `test` | create | (sensitive) |');
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
      'Invalid input \'vars\': \'- a\\n- b\'. Expected a YAML or JSON mapping such as `key: value` lines or {"key": "value"}.',
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
      "Invalid input 'mask': '/(/' is not a valid regular expression (Invalid regular expression: /(/g: Unterminated group).",
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
  async function reviewed(fixture = 'tofu-show-json-basic-delete.json'): Promise<LocalRun> {
    const r = await plan({}, { fixture });
    expect(r.failed).toBe(false);
    calls();
    return r;
  }

  it('applies the reviewed plan file: show -json, compare, apply -input=false <planfile>, then reports', async () => {
    const p = await reviewed();
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
    expect(r.outputs).toMatchObject({
      applied: 'true',
      'pr-number': String(PR),
      'plan-hash': p.outputs['plan-hash'],
    });
    const body = comments()[0]?.body ?? '';
    expect(body.split('\n')[0]).toBe(
      `<!-- keelson:terraform-plan label=infra/prod hash=${p.outputs['plan-hash']} -->`,
    );
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
    expect(comments()[0]?.body).toContain('**Apply refused.**');
    expect(r.summary).toContain('### Plan changed since review');
  });

  it('refuses a plan file from another plan run (an artifact that was never reviewed)', async () => {
    await reviewed('tofu-show-json-basic-delete.json');
    writeFileSync(
      join(ws.dir, 'other.tfplan'),
      JSON.stringify({
        keelson_test_double_plan: true,
        fixture: FIXTURES + 'tf-1.15.0-replace-tainted.plan.json',
      }),
    );
    const r = await apply({ 'plan-file': 'other.tfplan' });
    expect(r.failed).toBe(true);
    expect(r.log.join('\n')).toContain(
      '  + null_resource.example: delete, create (not in the reviewed plan)',
    );
    expect(calls().some((a) => a[0] === 'apply')).toBe(false);
  });

  it('no reviewed comment: one error naming the pull request and label', async () => {
    const r = await apply();
    expect(errors(r)).toEqual([
      `No reviewed plan for label 'infra/prod' on pull request #${PR}: no plan comment with its marker. Nothing was ` +
        'applied. Run terraform-plan on the pull request first, or set allow-unreviewed.',
    ]);
    expect(calls()).toEqual([]);
  });

  it('a commit with no pull request needs pr-number, or allow-unreviewed (which still applies a saved plan)', async () => {
    const sha = 'e'.repeat(40);
    const r = await apply({}, { env: { GITHUB_SHA: sha } });
    expect(errors(r)).toEqual([
      `No pull request is associated with commit ${sha}; set pr-number for this run. Nothing was applied. Run ` +
        'terraform-plan on the pull request first, or set allow-unreviewed.',
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
    expect(comments()[0]?.body).toContain('**Apply failed.**');
    expect(r.outputs.applied).toBe('false');
  });

  it('a failed plan on the PR is never applied', async () => {
    await plan({}, { env: { TF_DOUBLE_FAIL: 'plan' } });
    const r = await apply();
    expect(errors(r)).toEqual([
      `The last plan for label 'infra/prod' on pull request #${PR} failed, so there is no reviewed plan to apply. Nothing was applied.`,
    ]);
  });

  const BAD: [Record<string, string>, string][] = [
    [
      { 'plan-file': 'missing.tfplan' },
      "Invalid input 'plan-file': 'missing.tfplan'. Expected an existing saved plan file (relative to WS).",
    ],
    [
      { 'pr-number': 'abc' },
      "Invalid input 'pr-number': 'abc'. Expected a whole number from 1 to 9007199254740991.",
    ],
    [
      { 'allow-unreviewed': 'yes' },
      "Invalid input 'allow-unreviewed': 'yes'. Expected a boolean: true | True | TRUE | false | False | FALSE.",
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
  it('plans the e2e module on a PR, applies the reviewed plan file, and never shows the sensitive variable', async () => {
    const module = join(ws.dir, 'e2e');
    cpSync(fileURLToPath(new URL('./e2e/terraform/', import.meta.url)), module, { recursive: true });
    const real = {
      path: `${dirname(REAL as string)}${delimiter}${NODE_DIR}`,
      env: { CHECKPOINT_DISABLE: '1' },
    };
    const p = await plan({ path: 'e2e', 'fmt-check': 'true', vars: 'release: "7"' }, real);
    expect(errors(p)).toEqual([]);
    expect(p.outputs).toMatchObject({ changes: 'true', add: '2', outputs: '3' });
    const body = comments()[0]?.body ?? '';
    expect(body).toContain('**Plan: 2 to add, 0 to change, 0 to destroy.** 3 outputs to change');
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
    const after = comments()[0]?.body ?? '';
    expect(after).toContain('**Applied.**');
    expect(after).toContain('| `environment` | `e2e` |');
    expect(after).toContain('| `api_key` | (sensitive) |');
    const secret = 'keelson-e2e-not-a-real-secret';
    for (const text of [p.log.join('\n'), a.log.join('\n'), p.summary, a.summary, body, after]) {
      expect(text.replace(`::add-mask::${secret}`, '')).not.toContain(secret);
    }
  }, 60_000);
});
