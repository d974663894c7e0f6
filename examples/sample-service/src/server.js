import { createServer } from 'node:http';
import { route } from './app.js';

const port = Number(process.env.PORT ?? 8080);
createServer((req, res) => {
  const { status, body } = route(req.method ?? 'GET', new URL(req.url ?? '/', 'http://x').pathname);
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}).listen(port, () => console.log(`sample-service listening on :${port}`));
