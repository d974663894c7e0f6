/** Nothing is written before everything is known to apply: the server-side dry run of every object. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  deployWith,
  harness,
  liveV1,
  traffic,
  writeApp,
  type Harness,
  clusterReads,
} from './deploy/harness.js';

let h: Harness;
const { image } = clusterReads(() => h);
beforeEach(async () => {
  h = await harness();
});
afterEach(async () => h.close());

/** The app plus a PodDisruptionBudget and an (nginx) Ingress, as a service's manifests usually carry them. */
function writeWithPolicy(image: string): void {
  writeApp(h.dir, image);
  appendFileSync(
    join(h.dir, 'app.yaml'),
    `---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  minAvailable: 1
  selector:
    matchLabels:
      app: web
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
spec:
  ingressClassName: nginx
  rules:
    - host: web.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: web
                port:
                  number: 80
`,
  );
}

/** Writes that reached the store: every non-GET request that was not a dry run, the Lease aside. */
const writes = (): string[] =>
  h.kube.requests
    .filter((q) => q.method !== 'GET' && !q.query.includes('dryRun=All') && !q.path.includes('/leases'))
    .map((q) => `${q.method} ${q.path}`);

describe.each(['rolling', 'blue-green'] as const)(
  '%s: a refused object stops the rollout before any write',
  (strategy) => {
    it('403 on the PodDisruptionBudget and 422 on the Ingress: one line naming both, nothing written', async () => {
      await liveV1(h, strategy);
      const live = strategy === 'rolling' ? 'web' : 'web-blue';
      writeWithPolicy('registry.example/web:v2');
      h.kube.forbid({ kind: 'PodDisruptionBudget', verbs: ['patch', 'create', 'update'] });
      h.kube.denyAdmission({
        kind: 'Ingress',
        code: 422,
        reason: 'Invalid',
        webhook: 'validate.nginx.ingress.kubernetes.io',
        message: 'host "web.example.com" and path "/" is already defined in ingress default/legacy',
      });
      h.kube.clearRequests();
      const err = await deployWith(h, { version: 'v2', strategy }).then(
        () => undefined,
        (e: unknown) => e as Error,
      );
      expect(err?.name).toBe('ApplyError');
      expect(err?.message).toBe(
        'The API server refuses 2 objects: ' +
          'PodDisruptionBudget/web in default: 403 Forbidden: poddisruptionbudgets.policy "web" is forbidden: User "kubernetes-admin" cannot patch resource "poddisruptionbudgets" in API group "policy" in the namespace "default"; ' +
          'Ingress/web in default: 422 Invalid: admission webhook "validate.nginx.ingress.kubernetes.io" denied the request: host "web.example.com" and path "/" is already defined in ingress default/legacy' +
          ' — dry run, nothing was written.',
      );
      expect(err?.message).not.toMatch(/\n/);
      expect(writes()).toEqual([]);
      // Every object of the release was dry-run, the workload first among them.
      const dry = h.kube.requests.filter((q) => q.query.includes('dryRun=All')).map((q) => q.path);
      expect(dry).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/\/deployments\/web(-green)?$/),
          '/apis/policy/v1/namespaces/default/poddisruptionbudgets/web',
          '/apis/networking.k8s.io/v1/namespaces/default/ingresses/web',
        ]),
      );
      expect(image(live)).toBe('registry.example/web:v1');
      expect(await traffic(h)).toEqual({ v1: 40 });
    });

    it('a rollout the server accepts dry-runs everything, then writes', async () => {
      writeWithPolicy('registry.example/web:v1');
      const r = await deployWith(h, { version: 'v1', strategy, verifyWindowMs: 6_000 });
      expect(r.result.result).toBe('promoted');
      expect(r.timeline.events).toContainEqual(
        expect.objectContaining({
          phase: 'apply',
          message: expect.stringMatching(/^dry run: the API server accepts all \d+ object\(s\)$/),
        }),
      );
      expect(h.kube.objects.get('PodDisruptionBudget', 'default', 'web')).toBeDefined();
    });
  },
);

describe('a write that fails after the dry run', () => {
  it('rolling: the Ingress write fails after the Deployment was written → every written object goes back', async () => {
    await liveV1(h, 'rolling');
    writeWithPolicy('registry.example/web:v2');
    // The API server keeps failing the real write of the Ingress (not its dry run) past the client's retries.
    h.kube.inject({ status: 500, method: 'PATCH', path: /\/ingresses\/web\?(?!.*dryRun)/, times: 1_000 });
    const r = await deployWith(h, { version: 'v2', strategy: 'rolling' });
    expect(r.result).toMatchObject({ result: 'rolled-back', previousVersion: 'v1' });
    expect(r.result.rollbackReason).toMatch(/^Applying Ingress\/web in default failed: /);
    expect(image('web')).toBe('registry.example/web:v1');
    // Created by the failed rollout, so gone again.
    expect(h.kube.objects.get('PodDisruptionBudget', 'default', 'web')).toBeUndefined();
    expect(h.kube.objects.get('Ingress', 'default', 'web')).toBeUndefined();
    expect(await traffic(h)).toEqual({ v1: 40 });
  });
});

