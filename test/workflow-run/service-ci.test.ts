/**
 * Keelson's service-ci.yml executed through the local runner on the sample service: the test action on its
 * tests, the image built with the real buildah and pushed to the ECR emulator (a real OCI registry), the image
 * gate on a Trivy report (no Trivy here), SARIF validated and stored, the image and digest wired out of the
 * nested workflow into the caller.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import type { CliIO } from '../../src/cli/command.js';
import { parseWorkflowRunArgs, runWorkflowCommand } from '../../src/cli/commands/workflow.js';
import { Masker, maskExcept } from '../../src/lib/mask.js';
import { job, keelsonRoot, tempRepo, type Repo } from './helpers.js';

let repo: Repo;
afterEach(() => repo?.cleanup());

const TRIVY = join(keelsonRoot, 'test/fixtures/trivy/image-alpine-39.json');

describe('service-ci.yml through the runner', () => {
  it('tests, builds and pushes by digest, gates on the report, stores the SARIF and hands image and digest to the caller', async () => {
    repo = tempRepo();
    cpSync(join(keelsonRoot, 'examples/sample-service'), repo.dir, {
      recursive: true,
      filter: (src) => !/node_modules|junit\.xml$/.test(src),
    });
    repo.write('Dockerfile.local', 'FROM scratch\nCOPY package.json /app/package.json\nCOPY src /app/src\n');
    repo.write(
      '.github/workflows/ci.yml',
      `name: ci
on: push
jobs:
  ci:
    uses: keelson-dev/keelson/.github/workflows/service-ci.yml@v1
    with:
      service: sample-service
      test-command: node --test --test-reporter=junit --test-reporter-destination=junit.xml test/app.test.js
      dockerfile: Dockerfile.local
      iac-path: ''
      scan-fail-on: CRITICAL
  show:
    needs: ci
    if: always()
    runs-on: ubuntu-latest
    steps:
      - run: echo "image=\${{ needs.ci.outputs.image }} digest=\${{ needs.ci.outputs.digest }} tests=\${{ needs.ci.outputs.tests-passed }}"
`,
    );
    let out = '';
    const masker = new Masker();
    const io: CliIO = {
      masker,
      stdout: (t, keep = []) => void (out += maskExcept(masker, t, keep)),
      stderr: (t) => void (out += masker.mask(t)),
      env: {},
      cwd: repo.dir,
      isTTY: false,
    };
    const f = parseWorkflowRunArgs(
      ['run', '.github/workflows/ci.yml', '--repository', 'acme/sample-service', '--trivy-report', TRIVY],
      io,
    );
    let manifests: string[] = [];
    const result = await runWorkflowCommand(f, io, (env) => {
      manifests = (env?.ecr()?.registry('111122223333', 'us-east-1').requests ?? [])
        .filter((r) => r.method === 'PUT' && r.path.includes('/manifests/'))
        .map((r) => r.path);
    });
    expect(result.errors).toEqual([]);
    const test = job(result, 'ci / test');
    expect(test.result).toBe('success');
    expect(test.outputs.passed).toMatch(/^[1-9]\d*$/);
    const build = job(result, 'ci / build, push and scan');
    const names = build.steps.map((s) => [s.name, s.conclusion]);
    expect(names).toEqual(
      expect.arrayContaining([
        ['Decide whether to push', 'success'],
        ['AWS credentials (OIDC)', 'success'],
        ['Build and push to ECR', 'success'],
        ['Build for the scan (not pushed)', 'skipped'],
        ['Trivy (image gate)', 'failure'],
        ['Upload SARIF (image)', 'success'],
      ]),
    );
    const push = build.steps.find((s) => s.name === 'Build and push to ECR')!;
    expect(push.outputs.image).toMatch(
      /^127\.0\.0\.1:\d+\/sample-service@sha256:[0-9a-f]{64}$|^111122223333\.dkr\.ecr\.us-east-1\.amazonaws\.com\/sample-service@sha256:[0-9a-f]{64}$/,
    );
    expect(manifests.length).toBeGreaterThan(0);
    const gate = build.steps.find((s) => s.name === 'Trivy (image gate)')!;
    expect(gate.log).toContain('::error::Gate failed: 2 CRITICAL (2 vulnerabilities; fail-on CRITICAL).');
    expect(result.artifacts.filter((a) => a.kind === 'sarif')).toHaveLength(1);
    // The image was pushed even though the gate failed: the outputs still name it (the job failed).
    expect(out).toContain(
      `image=${push.outputs.image} digest=${push.outputs.digest} tests=${test.outputs.passed}`,
    );
    expect(result.conclusion).toBe('failure');
  }, 240_000);
});
