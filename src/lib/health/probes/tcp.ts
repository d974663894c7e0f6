import net from 'node:net';
import type { ProbeOutcome, TcpCheck } from '../types.js';
import { parseHostPort } from '../variables.js';
import { errorText } from '../format.js';

export function probeTcp(spec: TcpCheck, signal: AbortSignal): Promise<ProbeOutcome> {
  const addr = parseHostPort(spec.host);
  if (!addr) return Promise.resolve({ ok: false, message: `not a host:port: '${spec.host}'` });
  return new Promise<ProbeOutcome>((resolve, reject) => {
    const socket = net.connect({ host: addr.hostname, port: addr.port });
    const onAbort = (): void => {
      socket.destroy();
      reject(signal.reason ?? new Error('aborted'));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    const finish = (outcome: ProbeOutcome): void => {
      signal.removeEventListener('abort', onAbort);
      socket.destroy();
      resolve(outcome);
    };
    socket.once('connect', () => finish({ ok: true, message: `connected to ${addr.hostname}:${addr.port}` }));
    socket.once('error', (e) => finish({ ok: false, message: errorText(e) }));
    socket.on('error', () => undefined); // a late second error must not become an uncaught exception
  });
}