describe('what the dry run reports, and what it does not', () => {
  it('one refused object: the line names it alone', async () => {
    await liveV1(h, 'rolling');
    writeWithPolicy('registry.example/web:v2');
    h.kube.forbid({ kind: 'PodDisruptionBudget', verbs: ['patch'] });
    h.kube.clearRequests();
    const err = await deployWith(h, { version: 'v2', strategy: 'rolling' }).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(err?.message).toMatch(
      /^The API server refuses PodDisruptionBudget\/web in default: 403 Forbidden: poddisruptionbudgets\.policy "web" is forbidden: .* — dry run, nothing was written\.$/,
    );
    expect(writes()).toEqual([]);
  });

  it('a kind the cluster does not serve (a CRD not installed) is refused before any write', async () => {
    await liveV1(h, 'rolling');
    writeApp(h.dir, 'registry.example/web:v2');
    appendFileSync(
      join(h.dir, 'app.yaml'),
      `---
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: web
`,
    );
    h.kube.clearRequests();
    const err = await deployWith(h, { version: 'v2', strategy: 'rolling' }).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(err?.message).toBe(
      'The API server refuses ServiceMonitor/web in default: 404 NotFound: The cluster does not serve ServiceMonitor in monitoring.coreos.com/v1. — dry run, nothing was written.',
    );
    expect(writes()).toEqual([]);
    expect(image('web')).toBe('registry.example/web:v1');
  });

  it('an API server failing the dry run (5xx past the retries) is not a refusal: its error, nothing written', async () => {
    await liveV1(h, 'rolling');
    writeWithPolicy('registry.example/web:v2');
    h.kube.inject({ status: 503, method: 'PATCH', path: /dryRun=All/, times: 10_000 });
    h.kube.clearRequests();
    const err = await deployWith(h, { version: 'v2', strategy: 'rolling' }).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(err?.name).toBe('KubeApiError');
    expect(err?.message).not.toMatch(/refuses/);
    expect(writes()).toEqual([]);
    expect(image('web')).toBe('registry.example/web:v1');
  });

  it('objects in a namespace the manifests create are not refused for it: the namespace comes first', async () => {
    writeApp(h.dir, 'registry.example/web:v1');
    appendFileSync(
      join(h.dir, 'app.yaml'),
      `---
apiVersion: v1
kind: Namespace
metadata:
  name: extras
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
  namespace: extras
data:
  A: "1"
`,
    );
    const r = await deployWith(h, { version: 'v1', strategy: 'rolling', verifyWindowMs: 6_000 });
    expect(r.result.result).toBe('promoted');
    expect(h.kube.objects.get('ConfigMap', 'extras', 'settings')).toBeDefined();
  });
});

describe('an invalid object', () => {
  it('is one line naming it and the field, from the API server’s validation; nothing written', async () => {
    await liveV1(h, 'rolling');
    writeApp(h.dir, 'registry.example/web:v2', { replicas: 'two' as unknown as number });
    h.kube.clearRequests();
    const err = await deployWith(h, { version: 'v2', strategy: 'rolling' }).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(err?.message).toMatch(
      /^The API server refuses Deployment\/web in default: 422 Invalid: Deployment\.apps "web" is invalid: .*spec\.replicas.* — dry run, nothing was written\.$/,
    );
    expect(writes()).toEqual([]);
    expect(image('web')).toBe('registry.example/web:v1');
  });
});

describe('the dry run is not where conflicts or an unreachable API server are decided', () => {
  it('a field another manager took (kubectl scale) does not stop the dry run: the apply settles it', async () => {
    await liveV1(h, 'rolling');
    await h.client.apply(
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'web', namespace: 'default' },
        spec: { replicas: 3 },
      },
      { fieldManager: 'kubectl-scale', force: true },
    );
    writeApp(h.dir, 'registry.example/web:v2');
    const r = await deployWith(h, { version: 'v2', strategy: 'rolling', verifyWindowMs: 6_000 });
    expect(r.result.result).toBe('promoted');
    expect(image('web')).toBe('registry.example/web:v2');
  });

  it.each([
    ['429 Too Many Requests', 429],
    ['the API server unreachable (the run stops when its Lease cannot be renewed)', 0],
  ])('%s through the dry run past the retries: not a refusal, nothing written', async (_label, status) => {
    await liveV1(h, 'rolling');
    writeWithPolicy('registry.example/web:v2');
    h.kube.clearRequests();
    const err = await deployWith(h, {
      version: 'v2',
      strategy: 'rolling',
      onEvent: (e) => {
        if (e.phase !== 'plan') return;
        if (status === 429)
          h.kube.inject({ status: 429, method: 'PATCH', path: /dryRun=All/, times: 10_000 });
        else h.kube.outage(600_000);
      },
    }).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(err).toBeDefined();
    expect(err?.name).not.toBe('ApplyError');
    expect(err?.message).not.toMatch(/refuses/);
    h.kube.outage(0);
    expect(writes()).toEqual([]);
    expect(image('web')).toBe('registry.example/web:v1');
  });
});
