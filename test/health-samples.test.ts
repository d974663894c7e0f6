import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { realClock } from '../src/lib/clock.js';
import { parseHealthChecks } from '../src/lib/health/index.js';
import { probeHttp } from '../src/lib/health/probes/http.js';
import type { HttpCheck } from '../src/lib/health/types.js';

let server: http.Server;
let base = '';
let n = 0;
beforeAll(async () => {
  // Every 10th request in 3 fails: a 30 % error rate, deterministic.
  server = http.createServer((_req, res) => {
    n++;
    res.statusCode = n % 10 < 3 ? 500 : 200;
    res.end('x');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

async function check(yaml: string): Promise<HttpCheck> {
  return (await parseHealthChecks(yaml))[0] as HttpCheck;
}

describe('http samples and max-error-ratio', () => {
  it('fails a probe when the share of failed requests is over the ratio', async () => {
    const spec = await check(`- kind: http\n  url: ${base}/\n  samples: 20\n  max-error-ratio: 5%\n`);
    const out = await probeHttp(spec, realClock, new AbortController().signal);
    expect(out.ok).toBe(false);
    expect(out.message).toMatch(/^6 of 20 requests failed \(30%, max 5%\): HTTP 500, expected 200-399$/);
  });
  it('passes when the ratio allows it', async () => {
    const spec = await check(`- kind: http\n  url: ${base}/\n  samples: 20\n  max-error-ratio: 0.4\n`);
    const out = await probeHttp(spec, realClock, new AbortController().signal);
    expect(out).toEqual({ ok: true, message: '14 of 20 requests ok (30% failed)' });
  });
  it.each([
    ['samples: 0', "field 'samples': '0'. Expected a whole number from 1 to 200."],
    [
      'max-error-ratio: 1.5',
      "field 'max-error-ratio': '1.5'. Expected a ratio from 0 to 1 such as 0.05 (or a percentage such as 5%).",
    ],
    ['max-error-ratio: lots', "field 'max-error-ratio': 'lots'. Expected a ratio from 0 to 1"],
  ])('refuses %s', async (field, message) => {
    await expect(parseHealthChecks(`- kind: http\n  url: ${base}/\n  ${field}\n`)).rejects.toThrow(message);
  });
});
