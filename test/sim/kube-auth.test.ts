import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DescribeClusterCommand, EKSClient, ListClustersCommand } from '@aws-sdk/client-eks';
import https from 'node:https';
import { ManualClock } from '../../src/lib/clock.js';
import { mintEksToken } from '../../src/lib/aws/eks-token.js';
import { verifySigV4 } from '../../src/sim/aws/sigv4.js';
import type { KubeEmulator } from '../../src/sim/kube/index.js';
import { TEST_CREDENTIALS, startKubeEmulator } from '../../src/sim/kube/index.js';

const start = Date.UTC(2026, 4, 1, 12, 0, 0);
let clock: ManualClock;
let kube: KubeEmulator;

/** GET over https trusting only the CA the caller passes (base64 PEM, as EKS returns it). */
function httpsGet(
  url: string,
  token: string | undefined,
  caData: string,
): Promise<{ status: number; body: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = https.request(
      url,
      { ca: Buffer.from(caData, 'base64'), headers: token ? { authorization: `Bearer ${token}` } : {} },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as Record<string, unknown> }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  clock = new ManualClock(start);
  kube = await startKubeEmulator({
    clock,
    tls: true,
    clusterName: 'keelson-prod',
    region: 'eu-central-1',
    tickMs: 60_000,
  });
});

afterAll(async () => {
  await kube.close();
});

async function mint(overrides: Partial<Parameters<typeof mintEksToken>[0]> = {}): Promise<string> {
  const { token } = await mintEksToken({
    clusterName: kube.clusterName,
    region: kube.region,
    credentials: TEST_CREDENTIALS[0],
    clock,
    ...overrides,
  });
  return token;
}

const UNAUTHORIZED = {
  kind: 'Status',
  apiVersion: 'v1',
  metadata: {},
  status: 'Failure',
  message: 'Unauthorized',
  reason: 'Unauthorized',
  code: 401,
};

