import { canonicalQuery, hmac, parseAmzDate, sameHex, sha256Hex, signingKey } from '../aws/sigv4.js';

/**
 * Authentication the way an EKS control plane does it: static bearer tokens, and `k8s-aws-v1.` tokens
 * checked with the rules of aws-iam-authenticator's pkg/token/token.go (Verify), then "replayed to STS" —
 * here the STS side is emulated by recomputing the SigV4 signature, independently of the SDK signer, with
 * the emulator's known test credentials and this cluster's name in the `x-k8s-aws-id` header.
 */
export interface TestCredential {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  /** Identity reported for this key; default arn:aws:iam::111122223333:user/<accessKeyId>. */
  arn?: string;
}

export class AuthError extends Error {}

export interface AwsIdentity {
  arn: string;
  accessKeyId: string;
}

const V1_PREFIX = 'k8s-aws-v1.';
const MAX_TOKEN_LEN = 4096;
const PRESIGNED_URL_EXPIRATION_MS = 15 * 60_000;
const CLUSTER_ID_HEADER = 'x-k8s-aws-id';
const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const PARAMETER_ALLOWLIST = new Set([
  'action',
  'version',
  'x-amz-algorithm',
  'x-amz-credential',
  'x-amz-date',
  'x-amz-expires',
  'x-amz-security-token',
  'x-amz-signature',
  'x-amz-signedheaders',
]);

