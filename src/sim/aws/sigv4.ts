/**
 * Server-side AWS Signature Version 4 verification for the emulated AWS control planes (ECR today): the
 * canonical request is rebuilt from the bytes that arrived, independently of any SDK signer, and the
 * signature recomputed with the emulator's own credentials. Error codes and messages are AWS's.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

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

export interface VerifiedCaller {
  credential: SimCredential;
  /** The region the request was signed for. */
  region: string;
}

function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

function hmac(key: Buffer | string, data: string): Buffer {
  return createHmac('sha256', key).update(data, 'utf8').digest();
}

function rfc3986(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function canonicalUri(path: string): string {
  const segments: string[] = [];
  for (const s of path.split('/')) {
    if (s === '' || s === '.') continue;
    if (s === '..') segments.pop();
    else segments.push(s);
  }
  const normalised = `/${segments.join('/')}${segments.length && path.endsWith('/') ? '/' : ''}`;
  return rfc3986(decodeURIComponent(normalised)).replace(/%2F/g, '/');
}

function canonicalQuery(raw: string): string {
  return raw
    .split('&')
    .filter(Boolean)
    .map((p) => {
      const eq = p.indexOf('=');
      const k = decodeURIComponent(eq >= 0 ? p.slice(0, eq) : p);
      const v = decodeURIComponent(eq >= 0 ? p.slice(eq + 1) : '');
      return [rfc3986(k), rfc3986(v)] as const;
    })
    .sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
}

function parseAmzDate(s: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(s);
  if (!m) return Number.NaN;
  return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** Verifies an `Authorization: AWS4-HMAC-SHA256 …` header-signed request; returns who signed it. */
export function verifySigV4(
  req: SignedRequest,
  opts: { credentials: readonly SimCredential[]; service: string; now: number },
): VerifiedCaller {
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
    canonicalQuery(req.rawQuery),
    canonicalHeaders,
    m[2],
    sha256Hex(req.body),
  ].join('\n');
  const scope = `${date}/${region}/${service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
  const kDate = hmac(`AWS4${cred.secretAccessKey}`, date);
  const kSigning = hmac(hmac(hmac(kDate, region), service), 'aws4_request');
  const expected = Buffer.from(hmac(kSigning, stringToSign).toString('hex'));
  const given = Buffer.from(m[3]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    throw new SigV4Error(
      'InvalidSignatureException',
      'The request signature we calculated does not match the signature you provided. Check your AWS Secret ' +
        'Access Key and signing method. Consult the service documentation for details.',
    );
  }
  return { credential: cred, region };
}
