/**
 * Job mode on the Kubernetes simulator, with the Job's pod running a real process (a golang-migrate stand-in
 * mapped from the release image's command) against a real PostgreSQL: the pod gets the app's service account
 * and env (DATABASE_URL from the app's Secret), runs under Keelson's lock, its logs stream into the step log
 * (masked), the exit code decides, and the Job is deleted on success, kept on failure, deleted with its pod
 * when stopped.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run, runPost } from '../src/actions/migrate/main.js';
import { runLocally, type LocalRun } from '../src/lib/local-runner.js';
import { startKubeEmulator, type KubeEmulator } from './emulators/kube/index.js';
import { startPostgres, type TestPostgres } from './helpers/postgres.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const DOUBLE = join(root, 'test/doubles/golang-migrate.mjs');
const DIGEST = `sha256:${'4f'.repeat(32)}`;
let db: TestPostgres;
let kube: KubeEmulator;
let kubeconfig: string;
const dirs: string[] = [];
/** The release image's filesystem: where `/app/migrations` is for the process the simulator starts. */
let imageMigrations = '';

beforeAll(async () => {
  [db, kube] = await Promise.all([startPostgres(), startKubeEmulator({ tickMs: 100 })]);
  const dir = mkdtempSync(join(tmpdir(), 'keelson-job-'));
  dirs.push(dir);
  kubeconfig = join(dir, 'kubeconfig');
  await kube.writeKubeconfig(kubeconfig);
  // The image's entrypoint `/app/migrate` is golang-migrate; here a local stand-in of it.
  kube.sim.process('registry.example/orders', (c) => ({
    argv: [
      process.execPath,
      DOUBLE,
      ...[...c.command.slice(1), ...c.args].map((a) => (a === '/app/migrations' ? imageMigrations : a)),
    ],
    env: { ...c.env, PATH: process.env.PATH ?? '' },
  }));
}, 60_000);
afterAll(async () => {
  await Promise.all([kube?.close(), db?.stop()]);
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function app(opts: { secret?: string; extraEnv?: string } = {}): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders
  labels: { app: orders }
spec:
  replicas: 2
  selector:
    matchLabels: { app: orders }
  template:
    metadata:
      labels: { app: orders }
      annotations: { team: payments }
    spec:
      serviceAccountName: orders
      containers:
        - name: orders
          image: registry.example/orders:v7
          command: ["node", "server.js"]
          ports: [{ containerPort: 8080 }]
          readinessProbe: { httpGet: { path: /healthz, port: 8080 } }
          env:
            - name: DATABASE_URL
              valueFrom: { secretKeyRef: { name: ${opts.secret ?? 'orders-db'}, key: url } }
            - name: MIGRATE_DOUBLE_PRINT
              value: "connecting to $(DATABASE_URL)"
${opts.extraEnv ?? ''}`;
}

async function setup(
  migrations: Record<string, string>,
  manifest: string,
): Promise<{ ws: string; name: string; url: string }> {
  const { name, url } = await db.createDatabase('job');
  const ws = mkdtempSync(join(tmpdir(), 'keelson-job-ws-'));
  dirs.push(ws);
  mkdirSync(join(ws, 'migrations'));
  for (const [f, sql] of Object.entries(migrations)) writeFileSync(join(ws, 'migrations', f), sql);
  writeFileSync(join(ws, 'app.yaml'), manifest);
  imageMigrations = join(ws, 'migrations');
  // the app's Secret, as the platform created it
  const existing = kube.objects.get('Secret', 'default', 'orders-db');
  if (existing)
    await fetch(`${kube.url}/api/v1/namespaces/default/secrets/orders-db`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${kube.token}` },
    });
  kube.objects.create({
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 'orders-db', namespace: 'default' },
    data: { url: Buffer.from(url).toString('base64') },
  } as never);
  return { ws, name, url };
}

async function job(
  ws: string,
  url: string,
  over: Record<string, string> = {},
  echo?: (line: string) => void,
): Promise<LocalRun> {
  return runLocally(run, {
    echo,
    inputs: {
      mode: 'job',
      kubeconfig,
      service: 'orders',
      manifests: 'app.yaml',
      images: `orders=registry.example/orders@${DIGEST}`,
      command: '/app/migrate -path /app/migrations -database $(DATABASE_URL) up',
      'database-url': url,
      ...over,
    },
    env: { GITHUB_WORKSPACE: ws, GITHUB_RUN_ID: '77', GITHUB_RUN_ATTEMPT: '1' },
  });
}

const errors = (r: LocalRun): string[] =>
  r.annotations.filter((a) => a.command === 'error').map((a) => a.message);
/** What a user can see: the log without the ::add-mask:: lines the runner consumes. */
const visible = (r: LocalRun): string => r.log.filter((l) => !l.startsWith('::add-mask::')).join('\n');
/** The Job this run created, named in its log. */
const jobOf = (r: LocalRun): string =>
  /Job default\/(orders-migrate-[a-z0-9]+)/.exec(r.log.join('\n'))?.[1] ?? '';
