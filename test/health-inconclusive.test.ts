/** Probes that cannot look (the API server they go through is down) count in neither direction. */
import { describe, expect, it } from '@jest/globals';
import { ManualClock } from '../src/lib/clock.js';
import { Inconclusive, parseHealthChecks, runChecks, type PodLike } from '../src/lib/health/index.js';

const ready: PodLike = {
  metadata: { name: 'p' },
  status: {
    phase: 'Running',
    conditions: [{ type: 'Ready', status: 'True' }],
    containerStatuses: [{ name: 'c', ready: true, restartCount: 0 }],
  },
};

async function pods(script: ('ok' | 'down' | 'crash')[]) {
  const specs = await parseHealthChecks(
    '- name: pods\n  kind: kubernetes\n  namespace: ns\n  selector: app=x\n  interval: 1s\n  timeout: 1s\n  failure-threshold: 2\n',
  );
  let i = 0;
  return {
    specs,
    source: {
      listPods: async (): Promise<PodLike[]> => {
        const step = script[Math.min(i++, script.length - 1)];
        if (step === 'down')
          throw new Inconclusive('the Kubernetes API could not be asked: connect ECONNREFUSED');
        if (step === 'crash')
          return [
            {
              ...ready,
              status: {
                ...ready.status,
                containerStatuses: [
                  {
                    name: 'c',
                    ready: false,
                    restartCount: 3,
                    state: { waiting: { reason: 'CrashLoopBackOff' } },
                  },
                ],
              },
            },
          ];
        return [ready];
      },
    },
  };
}

async function watch(script: ('ok' | 'down' | 'crash')[], windowMs: number) {
  const clock = new ManualClock(0);
  const { specs, source } = await pods(script);
  const events: boolean[] = [];
  const p = runChecks(specs, {
    clock,
    mode: 'watch',
    deadline: windowMs,
    pods: source,
    onProbe: (e) => events.push(e.inconclusive === true),
  });
  for (let t = 0; t <= windowMs; t += 500) await clock.advance(500);
  return { result: await p, events };
}

describe('inconclusive probes', () => {
  it('an API outage in the window is not a failure of the version', async () => {
    const { result, events } = await watch(['ok', 'down', 'down', 'down', 'ok', 'ok'], 6_000);
    expect(result.status).toBe('passed');
    expect(result.checks[0]).toMatchObject({ status: 'passed', failures: 0, inconclusive: 3 });
    expect(events.filter(Boolean)).toHaveLength(3);
  });
  it('a real failure after the outage still fails within the threshold', async () => {
    const { result } = await watch(['ok', 'down', 'crash', 'crash'], 10_000);
    expect(result.status).toBe('failed');
    expect(result.reason).toMatch(/^check 1 \('pods'\) failed 2 consecutive probes: /);
  });
  it('inconclusive probes do not reset a failure streak either', async () => {
    const { result } = await watch(['crash', 'down', 'crash'], 10_000);
    expect(result.status).toBe('failed');
  });
  it('a window in which nothing could be observed fails rather than passing blind', async () => {
    const { result } = await watch(['down'], 4_000);
    expect(result.status).toBe('failed');
    expect(result.reason).toMatch(/ended before check 1 \('pods'\) completed a probe/);
  });
});
