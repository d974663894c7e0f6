/**
 * The deploy action's post step on its own: from the state the main step saved, what it puts back in the cluster
 * (the live Service's selector, the ALB action, HPAs, the new color's replicas, a rolling Deployment's template),
 * what it logs, and that it releases only its own Lease.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { reconcile } from '../src/lib/deploy/post.js';
import { acquireLease } from '../src/lib/k8s/lease.js';
import { ANNOTATION, LABEL } from '../src/lib/k8s/manifests.js';
import type { KubeObject } from '../src/lib/k8s/types.js';
import { harness, type Harness } from './deploy/harness.js';

let h: Harness;
beforeEach(async () => {
  h = await harness();
});
afterEach(async () => {
  await h.close();
});

const get = (kind: string, name: string): (KubeObject & { spec?: Record<string, unknown> }) | undefined =>
  h.kube.objects.get(kind, 'default', name) as KubeObject & { spec?: Record<string, unknown> };

function deployment(
  name: string,
  labels: Record<string, string>,
  annotations?: Record<string, string>,
): KubeObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: 'default', ...(annotations ? { annotations } : {}) },
    spec: {
      replicas: 2,
      selector: { matchLabels: { app: labels.app ?? '' } },
      template: {
        metadata: { labels },
        spec: { containers: [{ name: 'web', image: `registry.example/web:${labels.v ?? 'v1'}` }] },
      },
    },
  } as KubeObject;
}
const service = (name: string, selector: Record<string, string>): KubeObject =>
  ({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace: 'default' },
    spec: { selector, ports: [{ port: 80, targetPort: 8080 }] },
  }) as KubeObject;
const hpa = (name: string, target: string): KubeObject =>
  ({
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: { name, namespace: 'default' },
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: target },
      minReplicas: 1,
      maxReplicas: 4,
      metrics: [
        {
          type: 'Resource',
          resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } },
        },
      ],
    },
  }) as KubeObject;
const target = (name: string): string | undefined =>
  (get('HorizontalPodAutoscaler', name)?.spec?.scaleTargetRef as { name?: string } | undefined)?.name;

async function run(state: Record<string, string>): Promise<string[]> {
  const log: string[] = [];
  await reconcile(
    h.client,
    (k) => state[k] ?? '',
    (m) => log.push(m),
  );
  return log;
}

const BG = {
  namespace: 'default',
  service: 'web',
  'lease-holder': 'run-1',
  phase: 'verify',
  'bg-new-color': 'green',
  'bg-base': 'web',
  'bg-service': 'web',
  'bg-hpa': 'web',
};

describe('the post step', () => {
  it('does nothing when the main step never reached the cluster', async () => {
    const n = h.kube.requests.length;
    expect(await run({ service: 'web', phase: 'verify', 'rolling-deployments': '["web"]' })).toEqual([]);
    expect(await run({ namespace: 'default', phase: 'verify' })).toEqual([]);
    expect(h.kube.requests.length).toBe(n);
  });

  it('after a finished rollout only releases the Lease, and only its own', async () => {
    await h.client.apply(deployment('web', { app: 'web' }, { [ANNOTATION.previous]: '{}' }));
    const lease = await acquireLease(h.client, {
      namespace: 'default',
      service: 'web',
      holder: 'run-1',
      clock: h.clock,
    });
    lease.stop();
    const state = { namespace: 'default', service: 'web', phase: 'done', 'rolling-deployments': '["web"]' };
    expect(await run({ ...state, 'lease-holder': 'run-2' })).toEqual([]);
    expect(get('Lease', 'keelson-web')).toBeDefined();
    expect(await run({ ...state, 'lease-holder': 'run-1' })).toEqual([
      'post: released the rollout Lease of web.',
    ]);
    expect(get('Lease', 'keelson-web')).toBeUndefined();
    expect(get('Deployment', 'web')?.spec?.template).toMatchObject({ metadata: { labels: { app: 'web' } } });
  });

  it('blue-green interrupted after the switch: users, the ALB and the HPAs go back to the old color; the new one scales to 0', async () => {
    for (const [base, color] of [
      ['web', 'blue'],
      ['web', 'green'],
      ['worker', 'blue'],
      ['worker', 'green'],
    ] as const)
      await h.client.apply(deployment(`${base}-${color}`, { app: base, [LABEL.color]: color }));
    await h.client.apply(service('web', { app: 'web', [LABEL.color]: 'green' }));
    await h.client.apply(hpa('web', 'web-green'));
    await h.client.apply(hpa('worker', 'worker-green'));
    await h.client.apply({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: {
        name: 'web',
        namespace: 'default',
        annotations: { 'alb.ingress.kubernetes.io/actions.web': 'green' },
      },
      spec: {
        rules: [
          {
            http: {
              paths: [
                {
                  path: '/',
                  pathType: 'Prefix',
                  backend: { service: { name: 'web', port: { number: 80 } } },
                },
              ],
            },
          },
        ],
      },
    } as KubeObject);
    const log = await run({
      ...BG,
      'bg-phase': 'switched',
      'bg-old-color': 'blue',
      'bg-workloads': JSON.stringify([{ base: 'worker', hpa: 'worker' }]),
      'bg-action': 'alb.ingress.kubernetes.io/actions.web',
      'bg-ingress': 'web',
      'bg-restore-action': 'blue',
    });
    expect(log).toEqual([
      'post: the ALB of Ingress web sends users back to blue.',
      'post: the rollout was interrupted after the switch; live Service web is back on blue.',
      'post: HPA web scales web-blue again.',
      'post: HPA worker scales worker-blue again.',
      'post: web-green scaled to 0.',
      'post: worker-green scaled to 0.',
    ]);
    expect(get('Ingress', 'web')?.metadata.annotations?.['alb.ingress.kubernetes.io/actions.web']).toBe(
      'blue',
    );
    expect(get('Service', 'web')?.spec?.selector).toEqual({ app: 'web', [LABEL.color]: 'blue' });
    expect([target('web'), target('worker')]).toEqual(['web-blue', 'worker-blue']);
    expect(
      ['web-green', 'worker-green', 'web-blue'].map((d) => get('Deployment', d)?.spec?.replicas),
    ).toEqual([0, 0, 2]);
  });

  it('blue-green interrupted while switching, with no ALB and no HPA: the Service goes back, nothing else is said', async () => {
    await h.client.apply(deployment('web-green', { app: 'web', [LABEL.color]: 'green' }));
    await h.client.apply(service('web', { app: 'web', [LABEL.color]: 'green' }));
    const log = await run({
      ...BG,
      'bg-hpa': '',
      'bg-phase': 'switching',
      'bg-old-color': 'blue',
      'bg-action': 'x',
    });
    expect(log).toEqual([
      'post: the rollout was interrupted after the switch; live Service web is back on blue.',
      'post: web-green scaled to 0.',
    ]);
    expect(get('Service', 'web')?.spec?.selector).toEqual({ app: 'web', [LABEL.color]: 'blue' });
    expect(get('Deployment', 'web-green')?.spec?.replicas).toBe(0);
  });

  it('blue-green interrupted before the switch: only the new color scales to 0; once verifying, not even that', async () => {
    await h.client.apply(deployment('web-green', { app: 'web', [LABEL.color]: 'green' }));
    await h.client.apply(service('web', { app: 'web', [LABEL.color]: 'blue' }));
    expect(await run({ ...BG, 'bg-phase': 'verifying', 'bg-old-color': 'blue' })).toEqual([]);
    expect(get('Deployment', 'web-green')?.spec?.replicas).toBe(2);
    expect(await run({ ...BG, 'bg-phase': '', 'bg-old-color': 'blue' })).toEqual([
      'post: web-green scaled to 0.',
    ]);
    expect(get('Deployment', 'web-green')?.spec?.replicas).toBe(0);
    expect(get('Service', 'web')?.spec?.selector).toEqual({ app: 'web', [LABEL.color]: 'blue' });
    // A first blue-green deploy (no old color, no uncolored Deployment) has nothing to go back to.
    expect(await run({ ...BG, 'bg-phase': 'switched' })).toEqual([]);
    // State without the new color, the base or the Service is not a blue-green rollout.
    expect(await run({ ...BG, 'bg-new-color': '', 'bg-phase': 'switched', 'bg-old-color': 'blue' })).toEqual(
      [],
    );
    expect(await run({ ...BG, 'bg-base': '', 'bg-phase': 'switched', 'bg-old-color': 'blue' })).toEqual([]);
    expect(await run({ ...BG, 'bg-service': '', 'bg-phase': 'switched', 'bg-old-color': 'blue' })).toEqual(
      [],
    );
    expect(get('Service', 'web')?.spec?.selector).toEqual({ app: 'web', [LABEL.color]: 'blue' });
  });

  it('changing strategy to blue-green, interrupted after the switch: the Service selects the uncolored pods again', async () => {
    await h.client.apply(deployment('web-green', { app: 'web', [LABEL.color]: 'green' }));
    await h.client.apply(service('web', { app: 'web', [LABEL.color]: 'green' }));
    await h.client.apply(hpa('web', 'web-green'));
    const log = await run({ ...BG, 'bg-phase': 'switched', 'bg-legacy-hash': 'abc123' });
    expect(log).toEqual([
      'post: the rollout was interrupted after the switch; live Service web is back on web.',
      'post: HPA web scales web again.',
      'post: web-green scaled to 0.',
    ]);
    expect(get('Service', 'web')?.spec?.selector).toEqual({ app: 'web', 'pod-template-hash': 'abc123' });
    expect(target('web')).toBe('web');
    expect(get('Deployment', 'web-green')?.spec?.replicas).toBe(0);
  });

  it('rolling interrupted: each Deployment with a recorded previous spec gets it back; others are left', async () => {
    const previous = {
      metadata: { labels: { app: 'web', v: 'v1' } },
      spec: { containers: [{ name: 'web', image: 'registry.example/web:v1' }] },
    };
    await h.client.apply(
      deployment('web', { app: 'web', v: 'v2' }, { [ANNOTATION.previous]: JSON.stringify(previous) }),
    );
    await h.client.apply(deployment('worker', { app: 'worker', v: 'v2' }));
    const log = await run({
      namespace: 'default',
      service: 'web',
      phase: 'verify',
      'rolling-deployments': JSON.stringify(['web', 'worker', 'gone']),
    });
    expect(log).toEqual(['post: the rollout was interrupted; web is back on its previous spec.']);
    expect(get('Deployment', 'web')?.spec?.template).toMatchObject(previous);
    expect(get('Deployment', 'worker')?.spec?.template).toMatchObject({ metadata: { labels: { v: 'v2' } } });
  });
});
