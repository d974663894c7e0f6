import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { actionlint } from './helpers/actionlint.js';

const file = '.github/workflows/e2e-terraform.yml';
const text = readFileSync(fileURLToPath(new URL(`../${file}`, import.meta.url)), 'utf8');

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  permissions: unknown;
  jobs: Record<
    string,
    { permissions?: Record<string, string>; steps: Step[]; concurrency?: { group: string } }
  >;
}

describe('e2e-terraform workflow', () => {
  const wf = parse(text) as Workflow;
  const steps = Object.values(wf.jobs).flatMap((j) => j.steps);

  it('is actionlint-clean (actionlint 1.7.7)', async () => {
    expect(await actionlint(text, file)).toEqual([]);
  });

  it('pins every outside action by full commit SHA and drives the two actions from this repository', () => {
    for (const s of steps.filter((x) => x.uses && !x.uses.startsWith('./'))) {
      expect(s.uses).toMatch(/^[\w-]+\/[\w-]+@[0-9a-f]{40}$/);
    }
    expect(text).toMatch(/hashicorp\/setup-terraform@[0-9a-f]{40} # v\d+\.\d+\.\d+/);
    const local = steps.filter((x) => x.uses?.startsWith('./')).map((x) => x.uses);
    expect(new Set(local)).toEqual(new Set(['./actions/terraform-plan', './actions/terraform-apply']));
  });

  it('keeps permissions minimal and never expands event data inside run:', () => {
    expect(wf.permissions).toEqual({});
    for (const job of Object.values(wf.jobs)) {
      for (const [scope, level] of Object.entries(job.permissions ?? {})) {
        expect(['contents:read', 'pull-requests:write']).toContain(`${scope}:${level}`);
      }
    }
    for (const s of steps.filter((x) => x.run)) expect(s.run).not.toMatch(/\$\{\{/);
    expect(wf.jobs.apply?.concurrency?.group).toBe(
      'keelson-terraform-apply-${{ github.repository }}-test/e2e/terraform',
    );
  });

  it('applies only from the default branch, whatever ref a dispatch names', () => {
    const job = (wf.jobs as Record<string, { if?: string }>).apply;
    expect(job?.if).toContain(
      "github.ref == format('refs/heads/{0}', github.event.repository.default_branch)",
    );
    expect(Object.keys(wf.jobs).sort()).toEqual(['apply', 'plan']);
  });
});
