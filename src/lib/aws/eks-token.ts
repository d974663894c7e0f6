import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import type { Clock } from '../clock.js';

/**
 * Bearer tokens for EKS, minted the way `aws eks get-token` and aws-iam-authenticator do: a presigned
 * sts:GetCallerIdentity URL that also signs the `x-k8s-aws-id: <cluster>` header, base64url-encoded (no
 * padding) behind the `k8s-aws-v1.` prefix. The cluster's authenticator replays the URL to STS, which answers
 * for 15 minutes after X-Amz-Date whatever X-Amz-Expires says; the token is treated as valid for 14.
 */
export interface EksCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface MintEksTokenOptions {
  clusterName: string;
  region: string;
  credentials: EksCredentials;
  clock: Clock;
}

export interface EksToken {
  token: string;
  /** Epoch ms after which callers must mint a new token (signing time + 14 minutes). */
  expiresAt: number;
}

export const EKS_TOKEN_PREFIX = 'k8s-aws-v1.';
export const EKS_CLUSTER_ID_HEADER = 'x-k8s-aws-id';
const PRESIGN_EXPIRES_SECONDS = 60;
const TOKEN_LIFETIME_MS = 14 * 60_000;

/** RFC 3986 encoding as SigV4 canonicalises it (encodeURIComponent leaves !'()* alone). */
function rfc3986(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

export async function mintEksToken(opts: MintEksTokenOptions): Promise<EksToken> {
  const { clusterName, region, credentials, clock } = opts;
  if (!clusterName) throw new Error('mintEksToken: clusterName is required');
  if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region))
    throw new Error(`mintEksToken: invalid AWS region '${region}'`);
  const hostname = `sts.${region}.amazonaws.com${region.startsWith('cn-') ? '.cn' : ''}`;
  const signer = new SignatureV4({
    service: 'sts',
    region,
    sha256: Sha256,
    credentials: {
      accessKeyId: credentials.accessKeyId,
      secretAccessKey: credentials.secretAccessKey,
      sessionToken: credentials.sessionToken,
    },
  });
  const signedAt = clock.now();
  const presigned = await signer.presign(
    {
      method: 'GET',
      protocol: 'https:',
      hostname,
      path: '/',
      query: { Action: 'GetCallerIdentity', Version: '2011-06-15' },
      headers: { host: hostname, [EKS_CLUSTER_ID_HEADER]: clusterName },
    },
    { expiresIn: PRESIGN_EXPIRES_SECONDS, signingDate: new Date(signedAt) },
  );
  // Sorted parameters with the signature last, as the Go SDK (and so aws-iam-authenticator) lays them out.
  const query = presigned.query ?? {};
  const pairs: string[] = [];
  let signature = '';
  for (const key of Object.keys(query).sort()) {
    const raw = query[key];
    const value = Array.isArray(raw) ? raw.join(',') : (raw ?? '');
    if (key === 'X-Amz-Signature') signature = value;
    else pairs.push(`${rfc3986(key)}=${rfc3986(value)}`);
  }
  if (!signature) throw new Error('mintEksToken: the signer returned no signature');
  const url = `https://${hostname}/?${pairs.join('&')}&X-Amz-Signature=${signature}`;
  return {
    token: EKS_TOKEN_PREFIX + Buffer.from(url, 'utf8').toString('base64url'),
    expiresAt: signedAt + TOKEN_LIFETIME_MS,
  };
}
