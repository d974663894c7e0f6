import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { COMMENT_LIMIT } from '../src/lib/summary.js';
import { countPlan, planLine, type PlanCounts } from '../src/lib/terraform/counts.js';
import { decodeManifest, diffManifests, encodeManifest, formatDiff } from '../src/lib/terraform/diff.js';
import { canonicalJson, hashPlan, planHash } from '../src/lib/terraform/hash.js';
import { parsePlan, planFromJson, readPlanFile, type Plan } from '../src/lib/terraform/plan.js';
import {
  assembleComment,
  renderApplyStatus,
  renderComment,
  renderSummary,
} from '../src/lib/terraform/report.js';
import { formatPath, readManifestText, readMarkerHash } from '../src/lib/terraform/render.js';
import { collectSensitive, parseMask } from '../src/lib/terraform/sensitive.js';

const dir = fileURLToPath(new URL('./fixtures/terraform-plan/', import.meta.url));
const load = (name: string): Plan => readPlanFile(dir + name);
/** A plan document loosely typed for editing in tests. */
interface Doc {
  resource_changes: {
    address?: string;
    mode?: string;
    change: { actions: string[]; after: Record<string, unknown> };
  }[];
  output_changes: Record<string, { actions: string[]; before: unknown; after: unknown }>;
  [key: string]: unknown;
}
const raw = (name: string): Doc => JSON.parse(readFileSync(dir + name, 'utf8')) as Doc;

function counts(partial: Partial<PlanCounts>): PlanCounts {
  return {
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
    changes: true,
    ...partial,
  };
}

/** The comment as posted: marker, body, manifest (nothing to mask here). */
function comment(plan: Plan, planText?: string): string {
  const set = renderComment({
    plan,
    counts: countPlan(plan),
    manifest: hashPlan(plan),
    label: 'prod',
    planText,
  });
  return assembleComment(set, (t) => t, []).body;
}

/** Every fixture, its counts, and what its comment must say. */
const FIXTURES: { file: string; counts: PlanCounts; says: string[]; never?: string[] }[] = [
  {
    file: 'tf-1.15.0-replace-tainted.plan.json',
    counts: counts({ add: 1, destroy: 1, replace: 1 }),
    says: [
      '**Plan: 1 to add, 0 to change, 1 to destroy.** 1 to replace',
      '> [!CAUTION]',
      '> **This plan replaces 1 resource.**',
      '> - `null_resource.example` will be **replaced** (destroy, then create): the object is tainted (`replace_because_tainted`)',
      '<details open><summary><b>Replace: 1</b></summary>',
      '- `null_resource.example` (destroy, then create)',
      'terraform 1.15.0',
    ],
  },
  {
    file: 'tf-1.4.4-no-changes.plan.json',
    counts: counts({ changes: false }),
    says: [
      '**No changes.** Your infrastructure matches the configuration.',
      '| 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
    ],
    never: ['### Resource changes', '[!CAUTION]', 'null_resource.foo'],
  },
  {
    file: 'tf-1.5.0-import-config-gen.plan.json',
    counts: counts({ import: 1 }),
    says: [
      '**Plan: 1 to import, 0 to add, 0 to change, 0 to destroy.**',
      '<details open><summary><b>Import: 1</b></summary>',
      '- `terraform_data.foo` (import id `bar`)',
    ],
    never: ['[!CAUTION]'],
  },
  {
    file: 'tofu-equivalence-data-read-modules.plan.json',
    counts: counts({ add: 3, read: 1 }),
    says: [
      '**Plan: 3 to add, 0 to change, 0 to destroy.** 1 to read',
      '<details open><summary><b>Create: 3</b></summary>',
      '**Root module**\n- `tfcoremock_simple_resource.create`',
      '**`module.create`**\n- `module.create.local_file.data_file`\n- `module.create.random_integer.random`',
      '<details open><summary><b>Read (data sources): 1</b></summary>',
      '- `data.tfcoremock_simple_resource.read`',
    ],
  },
  {
    file: 'tofu-equivalence-drift-simple.plan.json',
    counts: counts({ change: 1, drift: 1 }),
    says: [
      '**Plan: 0 to add, 1 to change, 0 to destroy.**',
      '<details open><summary><b>Update in place: 1</b></summary>',
      '### Changed outside of Terraform: 1',
      '- `tfcoremock_simple_resource.drift` has changed',
    ],
  },
  {
    file: 'tofu-equivalence-local-provider-update-replace.plan.json',
    counts: counts({ add: 1, destroy: 1, replace: 1 }),
    says: [
      '> - `local_file.local_file` will be **replaced** (destroy, then create): an argument that cannot be updated in ' +
        'place changed (`replace_because_cannot_update`); forced by `content`',
    ],
  },
  {
    file: 'tofu-show-json-basic-delete.json',
    counts: counts({ change: 1, destroy: 1, outputs: 1 }),
    says: [
      '**Plan: 0 to add, 1 to change, 1 to destroy.** 1 output to add',
      '> **This plan destroys 1 resource.**',
      '> - `test_instance.test-delete` will be **destroyed**: its resource block is no longer in the configuration ' +
        '(`delete_because_no_resource_config`)',
      '<details open><summary><b>Destroy: 1</b></summary>',
      '<details open><summary><b>Update in place: 1</b></summary>',
      '### Output changes: 1',
      '| Output | Action | Before | After |\n| --- | --- | --- | --- |\n| `test` | add |  | `bar` |',
    ],
  },
  {
    file: 'tofu-show-json-sensitive-values.json',
    counts: counts({ add: 1, outputs: 1 }),
    says: ['<details open><summary><b>Create: 1</b></summary>', '| `test` | add |  | (sensitive) |'],
    never: ['boop'],
  },
];

