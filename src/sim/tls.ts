/**
 * A throw-away certificate authority for the simulator's HTTPS listeners, made at start-up with node:crypto:
 * an ECDSA P-256 CA and a server certificate it signs (SAN localhost and 127.0.0.1). Node can make keys but not
 * certificates, so the X.509 structures are written here in DER (RFC 5280), the few types they need and
 * nothing more. The CA's private key is dropped once the server certificate is signed; no key is ever written
 * to disk or shipped in a bundle.
 */
import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';

export interface SimTls {
  /** PEM of the CA certificate (trust this, e.g. `https.Agent({ ca })` or kubeconfig certificate-authority-data). */
  caPem: string;
  /** PEM of the server certificate and its private key (PKCS#8), for `https.createServer`. */
  cert: string;
  key: string;
}

// ---- DER -------------------------------------------------------------------------------------------------

function length(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

function tlv(tag: number, body: Buffer): Buffer {
  return Buffer.concat([Buffer.from([tag]), length(body.length), body]);
}

const seq = (...items: Buffer[]): Buffer => tlv(0x30, Buffer.concat(items));
const set = (...items: Buffer[]): Buffer => tlv(0x31, Buffer.concat(items));
const octets = (b: Buffer): Buffer => tlv(0x04, b);
const bits = (b: Buffer): Buffer => tlv(0x03, Buffer.concat([Buffer.from([0]), b]));
const utf8 = (s: string): Buffer => tlv(0x0c, Buffer.from(s, 'utf8'));
const bool = (v: boolean): Buffer => tlv(0x01, Buffer.from([v ? 0xff : 0]));
const explicit = (n: number, body: Buffer): Buffer => tlv(0xa0 + n, body);

function integer(b: Buffer): Buffer {
  let i = 0;
  while (i < b.length - 1 && b[i] === 0) i++;
  const trimmed = b.subarray(i);
  return tlv(0x02, trimmed[0] & 0x80 ? Buffer.concat([Buffer.from([0]), trimmed]) : trimmed);
}

function oid(dotted: string): Buffer {
  const parts = dotted.split('.').map(Number);
  const out = [parts[0] * 40 + parts[1]];
  for (const p of parts.slice(2)) {
    const chunk = [p & 0x7f];
    for (let v = Math.floor(p / 128); v > 0; v = Math.floor(v / 128)) chunk.unshift((v & 0x7f) | 0x80);
    out.push(...chunk);
  }
  return tlv(0x06, Buffer.from(out));
}

/** UTCTime for years before 2050, GeneralizedTime after (RFC 5280 4.1.2.5). */
function time(ms: number): Buffer {
  const iso = new Date(ms).toISOString(); // 2026-01-01T00:00:00.000Z
  const digits = iso.slice(0, 19).replace(/[-:T]/g, '');
  const year = Number(iso.slice(0, 4));
  return year < 2050
    ? tlv(0x17, Buffer.from(`${digits.slice(2)}Z`, 'ascii'))
    : tlv(0x18, Buffer.from(`${digits}Z`, 'ascii'));
}

const OID = {
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  commonName: '2.5.4.3',
  organization: '2.5.4.10',
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  extKeyUsage: '2.5.29.37',
  serverAuth: '1.3.6.1.5.5.7.3.1',
  subjectAltName: '2.5.29.17',
  subjectKeyId: '2.5.29.14',
  authorityKeyId: '2.5.29.35',
};

function name(cn: string): Buffer {
  return seq(
    set(seq(oid(OID.organization), utf8('Keelson simulator'))),
    set(seq(oid(OID.commonName), utf8(cn))),
  );
}

function extension(id: string, critical: boolean, value: Buffer): Buffer {
  return seq(oid(id), ...(critical ? [bool(true)] : []), octets(value));
}

/** keyUsage bits, most significant first: digitalSignature(0) … keyCertSign(5), cRLSign(6). */
function keyUsage(...bitsSet: number[]): Buffer {
  let byte = 0;
  for (const b of bitsSet) byte |= 0x80 >> b;
  const unused = byte === 0 ? 7 : Math.min(...bitsSet.map((b) => 7 - b));
  return tlv(0x03, Buffer.from([unused, byte]));
}

function keyId(spki: Buffer): Buffer {
  return createHash('sha1').update(spki).digest();
}

interface CertSpec {
  subject: string;
  issuer: string;
  spki: Buffer;
  issuerSpki: Buffer;
  signer: KeyObject;
  ca: boolean;
  notBefore: number;
  notAfter: number;
  sans?: { dns: string[]; ips: string[] };
}

function certificate(c: CertSpec): Buffer {
  const algorithm = seq(oid(OID.ecdsaWithSha256));
  const exts: Buffer[] = [
    extension(OID.basicConstraints, true, c.ca ? seq(bool(true)) : seq()),
    extension(OID.keyUsage, true, c.ca ? keyUsage(0, 5, 6) : keyUsage(0)),
    extension(OID.subjectKeyId, false, octets(keyId(c.spki))),
    extension(OID.authorityKeyId, false, seq(tlv(0x80, keyId(c.issuerSpki)))),
  ];
  if (!c.ca) exts.push(extension(OID.extKeyUsage, false, seq(oid(OID.serverAuth))));
  if (c.sans) {
    const general = [
      ...c.sans.dns.map((d) => tlv(0x82, Buffer.from(d, 'ascii'))),
      ...c.sans.ips.map((ip) => tlv(0x87, Buffer.from(ip.split('.').map(Number)))),
    ];
    exts.push(extension(OID.subjectAltName, false, seq(...general)));
  }
  const tbs = seq(
    explicit(0, integer(Buffer.from([2]))), // v3
    integer(Buffer.concat([Buffer.from([0x01]), randomBytes(15)])),
    algorithm,
    name(c.issuer),
    seq(time(c.notBefore), time(c.notAfter)),
    name(c.subject),
    c.spki,
    explicit(3, seq(...exts)),
  );
  const signature = sign('sha256', tbs, c.signer); // DER ECDSA-Sig-Value, as X.509 wants
  return seq(tbs, algorithm, bits(signature));
}

function pem(label: string, der: Buffer): string {
  const b64 = der.toString('base64').replace(/(.{64})/g, '$1\n');
  return `-----BEGIN ${label}-----\n${b64.replace(/\n$/, '')}\n-----END ${label}-----\n`;
}

/**
 * A fresh CA and server certificate. Validity is taken from the wall clock (TLS clients check it against theirs):
 * from an hour ago for `days` days.
 */
export function makeSimTls(opts: { hosts?: string[]; days?: number } = {}): SimTls {
  const hosts = opts.hosts ?? ['localhost', '127.0.0.1'];
  const notBefore = Date.now() - 3_600_000;
  const notAfter = notBefore + (opts.days ?? 30) * 86_400_000;
  const ca = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const server = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const caSpki = ca.publicKey.export({ type: 'spki', format: 'der' });
  const serverSpki = server.publicKey.export({ type: 'spki', format: 'der' });
  const caDer = certificate({
    subject: 'keelson-simulator-ca',
    issuer: 'keelson-simulator-ca',
    spki: caSpki,
    issuerSpki: caSpki,
    signer: ca.privateKey,
    ca: true,
    notBefore,
    notAfter,
  });
  const serverDer = certificate({
    subject: hosts[0] ?? 'localhost',
    issuer: 'keelson-simulator-ca',
    spki: serverSpki,
    issuerSpki: caSpki,
    signer: ca.privateKey,
    ca: false,
    notBefore,
    notAfter,
    sans: {
      dns: hosts.filter((h) => !/^\d+\.\d+\.\d+\.\d+$/.test(h)),
      ips: hosts.filter((h) => /^\d+\.\d+\.\d+\.\d+$/.test(h)),
    },
  });
  return {
    caPem: pem('CERTIFICATE', caDer),
    cert: pem('CERTIFICATE', serverDer),
    key: server.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}
