/**
 * Server-side AWS Signature Version 4 verification for the emulated AWS control planes (ECR, ELBv2, EKS) and the
 * primitives the EKS token check shares with it: the
 * canonical request is rebuilt from the bytes that arrived, independently of any SDK signer, and the
 * signature recomputed with the emulator's own credentials. Error codes and messages are AWS's.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';

export interface SimCredential {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  /** The 12-digit account the key belongs to. */
  accountId: string;
  /** Who the key is; default arn:aws:iam::<accountId>:user/keelson-sim. */
  arn?: string;
}

export class SigV4Error extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

export interface SignedRequest {
  method: string;
  /** The path as it came over the wire (escaped), without the query. */
  path: string;
  rawQuery: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** What a verifier needs of a credential; the emulators' credential types carry more. */
export interface SigningCredential {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** The request as it arrived: method, escaped path, raw query, headers and the body's bytes. */
export function signedRequest(req: IncomingMessage, body: Buffer): SignedRequest {
  const url = new URL(req.url ?? '/', 'http://localhost');
  return {
    method: req.method ?? 'GET',
    path: url.pathname,
    rawQuery: url.search.replace(/^\?/, ''),
    headers: req.headers,
    body,
  };
}

export interface VerifiedCaller<C extends SigningCredential = SimCredential> {
  credential: C;
  /** The region the request was signed for. */
  region: string;
}

export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

export function hmac(key: Buffer | string, data: string): Buffer {
  return createHmac('sha256', key).update(data, 'utf8').digest();
}

export function signingKey(secret: string, date: string, region: string, service: string): Buffer {
  return hmac(hmac(hmac(hmac(`AWS4${secret}`, date), region), service), 'aws4_request');
}

/** Constant-time comparison of two hex signatures. */
export function sameHex(a: string, b: string): boolean {
  const ba = Buffer.from(a, 'utf8');
  const bb = Buffer.from(b, 'utf8');
  return ba.length === bb.length && timingSafeEqual(ba, bb);
}

export function rfc3986(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
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

/** Decoded query pairs → the canonical query string (each side escaped, sorted by key then value). */
export function canonicalQuery(pairs: readonly (readonly [string, string])[]): string {
  return pairs
    .map(([k, v]) => [rfc3986(k), rfc3986(v)] as const)
    .sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
}

function queryPairs(raw: string): [string, string][] {
  return raw
    .split('&')
    .filter(Boolean)
    .map((p) => {
      const eq = p.indexOf('=');
      return [
        decodeURIComponent(eq >= 0 ? p.slice(0, eq) : p),
        decodeURIComponent(eq >= 0 ? p.slice(eq + 1) : ''),
      ];
    });
}

/** Parse `20060102T150405Z` (the X-Amz-Date layout); NaN when malformed. */
export function parseAmzDate(s: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(s);
  if (!m) return Number.NaN;
  return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * Verifies an `Authorization: AWS4-HMAC-SHA256 …` header-signed request; returns who signed it. With `region`,
 * a signature scoped to another region is refused the way AWS refuses it.
 */
export function verifySigV4<C extends SigningCredential>(
  req: SignedRequest,
  opts: { credentials: readonly C[]; service: string; region?: string; now: number },
): VerifiedCaller<C> {
  const auth = header(req.headers, 'authorization') ?? '';
  const m =
    /^AWS4-HMAC-SHA256 Credential=([^,\s]+),\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-f]+)$/.exec(auth);
  if (!m) throw new SigV4Error('MissingAuthenticationTokenException', 'Missing Authentication Token');
  const [accessKeyId = '', date = '', region = '', service = '', terminator = ''] = m[1]!.split('/');
  if (terminator !== 'aws4_request' || service !== opts.service) {
    throw new SigV4Error(
      'InvalidSignatureException',
      `Credential should be scoped to correct service: '${opts.service}'.`,
    );
  }
  if (opts.region !== undefined && region !== opts.region) {
    throw new SigV4Error(
      'InvalidSignatureException',
      `Credential should be scoped to a valid region, not '${region}'.`,
    );
  }
  const cred = opts.credentials.find((c) => c.accessKeyId === accessKeyId);
  const token = header(req.headers, 'x-amz-security-token');
  if (!cred || (cred.sessionToken ?? undefined) !== token) {
    throw new SigV4Error(
      'UnrecognizedClientException',
      'The security token included in the request is invalid.',
    );
  }
  const amzDate = header(req.headers, 'x-amz-date') ?? '';
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
  let canonicalHeaders = '';
  for (const h of m[2]!.split(';')) {
    const v = req.headers[h];
    if (v === undefined) {
      throw new SigV4Error(
        'InvalidSignatureException',
        'The request signature we calculated does not match the signature you provided.',
      );
    }
    const value = Array.isArray(v) ? v.join(',') : v;
    canonicalHeaders += `${h}:${value.trim().replace(/\s+/g, ' ')}\n`;
  }
  const canonicalRequest = [
    req.method,
    canonicalUri(req.path),
    canonicalQuery(queryPairs(req.rawQuery)),
    canonicalHeaders,
    m[2],
    sha256Hex(req.body),
  ].join('\n');
  const scope = `${date}/${region}/${service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
  const expected = hmac(signingKey(cred.secretAccessKey, date, region, service), stringToSign).toString(
    'hex',
  );
  if (!sameHex(expected, m[3]!)) {
    throw new SigV4Error(
      'InvalidSignatureException',
      'The request signature we calculated does not match the signature you provided. Check your AWS Secret ' +
        'Access Key and signing method. Consult the service documentation for details.',
    );
  }
  return { credential: cred, region };
}