describe('plan summary of every fixture', () => {
  it('covers every file in the fixtures folder', () => {
    const files = FIXTURES.map((f) => f.file).sort();
    expect(files).toEqual(
      readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort(),
    );
  });

  for (const f of FIXTURES) {
    it(`${f.file}: counts as Terraform's "Plan:" line does, and renders its sections`, () => {
      const plan = load(f.file);
      expect(countPlan(plan)).toEqual(f.counts);
      const body = comment(plan);
      expect(
        body.startsWith(
          `<!-- keelson:terraform-plan label=prod hash=${planHash(plan)} -->\n## Terraform plan: \`prod\``,
        ),
      ).toBe(true);
      for (const s of f.says) expect(body).toContain(s);
      for (const s of f.never ?? []) expect(body).not.toContain(s);
      // summary first: the plan line (or "No changes") comes before the counts and any list
      const headline = Math.max(body.indexOf('**Plan: '), body.indexOf('**No changes.**'));
      expect(headline).toBeGreaterThan(0);
      expect(headline).toBeLessThan(body.indexOf('| add |'));
    });
  }

  it('puts destroy and replace warnings before the resource lists', () => {
    const body = comment(load('tofu-show-json-basic-delete.json'));
    expect(body.indexOf('[!CAUTION]')).toBeLessThan(body.indexOf('### Resource changes'));
    expect(body.indexOf('### Resource changes')).toBeLessThan(body.indexOf('### Output changes'));
  });
});

