import { describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countPlan } from '../src/lib/terraform/counts.js';
import { hashPlan } from '../src/lib/terraform/hash.js';
import { readPlanFile } from '../src/lib/terraform/plan.js';
import { assembleComment, renderComment } from '../src/lib/terraform/report.js';
import { tempDir } from './helpers/tmp.js';
import { cli } from './helpers/cli.js';

const fixture = (p: string): string =>
  fileURLToPath(new URL(`./fixtures/terraform-plan/${p}`, import.meta.url));

describe('keelson plan-summary', () => {
  it('--format json prints exactly the contract keys', async () => {
    const r = await cli('plan-summary', '--format', 'json', fixture('tofu-show-json-basic-delete.json'));
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([
      'add',
      'change',
      'destroy',
      'replace',
      'import',
      'move',
      'forget',
      'read',
      'drift',
      'outputs',
      'errored',
      'changes',
    ]);
    expect(json).toEqual({
      add: 0,
      change: 1,
      destroy: 1,
      replace: 0,
      import: 0,
      move: 0,
      forget: 0,
      read: 0,
      drift: 0,
      outputs: 1,
      errored: false,
      changes: true,
    });
  });

  it('markdown is exactly the comment body terraform-plan writes', async () => {
    const file = fixture('tofu-equivalence-drift-simple.plan.json');
    const r = await cli('plan-summary', '--label', 'envs/prod', file);
    expect(r.code).toBe(0);
    const plan = readPlanFile(file);
    expect(r.out).toBe(
      assembleComment(
        renderComment({ plan, counts: countPlan(plan), manifest: hashPlan(plan), label: 'envs/prod' }),
        (t) => t,
        [],
      ).body,
    );
    expect(r.out.split('\n')[0]).toBe(
      `<!-- keelson:terraform-plan label=envs/prod hash=${hashPlan(plan).hash} -->`,
    );
  });

  it('never prints a sensitive value, even from plan text given with --plan-text', async () => {
    const t = tempDir();
    try {
      const text = join(t.dir, 'plan.txt');
      writeFileSync(text, '  + ami = "boop"\n');
      const r = await cli(
        'plan-summary',
        '--plan-text',
        text,
        fixture('tofu-show-json-sensitive-values.json'),
      );
      expect(r.code).toBe(0);
      expect(r.out).toContain('+ ami = "***"');
      expect(r.out).not.toContain('boop');
    } finally {
      t.cleanup();
    }
  });

  it('one-line errors: unsupported format version, not a plan, bad flags', async () => {
    const t = tempDir();
    try {
      const v2 = join(t.dir, 'v2.json');
      writeFileSync(v2, JSON.stringify({ format_version: '2.0', resource_changes: [] }));
      expect((await cli('plan-summary', v2)).err).toBe(
        `keelson plan-summary: ${v2}: plan format_version 2.0 is not supported (Keelson reads format 1.x); upgrade ` +
          'Keelson or produce the plan with a Terraform/OpenTofu release that writes format 1.x.\n',
      );
      const r = await cli('plan-summary', '--format', 'yaml', v2);
      expect(r).toEqual({
        code: 2,
        out: '',
        err: "keelson plan-summary: Invalid input 'format': 'yaml'. Expected one of: json | markdown.\n",
      });
      expect((await cli('plan-summary')).err).toBe(
        'keelson plan-summary: Expected one PLAN_JSON file, got 0.\n',
      );
      expect((await cli('plan-summary', '--label', 'a b', v2)).err).toContain(
        "Invalid input 'label': 'a b'.",
      );
    } finally {
      t.cleanup();
    }
  });
});

describe('keelson plan-diff', () => {
  it('prints the readable diff and exits 1 when the plans differ, 0 when they hash the same', async () => {
    const a = fixture('tofu-show-json-basic-delete.json');
    const b = fixture('tofu-show-json-sensitive-values.json');
    const r = await cli('plan-diff', a, b);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      'Resources:\n  ~ test_instance.test: update -> create\n  - test_instance.test-delete: delete (reviewed, no longer planned)',
    );
    expect(r.out).toContain('Outputs:\n  ~ output.test: create (same actions, different planned values)');
    const same = await cli('plan-diff', a, a);
    expect(same.code).toBe(0);
    expect(same.out).toBe(`The plans are the same (plan hash ${hashPlan(readPlanFile(a)).hash}).\n`);
    expect((await cli('plan-diff', a)).err).toBe(
      'keelson plan-diff: Expected OLD_JSON and NEW_JSON, got 1 file(s).\n',
    );
  });
});
