// A TCP proxy that adds a fixed delay in each direction: the network between a runner and a database in another
// availability zone, on loopback. Every chunk is held `delayMs` before it is passed on (chunks keep their order:
// timers of equal delay fire in the order they were set), so a request and its answer take 2 × delayMs more.
// Usage: node latency-proxy.mjs <target-port> <delay-ms>; prints {"port": N} once it listens.
import { connect, createServer } from 'node:net';
import { setTimeout } from 'node:timers';

const [targetPort, delayMs] = process.argv.slice(2).map(Number);
if (!(targetPort > 0) || !(delayMs >= 0)) {
  process.stderr.write('usage: latency-proxy.mjs <target-port> <delay-ms>\n');
  process.exit(2);
}

function forward(from, to) {
  from.on('data', (chunk) => setTimeout(() => to.write(chunk), delayMs));
  from.on('end', () => setTimeout(() => to.end(), delayMs));
  from.on('error', () => to.destroy());
  from.on('close', () => setTimeout(() => to.destroy(), delayMs + 1));
}

const server = createServer((client) => {
  client.setNoDelay(true);
  const upstream = connect({ host: '127.0.0.1', port: targetPort });
  upstream.setNoDelay(true);
  forward(client, upstream);
  forward(upstream, client);
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ port: server.address().port })}\n`);
});
