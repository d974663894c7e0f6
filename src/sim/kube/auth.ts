import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

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

export function rfc3986(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

function hmac(key: Buffer | string, data: string): Buffer {
  return createHmac('sha256', key).update(data, 'utf8').digest();
}

function signingKey(secret: string, date: string, region: string, service: string): Buffer {
  return hmac(hmac(hmac(hmac(`AWS4${secret}`, date), region), service), 'aws4_request');
}

function sameHex(a: string, b: string): boolean {
  const ba = Buffer.from(a, 'utf8');
  const bb = Buffer.from(b, 'utf8');
  return ba.length === bb.length && timingSafeEqual(ba, bb);
}

/** Parse `20060102T150405Z` (the X-Amz-Date layout); NaN when malformed. */
export function parseAmzDate(value: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) return NaN;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
}

function canonicalQuery(pairs: [string, string][]): string {
  return pairs
    .map(([k, v]) => [rfc3986(k), rfc3986(v)] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
}

function findCredential(credentials: TestCredential[], accessKeyId: string): TestCredential | undefined {
  return credentials.find((c) => c.accessKeyId === accessKeyId);
}

function identityOf(c: TestCredential): AwsIdentity {
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

export class SigV4Error extends Error {
  constructor(
    readonly errorType: string,
    message: string,
  ) {
    super(message);
  }
}

/** The canonical URI the AWS SDK signs: each segment of the (already escaped) path escaped once more. */
function canonicalUri(path: string): string {
  const segments: string[] = [];
  for (const s of path.split('/')) {
    if (s === '' || s === '.') continue;
    if (s === '..') segments.pop();
    else segments.push(s);
  }
  const normalised = `${path.startsWith('/') ? '/' : ''}${segments.join('/')}${segments.length && path.endsWith('/') ? '/' : ''}`;
  return rfc3986(normalised).replace(/%2F/g, '/');
}

export interface SignedRequest {
  method: string;
  /** The path as it came over the wire (escaped), without the query. */
  path: string;
  rawQuery: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** Verify an `Authorization: AWS4-HMAC-SHA256 …` header-signed request (the EKS control-plane API). */
export function verifySigV4Request(
  req: SignedRequest,
  opts: { credentials: TestCredential[]; service: string; region: string; now: number },
): AwsIdentity {
  const auth = req.headers.authorization ?? '';
  const m =
    /^AWS4-HMAC-SHA256 Credential=([^,\s]+),\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-f]+)$/.exec(auth);
  if (!m) throw new SigV4Error('MissingAuthenticationTokenException', 'Missing Authentication Token');
  const [accessKeyId, date, region, service, terminator] = m[1].split('/');
  if (terminator !== 'aws4_request' || service !== opts.service) {
    throw new SigV4Error(
      'InvalidSignatureException',
      `Credential should be scoped to correct service: '${opts.service}'.`,
    );
  }
  if (region !== opts.region) {
    throw new SigV4Error(
      'InvalidSignatureException',
      `Credential should be scoped to a valid region, not '${region}'.`,
    );
  }
  const cred = findCredential(opts.credentials, accessKeyId);
  if (!cred)
    throw new SigV4Error(
      'UnrecognizedClientException',
      'The security token included in the request is invalid.',
    );
  const token = req.headers['x-amz-security-token'];
  if ((cred.sessionToken ?? undefined) !== (Array.isArray(token) ? token[0] : token)) {
    throw new SigV4Error(
      'UnrecognizedClientException',
      'The security token included in the request is invalid.',
    );
  }
  const amzDateHeader = req.headers['x-amz-date'];
  const amzDate = Array.isArray(amzDateHeader) ? amzDateHeader[0] : (amzDateHeader ?? '');
  const signedAt = parseAmzDate(amzDate);
  if (Number.isNaN(signedAt) || date !== amzDate.slice(0, 8)) {
    throw new SigV4Error(
      'InvalidSignatureException',
      'Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP',
    );
  }
  if (Math.abs(opts.now - signedAt) > 5 * 60_000) {
    throw new SigV4Error(
      'InvalidSignatureException',
      `Signature expired: ${amzDate} is now earlier or later than the server time (5 min.)`,
    );
  }
  const signedHeaders = m[2].split(';');
  let canonicalHeaders = '';
  for (const h of signedHeaders) {
    const v = req.headers[h];
    if (v === undefined)
      throw new SigV4Error(
        'InvalidSignatureException',
        `The request signature we calculated does not match the signature you provided.`,
      );
    const value = Array.isArray(v) ? v.join(',') : v;
    canonicalHeaders += `${h}:${value.trim().replace(/\s+/g, ' ')}\n`;
  }
  const pairs: [string, string][] = req.rawQuery
    .split('&')
    .filter(Boolean)
    .map((p) => {
      const eq = p.indexOf('=');
      return [
        decodeURIComponent(eq >= 0 ? p.slice(0, eq) : p),
        decodeURIComponent(eq >= 0 ? p.slice(eq + 1) : ''),
      ];
    });
  const payloadHeader = req.headers['x-amz-content-sha256'];
  const payloadHash = typeof payloadHeader === 'string' ? payloadHeader : sha256Hex(req.body);
  const canonicalRequest = [
    req.method,
    canonicalUri(req.path),
    canonicalQuery(pairs),
    canonicalHeaders,
    m[2],
    payloadHash,
  ].join('\n');
  const scope = `${date}/${region}/${service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
  const expected = hmac(signingKey(cred.secretAccessKey, date, region, service), stringToSign).toString(
    'hex',
  );
  if (!sameHex(expected, m[3])) {
    throw new SigV4Error(
      'InvalidSignatureException',
      'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
    );
  }
  return identityOf(cred);
}
