import { describe, expect, it } from '@jest/globals';
import { ScaledClock } from '../../src/lib/clock.js';
import { startKubeEmulator } from '../../src/sim/kube/index.js';

function handles(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const h of process.getActiveResourcesInfo()) out[h] = (out[h] ?? 0) + 1;
  return out;
}

describe('kube emulator: close()', () => {
  it('stops servers, sockets, timers, watches and hanging backends', async () => {
    const before = handles();
    const kube = await startKubeEmulator({ clock: new ScaledClock(200), tls: true });
    const auth = { authorization: `Bearer ${kube.token}` };
    kube.objects.create({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'hang', namespace: 'default' },
      spec: {
        replicas: 1,
        selector: { matchLabels: { app: 'hang' } },
        template: {
          metadata: { labels: { app: 'hang' } },
          spec: { containers: [{ name: 'app', image: 'x/hang:hang' }] },
        },
      },
    });
    kube.objects.create({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'hang', namespace: 'default' },
      spec: { selector: { app: 'hang' }, ports: [{ port: 80 }] },
    });
    await kube.sim.until(
      () =>
        kube.objects
          .list('EndpointSlice', 'default', 'kubernetes.io/service-name=hang')
          .some((s) => JSON.stringify(s).includes('"ready":true')),
      3_600_000,
    );
    const url = await kube.sim.serviceUrl('default', 'hang');
    const pending = fetch(url).then(
      () => 'answered',
      () => 'reset',
    );
    const watch = (async () => {
      const { request } = await import('node:https');
      return new Promise<string>((resolve) => {
        const req = request(`${kube.url}/api/v1/pods?watch=1`, { ca: kube.caPem, headers: auth }, (res) => {
          res.resume();
          res.on('end', () => resolve('ended'));
          res.on('error', () => resolve('ended'));
        });
        req.on('error', () => resolve('error'));
        req.end();
      });
    })();
    await new Promise((r) => setTimeout(r, 50));
    await kube.close();
    expect(await pending).toBe('reset');
    expect(['ended', 'error']).toContain(await watch);
    await new Promise((r) => setTimeout(r, 50));
    const after = handles();
    for (const kind of ['TCPServerWrap', 'TCPSocketWrap', 'Timeout', 'Immediate']) {
      // nothing of ours is left: at most what was active before (jest's own timers come and go)
      expect({ kind, extra: Math.max(0, (after[kind] ?? 0) - (before[kind] ?? 0)) }).toEqual({
        kind,
        extra: 0,
      });
    }
  });
});
