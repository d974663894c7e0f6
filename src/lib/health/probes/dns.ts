import { lookup, Resolver } from 'node:dns/promises';
import { errorText } from '../format.js';
import { normalizeIp } from '../parse.js';
import type { DnsCheck, DnsResolver, DnsResolverFactory, ProbeOutcome } from '../types.js';

/**
 * `dns`: node:dns/promises Resolver asking `server` (or the system's nameservers) once, with the probe's timeout.
 * `system`: getaddrinfo, as the service's clients resolve (/etc/hosts, search domains); it cannot be cancelled,
 * so the probe's timeout ends the wait.
 */
export const nodeResolver: DnsResolverFactory = (server, timeout, mode) => {
  if (mode === 'dns' || server !== undefined) {
    const r = new Resolver({ timeout: Math.max(1, Math.round(timeout)), tries: 1 });
    if (server !== undefined) r.setServers([server]);
    return r;
  }
  const system = async (hostname: string, family: 4 | 6): Promise<string[]> => {
    const found = await lookup(hostname, { family, all: true });
    return [...new Set(found.map((a) => a.address))];
  };
  return { resolve4: (h) => system(h, 4), resolve6: (h) => system(h, 6) };
};

export async function probeDns(
  spec: DnsCheck,
  resolver: DnsResolver,
  signal: AbortSignal,
): Promise<ProbeOutcome> {
  const onAbort = (): void => resolver.cancel?.();
  signal.addEventListener('abort', onAbort, { once: true });
  let addresses: string[];
  try {
    addresses =
      spec.recordType === 'A'
        ? await resolver.resolve4(spec.hostname)
        : await resolver.resolve6(spec.hostname);
  } catch (e) {
    if (signal.aborted) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOTFOUND' && spec.resolver === 'system')
      return { ok: false, message: `${spec.hostname} does not resolve (system resolver)` };
    if (code === 'ENOTFOUND') return { ok: false, message: `${spec.hostname} does not exist (NXDOMAIN)` };
    if (code === 'ENODATA')
      return { ok: false, message: `${spec.hostname} has no ${spec.recordType} records` };
    return { ok: false, message: `${spec.hostname}: ${errorText(e)}` };
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
  if (addresses.length === 0)
    return { ok: false, message: `${spec.hostname} has no ${spec.recordType} records` };
  const got = addresses.map(normalizeIp);
  if (spec.expectAddress) {
    const missing = spec.expectAddress.filter((a) => !got.includes(a));
    if (missing.length > 0) {
      return {
        ok: false,
        message: `${spec.hostname} resolves to ${got.join(', ')}, not ${missing.join(', ')}`,
      };
    }
  }
  return { ok: true, message: `${spec.hostname} → ${got.join(', ')}` };
}