describe('kube emulator: authentication', () => {
  it('serves https with the committed test CA and accepts the static token', async () => {
    expect(kube.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const ok = await httpsGet(`${kube.url}/api/v1/namespaces/default`, kube.token, kube.caData ?? '');
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ kind: 'Namespace', metadata: { name: 'default' } });
    const missing = await httpsGet(`${kube.url}/api/v1/namespaces`, undefined, kube.caData ?? '');
    expect(missing).toEqual({ status: 401, body: UNAUTHORIZED });
    const wrong = await httpsGet(`${kube.url}/api/v1/namespaces`, 'not-a-token', kube.caData ?? '');
    expect(wrong.status).toBe(401);
    // public endpoints need no token
    const version = await httpsGet(`${kube.url}/version`, undefined, kube.caData ?? '');
    expect(version.status).toBe(200);
  });

  it('accepts an EKS token minted for this cluster and rejects the broken ones', async () => {
    const valid = await mint();
    expect((await httpsGet(`${kube.url}/api/v1/namespaces`, valid, kube.caData ?? '')).status).toBe(200);
    const user = kube.requests[kube.requests.length - 1].user;
    expect(user).toBe(`arn:aws:iam::111122223333:user/${TEST_CREDENTIALS[0].accessKeyId}`);

    const reasons: Record<string, string | undefined> = {};
    const check = async (name: string, token: string): Promise<void> => {
      const r = await httpsGet(`${kube.url}/api/v1/namespaces`, token, kube.caData ?? '');
      expect({ name, ...r }).toEqual({ name, status: 401, body: UNAUTHORIZED });
      reasons[name] = kube.requests[kube.requests.length - 1].authError;
    };
    await check('wrong cluster', await mint({ clusterName: 'keelson-staging' }));
    await check(
      'unknown key',
      await mint({ credentials: { accessKeyId: 'AKIAUNKNOWN000000000', secretAccessKey: 'x' } }),
    );
    await check(
      'wrong secret',
      await mint({ credentials: { ...TEST_CREDENTIALS[0], secretAccessKey: 'guessed' } }),
    );
    const url = Buffer.from(valid.slice('k8s-aws-v1.'.length), 'base64url').toString('utf8');
    const sig = /X-Amz-Signature=([0-9a-f]+)/.exec(url)?.[1] ?? '';
    const flipped = url.replace(sig, (sig[0] === 'a' ? 'b' : 'a') + sig.slice(1));
    await check('tampered signature', `k8s-aws-v1.${Buffer.from(flipped).toString('base64url')}`);
    await check('wrong prefix', `k8s-aws-v2.${valid.slice('k8s-aws-v1.'.length)}`);
    await check(
      'wrong host',
      `k8s-aws-v1.${Buffer.from(url.replace('sts.eu-central-1.amazonaws.com', 'sts.evil.example')).toString('base64url')}`,
    );
    await check('extra parameter', `k8s-aws-v1.${Buffer.from(`${url}&Foo=bar`).toString('base64url')}`);
    const stale = await mint();
    await clock.advance(15 * 60_000 + 1000);
    await check('expired', stale);

    expect(reasons).toEqual({
      'wrong cluster': expect.stringContaining('SignatureDoesNotMatch'),
      'unknown key': expect.stringContaining('InvalidClientTokenId'),
      'wrong secret': expect.stringContaining('SignatureDoesNotMatch'),
      'tampered signature': expect.stringContaining('SignatureDoesNotMatch'),
      'wrong prefix': 'unknown bearer token',
      'wrong host': expect.stringContaining('unexpected hostname "sts.evil.example"'),
      'extra parameter': expect.stringContaining('non-whitelisted query parameter "Foo"'),
      expired: expect.stringContaining('X-Amz-Date parameter is expired'),
    });
    // a fresh token after the clock moved is fine again
    expect((await httpsGet(`${kube.url}/api/v1/namespaces`, await mint(), kube.caData ?? '')).status).toBe(
      200,
    );
  });

  it('answers DescribeCluster for @aws-sdk/client-eks, and the result is enough to reach the cluster', async () => {
    const eks = new EKSClient({
      region: kube.region,
      endpoint: kube.eksEndpoint,
      credentials: TEST_CREDENTIALS[0],
    });
    try {
      const { cluster } = await eks.send(new DescribeClusterCommand({ name: 'keelson-prod' }));
      expect(cluster).toMatchObject({
        name: 'keelson-prod',
        status: 'ACTIVE',
        endpoint: kube.url,
        arn: 'arn:aws:eks:eu-central-1:111122223333:cluster/keelson-prod',
        certificateAuthority: { data: kube.caData },
      });
      expect(cluster?.createdAt).toBeInstanceOf(Date);
      expect(Buffer.from(cluster?.certificateAuthority?.data ?? '', 'base64').toString()).toContain(
        'BEGIN CERTIFICATE',
      );
      const token = await mint({ clusterName: cluster?.name ?? '' });
      const r = await httpsGet(
        `${cluster?.endpoint}/apis/apps/v1/namespaces/default/deployments`,
        token,
        cluster?.certificateAuthority?.data ?? '',
      );
      expect(r.status).toBe(200);
      expect(r.body.kind).toBe('DeploymentList');

      const list = await eks.send(new ListClustersCommand({}));
      expect(list.clusters).toEqual(['keelson-prod']);
      await expect(eks.send(new DescribeClusterCommand({ name: 'nope' }))).rejects.toMatchObject({
        name: 'ResourceNotFoundException',
        message: 'No cluster found for name: nope.',
      });
    } finally {
      eks.destroy();
    }
    const bad = new EKSClient({
      region: kube.region,
      endpoint: kube.eksEndpoint,
      credentials: { ...TEST_CREDENTIALS[0], secretAccessKey: 'wrong' },
      maxAttempts: 1,
    });
    try {
      await expect(bad.send(new DescribeClusterCommand({ name: 'keelson-prod' }))).rejects.toMatchObject({
        name: 'InvalidSignatureException',
      });
    } finally {
      bad.destroy();
    }
    expect(kube.eksRequests.map((r) => r.status)).toContain(403);
  });

  it('verifies header signatures like AWS (SigV4 test suite vectors get-vanilla, get-vanilla-query-order-key-case)', () => {
    const credentials = [
      { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' },
    ];
    const opts = {
      credentials,
      service: 'service',
      region: 'us-east-1',
      now: Date.UTC(2015, 7, 30, 12, 36, 0),
    };
    const headers = (signature: string) => ({
      host: 'example.amazonaws.com',
      'x-amz-date': '20150830T123600Z',
      authorization: `AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=${signature}`,
    });
    const body = Buffer.alloc(0);
    expect(
      verifySigV4(
        {
          method: 'GET',
          path: '/',
          rawQuery: '',
          headers: headers('5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31'),
          body,
        },
        opts,
      ).credential.accessKeyId,
    ).toBe('AKIDEXAMPLE');
    expect(
      verifySigV4(
        {
          method: 'GET',
          path: '/',
          rawQuery: 'Param2=value2&Param1=value1',
          headers: headers('b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500'),
          body,
        },
        opts,
      ).credential.accessKeyId,
    ).toBe('AKIDEXAMPLE');
    expect(() =>
      verifySigV4(
        {
          method: 'GET',
          path: '/',
          rawQuery: 'Param1=value1',
          headers: headers('b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500'),
          body,
        },
        opts,
      ),
    ).toThrow(/signature we calculated does not match/);
  });
});
