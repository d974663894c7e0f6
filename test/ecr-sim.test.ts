/**
 * The ECR emulator checked with AWS's own client: every response below is parsed by @aws-sdk/client-ecr
 * (reached through AWS_ENDPOINT_URL_ECR), errors arrive as the SDK's modelled exception classes, and images
 * live in the real registry (Debian's docker-registry) behind the emulated registry endpoint.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  BatchCheckLayerAvailabilityCommand,
  BatchGetImageCommand,
  CreateRepositoryCommand,
  DescribeImagesCommand,
  DescribeRepositoriesCommand,
  ECRClient,
  GetAuthorizationTokenCommand,
  GetLifecyclePolicyCommand,
  ImageAlreadyExistsException,
  ImageNotFoundException,
  ImageTagAlreadyExistsException,
  InvalidParameterException,
  LayersNotFoundException,
  LifecyclePolicyNotFoundException,
  PutImageCommand,
  PutLifecyclePolicyCommand,
  RepositoryAlreadyExistsException,
  RepositoryNotFoundException,
} from '@aws-sdk/client-ecr';
import { startEcrSim, type EcrSim } from '../src/sim/ecr/index.js';
import { OCI_MANIFEST, pushImage, pushIndex, putManifest, type Target } from './helpers/oci.js';
import { setProcessEnv } from './helpers/env.js';

const ACCOUNT = '111122223333';
const REGION = 'eu-west-1';
let sim: EcrSim;
let ecr: ECRClient;
let restoreEnv: () => void = () => undefined;

beforeAll(async () => {
  sim = await startEcrSim({ registries: [{ accountId: ACCOUNT, region: REGION }] });
  // The SDK reads the endpoint and credentials from the environment, as on a runner.
  restoreEnv = setProcessEnv(sim.env(REGION));
  ecr = new ECRClient({ region: REGION });
});
afterAll(async () => {
  ecr?.destroy();
  restoreEnv();
  await sim?.close();
});

async function login(): Promise<Target> {
  const out = await ecr.send(new GetAuthorizationTokenCommand({}));
  const data = out.authorizationData?.[0];
  const basic = Buffer.from(data?.authorizationToken ?? '', 'base64').toString('utf8');
  return { url: data?.proxyEndpoint ?? '', basic };
}

describe('ECR emulator through @aws-sdk/client-ecr', () => {
  it('creates and describes repositories with ECR shapes, and refuses names ECR refuses', async () => {
    const created = await ecr.send(
      new CreateRepositoryCommand({
        repositoryName: 'team/web',
        imageTagMutability: 'IMMUTABLE',
        imageScanningConfiguration: { scanOnPush: true },
        encryptionConfiguration: { encryptionType: 'KMS', kmsKey: 'alias/ecr' },
      }),
    );
    const host = sim.registry(ACCOUNT, REGION).host;
    expect(created.repository).toMatchObject({
      repositoryName: 'team/web',
      registryId: ACCOUNT,
      repositoryArn: `arn:aws:ecr:${REGION}:${ACCOUNT}:repository/team/web`,
      repositoryUri: `${host}/team/web`,
      imageTagMutability: 'IMMUTABLE',
      imageScanningConfiguration: { scanOnPush: true },
      encryptionConfiguration: { encryptionType: 'KMS', kmsKey: 'alias/ecr' },
    });
    expect(created.repository?.createdAt).toBeInstanceOf(Date);
    await expect(
      ecr.send(new CreateRepositoryCommand({ repositoryName: 'team/web' })),
    ).rejects.toBeInstanceOf(RepositoryAlreadyExistsException);
    const bad = ecr.send(new CreateRepositoryCommand({ repositoryName: 'Team/Web' }));
    await expect(bad).rejects.toBeInstanceOf(InvalidParameterException);
    await expect(bad).rejects.toThrow(/repositoryName.*regular expression/);
    await expect(
      ecr.send(new DescribeRepositoriesCommand({ repositoryNames: ['nope'] })),
    ).rejects.toBeInstanceOf(RepositoryNotFoundException);
    const all = await ecr.send(new DescribeRepositoriesCommand({}));
    expect(all.repositories?.map((r) => r.repositoryName)).toContain('team/web');
  });

  it('serves registry logins from GetAuthorizationToken and refuses anything else', async () => {
    const t = await login();
    expect(t.url).toBe(`http://${sim.registry(ACCOUNT, REGION).host}`);
    expect(t.basic).toMatch(/^AWS:.{20,}$/);
    expect((await fetch(`${t.url}/v2/`)).status).toBe(401);
    const wrong = await fetch(`${t.url}/v2/`, {
      headers: { authorization: `Basic ${Buffer.from('AWS:guess').toString('base64')}` },
    });
    expect(wrong.status).toBe(401);
    const ok = await fetch(`${t.url}/v2/`, {
      headers: { authorization: `Basic ${Buffer.from(t.basic ?? '').toString('base64')}` },
    });
    expect(ok.status).toBe(200);
  });

  it('images pushed through the registry endpoint are described, fetched byte for byte and re-tagged', async () => {
    await ecr.send(new CreateRepositoryCommand({ repositoryName: 'api', imageTagMutability: 'MUTABLE' }));
    const t = await login();
    const img = await pushImage(t, 'api', { layers: [1000, 3000], tag: 'v1' });
    const described = await ecr.send(
      new DescribeImagesCommand({ repositoryName: 'api', imageIds: [{ imageTag: 'v1' }] }),
    );
    expect(described.imageDetails).toEqual([
      expect.objectContaining({
        registryId: ACCOUNT,
        repositoryName: 'api',
        imageDigest: img.digest,
        imageTags: ['v1'],
        imageSizeInBytes: 4000,
        imageManifestMediaType: OCI_MANIFEST,
        artifactMediaType: 'application/vnd.oci.image.config.v1+json',
      }),
    ]);
    expect(described.imageDetails?.[0]?.imagePushedAt).toBeInstanceOf(Date);
    await expect(
      ecr.send(new DescribeImagesCommand({ repositoryName: 'api', imageIds: [{ imageTag: 'v9' }] })),
    ).rejects.toBeInstanceOf(ImageNotFoundException);

    const got = await ecr.send(
      new BatchGetImageCommand({
        repositoryName: 'api',
        imageIds: [{ imageDigest: img.digest }, { imageTag: 'missing' }],
        acceptedMediaTypes: [OCI_MANIFEST],
      }),
    );
    expect(got.images?.[0]?.imageManifest).toBe(img.bytes.toString('utf8'));
    expect(got.images?.[0]?.imageManifestMediaType).toBe(OCI_MANIFEST);
    expect(got.failures).toEqual([
      {
        imageId: { imageTag: 'missing' },
        failureCode: 'ImageNotFound',
        failureReason: 'Requested image not found',
      },
    ]);

    const put = await ecr.send(
      new PutImageCommand({
        repositoryName: 'api',
        imageManifest: img.bytes.toString('utf8'),
        imageManifestMediaType: OCI_MANIFEST,
        imageTag: 'staging',
      }),
    );
    expect(put.image?.imageId).toEqual({ imageDigest: img.digest, imageTag: 'staging' });
    await expect(
      ecr.send(
        new PutImageCommand({
          repositoryName: 'api',
          imageManifest: img.bytes.toString('utf8'),
          imageTag: 'staging',
        }),
      ),
    ).rejects.toBeInstanceOf(ImageAlreadyExistsException);

    const layers = await ecr.send(
      new BatchCheckLayerAvailabilityCommand({
        repositoryName: 'api',
        layerDigests: [img.blobs[1]!.digest, `sha256:${'0'.repeat(64)}`],
      }),
    );
    expect(layers.layers).toEqual([
      { layerDigest: img.blobs[1]!.digest, layerAvailability: 'AVAILABLE', layerSize: 1000 },
      { layerDigest: `sha256:${'0'.repeat(64)}`, layerAvailability: 'UNAVAILABLE' },
    ]);

    const orphan = JSON.parse(img.bytes.toString('utf8')) as { layers: { digest: string }[] };
    orphan.layers[0]!.digest = `sha256:${'1'.repeat(64)}`;
    await expect(
      ecr.send(
        new PutImageCommand({ repositoryName: 'api', imageManifest: JSON.stringify(orphan), imageTag: 'x' }),
      ),
    ).rejects.toBeInstanceOf(LayersNotFoundException);
  });

  it('enforces tag immutability on PutImage and on registry pushes, as ECR words it', async () => {
    await ecr.send(
      new CreateRepositoryCommand({ repositoryName: 'frozen', imageTagMutability: 'IMMUTABLE' }),
    );
    const t = await login();
    const a = await pushImage(t, 'frozen', { tag: 'v1' });
    const b = await pushImage(t, 'frozen');
    const put = ecr.send(
      new PutImageCommand({
        repositoryName: 'frozen',
        imageManifest: b.bytes.toString('utf8'),
        imageTag: 'v1',
      }),
    );
    await expect(put).rejects.toBeInstanceOf(ImageTagAlreadyExistsException);
    await expect(put).rejects.toThrow(
      "The image tag 'v1' already exists in the 'frozen' repository and cannot be overwritten because the tag is immutable.",
    );
    // Even the same image again under the same tag: ECR refuses the registry push (TAG_INVALID).
    const again = await putManifest(t, 'frozen', 'v1', a.mediaType, a.bytes);
    expect(again.status).toBe(400);
    expect(await again.json()).toEqual({
      errors: [expect.objectContaining({ code: 'TAG_INVALID' })],
    });
    const index = await pushIndex(
      t,
      'frozen',
      [{ image: a, platform: { os: 'linux', architecture: 'amd64' } }],
      'multi',
    );
    const d = await ecr.send(
      new DescribeImagesCommand({ repositoryName: 'frozen', imageIds: [{ imageTag: 'multi' }] }),
    );
    expect(d.imageDetails?.[0]?.imageDigest).toBe(index.digest);
  });

  it('stores, returns and validates lifecycle policies', async () => {
    await expect(ecr.send(new GetLifecyclePolicyCommand({ repositoryName: 'api' }))).rejects.toBeInstanceOf(
      LifecyclePolicyNotFoundException,
    );
    const policy = JSON.stringify({
      rules: [
        {
          rulePriority: 1,
          description: 'expire untagged images after 14 days',
          selection: {
            tagStatus: 'untagged',
            countType: 'sinceImagePushed',
            countUnit: 'days',
            countNumber: 14,
          },
          action: { type: 'expire' },
        },
      ],
    });
    await ecr.send(new PutLifecyclePolicyCommand({ repositoryName: 'api', lifecyclePolicyText: policy }));
    const got = await ecr.send(new GetLifecyclePolicyCommand({ repositoryName: 'api' }));
    expect(got.lifecyclePolicyText).toBe(policy);
    const bad = policy.replace('"expire"', '"delete"');
    await expect(
      ecr.send(new PutLifecyclePolicyCommand({ repositoryName: 'api', lifecyclePolicyText: bad })),
    ).rejects.toThrow(/Lifecycle policy validation failure: action.type must be expire/);
  });

  it('refuses a request signed with the wrong secret', async () => {
    const wrong = new ECRClient({
      region: REGION,
      credentials: { accessKeyId: sim.credentials[0]!.accessKeyId, secretAccessKey: 'not-the-secret' },
    });
    try {
      await expect(wrong.send(new DescribeRepositoriesCommand({}))).rejects.toMatchObject({
        name: 'InvalidSignatureException',
      });
    } finally {
      wrong.destroy();
    }
  });
});
