/**
 * Server-side apply ownership across subresources, as kube-apiserver reports it: the HPA's writes through
 * /scale make kube-controller-manager (subresource "scale") the owner of .spec.replicas; an apply that would
 * change it conflicts; an apply that drops a field nobody else owns resets it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { VirtualClock } from '../../src/sim/clock.js';
import type { KubeEmulator } from '../../src/sim/kube/index.js';
import { startKubeEmulator } from '../../src/sim/kube/index.js';
import { api as kubeApi } from './helpers.js';

type Json = Record<string, unknown>;
let kube: KubeEmulator;
let clock: VirtualClock;

const api = (
  method: string,
  path: string,
  body?: unknown,
  contentType?: string,
): ReturnType<typeof kubeApi<Json>> => kubeApi<Json>(kube, method, path, body, contentType);

const BASE = '/apis/apps/v1/namespaces/ssa/deployments';
function deployment(name: string, replicas?: number): Json {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name },
    spec: {
      ...(replicas === undefined ? {} : { replicas }),
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: { containers: [{ name: 'app', image: 'registry/app:v1' }] },
      },
    },
  };
}
const apply = (name: string, body: Json, manager = 'keelson', force = false) =>
  api(
    'PATCH',
    `${BASE}/${name}?fieldManager=${manager}${force ? '&force=true' : ''}`,
    body,
    'application/apply-patch+yaml',
  );
const replicas = async (name: string): Promise<number> =>
  ((await api('GET', `${BASE}/${name}`)).json.spec as Json).replicas as number;
const managers = async (name: string): Promise<Json[]> =>
  ((await api('GET', `${BASE}/${name}`)).json.metadata as { managedFields: Json[] }).managedFields;

beforeAll(async () => {
  clock = new VirtualClock();
  kube = await startKubeEmulator({ clock, namespaces: ['ssa'] });
});
afterAll(async () => {
  await kube.close();
  clock.stop();
});

describe('server-side apply across subresources', () => {
  it('a write through /scale makes its manager the owner of .spec.replicas, subresource scale', async () => {
    expect((await apply('hpa-owned', deployment('hpa-owned', 3))).status).toBe(201);
    const scaled = await api('PUT', `${BASE}/hpa-owned/scale?fieldManager=kube-controller-manager`, {
      apiVersion: 'autoscaling/v1',
      kind: 'Scale',
      metadata: { name: 'hpa-owned' },
      spec: { replicas: 8 },
    });
    expect(scaled.json).toMatchObject({ kind: 'Scale', spec: { replicas: 8 } });
    const fields = await managers('hpa-owned');
    expect(fields).toContainEqual(
      expect.objectContaining({
        manager: 'kube-controller-manager',
        operation: 'Update',
        subresource: 'scale',
        apiVersion: 'apps/v1',
        fieldsV1: { 'f:spec': { 'f:replicas': {} } },
      }),
    );
    const keelson = fields.find((f) => f.manager === 'keelson') as { fieldsV1: { 'f:spec': Json } };
    expect(keelson.fieldsV1['f:spec']['f:replicas']).toBeUndefined();
  });

  it('an apply that would change a field the HPA owns through /scale is a conflict, as the real server words it', async () => {
    const conflict = await apply('hpa-owned', deployment('hpa-owned', 3));
    expect(conflict.status).toBe(409);
    expect(conflict.json).toMatchObject({
      reason: 'Conflict',
      message:
        'Apply failed with 1 conflict: conflict with "kube-controller-manager" with subresource "scale" using apps/v1: .spec.replicas',
      details: {
        causes: [
          {
            type: 'FieldManagerConflict',
            message: 'conflict with "kube-controller-manager" with subresource "scale" using apps/v1',
            field: '.spec.replicas',
          },
        ],
      },
    });
    expect(await replicas('hpa-owned')).toBe(8);
  });

  it('an apply without replicas leaves the HPA-owned count alone', async () => {
    expect((await apply('hpa-owned', deployment('hpa-owned'))).status).toBe(200);
    expect(await replicas('hpa-owned')).toBe(8);
  });

  it('dropping replicas that only the applier owned resets them to the default (the 9 → 1 trap)', async () => {
    expect((await apply('alone', deployment('alone', 9))).status).toBe(201);
    expect((await apply('alone', deployment('alone'))).status).toBe(200);
    expect(await replicas('alone')).toBe(1);
  });

  it('hand-over: a private manager shares the field at its current value, then the applier can drop it', async () => {
    expect((await apply('handover', deployment('handover', 6))).status).toBe(201);
    const share = await apply(
      'handover',
      { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'handover' }, spec: { replicas: 6 } },
      'keelson-handover-to-hpa',
    );
    expect(share.status).toBe(200);
    expect((await apply('handover', deployment('handover'))).status).toBe(200);
    expect(await replicas('handover')).toBe(6);
    // The HPA's next write takes the field; the private manager then owns nothing and disappears.
    await api(
      'PATCH',
      `${BASE}/handover/scale?fieldManager=kube-controller-manager`,
      { spec: { replicas: 4 } },
      'application/merge-patch+json',
    );
    const names = (await managers('handover')).map(
      (f) => `${String(f.manager)}/${String(f.subresource ?? '')}`,
    );
    expect(names).toContain('kube-controller-manager/scale');
    expect(names).not.toContain('keelson-handover-to-hpa/');
  });

  it('the same name writing with another operation is another manager', async () => {
    expect((await apply('self', deployment('self', 2))).status).toBe(201);
    await api(
      'PATCH',
      `${BASE}/self?fieldManager=keelson`,
      { spec: { replicas: 0 } },
      'application/merge-patch+json',
    );
    const conflict = await apply('self', deployment('self', 2));
    expect(conflict.status).toBe(409);
    expect(conflict.json.message).toBe(
      'Apply failed with 1 conflict: conflict with "keelson" using apps/v1: .spec.replicas',
    );
    expect((await apply('self', deployment('self', 2), 'keelson', true)).status).toBe(200);
    expect(await replicas('self')).toBe(2);
  });

  it('server-side apply to /scale conflicts like any apply and names every manager', async () => {
    expect((await apply('multi', deployment('multi', 2))).status).toBe(201);
    const viaScale = await api(
      'PATCH',
      `${BASE}/multi/scale?fieldManager=autoscaler`,
      { apiVersion: 'autoscaling/v1', kind: 'Scale', spec: { replicas: 5 } },
      'application/apply-patch+yaml',
    );
    expect(viaScale.status).toBe(409);
    expect(viaScale.json.message).toBe(
      'Apply failed with 1 conflict: conflict with "keelson": .spec.replicas',
    );
    const two = deployment('multi', 2);
    ((two.spec as Json).template as { spec: { containers: Json[] } }).spec.containers[0].image =
      'registry/app:v2';
    await api(
      'PATCH',
      `${BASE}/multi?fieldManager=kubectl-edit`,
      { spec: { replicas: 3 } },
      'application/merge-patch+json',
    );
    const edited = await api(
      'PATCH',
      `${BASE}/multi?fieldManager=kubectl-edit`,
      { spec: { template: { spec: { containers: [{ name: 'app', image: 'registry/app:hotfix' }] } } } },
      'application/strategic-merge-patch+json',
    );
    expect(edited.status).toBe(200);
    const conflict = await apply('multi', two);
    expect(conflict.status).toBe(409);
    expect(conflict.json.message).toBe(
      'Apply failed with 2 conflicts: conflicts with "kubectl-edit" using apps/v1:\n- .spec.replicas\n- .spec.template.spec.containers[name="app"].image',
    );
  });
});
