/**
 * The ecr-promote action through the runner protocol against the ECR emulator (real docker-registry behind
 * it). Each test pushes its own images, then asserts what users see: outputs, the one error line, the job
 * summary, the registry's contents read back with @aws-sdk/client-ecr, and the blob upload requests the
 * registry endpoint received.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  BatchGetImageCommand,
  CreateRepositoryCommand,
  DescribeImagesCommand,
  ECRClient,
  GetAuthorizationTokenCommand,
} from '@aws-sdk/client-ecr';
import { run as promote } from '../src/actions/ecr-promote/main.js';
import { runLocally, type LocalRun } from '../src/lib/local-runner.js';
import { startEcrSim, type EcrSim } from '../src/sim/ecr/index.js';
import {
  DOCKER_MANIFEST,
  OCI_INDEX,
  pushImage,
  pushIndex,
  type PushedImage,
  type Target,
} from './helpers/oci.js';
import { setProcessEnv } from './helpers/env.js';

const A = { accountId: '111122223333', region: 'eu-west-1', blobMounting: true };
const B = { accountId: '444455556666', region: 'us-east-1', blobMounting: false };
let sim: EcrSim;
let env: Record<string, string>;
const clients: ECRClient[] = [];
let restoreEnv: () => void = () => undefined;

beforeAll(async () => {
  sim = await startEcrSim({ registries: [A, B] });
  env = {
    ...sim.env(A.region, A.accountId),
    GITHUB_ACTOR: 'octocat',
    GITHUB_EVENT_NAME: 'workflow_dispatch',
  };
  restoreEnv = setProcessEnv(sim.env(A.region, A.accountId));
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  restoreEnv();
  await sim?.close();
});

function sdk(region = A.region): ECRClient {
  const c = new ECRClient({ region });
  clients.push(c);
  return c;
}

async function repo(
  name: string,
  opts: { mutability?: 'MUTABLE' | 'IMMUTABLE'; at?: typeof A; kmsKey?: string } = {},
): Promise<Target> {
  const at = opts.at ?? A;
  const c = sdk(at.region);
  await c.send(
    new CreateRepositoryCommand({
      repositoryName: name,
      registryId: at.accountId,
      imageTagMutability: opts.mutability ?? 'MUTABLE',
      ...(opts.kmsKey ? { encryptionConfiguration: { encryptionType: 'KMS', kmsKey: opts.kmsKey } } : {}),
    }),
  );
  const auth = await c.send(new GetAuthorizationTokenCommand({ registryIds: [at.accountId] }));
  const d = auth.authorizationData?.[0];
  return {
    url: d?.proxyEndpoint ?? '',
    basic: Buffer.from(d?.authorizationToken ?? '', 'base64').toString('utf8'),
  };
}

async function tagsOf(name: string, digest: string, at = A): Promise<string[]> {
  const out = await sdk(at.region).send(
    new DescribeImagesCommand({
      repositoryName: name,
      registryId: at.accountId,
      imageIds: [{ imageDigest: digest }],
    }),
  );
  return [...(out.imageDetails?.[0]?.imageTags ?? [])].sort();
}

async function manifestBytes(name: string, digest: string, at = A): Promise<string | undefined> {
  const out = await sdk(at.region).send(
    new BatchGetImageCommand({
      repositoryName: name,
      registryId: at.accountId,
      imageIds: [{ imageDigest: digest }],
      acceptedMediaTypes: [
        'application/vnd.oci.image.manifest.v1+json',
        'application/vnd.oci.image.index.v1+json',
        'application/vnd.docker.distribution.manifest.v2+json',
      ],
    }),
  );
  return out.images?.[0]?.imageManifest;
}

const errors = (r: LocalRun): string[] =>
  r.annotations.filter((a) => a.command === 'error').map((a) => a.message);
const hostA = (): string => sim.registry(A.accountId, A.region).host;
const regA = () => sim.registry(A.accountId, A.region);

function ref(name: string, img: PushedImage, host = hostA()): string {
  return `${host}/${name}@${img.digest}`;
}

async function runPromote(
  inputs: Record<string, string>,
  extraEnv: Record<string, string> = {},
): Promise<LocalRun> {
  return runLocally(promote, { inputs, env: { ...env, ...extraEnv } });
}

describe('ecr-promote within a repository', () => {
  it('re-puts the exact manifest under the new tag: same digest, 0 blob uploads, an audit summary', async () => {
    const t = await repo('web');
    const img = await pushImage(t, 'web', { layers: [5000, 7000], tag: 'sha-1' });
    const requestsBefore = regA().requests.length;
    const r = await runPromote(
      { image: ref('web', img), tags: 'staging' },
      { GITHUB_REPOSITORY: 'acme/web', GITHUB_RUN_ID: '42', GITHUB_RUN_ATTEMPT: '1' },
    );
    expect(errors(r)).toEqual([]);
    expect(r.outputs).toEqual({ image: ref('web', img), digest: img.digest, mode: 'same-repository' });
    expect(await tagsOf('web', img.digest)).toEqual(['sha-1', 'staging']);
    expect(await manifestBytes('web', img.digest)).toBe(img.bytes.toString('utf8'));
    // Not one request reached the registry endpoint: no blob read, no blob written.
    expect(regA().requests.slice(requestsBefore)).toEqual([]);
    expect(regA().blobWrites(requestsBefore)).toHaveLength(0);
    expect(r.summary).toContain('### ✅ Promoted');
    expect(r.summary).toContain(`| From | \`${ref('web', img)}\` |`);
    expect(r.summary).toContain(`| To | \`${ref('web', img)}\` |`);
    expect(r.summary).toContain('| Triggered by | @octocat (workflow_dispatch) |');
    expect(r.summary).toContain('[42/1](https://github.com/acme/web/actions/runs/42)');
    expect(r.summary).toContain('| `staging` | added |');
  });

  it('is idempotent: a second run changes nothing and succeeds', async () => {
    const t = await repo('idem', { mutability: 'IMMUTABLE' });
    const img = await pushImage(t, 'idem', { tag: 'sha-2' });
    const first = await runPromote({ image: ref('idem', img), tags: 'prod' });
    expect(errors(first)).toEqual([]);
    const puts = sim.api.filter((a) => a.operation === 'PutImage').length;
    const again = await runPromote({ image: ref('idem', img), tags: 'prod' });
    expect(errors(again)).toEqual([]);
    expect(again.outputs.digest).toBe(img.digest);
    expect(sim.api.filter((a) => a.operation === 'PutImage').length).toBe(puts);
    expect(again.summary).toContain('### ✅ Already promoted');
    expect(again.summary).toContain('| `prod` | already there |');
  });

  it('an immutable tag holding another image is one clear error, and nothing changes', async () => {
    const t = await repo('locked', { mutability: 'IMMUTABLE' });
    const a = await pushImage(t, 'locked', { tag: 'prod' });
    const b = await pushImage(t, 'locked', { tag: 'sha-b' });
    const r = await runPromote({ image: ref('locked', b), tags: 'qa, prod' });
    expect(r.failed).toBe(true);
    expect(errors(r)).toEqual([
      `Tag 'prod' (on sha256:${a.digest.slice(7, 19)}…) already exists in repository 'locked', whose tags are ` +
        `immutable (IMMUTABLE); it cannot be moved to sha256:${b.digest.slice(7, 19)}…. Nothing was changed. ` +
        'Promote under a new tag, or exclude moving tags from immutability (IMMUTABLE_WITH_EXCLUSION).',
    ]);
    expect(await tagsOf('locked', a.digest)).toEqual(['prod']);
    expect(await tagsOf('locked', b.digest)).toEqual(['sha-b']); // 'qa' was not added either
  });

  it('moves a tag in a mutable repository and says from where', async () => {
    const t = await repo('movable');
    const a = await pushImage(t, 'movable', { tag: 'staging', mediaType: DOCKER_MANIFEST });
    const b = await pushImage(t, 'movable', { mediaType: DOCKER_MANIFEST });
    const r = await runPromote({ image: ref('movable', b), tags: 'staging' });
    expect(errors(r)).toEqual([]);
    expect(await tagsOf('movable', b.digest)).toEqual(['staging']);
    expect(await tagsOf('movable', a.digest)).toEqual([]);
    expect(r.summary).toContain(`| \`staging\` | moved from \`${a.digest.slice(0, 19)}…\` |`);
    // Docker v2 manifests keep their media type.
    expect(await manifestBytes('movable', b.digest)).toBe(b.bytes.toString('utf8'));
  });
});

describe('ecr-promote to another repository', () => {
  it('mounts every blob on the same registry: no blob bytes uploaded, digest verified', async () => {
    const src = await repo('svc');
    await repo('svc-prod');
    const img = await pushImage(src, 'svc', { layers: [10_000, 20_000, 30_000], tag: 'sha-3' });
    const since = regA().requests.length;
    const r = await runPromote({ image: ref('svc', img), repository: 'svc-prod', tags: 'prod' });
    expect(errors(r)).toEqual([]);
    expect(r.outputs).toEqual({ image: ref('svc-prod', img), digest: img.digest, mode: 'mount' });
    expect(await tagsOf('svc-prod', img.digest)).toEqual(['prod']);
    expect(await manifestBytes('svc-prod', img.digest)).toBe(img.bytes.toString('utf8'));
    const after = regA().requests.slice(since);
    expect(after.filter((q) => q.kind === 'upload' && q.mounted === true)).toHaveLength(img.blobs.length);
    expect(regA().blobWrites(since)).toHaveLength(0);
    expect(after.reduce((n, q) => n + (q.kind === 'upload' ? q.bytesIn : 0), 0)).toBe(0);
    expect(r.summary).toContain(
      `same registry: ${img.blobs.length} blob(s) mounted, 0 already there, 0 streamed`,
    );
  });

  it('streams into the upload ECR opens when it declines the mount (blob mounting off)', async () => {
    const src = await repo('nomount');
    await repo('nomount-prod');
    const img = await pushImage(src, 'nomount', { layers: [4096, 8192] });
    regA().setBlobMounting(false);
    try {
      const since = regA().requests.length;
      const r = await runPromote({ image: ref('nomount', img), repository: 'nomount-prod', tags: 'prod' });
      expect(errors(r)).toEqual([]);
      expect(r.outputs.mode).toBe('mount');
      expect(await tagsOf('nomount-prod', img.digest)).toEqual(['prod']);
      const uploaded = regA()
        .requests.slice(since)
        .filter((q) => q.kind === 'upload' && q.method === 'PATCH');
      expect(uploaded.reduce((n, q) => n + q.bytesIn, 0)).toBe(img.blobs.reduce((n, b) => n + b.size, 0));
      expect(r.summary).toContain(`0 blob(s) mounted, 0 already there, ${img.blobs.length} streamed`);
    } finally {
      regA().setBlobMounting(true);
    }
  });

  it('streams blobs to another account and region, then verifies the digest there', async () => {
    const src = await repo('api');
    await repo('api', { at: B });
    const img = await pushImage(src, 'api', { layers: [3000, 6000] });
    const regB = sim.registry(B.accountId, B.region);
    const since = regB.requests.length;
    const r = await runPromote({
      image: ref('api', img),
      tags: 'prod',
      'target-region': B.region,
      'target-registry-id': B.accountId,
    });
    expect(errors(r)).toEqual([]);
    expect(r.outputs).toEqual({
      image: `${regB.host}/api@${img.digest}`,
      digest: img.digest,
      mode: 'stream',
    });
    expect(await tagsOf('api', img.digest, B)).toEqual(['prod']);
    expect(await manifestBytes('api', img.digest, B)).toBe(img.bytes.toString('utf8'));
    const patches = regB.requests.slice(since).filter((q) => q.kind === 'upload' && q.method === 'PATCH');
    expect(patches.reduce((n, q) => n + q.bytesIn, 0)).toBe(img.blobs.reduce((n, b) => n + b.size, 0));
    // A re-run finds everything in place.
    const again = await runPromote({
      image: ref('api', img),
      tags: 'prod',
      'target-region': B.region,
      'target-registry-id': B.accountId,
    });
    expect(errors(again)).toEqual([]);
    expect(again.summary).toContain(`0 blob(s) streamed (0 B), ${img.blobs.length} already there`);
  });

  it('a multi-arch index keeps every platform, in the same and in another repository', async () => {
    const t = await repo('multi');
    await repo('multi-prod');
    const amd = await pushImage(t, 'multi', { platform: { os: 'linux', architecture: 'amd64' } });
    const arm = await pushImage(t, 'multi', { platform: { os: 'linux', architecture: 'arm64' } });
    const index = await pushIndex(
      t,
      'multi',
      [
        { image: amd, platform: { os: 'linux', architecture: 'amd64' } },
        { image: arm, platform: { os: 'linux', architecture: 'arm64' } },
      ],
      'sha-4',
    );
    const same = await runPromote({ image: ref('multi', index), tags: 'release' });
    expect(errors(same)).toEqual([]);
    expect(await manifestBytes('multi', index.digest)).toBe(index.bytes.toString('utf8'));
    const cross = await runPromote({ image: ref('multi', index), repository: 'multi-prod', tags: 'release' });
    expect(errors(cross)).toEqual([]);
    expect(await manifestBytes('multi-prod', index.digest)).toBe(index.bytes.toString('utf8'));
    for (const child of [amd, arm]) {
      expect(await manifestBytes('multi-prod', child.digest)).toBe(child.bytes.toString('utf8'));
    }
    expect(cross.summary).toContain(`\`${OCI_INDEX}\` — 2 manifests: \`linux/amd64\`, \`linux/arm64\``);
  });
});

describe('ecr-promote inputs and secrets', () => {
  it('every bad input is one line naming it', async () => {
    const digest = `sha256:${'a'.repeat(64)}`;
    const cases: [Record<string, string>, string][] = [
      [{ image: `${hostA()}/web:staging`, tags: 'x' }, "Invalid input 'image': "],
      [
        { image: `${hostA()}/web@${digest}`, repository: 'Web_Prod!', tags: 'x' },
        "Invalid input 'repository': 'Web_Prod!'. Expected an ECR repository name",
      ],
      [
        { image: `${hostA()}/web@${digest}`, tags: 'x', 'aws-region': 'eu-west-9' },
        "Invalid input 'aws-region': 'eu-west-9'. Expected an AWS region that exists, such as eu-west-1",
      ],
      [
        { image: `111122223333.dkr.ecr.eu-west-9.amazonaws.com/web@${digest}`, tags: 'x' },
        "Invalid input 'image': 'eu-west-9'. Expected an AWS region that exists",
      ],
      [{ image: `${hostA()}/web@${digest}`, tags: '-bad' }, "Invalid input 'tags': '-bad'."],
      [{ image: `${hostA()}/web@${digest}` }, "Input 'tags' is required"],
      [
        { image: `${hostA()}/web@${digest}`, tags: 'x', 'target-registry-id': '12' },
        "Invalid input 'target-registry-id': '12'. Expected a 12-digit AWS account ID.",
      ],
      [{ image: `${hostA()}/nope@${digest}`, tags: 'x' }, "Repository 'nope' does not exist"],
      [{ image: `${hostA()}/web@${digest}`, tags: 'x' }, `Image ${digest} was not found in repository 'web'`],
    ];
    for (const [inputs, line] of cases) {
      const r = await runPromote(inputs);
      expect(r.failed).toBe(true);
      const e = errors(r);
      expect(e).toHaveLength(1);
      expect(e[0]).toContain(line);
      expect(e[0]).not.toMatch(/bug in Keelson|\n\s+at /);
    }
    const noRegion = await runLocally(promote, {
      inputs: { image: `${hostA()}/web@${digest}`, tags: 'x' },
      env: { ...env, AWS_REGION: '', AWS_DEFAULT_REGION: '' },
    });
    expect(errors(noRegion)).toEqual([
      "Input 'aws-region' is required: the AWS region of the registry, such as eu-west-1 (or set AWS_REGION).",
    ]);
  });

  it('registry passwords are masked before use and appear in no log line, output or summary', async () => {
    const src = await repo('secret-src');
    await repo('secret-dst');
    const img = await pushImage(src, 'secret-src');
    const before = new Set(regA().state.passwords.keys());
    const r = await runPromote({ image: ref('secret-src', img), repository: 'secret-dst', tags: 'prod' });
    expect(errors(r)).toEqual([]);
    const issued = [...regA().state.passwords.keys()].filter((p) => !before.has(p));
    expect(issued).toHaveLength(1);
    const password = issued[0]!;
    expect(r.log).toContain(`::add-mask::${password}`);
    const visible = [
      ...r.log.filter((l) => !l.startsWith('::add-mask::')),
      JSON.stringify(r.outputs),
      r.summary,
    ].join('\n');
    expect(visible).not.toContain(password);
    expect(visible).not.toContain(Buffer.from(`AWS:${password}`).toString('base64'));
  });
});