describe('counting contract', () => {
  const base = raw('tofu-show-json-basic-delete.json');
  const rc = (
    address: string,
    actions: string[],
    extra: Record<string, unknown> = {},
    change: Record<string, unknown> = {},
  ) => ({
    address,
    mode: 'managed',
    type: 't',
    name: address.split('.')[1],
    ...extra,
    change: {
      actions,
      before: null,
      after: null,
      after_unknown: {},
      before_sensitive: false,
      after_sensitive: false,
      ...change,
    },
  });
  const plan = (changes: unknown[], more: Record<string, unknown> = {}) =>
    planFromJson({ format_version: '1.2', resource_changes: changes, ...more }, 'test');

  it('counts every action Terraform knows, both replace orders and forget', () => {
    const p = plan([
      rc('a.create', ['create']),
      rc('a.update', ['update']),
      rc('a.delete', ['delete']),
      rc('a.dtc', ['delete', 'create']),
      rc('a.ctd', ['create', 'delete']),
      rc('a.forget', ['forget']),
      rc('a.ctf', ['create', 'forget']),
      rc('data.x', ['read'], { mode: 'data' }),
      rc('data.gone', ['delete'], { mode: 'data' }),
      rc('a.noop', ['no-op']),
      rc('a.moved', ['no-op'], { previous_address: 'a.old' }),
      rc('a.same', ['no-op'], { previous_address: 'a.same' }),
      rc('a.imported', ['update'], {}, { importing: { id: 'i-1' } }),
    ]);
    expect(countPlan(p)).toEqual(
      counts({ add: 4, change: 2, destroy: 3, replace: 2, import: 1, move: 1, forget: 2, read: 1 }),
    );
    expect(planLine(countPlan(p))).toBe('Plan: 1 to import, 4 to add, 2 to change, 3 to destroy.');
  });

  it('a move-only or read-only plan: changes is true for a move, false for reads and drift alone', () => {
    expect(countPlan(plan([rc('a.moved', ['no-op'], { previous_address: 'a.old' })])).changes).toBe(true);
    const reads = plan([rc('data.x', ['read'], { mode: 'data' })], {
      resource_drift: [rc('a.b', ['update'])],
    });
    expect(countPlan(reads)).toEqual(counts({ read: 1, drift: 1, changes: false }));
  });

  it('says what Terraform says without a terraform binary: reads, -target, refresh-only moves, deposed, imports', () => {
    // The same cases test/terraform-real-plans.test.ts checks against a real terraform, from hand-written JSON.
    const reads = comment(
      plan([rc('data.x', ['read'], { mode: 'data', action_reason: 'read_because_check_nested' })]),
    );
    expect(reads).toContain('**Plan: 0 to add, 0 to change, 0 to destroy.** 1 to read\n');
    expect(reads).toContain('- `data.x` (config will be reloaded to verify a check block)');
    expect(reads).not.toContain('No changes');

    const targeted = comment(plan([rc('a.x', ['create'])], { complete: false, errored: false }));
    expect(targeted).toContain('> **Resource targeting is in effect.**');
    expect(comment(plan([rc('a.x', ['create'])], { complete: true }))).not.toContain('targeting');

    const refreshOnly = comment(
      plan([], { resource_drift: [rc('a.new', ['no-op'], { previous_address: 'a.old' })] }),
    );
    expect(refreshOnly).toContain('- `a.old` has moved to `a.new`');
    expect(refreshOnly).toContain('This is a refresh-only plan');
    expect(refreshOnly).not.toContain('plan above');
    expect(refreshOnly).not.toContain('no-op');

    const risky = comment(
      plan([
        rc('a.web', ['delete'], { deposed: '0000abcd' }),
        rc('a.imp', ['delete', 'create'], {}, { importing: { id: 'i-1' } }),
      ]),
    );
    expect(risky).toContain(
      '> - `a.web` will be **destroyed** (deposed object `0000abcd`; left over from a partially-failed replacement of this instance)',
    );
    expect(risky).toContain(
      '> - `a.imp` will be **replaced** (destroy, then create; import id `i-1`; **Warning: this will destroy the imported resource**)',
    );
  });

  it('counts output changes that are not no-ops, and errored', () => {
    const p = plan([], {
      errored: true,
      output_changes: {
        same: { actions: ['no-op'], before: 1, after: 1 },
        gone: { actions: ['delete'], before: 1, after: null },
        added: { actions: ['create'], before: null, after: 2 },
      },
    });
    expect(countPlan(p)).toEqual(counts({ outputs: 2, errored: true }));
    const body = comment(p);
    expect(body).toContain(
      '**Planning failed.** Terraform encountered an error while generating this plan.\n\n' +
        '**Changes to Outputs:** 1 output to add · 1 output to remove.\n\n',
    );
    // An errored plan cannot be applied: no "You can apply this plan", no "Plan:" line.
    expect(body).not.toContain('You can apply');
    expect(body).not.toContain('**Plan:');
  });

  it('renders what Terraform prints for deferred changes, drift with nothing planned, and partly unknown outputs', () => {
    const deferred = comment(
      plan([rc('a.same', ['no-op'])], {
        complete: false,
        deferred_changes: [{ reason: 'instance_count_unknown', resource_change: rc('a.later', ['create']) }],
      }),
    );
    expect(deferred).toContain(
      '> [!NOTE]\n> **This is a partial plan, parts can only be known in the next plan / apply cycle.** 1 deferred change.',
    );
    expect(deferred).toContain(
      '**No current changes.** This plan requires another plan to be applied first.',
    );
    // complete: false because of deferrals, not -target
    expect(deferred).not.toContain('Resource targeting');

    const drifted = comment(
      plan([rc('a.b', ['no-op'])], { resource_drift: [rc('a.b', ['update']), rc('a.c', ['delete'])] }),
    );
    expect(drifted).toContain('**No changes.** Your infrastructure matches the configuration.');
    expect(drifted).toContain(
      'Terraform detected the following changes made outside of Terraform since the last "terraform apply":\n\n' +
        '- `a.b` has changed\n- `a.c` has been deleted\n\n' +
        "Your configuration already matches the changes detected above. If you'd like to update the Terraform " +
        'state to match, create and apply a refresh-only plan.',
    );
    expect(drifted).not.toContain('plan above');

    const partly = comment(
      plan([], {
        output_changes: {
          ids: {
            actions: ['update'],
            before: ['a'],
            after: ['a', null],
            after_unknown: [false, true],
          },
          whole: { actions: ['update'], before: 'x', after: null, after_unknown: true },
        },
      }),
    );
    expect(partly).toContain('| `ids` | change | `["a"]` | `["a",null]` (partly known after apply) |');
    expect(partly).toContain('| `whole` | change | `x` | (known after apply) |');
  });

  it('accepts format 1.x with unknown keys, and names the file when the major is not 1', () => {
    expect(() =>
      planFromJson({ ...base, format_version: '1.9', something_new: { a: 1 } }, 'x.json'),
    ).not.toThrow();
    expect(() => planFromJson({ ...base, format_version: '2.0' }, 'plans/prod.json')).toThrow(
      'plans/prod.json: plan format_version 2.0 is not supported (Keelson reads format 1.x)',
    );
    expect(() => parsePlan('{"resource_changes": []}', 'state.json')).toThrow(
      'state.json: not a Terraform plan JSON (no "format_version")',
    );
    expect(() => parsePlan('{oops', 'bad.json')).toThrow(/^bad\.json: not valid JSON/);
    expect(() => readPlanFile('/nonexistent/plan.json')).toThrow(
      '/nonexistent/plan.json: cannot read the plan JSON (ENOENT).',
    );
  });
});

