/**
 * The pure parts of the ECR library: regions against the AWS SDK's own partition table, the tags one metadata
 * step derives from a ref, image references, ECR's tag immutability rules, and the buildah argv.
 */
import { describe, expect, it } from '@jest/globals';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PARTITIONS, parseRegion } from '../src/lib/aws/regions.js';
import type { Repository } from '../src/lib/ecr/api.js';
import { buildahArgv, builderEnv, type BuildSpec } from '../src/lib/ecr/builders.js';
import { parseEcrHost, parseImageRef } from '../src/lib/ecr/refs.js';
import { computeTags, parseTagTemplates, tagIsImmutable } from '../src/lib/ecr/tags.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';

describe('regions', () => {
  it('lists exactly the regions of the partition table the pinned AWS SDK ships', async () => {
    const require = createRequire(import.meta.url);
    const core = dirname(require.resolve('@aws-sdk/core/package.json'));
    const file = join(core, 'dist-es/submodules/client/util-endpoints/lib/aws/partitions.js');
    const { partitionsInfo } = (await import(pathToFileURL(file).href)) as {
      partitionsInfo: {
        partitions: { id: string; outputs: { dnsSuffix: string }; regions: Record<string, unknown> }[];
      };
    };
    const fromSdk = partitionsInfo.partitions.map((p) => ({
      id: p.id,
      dnsSuffix: p.outputs.dnsSuffix,
      regions: Object.keys(p.regions)
        .filter((r) => !r.endsWith('-global'))
        .sort(),
    }));
    expect(PARTITIONS.map((p) => ({ ...p, regions: [...p.regions].sort() }))).toEqual(fromSdk);
  });

  it('a region that does not exist is one line with nearby regions', () => {
    expect(parseRegion('aws-region', 'eu-west-1')).toBe('eu-west-1');
    expect(() => parseRegion('aws-region', 'eu-west-9')).toThrow(
      "Invalid input 'aws-region': 'eu-west-9'. Expected an AWS region that exists, such as eu-west-1, eu-west-2, eu-west-3.",
    );
    expect(() => parseRegion('aws-region', 'Ireland')).toThrow(
      /such as us-east-1, eu-west-1, ap-southeast-2/,
    );
  });
});

describe('tags from one metadata step', () => {
  const tags = (
    templates: string[],
    ref: string,
    extra: Partial<Parameters<typeof computeTags>[1]> = {},
    latest = false,
  ) => computeTags(parseTagTemplates('tags', templates), { sha: SHA, ref, ...extra }, { latest, suffix: '' });

  it('always the commit tag; the branch, sanitised; latest only on request', () => {
    expect(tags(['{{branch}}'], 'refs/heads/feature/Login+SSO').tags).toEqual([
      `sha-${SHA}`,
      'feature-Login-SSO',
    ]);
    expect(tags([], 'refs/heads/main', {}, true).tags).toEqual([`sha-${SHA}`, 'latest']);
    expect(tags([], 'refs/heads/main').tags).toEqual([`sha-${SHA}`]);
  });

  it('semver from a tag: the full version, major.minor and major; a pre-release only its version', () => {
    const t = ['{{version}}', '{{major}}.{{minor}}', '{{major}}', 'v{{version}}-{{short-sha}}'];
    expect(tags(t, 'refs/tags/v1.2.3').tags).toEqual([
      `sha-${SHA}`,
      '1.2.3',
      '1.2',
      '1',
      `v1.2.3-${SHA.slice(0, 7)}`,
    ]);
    const pre = tags(t, 'refs/tags/v2.0.0-rc.1+build.5');
    expect(pre.tags).toEqual([`sha-${SHA}`, '2.0.0-rc.1-build.5', `v2.0.0-rc.1-build.5-${SHA.slice(0, 7)}`]);
    expect(pre.omitted.map((o) => o.reason)).toEqual([
      'a pre-release gets only its full version',
      'a pre-release gets only its full version',
    ]);
    expect(tags(['{{version}}'], 'refs/heads/main').omitted).toEqual([
      { template: '{{version}}', reason: 'the ref is not a semver tag (refs/tags/v1.2.3)' },
    ]);
  });

  it('pull requests get pr-<n> and their head branch', () => {
    expect(tags(['pr-{{pr}}', '{{branch}}'], 'refs/pull/17/merge', { headRef: 'fix/x' }).tags).toEqual([
      `sha-${SHA}`,
      'pr-17',
      'fix-x',
    ]);
  });

  it('a suffix applies to every tag; unknown placeholders are input errors', () => {
    expect(
      computeTags(['{{branch}}'], { sha: SHA, ref: 'refs/heads/main' }, { latest: true, suffix: '-worker' })
        .tags,
    ).toEqual([`sha-${SHA}-worker`, 'main-worker', 'latest-worker']);
    expect(() => parseTagTemplates('tags', ['{{ref}}'])).toThrow(/^Invalid input 'tags': '\{\{ref\}\}'/);
  });
});

