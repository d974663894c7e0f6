import { readFile } from 'node:fs/promises';
import net from 'node:net';
import tls from 'node:tls';
import type { Clock } from '../../clock.js';
import type { ProbeOutcome, TlsCheck } from '../types.js';
import { parseHostPort } from '../variables.js';
import { errorText } from '../format.js';

const DAY = 86_400_000;

/**
 * Handshakes with host:port and reads the leaf certificate. The chain (and the name) is verified unless
 * `insecure`; expiry is measured against the clock, so a certificate that expires within `min-days` fails.
 */
export async function probeTls(spec: TlsCheck, clock: Clock, signal: AbortSignal): Promise<ProbeOutcome> {
  const addr = parseHostPort(spec.host, 443);
  if (!addr) return { ok: false, message: `not a host or host:port: '${spec.host}'` };
  let ca: Buffer | undefined;
  if (spec.caFile !== undefined) {
    try {
      ca = await readFile(spec.caFile);
    } catch (e) {
      return { ok: false, message: `cannot read ca-file: ${errorText(e)}` };
    }
  }
  const servername = spec.servername ?? (net.isIP(addr.hostname) ? undefined : addr.hostname);
  const seen = await new Promise<{ cert: tls.PeerCertificate; authorized: boolean; authError?: string }>(
    (resolve, reject) => {
      const socket = tls.connect({
        host: addr.hostname,
        port: addr.port,
        ...(servername !== undefined ? { servername } : {}),
        ...(ca ? { ca } : {}),
        rejectUnauthorized: false,
        ALPNProtocols: ['http/1.1'],
      });
      const onAbort = (): void => {
        socket.destroy();
        reject(signal.reason ?? new Error('aborted'));
      };
      if (signal.aborted) return onAbort();
      signal.addEventListener('abort', onAbort, { once: true });
      socket.once('secureConnect', () => {
        signal.removeEventListener('abort', onAbort);
        const cert = socket.getPeerCertificate();
        const authError = socket.authorizationError ? String(socket.authorizationError) : undefined;
        resolve({ cert, authorized: socket.authorized, ...(authError ? { authError } : {}) });
        socket.end();
        socket.destroy();
      });
      socket.on('error', () => undefined); // a late second error must not become an uncaught exception
      socket.once('error', (e) => {
        signal.removeEventListener('abort', onAbort);
        socket.destroy();
        reject(e);
      });
    },
  ).catch((e: unknown) => {
    if (signal.aborted) throw e;
    return errorText(e);
  });
  if (typeof seen === 'string') return { ok: false, message: seen };
  const { cert } = seen;
  if (!cert || !cert.valid_to) return { ok: false, message: 'the server presented no certificate' };
  if (!spec.insecure) {
    const name = spec.servername ?? addr.hostname;
    const mismatch = tls.checkServerIdentity(name, cert);
    if (mismatch) return { ok: false, message: `certificate does not match ${name}: ${mismatch.message}` };
    if (!seen.authorized)
      return { ok: false, message: `certificate not trusted: ${seen.authError ?? 'unknown reason'}` };
  }
  const notAfter = Date.parse(cert.valid_to);
  const days = (notAfter - clock.now()) / DAY;
  const until = new Date(notAfter).toISOString().slice(0, 10);
  const subject = cert.subject?.CN ? `CN=${String(cert.subject.CN)}` : 'certificate';
  if (days < 0) return { ok: false, message: `${subject} expired on ${until}` };
  if (days < spec.minDays) {
    return {
      ok: false,
      message: `${subject} expires on ${until}, in ${days.toFixed(1)} days (min-days ${spec.minDays})`,
    };
  }
  return { ok: true, message: `${subject} valid until ${until} (${Math.floor(days)} days)` };
}