const jobExists = (name: string): boolean => kube.objects.get('Job', 'default', name) !== undefined;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the Job object as the API server received it
const createdJob = (): any => {
  const post = [...kube.requests].reverse().find((q) => q.method === 'POST' && q.path.endsWith('/jobs'));
  return post?.body;
};

describe('migrate action, job mode', () => {
  it("runs the migrator in the release image with the app's service account and env, under the lock; logs stream, masked", async () => {
    const { ws, name, url } = await setup(
      {
        '1_create_orders.up.sql': 'CREATE TABLE orders (id bigserial PRIMARY KEY);',
        '2_add_total.up.sql': 'ALTER TABLE orders ADD COLUMN total numeric(12,2);',
      },
      app(),
    );
    const r = await job(ws, url);
    expect(errors(r)).toEqual([]);
    expect(r.outputs.status).toBe('migrated');
    const log = r.log.join('\n');
    // the pod's output, streamed into the step log inside ::stop-commands::
    expect(log).toMatch(/keelson-lock: held by pid \d+/);
    expect(log).toContain('1/u create_orders');
    expect(log).toContain('2/u add_total');
    expect(log).toContain('connecting to ***');
    expect(visible(r)).not.toContain(db.password);
    expect(await db.query('SELECT version, dirty FROM schema_migrations', name)).toEqual([
      { version: '2', dirty: false },
    ]);

    const spec = createdJob();
    expect(spec.metadata.name).toMatch(/^orders-migrate-[a-z0-9]+$/);
    expect(spec.spec).toMatchObject({
      backoffLimit: 0,
      activeDeadlineSeconds: 1860,
      ttlSecondsAfterFinished: 86400,
    });
    const pod = spec.spec.template;
    expect(pod.metadata.labels).toEqual({
      'app.kubernetes.io/managed-by': 'keelson',
      'keelson.dev/migrate': 'orders',
    });
    expect(pod.metadata.annotations).toEqual({ team: 'payments' });
    expect(pod.spec).toMatchObject({ serviceAccountName: 'orders', restartPolicy: 'Never' });
    expect(pod.spec.containers).toHaveLength(1);
    const c = pod.spec.containers[0];
    expect(c.image).toBe(`registry.example/orders@${DIGEST}`);
    expect(c.command).toEqual([
      '/app/migrate',
      '-path',
      '/app/migrations',
      '-database',
      '$(DATABASE_URL)',
      'up',
    ]);
    expect(c.ports).toBeUndefined();
    expect(c.readinessProbe).toBeUndefined();
    expect(c.env.map((e: { name: string }) => e.name)).toEqual([
      'DATABASE_URL',
      'MIGRATE_DOUBLE_PRINT',
      'PGAPPNAME',
      'KEELSON_MIGRATE_LOCK',
      'KEELSON_MIGRATE_LOCK_PID',
    ]);
    // a successful Job is deleted; the lock is free again
    expect(jobExists(spec.metadata.name)).toBe(false);
    // the post step had the running Job recorded, and nothing left to do once it was cleaned up
    expect(r.state['migrate-job']).toBe('');
    expect(await db.query("SELECT 1 FROM pg_locks WHERE locktype = 'advisory'", name)).toEqual([]);
  }, 30_000);

  it('a failing migration fails the step with the exit code and last line; the Job is kept for inspection', async () => {
    const { ws, url } = await setup(
      { '1_bad.up.sql': 'CREATE TABLE t (id int); SELECT missing FROM t;' },
      app(),
    );
    const r = await job(ws, url, { lint: 'false' });
    expect(r.failed).toBe(true);
    expect(errors(r)).toEqual([
      expect.stringMatching(
        /^The migration Job default\/orders-migrate-[a-z0-9]+ failed: the container exited with code 1: error: migration failed in line 0: 1_bad\.up\.sql \(details: pq: column "missing" does not exist\)\. It is kept for 24h \(job-ttl\): kubectl logs -n default job\/orders-migrate-[a-z0-9]+$/,
      ),
    ]);
    expect(r.log.join('\n')).toContain('error: migration failed in line 0: 1_bad.up.sql');
    const kept = kube.objects.get('Job', 'default', jobOf(r)) as unknown as {
      spec: { ttlSecondsAfterFinished: number };
      status?: { conditions?: { type: string }[] };
    };
    expect(kept.status?.conditions?.map((c) => c.type)).toEqual(['FailureTarget', 'Failed']);
    expect(kept.spec.ttlSecondsAfterFinished).toBe(86400);
    expect(r.outputs.status).toBe('failed');
  }, 30_000);

  it("a container that cannot start (its Secret is missing) fails at once with the kubelet's reason; the Job is deleted", async () => {
    const { ws, url } = await setup({ '1_a.up.sql': 'SELECT 1;' }, app({ secret: 'orders-db-v2' }));
    const r = await job(ws, url);
    expect(errors(r)).toEqual([
      expect.stringMatching(
        /^The migration Job's container cannot start: CreateContainerConfigError: secret "orders-db-v2" not found\. The Job default\/orders-migrate-[a-z0-9]+ was deleted; nothing ran\.$/,
      ),
    ]);
    expect(jobExists(jobOf(r))).toBe(false);
  }, 30_000);

  it('a migration that runs past the timeout is stopped: the Job and its pod are deleted before the lock is released', async () => {
    const { ws, name, url } = await setup(
      { '1_a.up.sql': 'CREATE TABLE a (id int);' },
      app({ extraEnv: '            - name: MIGRATE_DOUBLE_SLEEP\n              value: "60000"\n' }),
    );
    const r = await job(ws, url, { timeout: '3s' });
    expect(errors(r)).toEqual([
      expect.stringMatching(
        /^The migration was stopped: timed out after 3s \(timeout\)\. The Job default\/orders-migrate-[a-z0-9]+ and its pod were deleted\.$/,
      ),
    ]);
    expect(jobExists(jobOf(r))).toBe(false);
    expect(kube.objects.list('Pod', 'default', `job-name=${jobOf(r)}`)).toEqual([]);
    // nothing of the migrator is left in the database, and it applied nothing
    const sessions = await db.query(
      "SELECT 1 FROM pg_stat_activity WHERE application_name LIKE 'keelson-migrate-child%'",
      name,
    );
    expect(sessions).toEqual([]);
    expect(await db.query("SELECT to_regclass('a')::text AS t", name)).toEqual([{ t: null }]);
  }, 30_000);

  it('a log stream dropped by an API server outage resumes without repeating or losing lines', async () => {
    const { ws, url } = await setup(
      { '1_a.up.sql': 'CREATE TABLE a (id int);' },
      app({ extraEnv: '            - name: MIGRATE_DOUBLE_SLEEP\n              value: "2500"\n' }),
    );
    let cut = false;
    const r = await job(ws, url, {}, (line) => {
      if (!cut && line.startsWith('connecting to')) {
        cut = true;
        kube.outage(400);
      }
    });
    expect(cut).toBe(true);
    expect(errors(r)).toEqual([]);
    expect(r.log.some((l) => /^The log stream of orders-migrate-\S+ broke/.test(l))).toBe(true);
    const count = (p: RegExp): number => r.log.filter((l) => p.test(l)).length;
    expect(count(/^keelson-lock: held by pid/)).toBe(1);
    expect(count(/^connecting to/)).toBe(1);
    expect(count(/^1\/u a /)).toBe(1);
  }, 30_000);

  it('the post step deletes a migration Job the main step left running (killed before it could clean up)', async () => {
    const { url } = await setup({ '1_a.up.sql': 'SELECT 1;' }, app());
    const name = 'orders-migrate-orphan';
    kube.objects.create({
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name, namespace: 'default', labels: { 'keelson.dev/migrate': 'orders' } },
      spec: {
        backoffLimit: 0,
        template: {
          spec: {
            restartPolicy: 'Never',
            containers: [
              {
                name: 'orders',
                image: `registry.example/orders@${DIGEST}`,
                command: ['/app/migrate', '-path', '/app/migrations', '-database', '$(DATABASE_URL)', 'up'],
                env: [
                  { name: 'DATABASE_URL', value: url },
                  { name: 'MIGRATE_DOUBLE_SLEEP', value: '60000' },
                ],
              },
            ],
          },
        },
      },
    } as never);
    await kube.sim.until(() =>
      kube.objects
        .list('Pod', 'default', `job-name=${name}`)
        .some((p) => (p as { status?: { phase?: string } }).status?.phase === 'Running'),
    );
    const inputs = {
      mode: 'job',
      kubeconfig,
      service: 'orders',
      command: '/app/migrate up',
      'database-url': url,
    };
    const r = await runLocally(runPost, { inputs, state: { 'migrate-job': `default/${name}` } });
    expect(errors(r)).toEqual([]);
    expect(r.log).toContain(
      `The migration Job default/${name} was still running when the step ended; deleted it and its pod.`,
    );
    expect(jobExists(name)).toBe(false);
    expect(kube.objects.list('Pod', 'default', `job-name=${name}`)).toEqual([]);
    // nothing recorded (the main step cleaned up itself): the post step does nothing
    const idle = await runLocally(runPost, { inputs, state: {} });
    expect(idle.log).toEqual([]);
  }, 30_000);

  it('refuses an image that is not pinned by digest, in one line', async () => {
    const { ws, url } = await setup({ '1_a.up.sql': 'SELECT 1;' }, app());
    const r = await job(ws, url, { images: '' });
    expect(errors(r)).toEqual([
      "Job mode runs migrations from exactly the image that is deployed, pinned by digest; container 'orders' has 'registry.example/orders:v7'. Give 'images: orders=<repository>@sha256:<digest>' (the digest the deploy step rolls out).",
    ]);
    expect(r.log.join('\n')).not.toContain('Created Job');
  });
});
