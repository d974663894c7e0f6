/* global setTimeout, Buffer, fetch */
// ECR promotion rows: a 50 MB image (5 random, incompressible 10 MB layers) promoted with the ecr-promote bundle
// within one repository and into a fresh repository on the same registry, against `skopeo copy` of the same
// image on the same registry, runs interleaved. The registry is the ECR emulator (`keelson ecr-sim`: the ECR
// API over a real docker-registry); what each run sent is read from the emulator's request log, so the
// notes give bytes moved, blob uploads, mounts and API calls per run, not only time.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes, createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const REPS = 7;
const LAYERS = 5;
const LAYER_BYTES = 10 * 1024 * 1024;
const ACCOUNT = '111122223333';
const REGION = 'eu-west-1';

const sha = (b) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

export default async function bench(lib) {
  const names = {
    same: 'ecr-promote 50 MB image within a repository vs skopeo copy',
    cross: 'ecr-promote 50 MB image to another repository (same registry) vs skopeo copy',
  };
  if (!lib.wants(names.same) && !lib.wants(names.cross)) return [];
  for (const tool of ['docker-registry', 'skopeo']) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) {
      throw new Error(`${tool} is not installed (scripts/ensure-tools.sh installs it)`);
    }
  }
  const dir = lib.tempDir('ecr');
  const envFile = join(dir, 'sim.env');
  lib.log('starting keelson ecr-sim');
  const sim = spawn(
    lib.node,
    [
      join(lib.root, 'bin/keelson.js'),
      'ecr-sim',
      '--registry',
      `${ACCOUNT}:${REGION}`,
      '--env-out',
      envFile,
      '--blob-mounting',
    ],
    {
      env: lib.cleanEnv(),
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let simErr = '';
  sim.stderr.on('data', (c) => (simErr += c));
  try {
    for (let i = 0; i < 200 && !existsSync(envFile); i++) await new Promise((r) => setTimeout(r, 50));
    if (!existsSync(envFile)) throw new Error(`keelson ecr-sim did not start: ${simErr}`);
    const simEnv = Object.fromEntries(
      readFileSync(envFile, 'utf8')
        .trim()
        .split('\n')
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
    );
    return await measure(lib, names, dir, simEnv);
  } finally {
    sim.kill('SIGTERM');
    await new Promise((r) => sim.once('exit', r));
  }
}

async function measure(lib, names, dir, simEnv) {
  const { ECRClient, CreateRepositoryCommand, GetAuthorizationTokenCommand } =
    await import('@aws-sdk/client-ecr');
  const ecr = new ECRClient({
    region: REGION,
    endpoint: simEnv.AWS_ENDPOINT_URL_ECR,
    credentials: { accessKeyId: simEnv.AWS_ACCESS_KEY_ID, secretAccessKey: simEnv.AWS_SECRET_ACCESS_KEY },
  });
  const createRepo = (name) =>
    ecr.send(new CreateRepositoryCommand({ repositoryName: name, imageTagMutability: 'MUTABLE' }));
  const auth = (await ecr.send(new GetAuthorizationTokenCommand({}))).authorizationData[0];
  const base = auth.proxyEndpoint;
  const host = new URL(base).host;
  const basic = `Basic ${auth.authorizationToken}`;
  const [user, password] = Buffer.from(auth.authorizationToken, 'base64').toString('utf8').split(':');
  const authFile = join(dir, 'auth.json');
  writeFileSync(authFile, JSON.stringify({ auths: { [host]: { auth: auth.authorizationToken } } }), {
    mode: 0o600,
  });
  void user;
  void password;

  // The 50 MB image, pushed through the registry API.
  await createRepo('bench/app');
  lib.log(`pushing a ${(LAYERS * LAYER_BYTES) / 1048576} MB image`);
  const pushBlob = async (data) => {
    const digest = sha(data);
    const start = await fetch(`${base}/v2/bench/app/blobs/uploads/`, {
      method: 'POST',
      headers: { authorization: basic },
    });
    const loc = new URL(start.headers.get('location'), base);
    loc.searchParams.set('digest', digest);
    const put = await fetch(loc, {
      method: 'PUT',
      headers: { authorization: basic, 'content-type': 'application/octet-stream' },
      body: data,
    });
    if (put.status !== 201) throw new Error(`blob PUT ${put.status}`);
    return { digest, size: data.length };
  };
  const layers = [];
  // Real gzip streams (of random, so incompressible, data): copy tools look inside layers' compression.
  for (let i = 0; i < LAYERS; i++) {
    const layer = gzipSync(randomBytes(LAYER_BYTES), { level: 1 });
    layers.push({ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', ...(await pushBlob(layer)) });
  }
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      rootfs: { type: 'layers', diff_ids: layers.map((l) => l.digest) },
    }),
  );
  const cfg = await pushBlob(config);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...cfg },
      layers,
    }),
  );
  const digest = sha(manifest);
  const mput = await fetch(`${base}/v2/bench/app/manifests/sha-bench`, {
    method: 'PUT',
    headers: { authorization: basic, 'content-type': 'application/vnd.oci.image.manifest.v1+json' },
    body: manifest,
  });
  if (mput.status !== 201) throw new Error(`manifest PUT ${mput.status}`);
  const image = `${host}/bench/app@${digest}`;

  const stats = async () => await (await fetch(`${simEnv.AWS_ENDPOINT_URL_ECR}/_keelson/requests`)).json();
  const delta = (before, after) => {
    const reqs = after.registries[0].requests.slice(before.registries[0].requests.length);
    const uploads = reqs.filter((q) => q.kind === 'upload');
    return {
      apiCalls: after.api.length - before.api.length,
      registryRequests: reqs.length,
      blobUploadRequests: uploads.filter((q) => !(q.method === 'POST' && q.mounted)).length,
      mounts: uploads.filter((q) => q.mounted).length,
      bytesUploaded: uploads.reduce((n, q) => n + q.bytesIn, 0),
      bytesDownloaded: reqs.filter((q) => q.kind === 'blob').reduce((n, q) => n + q.bytesOut, 0),
    };
  };
  const servedDigest = async (repo, tag) => {
    const r = await fetch(`${base}/v2/${repo}/manifests/${tag}`, {
      method: 'HEAD',
      headers: { authorization: basic, accept: 'application/vnd.oci.image.manifest.v1+json' },
    });
    return r.headers.get('docker-content-digest');
  };

  const promoteCmd = (inputs) => ({
    argv: [lib.node, join(lib.root, 'dist/ecr-promote/index.js')],
    env: { ...lib.actionEnv(dir, inputs), ...simEnv },
    expect: (r) => {
      if (r.status !== 0) throw new Error(`ecr-promote failed: ${r.stdout}${r.stderr}`);
    },
  });
  const skopeoCmd = (to) => ({
    argv: [
      'skopeo',
      'copy',
      '--authfile',
      authFile,
      '--src-tls-verify=false',
      '--dest-tls-verify=false',
      '--preserve-digests',
      '--quiet',
      `docker://${image}`,
      `docker://${host}/${to}`,
    ],
    env: lib.cleanEnv(),
  });

  const cases = [];
  if (lib.wants(names.same)) {
    cases.push({
      key: 'same',
      subject: (i) => ({
        cmd: promoteCmd({ image, tags: `k-${i}` }),
        check: () => servedDigest('bench/app', `k-${i}`),
      }),
      baseline: (i) => ({
        cmd: skopeoCmd(`bench/app:s-${i}`),
        check: () => servedDigest('bench/app', `s-${i}`),
      }),
    });
  }
  if (lib.wants(names.cross)) {
    cases.push({
      key: 'cross',
      subject: (i) => ({
        repo: `bench/prod-k-${i}`,
        cmd: promoteCmd({ image, repository: `bench/prod-k-${i}`, tags: 'prod' }),
        check: () => servedDigest(`bench/prod-k-${i}`, 'prod'),
      }),
      baseline: (i) => ({
        repo: `bench/prod-s-${i}`,
        cmd: skopeoCmd(`bench/prod-s-${i}:prod`),
        check: () => servedDigest(`bench/prod-s-${i}`, 'prod'),
      }),
    });
  }
  const results = {};
  for (const c of cases) results[c.key] = { subject: [], baseline: [], subjectStats: [], baselineStats: [] };
  const warmup = 1;
  for (let round = 0; round < warmup + REPS; round++) {
    for (const c of cases) {
      const order = round % 2 === 0 ? ['subject', 'baseline'] : ['baseline', 'subject'];
      for (const side of order) {
        const run = c[side](`${round}`);
        if (run.repo) await createRepo(run.repo);
        const before = await stats();
        const r = lib.run(run.cmd);
        const after = await stats();
        const got = await run.check();
        if (got !== digest)
          throw new Error(`${side} ${c.key} run ${round}: target serves ${got}, not ${digest}`);
        const d = delta(before, after);
        // The claims, checked on every run: within a repository not one registry request (so no layer byte);
        // across repositories of one registry every blob mounted, none uploaded.
        if (side === 'subject' && c.key === 'same' && d.registryRequests !== 0) {
          throw new Error(`ecr-promote within a repository sent ${d.registryRequests} registry requests`);
        }
        if (
          side === 'subject' &&
          c.key === 'cross' &&
          (d.blobUploadRequests !== 0 || d.mounts !== LAYERS + 1)
        ) {
          throw new Error(
            `ecr-promote across repositories: ${d.blobUploadRequests} uploads, ${d.mounts} mounts`,
          );
        }
        if (round >= warmup) {
          results[c.key][side].push(r.ms);
          results[c.key][`${side}Stats`].push(d);
        }
      }
    }
  }
  ecr.destroy();

  const mb = (n) => `${(n / 1048576).toFixed(1)} MB`;
  const describe = (s) =>
    `${mb(s.bytesUploaded)} uploaded in ${s.blobUploadRequests} blob upload requests, ${s.mounts} mounts, ` +
    `${mb(s.bytesDownloaded)} of blobs read, ${s.registryRequests} registry requests, ${s.apiCalls} ECR API calls`;
  const rows = [];
  for (const c of cases) {
    const r = results[c.key];
    const s = r.subjectStats.at(-1);
    const b = r.baselineStats.at(-1);
    rows.push({
      name: names[c.key],
      subject: lib.median(r.subject),
      baseline: lib.median(r.baseline),
      unit: 'ms',
      // Time is secondary here (a Node process and signed API calls against a Go binary on loopback, where a
      // request costs nothing); these goals catch a regression such as blobs read where none should be.
      goal: c.key === 'same' ? 3 : 2.5,
      baselineName: '`skopeo copy`, same registry',
      note:
        `${names[c.key]}, ${REPS} interleaved runs each, per run — ecr-promote: ${describe(s)}; ` +
        `skopeo copy: ${describe(b)}. Digest checked in the target after every run.`,
      subjectStats: r.subjectStats,
      baselineStats: r.baselineStats,
    });
  }
  return rows;
}