describe('image references', () => {
  it('an ECR host names its account and region (also FIPS and dual-stack)', () => {
    expect(parseEcrHost('111122223333.dkr.ecr.eu-west-1.amazonaws.com')).toEqual({
      accountId: '111122223333',
      region: 'eu-west-1',
    });
    expect(parseEcrHost('111122223333.dkr.ecr-fips.us-east-1.amazonaws.com')?.region).toBe('us-east-1');
    expect(parseEcrHost('111122223333.dkr-ecr.eu-west-1.on.aws')?.region).toBe('eu-west-1');
    expect(parseEcrHost('111122223333.dkr.ecr.cn-north-1.amazonaws.com.cn')?.region).toBe('cn-north-1');
    expect(parseEcrHost('ghcr.io')).toBeUndefined();
  });

  it('a reference must carry a digest; a tag beside it is kept', () => {
    const d = `sha256:${'b'.repeat(64)}`;
    expect(parseImageRef('image', `111122223333.dkr.ecr.eu-west-1.amazonaws.com/team/web:v1@${d}`)).toEqual({
      host: '111122223333.dkr.ecr.eu-west-1.amazonaws.com',
      repository: 'team/web',
      tag: 'v1',
      digest: d,
      ecr: { accountId: '111122223333', region: 'eu-west-1' },
    });
    for (const bad of [
      'web@' + d,
      '127.0.0.1:5000/web:v1',
      `127.0.0.1:5000/Web@${d}`,
      `127.0.0.1:5000/web@sha256:abc`,
    ]) {
      expect(() => parseImageRef('image', bad)).toThrow(
        /^Invalid input 'image': .*Expected an image reference pinned by digest/,
      );
    }
  });
});

describe('tag immutability as ECR applies it', () => {
  const repo = (m: Repository['imageTagMutability'], filters: string[] = []): Repository => ({
    repositoryName: 'r',
    repositoryArn: '',
    registryId: '111122223333',
    repositoryUri: 'h/r',
    imageTagMutability: m,
    imageTagMutabilityExclusionFilters: filters,
    scanOnPush: true,
    encryptionType: 'AES256',
  });
  it('exclusion filters are wildcards that flip the rule for the tags they match', () => {
    expect(tagIsImmutable(repo('IMMUTABLE'), 'main')).toBe(true);
    expect(tagIsImmutable(repo('MUTABLE'), 'v1')).toBe(false);
    const ex = repo('IMMUTABLE_WITH_EXCLUSION', ['main', 'pr-*']);
    expect([
      tagIsImmutable(ex, 'main'),
      tagIsImmutable(ex, 'pr-12'),
      tagIsImmutable(ex, 'v1.0.0'),
      tagIsImmutable(ex, 'xmain'),
    ]).toEqual([false, false, true, true]);
    const mx = repo('MUTABLE_WITH_EXCLUSION', ['v*']);
    expect([tagIsImmutable(mx, 'v1'), tagIsImmutable(mx, 'main')]).toEqual([true, false]);
  });
});

describe('buildah argv', () => {
  const spec: BuildSpec = {
    builder: 'buildah',
    context: '/w',
    dockerfile: '/w/Dockerfile',
    platforms: ['linux/amd64', 'linux/arm64'],
    buildArgs: { TOKENISH: 'value' },
    secrets: {},
    secretFiles: {},
    labels: { a: 'b' },
    pushRef: 'h:1/r:sha-1',
    provenance: false,
    sbom: false,
    buildah: { storageDriver: 'vfs', isolation: 'chroot' },
  };
  it('several platforms build into a manifest list pushed with --all; values never in argv', () => {
    const a = buildahArgv(
      spec,
      'localhost/x',
      '/t/auth.json',
      '/t/digest',
      [{ id: 's', src: '/t/secret-1' }],
      true,
    );
    expect(a.build).toEqual([
      'buildah',
      '--storage-driver',
      'vfs',
      'build',
      '--isolation',
      'chroot',
      '--file',
      '/w/Dockerfile',
      '--manifest',
      'localhost/x',
      '--platform',
      'linux/amd64,linux/arm64',
      '--build-arg',
      'TOKENISH',
      '--label',
      'a=b',
      '--secret',
      'id=s,src=/t/secret-1',
      '/w',
    ]);
    expect(a.push).toEqual([
      'buildah',
      '--storage-driver',
      'vfs',
      'manifest',
      'push',
      '--all',
      '--authfile',
      '/t/auth.json',
      '--tls-verify=false',
      '--digestfile',
      '/t/digest',
      'localhost/x',
      'docker://h:1/r:sha-1',
    ]);
    expect(JSON.stringify(a)).not.toContain('value');
  });
  it('children get no AWS, GitHub or runner credentials', () => {
    expect(
      builderEnv({
        PATH: '/bin',
        HOME: '/h',
        AWS_SECRET_ACCESS_KEY: 'x',
        GITHUB_TOKEN: 'y',
        ACTIONS_RUNTIME_TOKEN: 'z',
        INPUT_SECRETS: 'w',
        HTTPS_PROXY: 'p',
      }),
    ).toEqual({ PATH: '/bin', HOME: '/h', HTTPS_PROXY: 'p' });
  });
});
