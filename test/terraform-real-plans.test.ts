/**
 * Keelson's plan comment against the real Terraform: each scenario under test/e2e/plans is applied (its
 * `before/`), planned with `terraform plan -out`, read with `terraform show -json` and `terraform show`, and
 * `keelson plan-summary` of the JSON must say what `terraform show` printed: the "Plan:" line (or its absence),
 * the counts, and the notes Terraform adds under a resource. Builtin providers only, local backend, a private
 * HOME and plugin cache: nothing is downloaded. Skipped where no terraform is on PATH.
 */
import { beforeAll, afterAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countPlan, type PlanCounts } from '../src/lib/terraform/counts.js';
import { hashPlan } from '../src/lib/terraform/hash.js';
import { parsePlan, type Plan } from '../src/lib/terraform/plan.js';
import { renderSummary } from '../src/lib/terraform/report.js';
import { which } from '../src/lib/terraform/tool.js';
import { cli } from './helpers/cli.js';
import { tempDir } from './helpers/tmp.js';

const PLANS = fileURLToPath(new URL('./e2e/plans/', import.meta.url));
const TERRAFORM = which('terraform', { PATH: process.env.PATH });

interface Scenario {
  /** Folder under test/e2e/plans. */
  name: string;
  /** Apply the scenario's own configuration first (instead of, or after, `before/`). */
  applySelf?: boolean;
  /** Edits the state between the apply and the plan. */
  editState?: (state: State) => void;
  /** More `terraform plan` flags. */
  flags?: string[];
  /** `terraform plan -detailed-exitcode`: 0 no changes, 1 error, 2 changes. */
  exit: 0 | 1 | 2;
  counts: Partial<PlanCounts>;
  /** What Keelson's comment must contain (besides what is checked against `terraform show` for every scenario). */
  says: string[];
  never?: string[];
}

interface State {
  serial: number;
  resources: { name: string; instances: Record<string, unknown>[] }[];
}

