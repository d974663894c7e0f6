/**
 * The one way the emulators listen: an HTTP(S) server on 127.0.0.1 with an ephemeral port that keeps track of
 * its sockets, so close() ends keep-alive connections at once instead of waiting for clients to hang up.
 */
import type http from 'node:http';
import type { AddressInfo, Server, Socket } from 'node:net';

export class LoopbackServer {
  readonly sockets = new Set<Socket>();

  /** `refuse`, when it answers true for a new connection, resets it (an outage). */
  constructor(
    readonly server: Server,
    refuse?: () => boolean,
  ) {
    server.on('connection', (s: Socket) => {
      if (refuse?.()) {
        s.destroy();
        return;
      }
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
  }

  /** Listens on 127.0.0.1:0; resolves the port. */
  listen(): Promise<number> {
    const server = this.server;
    return new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
    });
  }

  /** Resets every open connection (the server keeps listening). */
  resetConnections(): void {
    for (const s of this.sockets) s.destroy();
  }

  /** Stops listening and resets every connection; resolves when the server has closed. */
  close(): Promise<void> {
    const server = this.server;
    return new Promise<void>((resolve) => {
      server.close(() => resolve());
      (server as http.Server).closeAllConnections?.();
      this.resetConnections();
    });
  }
}

/** A request listener that hands over the whole request body once it has arrived. */
export function withBody(
  handle: (req: http.IncomingMessage, body: Buffer, res: http.ServerResponse) => void,
): http.RequestListener {
  return (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handle(req, Buffer.concat(chunks), res));
  };
}

/** Hop-by-hop headers a proxy does not pass on (Node sets its own framing for the reply). */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length']);

/** An upstream's response headers as a proxy (the ALB, a Gateway) writes them back to its client. */
export function forwardedHeaders(
  headers: Record<string, string | string[] | undefined>,
): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(headers)) if (v !== undefined && !HOP_BY_HOP.has(k)) out[k] = v;
  return out;
}
