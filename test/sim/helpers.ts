/** Small HTTP helpers for the simulator's tests: the API as a client sees it, and users' requests. */
import http from 'node:http';
import type { Clock } from '../../src/lib/clock.js';
import type { KubeEmulator, KubeObject } from '../../src/sim/kube/index.js';

export type Json = Record<string, unknown>;

/**
 * One request to the emulated API server as a client sends it: a bearer token (the emulator's, or `token`), a
 * JSON body (a string is sent as it is) with `contentType`. The body is parsed as JSON when there is one.
 */
export async function api<T = Json>(
  kube: KubeEmulator,
  method: string,
  path: string,
  body?: unknown,
  contentType = 'application/json',
  token?: string,
): Promise<{ status: number; json: T; headers: Headers }> {
  const res = await fetch(kube.url + path, {
    method,
    headers: {
      authorization: `Bearer ${token ?? kube.token}`,
      ...(body !== undefined ? { 'content-type': contentType } : {}),
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, json: (text ? JSON.parse(text) : {}) as T, headers: res.headers };
}

const PLURALS: Record<string, string> = {
  Deployment: '/apis/apps/v1/namespaces/NS/deployments',
  Service: '/api/v1/namespaces/NS/services',
  HorizontalPodAutoscaler: '/apis/autoscaling/v2/namespaces/NS/horizontalpodautoscalers',
  PodDisruptionBudget: '/apis/policy/v1/namespaces/NS/poddisruptionbudgets',
  Ingress: '/apis/networking.k8s.io/v1/namespaces/NS/ingresses',
  Namespace: '/api/v1/namespaces',
  TargetGroupBinding: '/apis/elbv2.k8s.aws/v1beta1/namespaces/NS/targetgroupbindings',
  Gateway: '/apis/gateway.networking.k8s.io/v1/namespaces/NS/gateways',
};

/** Server-side apply as `manager` (forced); throws on anything but 200/201. */
export async function apply(kube: KubeEmulator, obj: KubeObject, manager = 'test'): Promise<Json> {
  const base = PLURALS[obj.kind ?? ''];
  if (!base) throw new Error(`no path for ${obj.kind}`);
  const path = `${base.replace('NS', obj.metadata.namespace ?? 'default')}/${obj.metadata.name}?fieldManager=${manager}&force=true`;
  const r = await api(kube, 'PATCH', path, obj, 'application/apply-patch+yaml');
  if (r.status !== 200 && r.status !== 201)
    throw new Error(`apply ${obj.kind}: ${r.status} ${JSON.stringify(r.json)}`);
  return r.json;
}

export interface Answer {
  status: number;
  version: string;
  pod: string;
  headers: http.IncomingHttpHeaders;
}

/**
 * One GET; `agent` false for a new connection (a new user), or a keep-alive agent (a returning client, which —
 * like browsers — sends the request again on a new connection when a reused one was closed under it).
 */
export async function get(
  url: string,
  agent: http.Agent | false = false,
  headers: http.OutgoingHttpHeaders = {},
): Promise<Answer> {
  const first = await getOnce(url, agent, headers);
  return first.retry ? getOnce(url, agent, headers) : first;
}

function getOnce(
  url: string,
  agent: http.Agent | false,
  headers: http.OutgoingHttpHeaders,
): Promise<Answer & { retry?: boolean }> {
  return new Promise((resolve) => {
    const req = http.get(url, { agent, headers }, (res) => {
      res.resume();
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          version: String(res.headers['x-version'] ?? ''),
          pod: String(res.headers['x-pod'] ?? ''),
          headers: res.headers,
        }),
      );
      res.on('error', () => resolve({ status: 0, version: '', pod: '', headers: {} }));
    });
    req.on('error', () => resolve({ status: 0, version: '', pod: '', headers: {}, retry: req.reusedSocket }));
  });
}

/**
 * Steady users' traffic on the simulation clock: `rps` requests per simulated second spread over `users`
 * keep-alive clients, until stop(). Every answer is kept (status 0: the connection failed).
 */
export function steadyLoad(
  clock: Clock,
  url: () => string,
  rps: number,
  users = 10,
): { answers: (Answer & { at: number })[]; stop(): Promise<void> } {
  const answers: (Answer & { at: number })[] = [];
  let running = true;
  const agents: http.Agent[] = [];
  const period = (1000 * users) / rps;
  const loops = Array.from({ length: users }, async (_, i) => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    agents.push(agent);
    await clock.sleep((period * i) / users);
    while (running) {
      const at = clock.now();
      const a = await get(url(), agent);
      answers.push({ ...a, at });
      try {
        await clock.sleep(Math.max(0, period - (clock.now() - at)));
      } catch {
        return;
      }
    }
  });
  return {
    answers,
    stop: async () => {
      running = false;
      await Promise.all(loops);
      for (const a of agents) a.destroy();
    },
  };
}

export function deployment(
  ns: string,
  name: string,
  image: string,
  opts: {
    replicas?: number;
    cpu?: string;
    preStop?: number;
    grace?: number;
    probe?: boolean;
    labels?: Record<string, string>;
  } = {},
): KubeObject {
  const labels = { app: name, ...opts.labels };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: ns },
    spec: {
      ...(opts.replicas === undefined ? {} : { replicas: opts.replicas }),
      selector: { matchLabels: labels },
      template: {
        metadata: { labels },
        spec: {
          ...(opts.grace === undefined ? {} : { terminationGracePeriodSeconds: opts.grace }),
          containers: [
            {
              name: 'app',
              image,
              ports: [{ name: 'http', containerPort: 8080 }],
              ...(opts.probe === false
                ? {}
                : { readinessProbe: { httpGet: { path: '/healthz', port: 'http' } } }),
              ...(opts.cpu ? { resources: { requests: { cpu: opts.cpu } } } : {}),
              ...(opts.preStop
                ? { lifecycle: { preStop: { exec: { command: ['sleep', String(opts.preStop)] } } } }
                : {}),
            },
          ],
        },
      },
    },
  };
}

export function service(
  ns: string,
  name: string,
  selector: Record<string, string> = { app: name },
): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace: ns },
    spec: { selector, ports: [{ name: 'http', port: 80, targetPort: 'http' }] },
  };
}
