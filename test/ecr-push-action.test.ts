/**
 * The ecr-push action through the runner protocol against the ECR emulator (a real docker-registry behind
 * it), building with the real buildah (vfs storage, chroot isolation) and, for the docker builder, a recorded
 * test double of the docker CLI (no Docker engine runs here). Tests assert what users see: outputs, the
 * repository and images left in the registry, the files inside the pushed layers, the one error line.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  CreateRepositoryCommand,
  DescribeImagesCommand,
  DescribeRepositoriesCommand,
  ECRClient,
  GetAuthorizationTokenCommand,
  GetLifecyclePolicyCommand,
} from '@aws-sdk/client-ecr';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run as push } from '../src/actions/ecr-push/main.js';
import { run as promote } from '../src/actions/ecr-promote/main.js';
import { runLocally, type LocalRun } from '../src/lib/local-runner.js';
import { startEcrSim, type EcrSim } from '../src/sim/ecr/index.js';
import { getBlob, layerFiles, type Target } from './helpers/oci.js';
import { setProcessEnv } from './helpers/env.js';

const ACCOUNT = '111122223333';
const REGION = 'eu-west-1';
const root = fileURLToPath(new URL('..', import.meta.url));
let sim: EcrSim;
let ecr: ECRClient;
let work: string;
let storage: string;
let restoreEnv: () => void = () => undefined;

const SHA_A = 'a'.repeat(40);
const SHA_B = 'b'.repeat(40);

const POLICY = JSON.stringify({
  rules: [
    {
      rulePriority: 1,
      description: 'expire untagged images after 7 days',
      selection: { tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 7 },
      action: { type: 'expire' },
    },
  ],
});

beforeAll(async () => {
  sim = await startEcrSim({ registries: [{ accountId: ACCOUNT, region: REGION }] });
  restoreEnv = setProcessEnv(sim.env(REGION));
  ecr = new ECRClient({ region: REGION });
  work = mkdtempSync(join(tmpdir(), 'keelson-ecr-push-'));
  storage = join(work, '.buildah');
  copyFileSync('/bin/busybox', join(work, 'busybox'));
  writeFileSync(join(work, 'hello.txt'), 'hello from keelson\n');
  writeFileSync(join(work, 'policy.json'), POLICY);
  // A real build: a build argument becomes a label, a secret is readable by RUN but never stored.
  writeFileSync(
    join(work, 'Dockerfile'),
    [
      'FROM scratch',
      'ARG GREETING',
      'LABEL greeting=$GREETING',
      'COPY busybox /bin/busybox',
      'COPY hello.txt /hello.txt',
      'RUN --mount=type=secret,id=token ["/bin/busybox", "sh", "-c", "/bin/busybox sha256sum /run/secrets/token > /token.sha256"]',
      '',
    ].join('\n'),
  );
  writeFileSync(join(work, 'Dockerfile.small'), 'FROM scratch\nCOPY hello.txt /hello.txt\n');
}, 60_000);
afterAll(async () => {
  ecr?.destroy();
  restoreEnv();
  await sim?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

const errors = (r: LocalRun): string[] =>
  r.annotations.filter((a) => a.command === 'error').map((a) => a.message);
const warnings = (r: LocalRun): string[] =>
  r.annotations.filter((a) => a.command === 'warning').map((a) => a.message);
const reg = () => sim.registry(ACCOUNT, REGION);

function runPush(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<LocalRun> {
  return runLocally(push, {
    inputs: { builder: 'buildah', 'buildah-storage-root': storage, ...inputs },
    env: {
      ...sim.env(REGION),
      GITHUB_WORKSPACE: work,
      GITHUB_SHA: SHA_A,
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REPOSITORY: 'acme/web',
      GITHUB_EVENT_NAME: 'push',
      ...env,
    },
  });
}

async function login(): Promise<Target> {
  const d = (await ecr.send(new GetAuthorizationTokenCommand({}))).authorizationData?.[0];
  return {
    url: d?.proxyEndpoint ?? '',
    basic: Buffer.from(d?.authorizationToken ?? '', 'base64').toString('utf8'),
  };
}

async function images(repository: string): Promise<{ digest: string; tags: string[] }[]> {
  const out = await ecr.send(new DescribeImagesCommand({ repositoryName: repository }));
  return (out.imageDetails ?? [])
    .map((d) => ({ digest: d.imageDigest ?? '', tags: [...(d.imageTags ?? [])].sort() }))
    .sort((a, b) => a.digest.localeCompare(b.digest));
}

describe('ecr-push with buildah', () => {
  it('creates the repository, builds once, pushes by digest and reports image, tags and size', async () => {
    const r = await runPush({
      repository: 'team/web',
      'build-args': 'GREETING=hello world',
      secrets: 'token=s3cr3t-build-token',
      'lifecycle-policy': 'policy.json',
      tags: '{{branch}}\n{{version}}',
    });
    expect(errors(r)).toEqual([]);
    const password = [...reg().state.passwords.keys()].at(-1) ?? '';
    const host = reg().host;
    const digest = r.outputs.digest ?? '';
    expect(digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(r.outputs).toEqual({
      image: `${host}/team/web@${digest}`,
      digest,
      tags: `sha-${SHA_A}\nmain`,
      skipped: 'false',
      'repository-uri': `${host}/team/web`,
    });
    // The repository as requested: immutable by default, scan on push, AES256, the lifecycle policy.
    const repo = (await ecr.send(new DescribeRepositoriesCommand({ repositoryNames: ['team/web'] })))
      .repositories?.[0];
    expect(repo).toMatchObject({
      imageTagMutability: 'IMMUTABLE',
      imageScanningConfiguration: { scanOnPush: true },
      encryptionConfiguration: { encryptionType: 'AES256' },
    });
    expect(
      (await ecr.send(new GetLifecyclePolicyCommand({ repositoryName: 'team/web' }))).lifecyclePolicyText,
    ).toBe(POLICY);
    expect(await images('team/web')).toEqual([{ digest, tags: ['main', `sha-${SHA_A}`] }]);
    expect(r.log).toContain(
      "Tag template '{{version}}' left out: the ref is not a semver tag (refs/tags/v1.2.3).",
    );

    // What was built: the label from the build argument, the files, and only the secret's hash.
    const t = await login();
    const manifest = JSON.parse((await getBlobManifest(t, 'team/web', digest)).toString('utf8')) as {
      config: { digest: string };
      layers: { digest: string }[];
    };
    const config = JSON.parse((await getBlob(t, 'team/web', manifest.config.digest)).toString('utf8')) as {
      config: { Labels: Record<string, string> };
    };
    expect(config.config.Labels).toMatchObject({
      greeting: 'hello world',
      'org.opencontainers.image.revision': SHA_A,
      'org.opencontainers.image.source': 'https://github.com/acme/web',
    });
    const files = new Map<string, Buffer>();
    for (const l of manifest.layers)
      for (const [k, v] of await layerFiles(await getBlob(t, 'team/web', l.digest))) files.set(k, v);
    expect(files.get('hello.txt')?.toString()).toBe('hello from keelson\n');
    const { createHash } = await import('node:crypto');
    expect(files.get('token.sha256')?.toString()).toContain(
      createHash('sha256').update('s3cr3t-build-token').digest('hex'),
    );
    expect([...files.values()].some((b) => b.includes('s3cr3t-build-token'))).toBe(false);

    expect(r.summary).toContain(`### ✅ Pushed: \`${host}/team/web@${digest}\``);
    expect(r.summary).toMatch(/\| Size \(compressed layers\) \| [\d.]+ (KiB|MiB) \|/);
    expect(r.summary).toContain(`| \`sha-${SHA_A}\` | already there |`);
    expect(r.summary).toContain('| `main` | added |');
    // The secret and the registry password are masked, and neither is printed.
    expect(r.log).toContain(`::add-mask::${password}`);
    expect(r.log).toContain('::add-mask::s3cr3t-build-token');
    const visible = r.log.filter((l) => !l.startsWith('::add-mask::')).join('\n') + r.summary;
    expect(visible).not.toContain(password);
    expect(visible).not.toContain('s3cr3t-build-token');
  }, 60_000);

  it('a re-run finds the commit tag and skips the build, also in an immutable repository', async () => {
    const before = await images('team/web');
    const since = reg().requests.length;
    const r = await runPush({
      repository: 'team/web',
      'build-args': 'GREETING=hello world',
      secrets: 'token=s3cr3t-build-token',
      tags: '{{branch}}',
    });
    expect(errors(r)).toEqual([]);
    expect(r.outputs.skipped).toBe('true');
    expect(r.outputs.digest).toBe(before[0]?.digest);
    expect(await images('team/web')).toEqual(before);
    // Nothing reached the registry endpoint: no login, no blob, no manifest.
    expect(reg().requests.slice(since)).toEqual([]);
    expect(r.summary).toContain('### ⏭️ Already built');
  });

  it('a release tag on an already built commit adds its version tag to the same digest without a build', async () => {
    const [image] = await images('team/web');
    const since = reg().requests.length;
    const r = await runPush(
      { repository: 'team/web', tags: '{{version}}\n{{major}}.{{minor}}' },
      { GITHUB_REF: 'refs/tags/v1.4.2' },
    );
    expect(errors(r)).toEqual([]);
    expect(r.outputs).toMatchObject({
      skipped: 'true',
      digest: image?.digest,
      tags: `sha-${SHA_A}\n1.4.2\n1.4`,
    });
    expect(await images('team/web')).toEqual([
      { digest: image?.digest, tags: ['1.4', '1.4.2', 'main', `sha-${SHA_A}`] },
    ]);
    expect(reg().blobWrites(since)).toHaveLength(0);
  });

  it('moves a branch tag to the new commit in a mutable repository', async () => {
    const inputs = {
      repository: 'mutable-web',
      'image-tag-mutability': 'MUTABLE',
      dockerfile: 'Dockerfile.small',
      tags: '{{branch}}',
      latest: 'true',
    };
    const first = await runPush(inputs);
    expect(errors(first)).toEqual([]);
    writeFileSync(join(work, 'hello.txt'), 'hello again\n');
    try {
      const second = await runPush(inputs, { GITHUB_SHA: SHA_B });
      expect(errors(second)).toEqual([]);
      expect(second.outputs.digest).not.toBe(first.outputs.digest);
      expect(await images('mutable-web')).toEqual(
        [
          { digest: first.outputs.digest, tags: [`sha-${SHA_A}`] },
          { digest: second.outputs.digest, tags: ['latest', 'main', `sha-${SHA_B}`] },
        ].sort((a, b) => (a.digest ?? '').localeCompare(b.digest ?? '')),
      );
      expect(second.summary).toContain(
        `| \`main\` | moved from \`${first.outputs.digest?.slice(0, 19)}…\` |`,
      );
    } finally {
      writeFileSync(join(work, 'hello.txt'), 'hello from keelson\n');
    }
  }, 60_000);

  it('refuses, before building, tags that would have to move in an immutable repository', async () => {
    const since = reg().requests.length;
    const r = await runPush(
      { repository: 'team/web', dockerfile: 'Dockerfile.small', tags: '{{branch}}' },
      { GITHUB_SHA: SHA_B },
    );
    expect(r.failed).toBe(true);
    expect(errors(r)).toEqual([
      expect.stringMatching(
        /^Tag 'main' \(on sha256:[a-f0-9]{12}…\) already exists in repository 'team\/web', whose tags are immutable \(IMMUTABLE\), so this commit's image could not take them\. Nothing was built or pushed\./,
      ),
    ]);
    expect(reg().blobWrites(since)).toHaveLength(0);
    expect((await images('team/web')).map((i) => i.tags.includes(`sha-${SHA_B}`))).toEqual([false]);
  });

  it('reports how an existing repository differs from the inputs and changes nothing', async () => {
    await ecr.send(new CreateRepositoryCommand({ repositoryName: 'legacy', imageTagMutability: 'MUTABLE' }));
    const r = await runPush({
      repository: 'legacy',
      dockerfile: 'Dockerfile.small',
      'image-tag-mutability': 'IMMUTABLE',
      'scan-on-push': 'true',
      'lifecycle-policy': 'policy.json',
    });
    expect(errors(r)).toEqual([]);
    expect(warnings(r)).toEqual([
      `Repository ${reg().host}/legacy: imageTagMutability is MUTABLE, input 'image-tag-mutability' asks for IMMUTABLE. ecr-push never changes an existing repository; change it where it is managed.`,
      `Repository ${reg().host}/legacy: scanOnPush is false, input 'scan-on-push' asks for true. ecr-push never changes an existing repository; change it where it is managed.`,
      `Repository ${reg().host}/legacy: lifecyclePolicy is (none), input 'lifecycle-policy' asks for policy.json. ecr-push never changes an existing repository; change it where it is managed.`,
    ]);
    const repo = (await ecr.send(new DescribeRepositoriesCommand({ repositoryNames: ['legacy'] })))
      .repositories?.[0];
    expect(repo).toMatchObject({
      imageTagMutability: 'MUTABLE',
      imageScanningConfiguration: { scanOnPush: false },
    });
    expect(r.summary).toContain('#### ⚠️ The repository differs from the inputs (left unchanged)');
  }, 60_000);

  it('builds a multi-arch index (buildah manifest), which promotion copies with every platform', async () => {
    await ecr.send(
      new CreateRepositoryCommand({ repositoryName: 'multi-prod', imageTagMutability: 'IMMUTABLE' }),
    );
    const r = await runPush({
      repository: 'multi',
      dockerfile: 'Dockerfile.small',
      platforms: 'linux/amd64,linux/arm64',
    });
    expect(errors(r)).toEqual([]);
    const t = await login();
    const index = JSON.parse(
      (await getBlobManifest(t, 'multi', r.outputs.digest ?? '')).toString('utf8'),
    ) as {
      mediaType?: string;
      manifests: { digest: string; platform: { architecture: string } }[];
    };
    expect(index.manifests.map((m) => m.platform.architecture).sort()).toEqual(['amd64', 'arm64']);
    const p = await runLocally(promote, {
      inputs: { image: r.outputs.image ?? '', repository: 'multi-prod', tags: 'prod' },
      env: sim.env(REGION),
    });
    expect(errors(p)).toEqual([]);
    expect(p.outputs.digest).toBe(r.outputs.digest);
    expect((await getBlobManifest(t, 'multi-prod', r.outputs.digest ?? '')).toString('utf8')).toBe(
      (await getBlobManifest(t, 'multi', r.outputs.digest ?? '')).toString('utf8'),
    );
    for (const m of index.manifests)
      expect((await getBlobManifest(t, 'multi-prod', m.digest)).length).toBeGreaterThan(0);
    expect(p.summary).toMatch(/2 manifests: `linux\/(amd64|arm64)`, `linux\/(amd64|arm64)`/);
  }, 90_000);
});

async function getBlobManifest(t: Target, repo: string, digest: string): Promise<Buffer> {
  const r = await fetch(`${t.url}/v2/${repo}/manifests/${digest}`, {
    headers: {
      authorization: `Basic ${Buffer.from(t.basic ?? '').toString('base64')}`,
      accept:
        'application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json, application/vnd.docker.distribution.manifest.list.v2+json',
    },
  });
  if (r.status !== 200) throw new Error(`GET manifest ${repo}@${digest}: ${r.status}`);
  return Buffer.from(await r.arrayBuffer());
}

describe('ecr-push with the docker builder (recorded docker CLI double)', () => {
  it('logs in on stdin into a private config, passes build-arg values and secrets outside argv, no AWS keys', async () => {
    const home = join(work, 'home');
    mkdirSync(home);
    const log = join(home, 'docker-double.jsonl');
    const dockerHome = join(work, 'home-docker');
    const r = await runPush(
      {
        builder: 'docker',
        repository: 'docker-web',
        dockerfile: 'Dockerfile.small',
        'build-args': 'GREETING=value-not-in-argv',
        secrets: 'npm=npm-token-value',
        platforms: 'linux/amd64',
        'cache-repository': 'docker-web-cache',
      },
      {
        PATH: `${join(root, 'test', 'doubles')}:${process.env.PATH}`,
        HOME: home,
        DOCKER_CONFIG: dockerHome,
        GITHUB_TOKEN: 'ghs_should_not_leak',
      },
    );
    expect(errors(r)).toEqual([]);
    const calls = readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { argv: string[]; stdin: string; env: Record<string, string> });
    const host = reg().host;
    expect(calls.map((c) => c.argv.slice(0, 2))).toEqual([
      ['login', '--username'],
      ['buildx', 'build'],
    ]);
    const [loginCall, buildCall] = calls as [(typeof calls)[0], (typeof calls)[0]];
    const password = [...reg().state.passwords.keys()].at(-1) ?? '';
    expect(loginCall.argv).toEqual(['login', '--username', 'AWS', '--password-stdin', host]);
    expect(loginCall.stdin).toBe(password);
    const secretArg = buildCall.argv[buildCall.argv.indexOf('--secret') + 1] ?? '';
    expect(buildCall.argv).toEqual([
      'buildx',
      'build',
      '--file',
      join(work, 'Dockerfile.small'),
      '--tag',
      `${host}/docker-web:sha-${SHA_A}`,
      '--push',
      '--metadata-file',
      expect.stringMatching(/metadata\.json$/),
      '--provenance=false',
      '--sbom=false',
      '--platform',
      'linux/amd64',
      '--build-arg',
      'GREETING',
      '--label',
      'org.opencontainers.image.source=https://github.com/acme/web',
      '--label',
      `org.opencontainers.image.revision=${SHA_A}`,
      '--secret',
      expect.stringMatching(/^id=npm,src=.+secret-[a-f0-9]+$/),
      '--cache-from',
      `type=registry,ref=${host}/docker-web-cache:buildcache`,
      '--cache-to',
      `type=registry,ref=${host}/docker-web-cache:buildcache,mode=max,image-manifest=true,oci-mediatypes=true`,
      work,
    ]);
    expect(secretArg).not.toContain('npm-token-value');
    expect(buildCall.env.GREETING).toBe('value-not-in-argv');
    for (const c of calls) {
      expect(JSON.stringify(c.argv)).not.toContain(password);
      expect(JSON.stringify(c.env)).not.toContain(password);
      expect(Object.keys(c.env).filter((k) => /^(AWS_|GITHUB_|ACTIONS_|INPUT_)/.test(k))).toEqual([]);
      // A configuration private to the step, not the user's.
      expect(c.env.DOCKER_CONFIG).not.toBe(dockerHome);
      expect(c.env.DOCKER_CONFIG).toMatch(/keelson-build-.+\/docker-config$/);
    }
    // The double pushed with the credentials docker login stored: the registry holds the image.
    expect(await images('docker-web')).toEqual([{ digest: r.outputs.digest, tags: [`sha-${SHA_A}`] }]);
  });
});

describe('ecr-push inputs', () => {
  it('every bad input is one line naming it', async () => {
    const cases: [Record<string, string>, Record<string, string>, string][] = [
      [
        { repository: 'Team/Web' },
        {},
        "Invalid input 'repository': 'Team/Web'. Expected an ECR repository name",
      ],
      [
        { repository: 'web', 'aws-region': 'eu-west-9' },
        {},
        "Invalid input 'aws-region': 'eu-west-9'. Expected an AWS region that exists, such as eu-west-1",
      ],
      [
        { repository: 'web', builder: 'kaniko' },
        {},
        "Invalid input 'builder': 'kaniko'. Expected one of: docker | buildah.",
      ],
      [{ repository: 'web', 'build-args': 'NOT VALID' }, {}, "Invalid input 'build-args': 'NOT VALID'."],
      [
        { repository: 'web', tags: '{{tag}}' },
        {},
        "Invalid input 'tags': '{{tag}}'. Expected tags or templates using {{sha}}",
      ],
      [{ repository: 'web', tags: 'a b' }, {}, "Invalid input 'tags': 'a b'."],
      [
        { repository: 'web', dockerfile: 'nope/Dockerfile' },
        {},
        "Invalid input 'dockerfile': 'nope/Dockerfile'. Expected an existing Dockerfile",
      ],
      [{ repository: 'web', platforms: 'amd64' }, {}, "Invalid input 'platforms': 'amd64'."],
      [
        { repository: 'web', 'lifecycle-policy': 'Dockerfile' },
        {},
        "Invalid input 'lifecycle-policy': 'Dockerfile'. Expected a JSON file",
      ],
      [
        { repository: 'web', 'image-tag-mutability': 'FROZEN' },
        {},
        "Invalid input 'image-tag-mutability': 'FROZEN'. Expected one of: IMMUTABLE | MUTABLE",
      ],
      [{ repository: 'web', provenance: 'true' }, {}, "Input 'provenance' is for builder 'docker'"],
      [{ repository: 'web' }, { GITHUB_SHA: 'main' }, "The commit SHA 'main' is not a 40-character hex SHA"],
    ];
    for (const [inputs, env, line] of cases) {
      const r = await runPush(inputs, env);
      expect(r.failed).toBe(true);
      const e = errors(r);
      expect(e).toHaveLength(1);
      expect(e[0]).toContain(line);
      expect(e[0]).not.toMatch(/bug in Keelson|\n\s+at /);
    }
  });

  it('a lifecycle policy ECR refuses is one line naming the input, and no repository is left half made', async () => {
    writeFileSync(join(work, 'bad-policy.json'), POLICY.replace('"expire"', '"archive"'));
    const r = await runPush({
      repository: 'bad-policy',
      dockerfile: 'Dockerfile.small',
      'lifecycle-policy': 'bad-policy.json',
    });
    expect(errors(r)).toEqual([
      "Invalid input 'lifecycle-policy': ECR refused bad-policy.json: Invalid parameter at 'LifecyclePolicyText' failed to satisfy constraint: 'Lifecycle policy validation failure: action.type must be expire'",
    ]);
    await expect(
      ecr.send(new DescribeRepositoriesCommand({ repositoryNames: ['bad-policy'] })),
    ).rejects.toMatchObject({
      name: 'RepositoryNotFoundException',
    });
  });
});