const SCENARIOS: Scenario[] = [
  {
    name: 'update',
    exit: 2,
    counts: { change: 1 },
    says: [
      '**Plan: 0 to add, 1 to change, 0 to destroy.**\n',
      '<details open><summary><b>Update in place: 1</b></summary>',
    ],
    never: ['[!CAUTION]'],
  },
  {
    name: 'replace',
    exit: 2,
    counts: { add: 2, destroy: 2, replace: 2 },
    says: [
      '**Plan: 2 to add, 0 to change, 2 to destroy.** 2 to replace',
      '> - `terraform_data.create_first` will be **replaced** (create, then destroy): an argument that cannot be ' +
        'updated in place changed (`replace_because_cannot_update`); forced by `triggers_replace`',
      '> - `terraform_data.destroy_first` will be **replaced** (destroy, then create)',
    ],
  },
  {
    name: 'destroy',
    exit: 2,
    counts: { destroy: 1 },
    says: [
      '**Plan: 0 to add, 0 to change, 1 to destroy.**',
      '> - `terraform_data.gone` will be **destroyed**: its resource block is no longer in the configuration',
    ],
  },
  {
    name: 'move',
    exit: 2,
    counts: { move: 1 },
    says: [
      '**Plan: 0 to add, 0 to change, 0 to destroy.** 1 to move',
      '- `terraform_data.new` (moved from `terraform_data.old`)',
    ],
    never: ['No changes'],
  },
  {
    name: 'import',
    exit: 2,
    counts: { import: 2, add: 1, destroy: 1, replace: 1 },
    says: [
      '**Plan: 2 to import, 1 to add, 0 to change, 1 to destroy.** 1 to replace',
      '- `terraform_data.adopted` (import id `adopted-id`)',
      '> - `terraform_data.rebuilt` will be **replaced** (destroy, then create; import id `rebuilt-id`; ' +
        '**Warning: this will destroy the imported resource**)',
    ],
  },
  {
    name: 'forget',
    exit: 2,
    counts: { forget: 1 },
    says: [
      '**Plan: 0 to add, 0 to change, 0 to destroy.** 1 to forget',
      '<details open><summary><b>Forget (removed from state, object kept): 1</b></summary>',
      '- `terraform_data.handed_over`',
    ],
    never: ['[!CAUTION]'],
  },
  {
    name: 'deposed',
    applySelf: true,
    editState: (state) => {
      const web = state.resources.find((r) => r.name === 'web');
      const current = web?.instances[0] as { attributes: Record<string, unknown> };
      web?.instances.push({
        schema_version: 0,
        deposed: '00000001',
        attributes: { ...current.attributes, id: 'previous-web' },
        sensitive_attributes: [],
      });
    },
    exit: 2,
    counts: { destroy: 1 },
    says: [
      '**Plan: 0 to add, 0 to change, 1 to destroy.**',
      '> - `terraform_data.web` will be **destroyed** (deposed object `00000001`; left over from a partially-failed ' +
        'replacement of this instance)',
    ],
  },
  {
    name: 'data-reads',
    exit: 2,
    counts: { add: 2, read: 3 },
    says: [
      '**Plan: 2 to add, 0 to change, 0 to destroy.** 3 to read',
      '- `data.terraform_remote_state.unknown_path` (config refers to values not yet known)',
      '- `data.terraform_remote_state.after_network` (depends on a resource or a module with changes pending)',
      '- `data.terraform_remote_state.probe` (config will be reloaded to verify a check block)',
    ],
    never: ['terraform_remote_state.known'],
  },
  {
    name: 'reads-only',
    exit: 2,
    counts: { read: 1, changes: false },
    says: [
      '**Plan: 0 to add, 0 to change, 0 to destroy.** 1 to read',
      '- `data.terraform_remote_state.probe` (config will be reloaded to verify a check block)',
    ],
    never: ['No changes'],
  },
  {
    name: 'targeted',
    flags: ['-target=terraform_data.chosen'],
    exit: 2,
    counts: { add: 1 },
    says: [
      '## Terraform plan: `root`\n\n> [!WARNING]\n> **Resource targeting is in effect.** This plan was created with ' +
        'the -target option, which means that the result of this plan may not represent all of the changes ' +
        'requested by the current configuration.\n\n**Plan: 1 to add, 0 to change, 0 to destroy.**',
    ],
    never: ['terraform_data.left_out'],
  },
  {
    name: 'refresh-only',
    flags: ['-refresh-only'],
    exit: 0,
    counts: { drift: 1, changes: false },
    says: [
      '**Note: Objects have changed outside of Terraform.** This is a refresh-only plan, so Terraform will not take ' +
        'any actions to undo these.',
      '- `terraform_data.old` has moved to `terraform_data.new`',
      'If you were expecting these changes then you can apply this plan to record the updated values in the ' +
        'Terraform state without changing any remote objects.',
    ],
    never: ['no-op', 'plan above', 'No changes', '**Plan:'],
  },
  {
    name: 'refresh-only-clean',
    applySelf: true,
    flags: ['-refresh-only'],
    exit: 0,
    counts: {},
    says: [
      '**No changes.** Your infrastructure still matches the configuration.\n\nTerraform has checked that the real ' +
        'remote objects still match the result of your most recent changes, and found no differences.',
    ],
    never: ['**Plan:', 'Changed outside'],
  },
  {
    name: 'errored',
    exit: 1,
    counts: { errored: true, changes: false },
    says: ['**Planning failed.** Terraform encountered an error while generating this plan.'],
    never: ['planned the following actions', '**Plan:', 'No changes'],
  },
  {
    name: 'errored-partial',
    exit: 1,
    counts: { add: 1, errored: true },
    says: [
      '**Planning failed.** Terraform planned the following actions, but then encountered a problem.\n\n' +
        '**Plan: 1 to add, 0 to change, 0 to destroy.**',
    ],
  },
  {
    name: 'outputs',
    exit: 2,
    counts: { outputs: 4 },
    says: [
      '**Changes to Outputs:** 1 output to add · 2 outputs to change · 1 output to remove. You can apply this ' +
        'plan to save these new output values to the Terraform state, without changing any real infrastructure.',
      '| Output | Action | Before | After |\n| --- | --- | --- | --- |\n' +
        '| `added` | add |  | `{"region":"eu-west-1"}` |\n' +
        '| `changed` | change | `v1` | `v2` |\n' +
        '| `removed` | remove | `bye` |  |\n' +
        '| `token` | change | (sensitive) | (sensitive) |',
    ],
    never: ['**Plan:', 'keelson-e2e-token', '| `kept`'],
  },
  {
    name: 'no-changes',
    applySelf: true,
    exit: 0,
    counts: { changes: false },
    says: ['**No changes.** Your infrastructure matches the configuration.'],
    never: ['**Plan:', '### Resource changes'],
  },
];