describe('plan hash', () => {
  const file = 'tofu-equivalence-data-read-modules.plan.json';

  function shuffleKeys(v: unknown): unknown {
    if (Array.isArray(v)) return v.map(shuffleKeys);
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.entries(v)
          .reverse()
          .map(([k, x]) => [k, shuffleKeys(x)]),
      );
    }
    return v;
  }

  it('is stable under key order, whitespace, resource order, timestamps, versions and prior state', () => {
    const doc = raw(file);
    const h = planHash(planFromJson(doc, 'a'));
    const moved = shuffleKeys(doc) as Record<string, unknown>;
    (moved.resource_changes as unknown[]).reverse();
    moved.timestamp = '2030-01-01T00:00:00Z';
    moved.terraform_version = '9.9.9';
    moved.prior_state = { values: { root_module: {} } };
    expect(planHash(parsePlan(JSON.stringify(moved, null, 7), 'b'))).toBe(h);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes when an action changes, a value changes, or an output changes', () => {
    const doc = raw(file);
    const h = planHash(planFromJson(doc, 'a'));
    const edit = (fn: (d: Doc) => void): string => {
      const d = structuredClone(doc);
      fn(d);
      return planHash(planFromJson(d, 'x'));
    };
    expect(
      edit(
        (d) => ((d.resource_changes[1] as Doc['resource_changes'][0]).change.actions = ['delete', 'create']),
      ),
    ).not.toBe(h);
    expect(
      edit((d) => ((d.resource_changes[1] as Doc['resource_changes'][0]).change.after.string = 'other')),
    ).not.toBe(h);
    expect(edit((d) => (d.output_changes = { o: { actions: ['create'], before: null, after: 1 } }))).not.toBe(
      h,
    );
    expect(edit((d) => (d.output_changes = { o: { actions: ['no-op'], before: 1, after: 1 } }))).toBe(h);
    expect(
      edit((d) =>
        d.resource_changes.push({
          address: 'x.y',
          mode: 'managed',
          change: { actions: ['no-op'], after: {} },
        }),
      ),
    ).toBe(h);
  });

  it('never depends on a sensitive value (the hash is public; a short secret could be guessed from it)', () => {
    const doc = raw('tofu-show-json-sensitive-values.json');
    const h = planHash(planFromJson(doc, 'a'));
    (doc.resource_changes[0] as Doc['resource_changes'][0]).change.after.ami = 'another-secret';
    (doc.output_changes.test as Doc['output_changes'][string]).after = 'another-secret';
    expect(planHash(planFromJson(doc, 'b'))).toBe(h);
  });

  it('canonical JSON sorts keys at every depth', () => {
    expect(canonicalJson({ b: [{ d: 1, c: 2 }], a: null })).toBe('{"a":null,"b":[{"c":2,"d":1}]}');
  });
});

