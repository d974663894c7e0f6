import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ScaledClock } from '../../src/lib/clock.js';
import type { KubeEmulator } from '../../src/sim/kube/index.js';
import { startKubeEmulator } from '../../src/sim/kube/index.js';
import { api as kubeApi } from './helpers.js';

type Obj = Record<string, unknown> & {
  metadata: Record<string, unknown> & { resourceVersion?: string; generation?: number; name?: string };
};

let kube: KubeEmulator;

const api = (
  method: string,
  path: string,
  body?: unknown,
  contentType?: string,
  token?: string,
): ReturnType<typeof kubeApi<Obj>> => kubeApi<Obj>(kube, method, path, body, contentType, token);

function configMap(name: string, data: Record<string, string>, labels?: Record<string, string>): unknown {
  return { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, ...(labels ? { labels } : {}) }, data };
}

function deployment(name: string, image: string, replicas = 2): Obj {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, labels: { app: name } },
    spec: {
      replicas,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: { containers: [{ name: 'app', image, ports: [{ containerPort: 8080 }] }] },
      },
    },
  };
}

beforeAll(async () => {
  kube = await startKubeEmulator({ clock: new ScaledClock(200), namespaces: ['crud'] });
});

afterAll(async () => {
  await kube.close();
});

describe('kube emulator: REST', () => {
  it('creates, gets, updates with optimistic concurrency, and deletes', async () => {
    const created = await api(
      'POST',
      '/api/v1/namespaces/crud/configmaps',
      configMap('settings', { a: '1' }),
    );
    expect(created.status).toBe(201);
    expect(created.json.kind).toBe('ConfigMap');
    expect(created.json.metadata.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.json.metadata.creationTimestamp).toMatch(/Z$/);
    const rv1 = created.json.metadata.resourceVersion;

    const dup = await api('POST', '/api/v1/namespaces/crud/configmaps', configMap('settings', { a: '1' }));
    expect(dup.status).toBe(409);
    expect(dup.json).toMatchObject({ kind: 'Status', status: 'Failure', reason: 'AlreadyExists', code: 409 });
    expect(dup.json.message).toBe('configmaps "settings" already exists');

    const got = await api('GET', '/api/v1/namespaces/crud/configmaps/settings');
    expect(got.json.data).toEqual({ a: '1' });

    const upd = await api('PUT', '/api/v1/namespaces/crud/configmaps/settings', {
      ...got.json,
      data: { a: '2' },
    });
    expect(upd.status).toBe(200);
    expect(Number(upd.json.metadata.resourceVersion)).toBeGreaterThan(Number(rv1));

    const stale = await api('PUT', '/api/v1/namespaces/crud/configmaps/settings', {
      ...got.json,
      data: { a: '3' },
    });
    expect(stale.status).toBe(409);
    expect(stale.json).toMatchObject({ reason: 'Conflict', code: 409 });
    expect(stale.json.message).toContain('the object has been modified');

    const del = await api('DELETE', '/api/v1/namespaces/crud/configmaps/settings');
    expect(del.status).toBe(200);
    expect(del.json).toMatchObject({
      kind: 'Status',
      status: 'Success',
      details: { name: 'settings', kind: 'configmaps' },
    });
    const gone = await api('GET', '/api/v1/namespaces/crud/configmaps/settings');
    expect(gone.status).toBe(404);
    expect(gone.json).toMatchObject({
      reason: 'NotFound',
      message: 'configmaps "settings" not found',
      code: 404,
    });
  });

  it('serves discovery', async () => {
    const core = await api('GET', '/api');
    expect(core.json).toMatchObject({ kind: 'APIVersions', versions: ['v1'] });
    const v1 = await api('GET', '/api/v1');
    const names = (v1.json.resources as { name: string }[]).map((r) => r.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'pods',
        'pods/log',
        'services',
        'services/proxy',
        'configmaps',
        'secrets',
        'namespaces',
      ]),
    );
    const groups = await api('GET', '/apis');
    expect((groups.json.groups as { name: string }[]).map((g) => g.name)).toEqual(
      expect.arrayContaining([
        'apps',
        'batch',
        'coordination.k8s.io',
        'discovery.k8s.io',
        'networking.k8s.io',
      ]),
    );
    const apps = await api('GET', '/apis/apps/v1');
    expect(apps.json).toMatchObject({ kind: 'APIResourceList', groupVersion: 'apps/v1' });
    expect((apps.json.resources as { name: string }[]).map((r) => r.name)).toEqual(
      expect.arrayContaining(['deployments', 'deployments/status', 'deployments/scale', 'replicasets']),
    );
    const version = await fetch(`${kube.url}/version`);
    expect(await version.json()).toMatchObject({ major: '1', gitVersion: expect.stringMatching(/^v1\.\d+/) });
  });

  it('filters lists by label selectors (equality and set-based) and field selectors', async () => {
    const mk = (name: string, labels?: Record<string, string>) =>
      api('POST', '/api/v1/namespaces/crud/configmaps', configMap(name, { k: name }, labels));
    await mk('sel-prod-web', { env: 'prod', tier: 'web' });
    await mk('sel-prod-db', { env: 'prod', tier: 'db' });
    await mk('sel-staging', { env: 'staging' });
    await mk('sel-none');
    const names = async (query: string): Promise<string[]> => {
      const r = await api('GET', `/api/v1/namespaces/crud/configmaps?${query}`);
      expect(r.status).toBe(200);
      expect(r.json.kind).toBe('ConfigMapList');
      return (r.json.items as Obj[]).map((i) => String(i.metadata.name)).filter((n) => n.startsWith('sel-'));
    };
    const q = (s: string): string => `labelSelector=${encodeURIComponent(s)}`;
    expect(await names(q('env=prod'))).toEqual(['sel-prod-db', 'sel-prod-web']);
    expect(await names(q('env==prod,tier=web'))).toEqual(['sel-prod-web']);
    expect(await names(q('env!=prod'))).toEqual(['sel-none', 'sel-staging']);
    expect(await names(q('env in (prod, staging)'))).toEqual(['sel-prod-db', 'sel-prod-web', 'sel-staging']);
    expect(await names(q('env notin (prod)'))).toEqual(['sel-none', 'sel-staging']);
    expect(await names(q('!env'))).toEqual(['sel-none']);
    expect(await names(q('tier'))).toEqual(['sel-prod-db', 'sel-prod-web']);
    expect(await names(`fieldSelector=${encodeURIComponent('metadata.name=sel-staging')}`)).toEqual([
      'sel-staging',
    ]);
    expect(
      await names(`fieldSelector=${encodeURIComponent('metadata.name!=sel-staging')}&${q('env')}`),
    ).toEqual(['sel-prod-db', 'sel-prod-web']);
    // list items carry no kind/apiVersion, as the real server encodes them
    const all = await api('GET', '/api/v1/namespaces/crud/configmaps');
    expect((all.json.items as Obj[])[0].kind).toBeUndefined();
    expect(all.json.metadata.resourceVersion).toMatch(/^\d+$/);

    const bad = await api('GET', `/api/v1/namespaces/crud/configmaps?${q('env in (prod')}`);
    expect(bad.status).toBe(400);
    expect(bad.json).toMatchObject({ kind: 'Status', reason: 'BadRequest' });
    const badField = await api('GET', '/api/v1/namespaces/crud/configmaps?fieldSelector=spec.foo%3Dbar');
    expect(badField.status).toBe(400);
    expect(badField.json.message).toBe('field label not supported: spec.foo');
  });

  it('paginates lists with limit and continue', async () => {
    for (const n of ['page-a', 'page-b', 'page-c']) {
      await api('POST', '/api/v1/namespaces/crud/configmaps', configMap(n, { n }, { page: 'yes' }));
    }
    const first = await api('GET', '/api/v1/namespaces/crud/configmaps?labelSelector=page&limit=2');
    expect((first.json.items as Obj[]).map((i) => i.metadata.name)).toEqual(['page-a', 'page-b']);
    expect(first.json.metadata.remainingItemCount).toBe(1);
    const token = encodeURIComponent(String(first.json.metadata.continue));
    const second = await api(
      'GET',
      `/api/v1/namespaces/crud/configmaps?labelSelector=page&limit=2&continue=${token}`,
    );
    expect((second.json.items as Obj[]).map((i) => i.metadata.name)).toEqual(['page-c']);
    expect(second.json.metadata.continue).toBeUndefined();
  });

  it('creates with server-side apply, is idempotent, bumps generation on spec change and prunes fields', async () => {
    const path = '/apis/apps/v1/namespaces/crud/deployments/ssa?fieldManager=keelson&force=true';
    const yaml = (image: string, replicas?: number): string =>
      [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata:',
        '  name: ssa',
        '  labels: {app: ssa}',
        'spec:',
        ...(replicas !== undefined ? [`  replicas: ${replicas}`] : []),
        '  selector: {matchLabels: {app: ssa}}',
        '  template:',
        '    metadata: {labels: {app: ssa}}',
        '    spec:',
        '      containers:',
        `      - {name: app, image: "${image}"}`,
      ].join('\n');
    const created = await api('PATCH', path, yaml('registry/ssa:v1', 3), 'application/apply-patch+yaml');
    expect(created.status).toBe(201);
    expect(created.json.metadata.generation).toBe(1);
    expect(created.json.spec).toMatchObject({
      replicas: 3,
      progressDeadlineSeconds: 600,
      revisionHistoryLimit: 10,
    });
    const managed = created.json.metadata.managedFields as {
      manager: string;
      operation: string;
      fieldsV1: unknown;
    }[];
    expect(managed).toEqual([
      expect.objectContaining({
        manager: 'keelson',
        operation: 'Apply',
        fieldsType: 'FieldsV1',
        apiVersion: 'apps/v1',
      }),
    ]);
    expect(JSON.stringify(managed[0].fieldsV1)).toContain('"k:{\\"name\\":\\"app\\"}"');

    const again = await api('PATCH', path, yaml('registry/ssa:v1', 3), 'application/apply-patch+yaml');
    expect(again.status).toBe(200);
    expect(again.json.metadata.generation).toBe(1);
    // with no controller touching it, a repeated apply is a no-op (same resourceVersion)
    const cmPath = '/api/v1/namespaces/crud/configmaps/applied?fieldManager=keelson';
    const cm = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: applied}\ndata: {a: "1"}\n';
    const cm1 = await api('PATCH', cmPath, cm, 'application/apply-patch+yaml');
    const cm2 = await api('PATCH', cmPath, cm, 'application/apply-patch+yaml');
    expect([cm1.status, cm2.status]).toEqual([201, 200]);
    expect(cm2.json.metadata.resourceVersion).toBe(cm1.json.metadata.resourceVersion);

    const changed = await api('PATCH', path, yaml('registry/ssa:v2', 3), 'application/apply-patch+yaml');
    expect(changed.json.metadata.generation).toBe(2);
    expect(
      ((changed.json.spec as Obj).template as { spec: { containers: { image: string }[] } }).spec
        .containers[0].image,
    ).toBe('registry/ssa:v2');

    // a field the manager stops applying is removed (and here defaulted back)
    const pruned = await api('PATCH', path, yaml('registry/ssa:v2'), 'application/apply-patch+yaml');
    expect((pruned.json.spec as Obj).replicas).toBe(1);
    expect(pruned.json.metadata.generation).toBe(3);

    // labels change only: no generation bump
    const relabel = await api(
      'PATCH',
      '/apis/apps/v1/namespaces/crud/deployments/ssa',
      { metadata: { labels: { team: 'a' } } },
      'application/merge-patch+json',
    );
    expect(relabel.json.metadata.generation).toBe(3);
    expect(relabel.json.metadata.labels).toEqual({ app: 'ssa', team: 'a' });
  });

  it('reports apply conflicts with another manager unless forced', async () => {
    const base = '/apis/apps/v1/namespaces/crud/deployments/conflicted';
    const body = JSON.stringify(deployment('conflicted', 'registry/c:v1', 2));
    expect(
      (await api('PATCH', `${base}?fieldManager=keelson`, body, 'application/apply-patch+yaml')).status,
    ).toBe(201);
    const scaled = await api(
      'PATCH',
      `${base}?fieldManager=kubectl-scale`,
      { spec: { replicas: 5 } },
      'application/merge-patch+json',
    );
    expect((scaled.json.spec as Obj).replicas).toBe(5);
    const conflict = await api('PATCH', `${base}?fieldManager=keelson`, body, 'application/apply-patch+yaml');
    expect(conflict.status).toBe(409);
    expect(conflict.json).toMatchObject({
      reason: 'Conflict',
      message: 'Apply failed with 1 conflict: conflict with "kubectl-scale" using apps/v1: .spec.replicas',
      details: { causes: [{ type: 'FieldManagerConflict', field: '.spec.replicas' }] },
    });
    const forced = await api(
      'PATCH',
      `${base}?fieldManager=keelson&force=true`,
      body,
      'application/apply-patch+yaml',
    );
    expect(forced.status).toBe(200);
    expect((forced.json.spec as Obj).replicas).toBe(2);
    const missingManager = await api('PATCH', base, body, 'application/apply-patch+yaml');
    expect(missingManager.status).toBe(400);
  });

  it('applies merge, JSON and strategic merge patches', async () => {
    const d = deployment('patched', 'registry/p:v1', 1);
    ((d.spec as Obj).template as { spec: { containers: unknown[] } }).spec.containers.push({
      name: 'sidecar',
      image: 'envoy:1',
    });
    expect((await api('POST', '/apis/apps/v1/namespaces/crud/deployments', d)).status).toBe(201);
    const path = '/apis/apps/v1/namespaces/crud/deployments/patched';

    const merge = await api(
      'PATCH',
      path,
      { metadata: { annotations: { a: 'b' } }, spec: { paused: true } },
      'application/merge-patch+json',
    );
    expect(merge.status).toBe(200);
    expect(merge.json.metadata.annotations).toMatchObject({ a: 'b' });

    const json = await api(
      'PATCH',
      path,
      [
        { op: 'test', path: '/spec/replicas', value: 1 },
        { op: 'replace', path: '/spec/replicas', value: 4 },
        { op: 'remove', path: '/metadata/annotations/a' },
      ],
      'application/json-patch+json',
    );
    expect(json.status).toBe(200);
    expect((json.json.spec as Obj).replicas).toBe(4);
    const failedTest = await api(
      'PATCH',
      path,
      [{ op: 'test', path: '/spec/replicas', value: 1 }],
      'application/json-patch+json',
    );
    expect(failedTest.status).toBe(422);
    const badPath = await api(
      'PATCH',
      path,
      [{ op: 'replace', path: '/spec/nope/x', value: 1 }],
      'application/json-patch+json',
    );
    expect(badPath.status).toBe(400);
    expect(badPath.json.reason).toBe('BadRequest');

    const smp = await api(
      'PATCH',
      path,
      { spec: { template: { spec: { containers: [{ name: 'app', image: 'registry/p:v2' }] } } } },
      'application/strategic-merge-patch+json',
    );
    expect(smp.status).toBe(200);
    const containers = (
      (smp.json.spec as Obj).template as { spec: { containers: { name: string; image: string }[] } }
    ).spec.containers;
    expect(containers.map((c) => `${c.name}=${c.image}`)).toEqual(['app=registry/p:v2', 'sidecar=envoy:1']);

    const stale = await api(
      'PATCH',
      path,
      { metadata: { resourceVersion: '1' }, spec: { replicas: 2 } },
      'application/merge-patch+json',
    );
    expect(stale.status).toBe(409);
    const wrongType = await api('PATCH', path, { spec: {} }, 'application/json');
    expect(wrongType.status).toBe(415);
  });

  it('rejects invalid objects with 422 Invalid and causes', async () => {
    const bad = deployment('bad', 'registry/b:v1');
    (bad.spec as Obj).replicas = 'two';
    const r = await api('POST', '/apis/apps/v1/namespaces/crud/deployments', bad);
    expect(r.status).toBe(422);
    expect(r.json).toMatchObject({
      kind: 'Status',
      status: 'Failure',
      reason: 'Invalid',
      code: 422,
      details: {
        name: 'bad',
        group: 'apps',
        kind: 'Deployment',
        causes: [expect.objectContaining({ field: 'spec.replicas' })],
      },
    });
    expect(r.json.message).toMatch(/^Deployment\.apps "bad" is invalid: spec\.replicas: /);

    const mismatch = deployment('mismatch', 'registry/b:v1');
    (mismatch.spec as { selector: unknown }).selector = { matchLabels: { app: 'other' } };
    const m = await api('POST', '/apis/apps/v1/namespaces/crud/deployments', mismatch);
    expect(m.status).toBe(422);
    expect(m.json.message).toContain('`selector` does not match template `labels`');

    const name = await api('POST', '/api/v1/namespaces/crud/configmaps', configMap('Not_Valid', {}));
    expect(name.status).toBe(422);
    expect(name.json.message).toContain('metadata.name: Invalid value: "Not_Valid"');

    const noNs = await api('POST', '/api/v1/namespaces/missing/configmaps', configMap('x', {}));
    expect(noNs.status).toBe(404);
    expect(noNs.json.message).toBe('namespaces "missing" not found');
  });

  it('keeps status behind the status subresource and serves scale', async () => {
    await api('POST', '/apis/apps/v1/namespaces/crud/deployments', {
      ...deployment('sub', 'registry/s:v1', 0),
      spec: { ...(deployment('sub', 'registry/s:v1', 0).spec as Obj), paused: true },
    });
    const path = '/apis/apps/v1/namespaces/crud/deployments/sub';
    const live = (await api('GET', path)).json;
    const ignored = await api('PUT', path, { ...live, status: { replicas: 42 } });
    expect((ignored.json.status as Obj | undefined)?.replicas).not.toBe(42);
    // the deployment controller writes status too: re-read and retry on 409, as any client must
    let st = { status: 0, json: {} as Obj };
    for (let i = 0; i < 10 && st.status !== 200; i++) {
      const fresh = (await api('GET', path)).json;
      st = await api('PUT', `${path}/status`, {
        ...fresh,
        spec: { ...(fresh.spec as Obj), replicas: 9 },
        status: { replicas: 42 },
      });
      expect([200, 409]).toContain(st.status);
    }
    expect((st.json.status as Obj).replicas).toBe(42);
    expect((st.json.spec as Obj).replicas).toBe(0);

    const scale = await api('GET', `${path}/scale`);
    expect(scale.json).toMatchObject({
      kind: 'Scale',
      apiVersion: 'autoscaling/v1',
      spec: { replicas: 0 },
      status: { selector: 'app=sub' },
    });
    const scaled = await api(
      'PATCH',
      `${path}/scale`,
      { spec: { replicas: 3 } },
      'application/merge-patch+json',
    );
    expect(scaled.json).toMatchObject({ kind: 'Scale', spec: { replicas: 3 } });
    expect(((await api('GET', path)).json.spec as Obj).replicas).toBe(3);
  });

  it('honours dryRun=All, generateName and Secret stringData', async () => {
    const dry = await api(
      'POST',
      '/api/v1/namespaces/crud/configmaps?dryRun=All',
      configMap('dry', { a: '1' }),
    );
    expect(dry.status).toBe(201);
    expect((await api('GET', '/api/v1/namespaces/crud/configmaps/dry')).status).toBe(404);
    const gen = await api('POST', '/api/v1/namespaces/crud/configmaps', {
      metadata: { generateName: 'gen-' },
      data: {},
    });
    expect(gen.json.metadata.name).toMatch(/^gen-[a-z0-9]{5}$/);
    const secret = await api('POST', '/api/v1/namespaces/crud/secrets', {
      metadata: { name: 's' },
      stringData: { password: 'hunter2' },
    });
    expect(secret.json).toMatchObject({
      type: 'Opaque',
      data: { password: Buffer.from('hunter2').toString('base64') },
    });
    expect(secret.json.stringData).toBeUndefined();
  });

  it('streams watch events filtered by label selector', async () => {
    const list = await api('GET', '/api/v1/namespaces/crud/configmaps');
    const rv = String(list.json.metadata.resourceVersion);
    const ac = new AbortController();
    const res = await fetch(
      `${kube.url}/api/v1/namespaces/crud/configmaps?watch=true&labelSelector=w%3D1&resourceVersion=${rv}`,
      {
        headers: { authorization: `Bearer ${kube.token}` },
        signal: ac.signal,
      },
    );
    expect(res.status).toBe(200);
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const events: { type: string; name: string }[] = [];
    let buffer = '';
    const readUntil = async (n: number): Promise<void> => {
      while (events.length < n) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += Buffer.from(value).toString('utf8');
        let nl: number;
        while ((nl = buffer.indexOf('\n')) >= 0) {
          const e = JSON.parse(buffer.slice(0, nl)) as { type: string; object: Obj };
          buffer = buffer.slice(nl + 1);
          events.push({ type: e.type, name: String(e.object.metadata.name) });
        }
      }
    };
    await api('POST', '/api/v1/namespaces/crud/configmaps', configMap('watched', { a: '1' }, { w: '1' }));
    await api('POST', '/api/v1/namespaces/crud/configmaps', configMap('unwatched', { a: '1' }));
    await api(
      'PATCH',
      '/api/v1/namespaces/crud/configmaps/watched',
      { data: { a: '2' } },
      'application/merge-patch+json',
    );
    await api(
      'PATCH',
      '/api/v1/namespaces/crud/configmaps/watched',
      { metadata: { labels: { w: '0' } } },
      'application/merge-patch+json',
    );
    await readUntil(3);
    ac.abort();
    expect(events).toEqual([
      { type: 'ADDED', name: 'watched' },
      { type: 'MODIFIED', name: 'watched' },
      { type: 'DELETED', name: 'watched' },
    ]);
  });

  it('serves server-side printing tables for kubectl', async () => {
    const res = await fetch(`${kube.url}/api/v1/namespaces/crud/configmaps?labelSelector=page`, {
      headers: {
        authorization: `Bearer ${kube.token}`,
        accept: 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json',
      },
    });
    const table = (await res.json()) as {
      kind: string;
      columnDefinitions: { name: string }[];
      rows: { cells: unknown[] }[];
    };
    expect(table.kind).toBe('Table');
    expect(table.columnDefinitions.map((c) => c.name)).toEqual(['Name', 'Data', 'Age']);
    expect(table.rows.map((r) => r.cells[0])).toEqual(['page-a', 'page-b', 'page-c']);
  });

  it('serves Leases with optimistic concurrency, as a lock needs', async () => {
    const path = '/apis/coordination.k8s.io/v1/namespaces/crud/leases';
    const lease = {
      apiVersion: 'coordination.k8s.io/v1',
      kind: 'Lease',
      metadata: { name: 'keelson-deploy-web' },
      spec: {
        holderIdentity: 'run-1',
        leaseDurationSeconds: 60,
        acquireTime: '2026-01-01T00:00:00.000000Z',
        renewTime: '2026-01-01T00:00:00.000000Z',
      },
    };
    const created = await api('POST', path, lease);
    expect(created.status).toBe(201);
    expect((await api('POST', path, lease)).json.reason).toBe('AlreadyExists');
    const mine = await api('PUT', `${path}/keelson-deploy-web`, {
      ...created.json,
      spec: { ...lease.spec, holderIdentity: 'run-2' },
    });
    expect(mine.status).toBe(200);
    const theirs = await api('PUT', `${path}/keelson-deploy-web`, {
      ...created.json,
      spec: { ...lease.spec, holderIdentity: 'run-3' },
    });
    expect(theirs.status).toBe(409);
    expect(((await api('GET', `${path}/keelson-deploy-web`)).json.spec as Obj).holderIdentity).toBe('run-2');
    const pre = await api('DELETE', `${path}/keelson-deploy-web`, {
      preconditions: { resourceVersion: created.json.metadata.resourceVersion },
    });
    expect(pre.status).toBe(409);
    expect(pre.json.message).toContain('Precondition failed');
  });

  it('rejects a Secret whose data is not base64', async () => {
    const r = await api('POST', '/api/v1/namespaces/crud/secrets', {
      metadata: { name: 'bad-secret' },
      data: { password: 'not base64!' },
    });
    expect(r.status).toBe(400);
    expect(r.json.reason).toBe('BadRequest');
  });

  it('deletes a namespace with its contents', async () => {
    await api('POST', '/api/v1/namespaces', { metadata: { name: 'doomed' } });
    await api('POST', '/api/v1/namespaces/doomed/configmaps', configMap('inside', {}));
    const del = await api('DELETE', '/api/v1/namespaces/doomed');
    expect(del.status).toBe(200);
    expect(del.json).toMatchObject({ kind: 'Namespace', status: { phase: 'Terminating' } });
    await kube.sim.until(() => kube.objects.get('Namespace', undefined, 'doomed') === undefined, 3_600_000);
    expect(kube.objects.list('ConfigMap', 'doomed')).toEqual([]);
  });
});