function counts(partial: Partial<PlanCounts>): PlanCounts {
  const c: PlanCounts = {
    add: 0,
    change: 0,
    destroy: 0,
    replace: 0,
    import: 0,
    move: 0,
    forget: 0,
    read: 0,
    drift: 0,
    outputs: 0,
    errored: false,
    changes: false,
    ...partial,
  };
  if (partial.changes === undefined)
    c.changes = c.add + c.change + c.destroy + c.import + c.move + c.forget + c.outputs > 0;
  return c;
}

interface Result {
  code: number;
  out: string;
}

interface Planned {
  /** `terraform plan` exit status and output. */
  plan: Result;
  /** `terraform show -no-color` of the saved plan. */
  text: string;
  jsonFile: string;
  parsed: Plan;
  /** `keelson plan-summary` of the JSON: exactly the comment terraform-plan posts. */
  comment: string;
  /** `keelson plan-summary --format json`. */
  json: Record<string, unknown>;
}

let root: { dir: string; cleanup: () => void };
let env: Record<string, string>;

function tf(cwd: string, ...args: string[]): Promise<Result> {
  return new Promise((resolve) => {
    execFile(
      TERRAFORM as string,
      args,
      { cwd, env, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, out: stdout + stderr });
      },
    );
  });
}

async function ok(cwd: string, ...args: string[]): Promise<string> {
  const r = await tf(cwd, ...args);
  if (r.code !== 0) throw new Error(`terraform ${args.join(' ')} failed (${r.code}):\n${r.out}`);
  return r.out;
}

/** Copies the folder's own files (not `before/`) into `to`, replacing the configuration there. */
function copyConfig(from: string, to: string): void {
  for (const f of readdirSync(to)) if (f.endsWith('.tf')) writeFileSync(join(to, f), '');
  for (const f of readdirSync(from, { withFileTypes: true }))
    if (f.isFile()) cpSync(join(from, f.name), join(to, f.name));
}

async function run(s: Scenario): Promise<Planned> {
  const src = join(PLANS, s.name);
  const dir = join(root.dir, s.name);
  mkdirSync(dir);
  if (existsSync(join(src, 'before'))) {
    copyConfig(join(src, 'before'), dir);
    await ok(dir, 'apply', '-auto-approve', '-input=false', '-no-color');
  }
  copyConfig(src, dir);
  if (s.applySelf) await ok(dir, 'apply', '-auto-approve', '-input=false', '-no-color');
  if (s.editState) {
    const file = join(dir, 'terraform.tfstate');
    const state = JSON.parse(readFileSync(file, 'utf8')) as State;
    s.editState(state);
    state.serial++;
    writeFileSync(file, JSON.stringify(state, null, 2));
  }
  const plan = await tf(
    dir,
    'plan',
    '-out=plan.tfplan',
    '-input=false',
    '-no-color',
    '-detailed-exitcode',
    ...(s.flags ?? []),
  );
  const jsonText = await ok(dir, 'show', '-json', 'plan.tfplan');
  const jsonFile = join(dir, 'plan.json');
  writeFileSync(jsonFile, jsonText);
  const text = await ok(dir, 'show', '-no-color', 'plan.tfplan');
  const summary = await cli('plan-summary', jsonFile);
  const counted = await cli('plan-summary', '--format', 'json', jsonFile);
  return {
    plan,
    text,
    jsonFile,
    parsed: parsePlan(jsonText, jsonFile),
    comment: summary.out,
    json: JSON.parse(counted.out) as Record<string, unknown>,
  };
}

