import { describe, expect, it } from '@jest/globals';
import { ManualClock } from '../src/lib/clock.js';
import { mintEksToken } from '../src/lib/aws/eks-token.js';
import { TEST_CREDENTIALS, verifyEksToken } from '../src/sim/kube/index.js';

const credentials = TEST_CREDENTIALS[0];
const signedAt = Date.UTC(2026, 2, 14, 9, 26, 53);

function decode(token: string): URL {
  return new URL(Buffer.from(token.slice('k8s-aws-v1.'.length), 'base64url').toString('utf8'));
}

describe('mintEksToken', () => {
  it('produces a k8s-aws-v1 token: base64url without padding of a presigned GetCallerIdentity URL', async () => {
    const clock = new ManualClock(signedAt);
    const { token, expiresAt } = await mintEksToken({
      clusterName: 'prod-eu',
      region: 'eu-west-1',
      credentials,
      clock,
    });
    expect(token.startsWith('k8s-aws-v1.')).toBe(true);
    expect(token.slice('k8s-aws-v1.'.length)).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(expiresAt).toBe(signedAt + 14 * 60_000);

    const url = decode(token);
    expect(url.protocol).toBe('https:');
    expect(url.host).toBe('sts.eu-west-1.amazonaws.com');
    expect(url.pathname).toBe('/');
    expect([...url.searchParams.keys()]).toEqual([
      'Action',
      'Version',
      'X-Amz-Algorithm',
      'X-Amz-Credential',
      'X-Amz-Date',
      'X-Amz-Expires',
      'X-Amz-SignedHeaders',
      'X-Amz-Signature',
    ]);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      Action: 'GetCallerIdentity',
      Version: '2011-06-15',
      'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
      'X-Amz-Credential': `${credentials.accessKeyId}/20260314/eu-west-1/sts/aws4_request`,
      'X-Amz-Date': '20260314T092653Z',
      'X-Amz-Expires': '60',
      'X-Amz-SignedHeaders': 'host;x-k8s-aws-id',
    });
    expect(url.searchParams.get('X-Amz-Signature')).toMatch(/^[0-9a-f]{64}$/);
    // the credential scope's slashes are percent-encoded in the raw URL, as the Go SDK writes them
    expect(url.search).toContain(
      `X-Amz-Credential=${credentials.accessKeyId}%2F20260314%2Feu-west-1%2Fsts%2Faws4_request`,
    );
  });

  it('signs the cluster name: the emulator authenticator accepts it for that cluster only', async () => {
    const clock = new ManualClock(signedAt);
    const { token } = await mintEksToken({ clusterName: 'prod-eu', region: 'eu-west-1', credentials, clock });
    const check = { credentials: TEST_CREDENTIALS, now: signedAt + 60_000 };
    expect(verifyEksToken(token, { ...check, clusterName: 'prod-eu' })).toEqual({
      arn: `arn:aws:iam::111122223333:user/${credentials.accessKeyId}`,
      accessKeyId: credentials.accessKeyId,
    });
    expect(() => verifyEksToken(token, { ...check, clusterName: 'prod-us' })).toThrow(
      /SignatureDoesNotMatch/,
    );
  });

  it("uses the clock's time, not the wall clock", async () => {
    const clock = new ManualClock(Date.UTC(2030, 0, 1));
    const first = await mintEksToken({ clusterName: 'c', region: 'us-east-1', credentials, clock });
    expect(decode(first.token).searchParams.get('X-Amz-Date')).toBe('20300101T000000Z');
    await clock.advance(90_000);
    const second = await mintEksToken({ clusterName: 'c', region: 'us-east-1', credentials, clock });
    expect(decode(second.token).searchParams.get('X-Amz-Date')).toBe('20300101T000130Z');
    expect(second.expiresAt - first.expiresAt).toBe(90_000);
    // 15 minutes after signing the authenticator refuses it
    const late = {
      clusterName: 'c',
      credentials: TEST_CREDENTIALS,
      now: Date.UTC(2030, 0, 1) + 15 * 60_000 + 1000,
    };
    expect(() => verifyEksToken(first.token, late)).toThrow(/X-Amz-Date parameter is expired/);
  });

  it('carries a session token as X-Amz-Security-Token, signed', async () => {
    const temp = {
      accessKeyId: 'ASIAKEELSONTEST00002',
      secretAccessKey: 'temporarySecret/xyz',
      sessionToken: 'FwoGZXIvYXdzE+session/token==',
    };
    const clock = new ManualClock(signedAt);
    const { token } = await mintEksToken({ clusterName: 'c', region: 'us-west-2', credentials: temp, clock });
    const url = decode(token);
    expect(url.searchParams.get('X-Amz-Security-Token')).toBe(temp.sessionToken);
    expect(url.search).toContain('X-Amz-Security-Token=FwoGZXIvYXdzE%2Bsession%2Ftoken%3D%3D');
    expect(verifyEksToken(token, { clusterName: 'c', credentials: [temp], now: signedAt }).accessKeyId).toBe(
      temp.accessKeyId,
    );
    expect(() =>
      verifyEksToken(token, {
        clusterName: 'c',
        credentials: [{ ...temp, sessionToken: 'other' }],
        now: signedAt,
      }),
    ).toThrow(/InvalidClientTokenId/);
  });

  it('uses the .cn STS host in China regions and rejects malformed regions', async () => {
    const clock = new ManualClock(signedAt);
    const { token } = await mintEksToken({ clusterName: 'c', region: 'cn-north-1', credentials, clock });
    expect(decode(token).host).toBe('sts.cn-north-1.amazonaws.com.cn');
    await expect(mintEksToken({ clusterName: 'c', region: 'Europe', credentials, clock })).rejects.toThrow(
      /invalid AWS region/,
    );
    await expect(mintEksToken({ clusterName: '', region: 'us-east-1', credentials, clock })).rejects.toThrow(
      /clusterName/,
    );
  });
});