describe('sensitive values', () => {
  it('collects markers at any depth, sensitive outputs, planned/prior values and sensitive root variables', () => {
    expect(collectSensitive(load('tofu-show-json-sensitive-values.json'))).toEqual(['boop']);
    const p = planFromJson(
      {
        format_version: '1.2',
        variables: { db_password: { value: 'hunter2-var' }, region: { value: 'eu-west-1' } },
        configuration: { root_module: { variables: { db_password: { sensitive: true }, region: {} } } },
        resource_changes: [
          {
            address: 'a.b',
            mode: 'managed',
            change: {
              actions: ['update'],
              before: { tags: { owner: 'me', token: 'old-token' }, list: ['x1', 'secret-in-list'] },
              after: {
                tags: { owner: 'me', token: 'new-token' },
                list: ['x1', 'secret-in-list'],
                whole: { k: 'deep-secret' },
              },
              before_sensitive: { tags: { token: true }, list: [false, true] },
              after_sensitive: { tags: { token: true }, list: [false, true], whole: true },
            },
          },
        ],
        resource_drift: [
          {
            address: 'c.d',
            mode: 'managed',
            change: { actions: ['update'], before: 'drift-old', after: 'x', before_sensitive: true },
          },
        ],
        output_changes: {
          pw: { actions: ['create'], before: null, after: { nested: 42424 }, after_sensitive: true },
        },
        prior_state: {
          values: {
            outputs: { conn: { sensitive: true, value: 'postgres://prior' } },
            root_module: {
              child_modules: [
                { resources: [{ values: { key: 'child-key' }, sensitive_values: { key: true } }] },
              ],
            },
          },
        },
      },
      't',
    );
    expect(collectSensitive(p).sort()).toEqual(
      [
        '42424',
        'child-key',
        'deep-secret',
        'drift-old',
        'hunter2-var',
        'new-token',
        'old-token',
        'postgres://prior',
        'secret-in-list',
      ].sort(),
    );
  });

  it('parses the mask input: values and /regex/flags, with one-line errors that never repeat the line', async () => {
    const rules = await parseMask('mask', ['literal-value', '/AKIA[0-9A-Z]{16}/', '/token-\\d+/i']);
    expect(rules.values).toEqual(['literal-value']);
    expect(rules.patterns.map((r) => r.flags)).toEqual(['', 'i']);
    expect(rules.patterns[1]?.hide('x token-123 TOKEN-9 y')).toBe('x *** *** y');
    await expect(parseMask('mask', ['ok', '/[unclosed-secret/'])).rejects.toThrow(
      /^Invalid input 'mask': line 2 is not a regular expression Keelson can run \(.+\)\. Expected RE2 syntax: no backreferences or lookarounds\.$/,
    );
    await expect(parseMask('mask', ['/(a)\\1/'])).rejects.toThrow(/line 1 is not a regular expression/);
    await expect(parseMask('mask', ['/a/x'])).rejects.toThrow(
      "Invalid input 'mask': line 1 has regular expression flags 'x'. Expected flags from i, m, s, u.",
    );
    await expect(parseMask('mask', ['/a*/'])).rejects.toThrow(
      "Invalid input 'mask': line 1 matches the empty string. Expected a pattern that cannot.",
    );
    const err = await parseMask('mask', ['/[unclosed-secret/']).catch((e: Error) => e.message);
    expect(err).not.toContain('unclosed-secret');
  });

  it('runs user patterns in linear time: /(a+)+b/ on 50,000 a’s finishes (RE2, no backtracking)', async () => {
    const rules = await parseMask('mask', ['/(a+)+b/']);
    const text = 'a'.repeat(50_000) + 'c';
    // A backtracking engine would not finish this in the lifetime of the test run; RE2 takes milliseconds.
    expect(rules.patterns[0]?.hide(text)).toBe(text);
    expect(rules.patterns[0]?.hide('aaab')).toBe('***');
  });
});