/** The comment without markdown emphasis, to compare with Terraform's plain text. */
function plain(markdown: string): string {
  return markdown.replace(/\*\*/g, '').replace(/`/g, '');
}

const results = new Map<string, Planned>();

(TERRAFORM ? describe : describe.skip)('plan comments against the real terraform show', () => {
  beforeAll(async () => {
    root = tempDir('keelson-tf-real-');
    const home = join(root.dir, 'home');
    mkdirSync(join(home, 'plugin-cache'), { recursive: true });
    writeFileSync(join(home, '.terraformrc'), '');
    env = {
      PATH: process.env.PATH ?? '',
      HOME: home,
      TF_CLI_CONFIG_FILE: join(home, '.terraformrc'),
      TF_PLUGIN_CACHE_DIR: join(home, 'plugin-cache'),
      TF_IN_AUTOMATION: '1',
      CHECKPOINT_DISABLE: '1',
    };
    // Each scenario has its own folder and state: run them side by side.
    const done = await Promise.all(SCENARIOS.map(async (s) => [s.name, await run(s)] as const));
    for (const [name, r] of done) results.set(name, r);
  }, 120_000);
  afterAll(() => root?.cleanup());

  for (const s of SCENARIOS) {
    it(`${s.name}: says what terraform show says`, () => {
      const r = results.get(s.name) as Planned;
      expect({ exit: r.plan.code, errorShown: /Error: /.test(r.plan.out) }).toEqual({
        exit: s.exit,
        errorShown: s.exit === 1,
      });
      // The counts, from the JSON, match the expectation (and the comment's table).
      const c = counts(s.counts);
      expect(countPlan(r.parsed)).toEqual(c);
      expect(r.json).toEqual(c);

      // The "Plan:" line: the same as Terraform's, or absent when Terraform prints none.
      const planLine = /^Plan: .*$/m.exec(r.text)?.[0];
      if (planLine) expect(r.comment).toContain(`**${planLine}**`);
      else expect(r.comment).not.toContain('**Plan:');

      // Every headline sentence Terraform prints is in the comment.
      const body = plain(r.comment);
      for (const sentence of [
        'No changes. Your infrastructure matches the configuration.',
        'No changes. Your infrastructure still matches the configuration.',
        'Terraform has checked that the real remote objects still match the result of your most recent changes, and found no differences.',
        'Planning failed. Terraform encountered an error while generating this plan.',
        'Terraform planned the following actions, but then encountered a problem',
        'You can apply this plan to save these new output values to the Terraform state, without changing any real infrastructure.',
        'This is a refresh-only plan, so Terraform will not take any actions to undo these.',
        'If you were expecting these changes then you can apply this plan to record the updated values in the Terraform state without changing any remote objects.',
      ]) {
        expect({ sentence, inComment: body.includes(sentence) }).toEqual({
          sentence,
          inComment: r.text.replace(/\s+/g, ' ').includes(sentence),
        });
      }

      // The notes Terraform writes under a resource heading.
      const lines = r.text.split('\n').map((l) => l.trim());
      const notes = lines.filter((l) => /^# \((config|depends on|left over from)/.test(l));
      for (const note of notes) expect(body).toContain(note.slice(3, -1));
      if (lines.includes('# Warning: this will destroy the imported resource'))
        expect(body).toContain('Warning: this will destroy the imported resource');
      for (const l of lines) {
        const moved = /^# (\S+) has moved to (\S+)$/.exec(l);
        if (!moved) continue;
        expect(body).toContain(
          s.flags?.includes('-refresh-only')
            ? `${moved[1]} has moved to ${moved[2]}`
            : `${moved[2]} (moved from ${moved[1]})`,
        );
      }
      // Terraform's own tally of what it lists, against Keelson's counts.
      const tally = (re: RegExp) => lines.filter((l) => re.test(l)).length;
      expect({
        read: tally(/^# \S+ will be read during apply$/),
        replace: tally(/^# \S+ (must be replaced|will be replaced|is tainted, so must be replaced)/),
        import: tally(/^# (\S+ will be imported|\(imported from ")/),
        forget: tally(/^# \S+ will no longer be managed by Terraform/),
        move: s.flags?.includes('-refresh-only') ? 0 : tally(/^# (\S+ has moved to|\(moved from )/),
      }).toEqual({ read: c.read, replace: c.replace, import: c.import, forget: c.forget, move: c.move });
      if (s.flags?.some((f) => f.startsWith('-target='))) {
        expect(r.plan.out).toContain('Warning: Resource targeting is in effect');
        expect(body).toContain('Resource targeting is in effect.');
      } else {
        expect(body).not.toContain('Resource targeting');
      }

      for (const text of s.says) expect(r.comment).toContain(text);
      for (const text of s.never ?? []) expect(r.comment).not.toContain(text);
      // The job summary has the same head.
      const summary = renderSummary({
        plan: r.parsed,
        counts: countPlan(r.parsed),
        manifest: hashPlan(r.parsed),
        label: 'root',
      });
      const head = r.comment.split('\n').slice(1, 8).join('\n');
      expect(summary).toContain(head);
    });
  }
});
