/**
 * Blue-green → rolling, fast (virtual clock): the timeline lines of the switch, the state when the switch is
 * reported (the Service without the color, the old color at 0), both colors and the preview Service retired, and
 * each way back to the color that served (the switch refused, a failing verify window after it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { DeployRun } from '../src/lib/deploy/action.js';
import { LABEL } from '../src/lib/k8s/manifests.js';
import type { Service } from '../src/lib/k8s/types.js';
import {
  deployWith,
  harness,
  liveV1,
  traffic,
  writeApp,
  type Harness,
  clusterReads,
} from './deploy/harness.js';

let h: Harness;
const { dep } = clusterReads(() => h);
beforeEach(async () => {
  h = await harness();
});
afterEach(async () => h.close());

const said = (r: DeployRun, ...phases: string[]): string[] =>
  r.timeline.events.filter((e) => phases.includes(e.phase)).map((e) => `${e.phase} ${e.level} ${e.message}`);
const STEPS = ['plan', 'rollout', 'rollback', 'clean-up'];

describe('from blue-green to rolling, as the timeline tells it', () => {
  const pods = (color: string): number =>
    h.kube.objects
      .list('Pod', 'default')
      .filter((p) => p.metadata.labels?.[LABEL.color] === color && !p.metadata.deletionTimestamp).length;
  const selector = (): Record<string, string> | undefined =>
    (h.kube.objects.get('Service', 'default', 'web') as Service | undefined)?.spec?.selector;

  it('the Service drops the color once the new pods are ready; both colors are gone when the switch says so', async () => {
    // v1 then v2 blue-green: v2 is live on green, blue is kept at 0 replicas, the preview Service is there.
    await liveV1(h, 'blue-green');
    writeApp(h.dir, 'registry.example/web:v2');
    const bg = await deployWith(h, { version: 'v2', verifyWindowMs: 6_000, scaleDownDelayMs: 0 });
    expect(bg.result).toMatchObject({ result: 'promoted', liveColor: 'green' });
    expect(dep('web-blue')?.spec?.replicas).toBe(0);
    expect(h.kube.objects.get('Service', 'default', 'web-preview')).toBeDefined();
    // v3's manifests also label the Service: the Service of the manifests is applied with the switch.
    const file = writeApp(h.dir, 'registry.example/web:v3');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'kind: Service\nmetadata:\n  name: web\n',
        'kind: Service\nmetadata:\n  name: web\n  labels:\n    tier: frontend\n',
      ),
    );
    const atSwitch: string[] = [];
    const r = await deployWith(h, {
      version: 'v3',
      strategy: 'rolling',
      verifyWindowMs: 6_000,
      onEvent: (e) => {
        if (e.phase === 'rollout' && e.level === 'ok')
          atSwitch.push(`rolled out: selector ${JSON.stringify(selector())}, green pods ${pods('green')}`);
        if (e.phase === 'switch')
          atSwitch.push(
            `switch: selector ${JSON.stringify(selector())}, green replicas ${dep('web-green')?.spec?.replicas}, green pods ${pods('green')}`,
          );
      },
    });
    expect(r.result).toMatchObject({ result: 'promoted', version: 'v3', previousVersion: 'v2' });
    expect(said(r, ...STEPS, 'switch')).toEqual([
      'plan info v2 is live on green (deployed blue-green); rolling v3 out beside it, then Service web drops the color',
      'rollout info web: 0 of 2 updated replicas available',
      'rollout info web: 2 of 2 replicas available',
      'rollout ok v3 is rolled out',
      'switch ok Service web sends users to web; green is scaled to 0',
      'clean-up info the blue-green colors of web are retired',
    ]);
    // Users stay on green until v3 is ready; when the switch is reported, green serves nobody any more.
    expect(atSwitch).toEqual([
      `rolled out: selector {"app":"web","${LABEL.color}":"green"}, green pods 2`,
      'switch: selector {"app":"web"}, green replicas 0, green pods 0',
    ]);
    expect(selector()).toEqual({ app: 'web' });
    expect(h.kube.objects.get('Service', 'default', 'web')?.metadata.labels?.tier).toBe('frontend');
    // The switch is done once green's pods are gone: seconds after the rollout, not a time-out later.
    const at = (m: string): number => r.timeline.events.find((e) => e.message.startsWith(m))?.at ?? NaN;
    expect(at('Service web sends users to web') - at('v3 is rolled out')).toBeLessThan(30_000);
    expect(dep('web-blue')).toBeUndefined();
    expect(dep('web-green')).toBeUndefined();
    expect(h.kube.objects.get('Service', 'default', 'web-preview')).toBeUndefined();
    expect(dep('web')?.spec?.template?.spec?.containers?.[0]?.image).toBe('registry.example/web:v3');
    expect(await traffic(h)).toEqual({ v3: 40 });
  });

  it('a Deployment added with the switch (a worker) rolls out with it; every color of the release is retired', async () => {
    await liveV1(h, 'blue-green');
    const file = writeApp(h.dir, 'registry.example/web:v2');
    writeFileSync(
      file,
      readFileSync(file, 'utf8') +
        `---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: worker
spec:
  replicas: 1
  selector:
    matchLabels:
      app: worker
  template:
    metadata:
      labels:
        app: worker
    spec:
      containers:
        - name: worker
          image: registry.example/worker:v2
`,
    );
    const r = await deployWith(h, { version: 'v2', strategy: 'rolling', verifyWindowMs: 6_000 });
    expect(r.result).toMatchObject({ result: 'promoted', version: 'v2', previousVersion: 'v1' });
    expect(said(r, 'switch', 'clean-up')).toEqual([
      'switch ok Service web sends users to web; blue is scaled to 0',
      'clean-up info the blue-green colors of web, worker are retired',
    ]);
    expect(dep('worker')?.spec?.template?.spec?.containers?.[0]?.image).toBe('registry.example/worker:v2');
    expect(dep('web-blue')).toBeUndefined();
    expect(await traffic(h)).toEqual({ v2: 40 });
  });

  it('the switch itself refused: users stay on blue, the uncolored Deployment goes', async () => {
    await liveV1(h, 'blue-green');
    const blue = structuredClone(dep('web-blue')?.spec);
    writeApp(h.dir, 'registry.example/web:v2');
    const r = await deployWith(h, {
      version: 'v2',
      strategy: 'rolling',
      verifyWindowMs: 6_000,
      onEvent: (e) => {
        // RBAC loses the right to patch Services between the rollout and the switch; back for the restore.
        if (e.message === 'v2 is rolled out') h.kube.forbid({ kind: 'Service', verbs: ['patch'] });
        if (e.phase === 'rollback') h.kube.allowAll();
      },
    });
    expect(r.result).toMatchObject({ result: 'rolled-back', version: 'v2', previousVersion: 'v1' });
    const reason = r.result.rollbackReason ?? '';
    expect(reason).toMatch(/forbidden.*patch.*services/i);
    expect(said(r, 'rollback', 'switch')).toEqual([
      `rollback error ${reason}; restoring v1 (every object the rollout changed)`,
      'rollback ok v1 is serving again',
    ]);
    expect(selector()).toEqual({ app: 'web', [LABEL.color]: 'blue' });
    expect(dep('web-blue')?.spec).toEqual(blue);
    expect(dep('web')).toBeUndefined();
    expect(await traffic(h)).toEqual({ v1: 40 });
  });

  it('a failing v2 after the switch: blue gets its replicas back and the Service selects it again', async () => {
    await liveV1(h, 'blue-green');
    const blue = structuredClone(dep('web-blue')?.spec);
    writeApp(h.dir, 'registry.example/web:v2');
    const r = await deployWith(h, {
      version: 'v2',
      strategy: 'rolling',
      verifyWindowMs: 30_000,
      onEvent: (e) => {
        if (e.phase === 'verify' && e.message.startsWith('watching'))
          h.kube.sim.behaviour('registry.example/web:v2', { errorRate: 1 });
      },
    });
    expect(r.result).toMatchObject({ result: 'rolled-back', previousVersion: 'v1' });
    expect(r.result.rollbackReason).toMatch(/^verify window failed: /);
    expect(said(r, 'switch', 'rollback', 'clean-up')).toEqual([
      'switch ok Service web sends users to web; blue is scaled to 0',
      `rollback error ${r.result.rollbackReason}; restoring v1 (every object the rollout changed)`,
      'rollback ok v1 is serving again',
    ]);
    expect(selector()).toEqual({ app: 'web', [LABEL.color]: 'blue' });
    expect(dep('web-blue')?.spec).toEqual(blue);
    expect(dep('web-blue')?.spec?.replicas).toBe(2);
    expect(pods('blue')).toBe(2);
    expect(dep('web')).toBeUndefined();
    expect(await traffic(h)).toEqual({ v1: 40 });
  });
});