/** Hostnames STS answers on in the aws, aws-cn and aws-us-gov partitions (regional and global, with FIPS). */
const STS_HOST =
  /^sts(-fips)?(\.(?<region>[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d+))?\.amazonaws\.com(?<cn>\.cn)?$/;

function findCredential(credentials: TestCredential[], accessKeyId: string): TestCredential | undefined {
  return credentials.find((c) => c.accessKeyId === accessKeyId);
}

export function identityOf(c: TestCredential): AwsIdentity {
  return { arn: c.arn ?? `arn:aws:iam::111122223333:user/${c.accessKeyId}`, accessKeyId: c.accessKeyId };
}

export interface EksTokenCheck {
  clusterName: string;
  credentials: TestCredential[];
  /** The emulator clock, epoch ms. */
  now: number;
}

/** Verify an EKS bearer token; throws AuthError naming the first rule it breaks. */
export function verifyEksToken(token: string, check: EksTokenCheck): AwsIdentity {
  // ---- aws-iam-authenticator tokenVerifier.Verify ----
  if (token.length > MAX_TOKEN_LEN)
    throw new AuthError('input token was not properly formatted: token is too large');
  if (!token.startsWith(V1_PREFIX)) {
    throw new AuthError(
      `input token was not properly formatted: token is missing expected "${V1_PREFIX}" prefix`,
    );
  }
  const encoded = token.slice(V1_PREFIX.length);
  if (!/^[A-Za-z0-9_-]*$/.test(encoded) || encoded.length % 4 === 1) {
    throw new AuthError('input token was not properly formatted: illegal base64 data');
  }
  const raw = Buffer.from(encoded, 'base64url').toString('utf8');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new AuthError('input token was not properly formatted: malformed URL');
  }
  if (url.protocol !== 'https:') {
    throw new AuthError(
      `input token was not properly formatted: unexpected scheme "${url.protocol.slice(0, -1)}" in pre-signed URL`,
    );
  }
  const hostMatch = STS_HOST.exec(url.host);
  if (!hostMatch)
    throw new AuthError(
      `input token was not properly formatted: unexpected hostname "${url.host}" in pre-signed URL`,
    );
  if (url.pathname !== '/')
    throw new AuthError('input token was not properly formatted: unexpected path in pre-signed URL');
  const lower = new Map<string, string>();
  const pairs: [string, string][] = [];
  const seen = new Set<string>();
  const rawQuery = url.search.startsWith('?') ? url.search.slice(1) : url.search;
  for (const part of rawQuery.split('&').filter(Boolean)) {
    const eq = part.indexOf('=');
    let key: string;
    let value: string;
    try {
      key = decodeURIComponent((eq >= 0 ? part.slice(0, eq) : part).replace(/\+/g, ' '));
      value = decodeURIComponent((eq >= 0 ? part.slice(eq + 1) : '').replace(/\+/g, ' '));
    } catch {
      throw new AuthError('input token was not properly formatted: malformed query parameter');
    }
    if (!PARAMETER_ALLOWLIST.has(key.toLowerCase())) {
      throw new AuthError(`input token was not properly formatted: non-whitelisted query parameter "${key}"`);
    }
    if (seen.has(key))
      throw new AuthError(
        'input token was not properly formatted: query parameter with multiple values not supported',
      );
    seen.add(key);
    lower.set(key.toLowerCase(), value);
    pairs.push([key, value]);
  }
  if (lower.get('action') !== 'GetCallerIdentity') {
    throw new AuthError(
      'input token was not properly formatted: unexpected action parameter in pre-signed URL',
    );
  }
  const signedHeaders = (lower.get('x-amz-signedheaders') ?? '').split(';');
  if (!signedHeaders.some((h) => h.toLowerCase() === CLUSTER_ID_HEADER)) {
    throw new AuthError(
      `input token was not properly formatted: client did not sign the ${CLUSTER_ID_HEADER} header in the pre-signed URL`,
    );
  }
  const expiresText = lower.get('x-amz-expires') ?? '';
  const expires = /^-?\d+$/.test(expiresText) ? Number(expiresText) : NaN;
  if (!(expires >= 0 && expires <= 900)) {
    throw new AuthError(
      `input token was not properly formatted: invalid X-Amz-Expires parameter in pre-signed URL: ${expiresText}`,
    );
  }
  const amzDate = lower.get('x-amz-date') ?? '';
  if (!amzDate)
    throw new AuthError(
      'input token was not properly formatted: X-Amz-Date parameter must be present in pre-signed URL',
    );
  const signedAt = parseAmzDate(amzDate);
  if (Number.isNaN(signedAt)) {
    throw new AuthError(
      `input token was not properly formatted: error parsing X-Amz-Date parameter ${amzDate} into format 20060102T150405Z`,
    );
  }
  if (check.now > signedAt + PRESIGNED_URL_EXPIRATION_MS) {
    throw new AuthError(
      `input token was not properly formatted: X-Amz-Date parameter is expired (15 minute expiration) ${new Date(signedAt).toISOString()}`,
    );
  }

  // ---- what STS does with the replayed GET (the authenticator adds x-k8s-aws-id: <its cluster>) ----
  if (lower.get('version') !== '2011-06-15')
    throw new AuthError(
      'sts getCallerIdentity failed: InvalidAction: Could not find operation GetCallerIdentity for version',
    );
  if (lower.get('x-amz-algorithm') !== 'AWS4-HMAC-SHA256')
    throw new AuthError('sts getCallerIdentity failed: IncompleteSignature: unsupported X-Amz-Algorithm');
  if (signedAt > check.now + PRESIGNED_URL_EXPIRATION_MS)
    throw new AuthError('sts getCallerIdentity failed: SignatureDoesNotMatch: Signature not yet current');
  const scopeParts = (lower.get('x-amz-credential') ?? '').split('/');
  if (scopeParts.length !== 5 || scopeParts[3] !== 'sts' || scopeParts[4] !== 'aws4_request') {
    throw new AuthError('sts getCallerIdentity failed: IncompleteSignature: malformed X-Amz-Credential');
  }
  const [accessKeyId, scopeDate, scopeRegion] = scopeParts;
  if (scopeDate !== amzDate.slice(0, 8))
    throw new AuthError(
      'sts getCallerIdentity failed: SignatureDoesNotMatch: credential date does not match X-Amz-Date',
    );
  const hostRegion = hostMatch.groups?.region ?? 'us-east-1';
  if (hostMatch.groups?.region && scopeRegion !== hostRegion) {
    throw new AuthError(
      `sts getCallerIdentity failed: SignatureDoesNotMatch: Credential should be scoped to a valid region, not '${scopeRegion}'`,
    );
  }
  const cred = findCredential(check.credentials, accessKeyId);
  if (!cred)
    throw new AuthError(
      'sts getCallerIdentity failed: InvalidClientTokenId: The security token included in the request is invalid.',
    );
  const sessionToken = lower.get('x-amz-security-token');
  if ((cred.sessionToken ?? undefined) !== sessionToken) {
    throw new AuthError(
      'sts getCallerIdentity failed: InvalidClientTokenId: The security token included in the request is invalid.',
    );
  }
  const headerValues: Record<string, string> = { host: url.host, [CLUSTER_ID_HEADER]: check.clusterName };
  const headerNames = [...signedHeaders].map((h) => h.toLowerCase()).sort();
  let canonicalHeaders = '';
  for (const h of headerNames) {
    const v = headerValues[h];
    if (v === undefined)
      throw new AuthError(
        `sts getCallerIdentity failed: SignatureDoesNotMatch: signed header ${h} is not in the request`,
      );
    canonicalHeaders += `${h}:${v.trim().replace(/\s+/g, ' ')}\n`;
  }
  const canonicalRequest = [
    'GET',
    '/',
    canonicalQuery(pairs.filter(([k]) => k !== 'X-Amz-Signature')),
    canonicalHeaders,
    headerNames.join(';'),
    EMPTY_SHA256,
  ].join('\n');
  const scope = `${scopeDate}/${scopeRegion}/sts/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
  const expected = hmac(
    signingKey(cred.secretAccessKey, scopeDate, scopeRegion, 'sts'),
    stringToSign,
  ).toString('hex');
  if (!sameHex(expected, lower.get('x-amz-signature') ?? '')) {
    throw new AuthError(
      'sts getCallerIdentity failed: SignatureDoesNotMatch: The request signature we calculated does not match the signature you provided.',
    );
  }
  return identityOf(cred);
}
