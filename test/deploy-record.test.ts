/**
 * The deploy action records the image it rolled out, pinned by digest, in the GitHub Deployment's payload, and
 * promote.yml finds what runs in an environment from the latest successful Deployment (findDeployedImage).
 * Rollouts run on the Kubernetes emulator; Deployments go to the GitHub emulator (checked against the OpenAPI).
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { run as deployedImage } from '../src/actions/deployed-image/main.js';
import { runDeploy } from '../src/lib/deploy/action.js';
import { runLocally } from '../src/lib/local-runner.js';
import { deployedImages } from '../src/lib/deploy/record.js';
import { createGitHubApi } from '../src/lib/github/client.js';
import { deploymentPayload, findDeployedImage, payloadImage } from '../src/lib/github/deployments.js';
import { parseAllDocuments } from 'yaml';
import type { KubeObject } from '../src/lib/k8s/types.js';
import { startGitHubEmulator, type GitHubEmulator } from '../src/sim/github/validated.js';
import { harness, inputs, writeApp, type Harness } from './deploy/harness.js';

const DIGEST = (c: string) => `sha256:${c.repeat(64)}`;
const V1 = `registry.example/web:v1@${DIGEST('1')}`;
const V2 = `registry.example/web:v2@${DIGEST('2')}`;
const BAD = `registry.example/web:v2-never-ready@${DIGEST('3')}`;

let h: Harness;
let gh: GitHubEmulator;
beforeEach(async () => {
  h = await harness();
  gh = await startGitHubEmulator({ repos: ['acme/web'] });
});
afterEach(async () => {
  await gh.close();
  await h.close();
});

async function deploy(pin: string, version: string, environment = 'staging', sha = 'a'.repeat(40)) {
  writeApp(h.dir, 'registry.example/web:placeholder');
  return runDeploy(
    inputs({
      version,
      githubToken: 'gh-token',
      environment,
      images: [{ name: 'web', ref: pin }],
      verifyWindowMs: 4_000,
      readyTimeoutMs: 60_000,
      scaleDownDelayMs: 0,
    }),
    {
      clock: h.clock,
      setSecret: () => undefined,
      signal: new AbortController().signal,
      context: {
        eventName: 'push',
        repo: { owner: 'acme', repo: 'web' },
        sha,
        ref: 'refs/heads/main',
        runId: '77',
        runAttempt: '1',
        serverUrl: 'https://github.com',
        apiUrl: gh.url,
        workspace: h.dir,
        runnerTemp: h.dir,
        prNumber: undefined,
        headSha: undefined,
        fromFork: false,
        payload: {},
        runUrl: 'https://github.com/acme/web/actions/runs/77',
      },
      cwd: h.dir,
      kube: h.client,
      holder: 'github-run-77-1',
    },
  );
}

const lookup = async (environment: string) =>
  findDeployedImage(await createGitHubApi('gh-token', gh.url), { owner: 'acme', repo: 'web' }, environment);

describe('the Deployment payload records the image by digest', () => {
  it('a rollout writes the service image, its digest, the version and the strategy', async () => {
    const r = await deploy(V1, 'v1');
    expect(r.result.result).toBe('promoted');
    const [d] = gh.state.deployments('acme', 'web');
    expect(d?.payload).toEqual({
      keelson: 1,
      version: 'v1',
      strategy: 'blue-green',
      service: 'web',
      image: V1,
      digest: DIGEST('1'),
      images: [V1],
    });
    gh.assertNoViolations();
  });

  it('finds the latest successful deployment of an environment, skipping a rolled-back one', async () => {
    expect(await lookup('staging')).toBeUndefined();
    await deploy(V1, 'v1', 'staging', 'a'.repeat(40));
    const rolledBack = await deploy(BAD, 'v2', 'staging', 'b'.repeat(40));
    expect(rolledBack.result.result).toBe('rolled-back');
    expect(await lookup('staging')).toMatchObject({
      image: V1,
      digest: DIGEST('1'),
      version: 'v1',
      sha: 'a'.repeat(40),
    });
    await deploy(V2, 'v2', 'staging', 'c'.repeat(40));
    expect(await lookup('staging')).toMatchObject({ image: V2, digest: DIGEST('2'), sha: 'c'.repeat(40) });
    // Another environment is its own history.
    expect(await lookup('production')).toBeUndefined();
    gh.assertNoViolations();
  });
});

describe('the deployed-image action', () => {
  const action = (inputs: Record<string, string>) =>
    runLocally(deployedImage, {
      inputs: { 'github-token': 'gh-token', ...inputs },
      env: { GITHUB_REPOSITORY: 'acme/web', GITHUB_API_URL: gh.url },
    });

  it('outputs what runs in the environment', async () => {
    await deploy(V1, 'v1', 'staging', 'a'.repeat(40));
    const r = await action({ environment: 'staging' });
    expect(r.failed).toBe(false);
    expect(r.outputs).toMatchObject({
      image: V1,
      digest: DIGEST('1'),
      version: 'v1',
      sha: 'a'.repeat(40),
      'deployment-id': String(gh.state.deployments('acme', 'web')[0]?.id),
    });
    expect(r.summary).toContain(`### staging runs \`${DIGEST('1')}\``);
  });

  it('nothing deployed: one error naming the environment, or empty outputs with required: false', async () => {
    const r = await action({ environment: 'production' });
    expect(r.failed).toBe(true);
    expect(r.annotations.filter((a) => a.command === 'error').map((a) => a.message)).toEqual([
      "No successful deployment by Keelson's deploy action in environment 'production' of acme/web records an image digest. Deploy there first, or give the digest.",
    ]);
    const soft = await action({ environment: 'production', required: 'false' });
    expect(soft.failed).toBe(false);
    expect(soft.outputs.image).toBe('');
    expect(soft.annotations.map((a) => a.command)).toEqual(['warning']);
  });

  it('bad inputs are one line each', async () => {
    const r = await action({ environment: 'staging', repository: 'not a repo' });
    expect(r.annotations.map((a) => a.message)).toEqual([
      "Invalid input 'repository': 'not a repo'. Expected the form {owner}/{repo}.",
    ]);
    expect((await action({ environment: '' })).annotations.map((a) => a.message)).toEqual([
      "Input 'environment' is required: a GitHub environment name.",
    ]);
  });
});

describe('payload helpers', () => {
  it('the service container comes first, init containers last, unpinned images are not recorded', () => {
    const objects = parseAllDocuments(`
apiVersion: batch/v1
kind: CronJob
metadata: { name: report }
spec:
  schedule: '0 * * * *'
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{ name: report, image: 'r.example/report@${DIGEST('c')}' }]
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  template:
    spec:
      initContainers: [{ name: migrate, image: 'r.example/migrate@${DIGEST('d')}' }]
      containers:
        - { name: web, image: 'r.example/web@${DIGEST('e')}' }
        - { name: proxy, image: 'envoyproxy/envoy:v1.31' }
`).map((d) => d.toJS() as KubeObject);
    const images = deployedImages(objects, 'web');
    expect(images).toEqual([
      `r.example/web@${DIGEST('e')}`,
      'envoyproxy/envoy:v1.31',
      `r.example/migrate@${DIGEST('d')}`,
      `r.example/report@${DIGEST('c')}`,
    ]);
    const p = deploymentPayload({ version: 'v9', strategy: 'rolling', service: 'web', images });
    expect(p.image).toBe(`r.example/web@${DIGEST('e')}`);
    expect(p.images).not.toContain('envoyproxy/envoy:v1.31');
  });

  it('payloads from other tools, without a pinned image, or as JSON text', () => {
    expect(payloadImage({ image: 'web:latest' })).toBeUndefined();
    expect(payloadImage('not json')).toBeUndefined();
    expect(payloadImage({})).toBeUndefined();
    expect(payloadImage(JSON.stringify({ image: V1, version: 'v1' }))).toEqual({
      image: V1,
      digest: DIGEST('1'),
      version: 'v1',
    });
  });
});
