import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ScaledClock } from '../../src/lib/clock.js';
import type { KubeEmulator } from '../../src/sim/kube/index.js';
import { startKubeEmulator } from '../../src/sim/kube/index.js';

/** The kubectl the test command installs (.cache/bin, v1.35), else one on PATH. */
const projectKubectl = fileURLToPath(new URL('../../.cache/bin/kubectl', import.meta.url));
const KUBECTL = existsSync(projectKubectl) ? projectKubectl : 'kubectl';

/** The real kubectl (a client-go program) as a witness that the emulator speaks Kubernetes. */
function hasKubectl(): boolean {
  try {
    execFileSync(KUBECTL, ['version', '--client'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const MANIFEST = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: default
spec:
  replicas: 2
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: app
        image: registry.example.com/web:v1
        ports: [{name: http, containerPort: 8080}]
        readinessProbe:
          httpGet: {path: /healthz, port: http}
---
apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: default
spec:
  selector: {app: web}
  ports: [{name: http, port: 80, targetPort: http}]
`;

let kube: KubeEmulator;
let dir: string;

function kubectl(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(
      KUBECTL,
      ['--kubeconfig', join(dir, 'config'), '--cache-dir', join(dir, 'cache'), ...args],
      { encoding: 'utf8', timeout: 60_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, out: stdout, err: stderr }),
    );
  });
}

describe('kube emulator: driven by the real kubectl', () => {
  beforeAll(async () => {
    // `npm test` installs kubectl into .cache/bin; without it this witness cannot run, which is a failure.
    if (!hasKubectl())
      throw new Error('kubectl not found: run `npm test`, which installs it into .cache/bin');
    dir = await mkdtemp(join(tmpdir(), 'keelson-kubectl-'));
    kube = await startKubeEmulator({ clock: new ScaledClock(200), tls: true });
    await kube.writeKubeconfig(join(dir, 'config'));
    await writeFile(join(dir, 'app.yaml'), MANIFEST);
  });

  afterAll(async () => {
    await kube.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('applies server-side, waits for the rollout, updates, rolls back and proxies', async () => {
    const version = await kubectl('version', '-o', 'json');
    expect(JSON.parse(version.out)).toMatchObject({ serverVersion: { gitVersion: 'v1.31.4-eks-keelson' } });

    const apply = await kubectl('apply', '--server-side', '-f', join(dir, 'app.yaml'));
    expect(apply).toMatchObject({
      code: 0,
      out: 'deployment.apps/web serverside-applied\nservice/web serverside-applied\n',
    });
    // kubectl 1.35 streams the initial list over a watch (sendInitialEvents) and waits for its end bookmark.
    const rollout = await kubectl('rollout', 'status', 'deployment/web', '--timeout=60s');
    expect(rollout).toMatchObject({
      out: expect.stringContaining('deployment "web" successfully rolled out'),
    });

    const get = await kubectl('get', 'pods', '-l', 'app=web', '-o', 'json');
    const items = (JSON.parse(get.out) as { items: { status: { phase: string } }[] }).items;
    expect(items.map((p) => p.status.phase)).toEqual(['Running', 'Running']);
    const table = await kubectl('get', 'deployment', 'web');
    expect(table.out).toMatch(/^NAME\s+READY\s+UP-TO-DATE\s+AVAILABLE\s+AGE\nweb\s+2\/2\s+2\s+2\s+/);

    expect((await kubectl('set', 'image', 'deployment/web', 'app=registry.example.com/web:v2')).code).toBe(0);
    expect((await kubectl('rollout', 'status', 'deployment/web', '--timeout=60s')).out).toContain(
      'successfully rolled out',
    );
    const history = await kubectl('rollout', 'history', 'deployment/web');
    expect(history.out).toMatch(/REVISION\s+CHANGE-CAUSE\n1\s+<none>\n2\s+<none>/);
    const proxied = await kubectl(
      'get',
      '--raw',
      '/api/v1/namespaces/default/services/web:http/proxy/healthz',
    );
    expect(JSON.parse(proxied.out)).toMatchObject({ version: 'v2' });

    const undo = await kubectl('rollout', 'undo', 'deployment/web');
    expect(undo).toMatchObject({ code: 0, out: expect.stringContaining('rolled back') });
    expect((await kubectl('rollout', 'status', 'deployment/web', '--timeout=60s')).code).toBe(0);
    const image = await kubectl(
      'get',
      'deployment',
      'web',
      '-o',
      'jsonpath={.spec.template.spec.containers[0].image} {.metadata.annotations}',
    );
    expect(image.out).toMatch(/^registry\.example\.com\/web:v1 .*"deployment.kubernetes.io\/revision":"3"/);
    // the rollback reused revision 1's ReplicaSet instead of creating a third one
    const rs = await kubectl(
      'get',
      'rs',
      '-l',
      'app=web',
      '-o',
      'jsonpath={range .items[*]}{.spec.replicas}{" "}{end}',
    );
    expect(rs.out.trim().split(' ').sort()).toEqual(['0', '2']);

    const scaled = await kubectl('scale', 'deployment/web', '--replicas=3');
    expect(scaled.code).toBe(0);
    expect((await kubectl('rollout', 'status', 'deployment/web', '--timeout=60s')).code).toBe(0);
    const logs = await kubectl('logs', 'deployment/web');
    expect(logs.out).toContain('listening on :8080');

    const del = await kubectl('delete', 'deployment', 'web', '--wait=true', '--timeout=60s');
    // kubectl ≥ 1.33 adds the namespace to the message
    expect(del.out).toMatch(/^deployment\.apps "web" deleted( from default namespace)?\n$/);
    const left = await kubectl('get', 'pods', '-l', 'app=web', '-o', 'name');
    expect(left.out).toBe('');
  }, 180_000); // a dozen real kubectl runs; slow when the whole suite shares two cores
});