describe('comment body', () => {
  const plan = load('tofu-equivalence-local-provider-update-replace.plan.json');

  it('carries the marker with the plan hash, and a manifest the apply side can diff against', () => {
    const body = comment(plan);
    const hash = planHash(plan);
    expect(readMarkerHash(body, 'prod')).toBe(hash);
    expect(readMarkerHash(body, 'pro')).toBeUndefined();
    expect(readMarkerHash(`text\n${body}`, 'prod')).toBeUndefined();
    const m = decodeManifest(readManifestText(body) as string);
    expect(m?.hash).toBe(hash);
    expect([...(m?.resources.entries() ?? [])]).toEqual([
      ['local_file.local_file', expect.objectContaining({ actions: 'delete,create' })],
    ]);
  });

  it('includes the plan text collapsed, in a fence longer than any backtick run inside', () => {
    const body = comment(plan, 'line with ``` fence\n  # local_file.local_file must be replaced\n');
    expect(body).toContain('<details><summary>Plan text</summary>\n\n````\nline with ``` fence\n');
    expect(body.indexOf('### Resource changes')).toBeLessThan(body.indexOf('Plan text'));
  });

  it('splits plan text that does not fit into continuation parts, each a closed code block, never over the limit', () => {
    const block = (i: number) =>
      `  # aws_instance.web[${i}] will be created\n  + resource "aws_instance" "web" {\n      + ami = "ami-${i}"\n    }\n`;
    const text = Array.from({ length: 2500 }, (_, i) => block(i)).join('\n');
    expect(text.length).toBeGreaterThan(2 * COMMENT_LIMIT);
    const set = renderComment({
      plan,
      counts: countPlan(plan),
      manifest: hashPlan(plan),
      label: 'prod',
      planText: text,
    });
    expect(assembleComment(set, (t) => t, []).body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(set.body).toContain(`_The plan text is in the ${set.parts.length} comments below._`);
    expect(set.parts.length).toBeGreaterThanOrEqual(3);
    expect(set.cut).toBe(0);
    let joined = '';
    set.parts.forEach((part, i) => {
      expect(part.length).toBeLessThanOrEqual(COMMENT_LIMIT - 200);
      expect(
        part.startsWith(`**Terraform plan text: \`prod\` (part ${i + 1} of ${set.parts.length})**`),
      ).toBe(true);
      const fences = part.match(/^```$/gm) ?? [];
      expect(fences.length).toBe(2); // opened and closed inside the part
      const inner = /```\n([\s\S]*)\n```/.exec(part)?.[1] ?? '';
      // split between resource blocks: every part starts at a block
      expect(inner.startsWith('  # aws_instance.web[')).toBe(true);
      joined += inner + '\n\n';
    });
    expect(joined.replace(/\n+/g, '\n')).toBe(text.replace(/\n+/g, '\n'));
  });

  it('cuts past maxParts with a pointer to the job summary', () => {
    const text = 'x'.repeat(120).concat('\n').repeat(3000);
    const set = renderComment(
      {
        plan,
        counts: countPlan(plan),
        manifest: hashPlan(plan),
        label: 'prod',
        planText: text,
        runUrl: 'https://github.com/o/r/actions/runs/1',
      },
      { maxParts: 2 },
    );
    expect(set.parts).toHaveLength(2);
    expect(set.cut).toBeGreaterThan(0);
    expect(set.body).toContain(
      'more characters are only in the [job summary](https://github.com/o/r/actions/runs/1)',
    );
    expect(set.parts[1]).toContain('_Cut here: ');
  });

  it('writes the whole plan text into the job summary', () => {
    const text = 'y'.repeat(100).concat('\n').repeat(2000);
    const summary = renderSummary({
      plan,
      counts: countPlan(plan),
      manifest: hashPlan(plan),
      label: 'prod',
      planText: text,
    });
    expect(summary).toContain(text.trimEnd());
  });

  it('renders the apply result: state, duration, outputs with sensitive ones hidden', () => {
    const failed = renderApplyStatus({ state: 'failed', durationMs: 1500, message: 'boom' });
    expect(failed).toContain('> **Apply failed.** Terraform started applying this plan and failed in 1.5 s.');
    expect(failed).toContain('> boom');
    const applied = renderApplyStatus({
      state: 'applied',
      durationMs: 61_000,
      outputs: [
        { name: 'url', value: 'https://x' },
        { name: 'pw', value: undefined },
      ],
    });
    expect(applied).toContain('> **Applied.** Terraform applied this plan in 1 min 1 s.');
    expect(applied).toContain('| `url` | `https://x` |\n| `pw` | (sensitive) |');
  });

  it('formats replace paths', () => {
    expect(formatPath(['tags', 'Name'])).toBe('tags.Name');
    expect(formatPath(['ingress', 0, 'cidr_blocks'])).toBe('ingress[0].cidr_blocks');
    expect(formatPath(['labels', 'app.kubernetes.io/name'])).toBe('labels["app.kubernetes.io/name"]');
  });
});

describe('plan diff', () => {
  it('lists resources whose actions appeared, disappeared or changed, values that changed, and outputs', () => {
    const a = raw('tofu-show-json-basic-delete.json');
    const b = structuredClone(a);
    (b.resource_changes[0] as Doc['resource_changes'][0]).change.after.ami = 'changed';
    (b.resource_changes[1] as Doc['resource_changes'][0]).change.actions = ['update'];
    b.resource_changes.push({
      address: 'test_instance.new',
      mode: 'managed',
      change: { actions: ['create'], after: {} },
    });
    b.output_changes = { other: { actions: ['create'], before: null, after: 'v' } };
    const ma = hashPlan(planFromJson(a, 'a'));
    const mb = hashPlan(planFromJson(b, 'b'));
    const d = diffManifests(ma, mb);
    expect(d.same).toBe(false);
    expect(formatDiff(d, ma.hash, mb.hash)).toBe(
      [
        `Reviewed plan hash: ${ma.hash}`,
        `Current plan hash:  ${mb.hash}`,
        '',
        'Resources:',
        '  + test_instance.new: create (not in the reviewed plan)',
        '  ~ test_instance.test: update (same actions, different planned values)',
        '  ~ test_instance.test-delete: delete -> update',
        'Outputs:',
        '  + output.other: create (not in the reviewed plan)',
        '  - output.test: create (reviewed, no longer planned)',
      ].join('\n'),
    );
    const back = decodeManifest(encodeManifest(ma));
    expect(back && diffManifests(back, ma).same).toBe(true);
    expect(decodeManifest('not base64 deflate')).toBeUndefined();
  });
});
