/**
 * The gateway-api canary router's pure parts, fast (no cluster): which backendRefs and HTTPRoutes are the service's,
 * the rules it writes for a split (each ref to the live Service becomes one per color, others keep their
 * proportion), its names, and what the post step gets to put the users' route back. What it writes to a cluster
 * and how it reads the route's status: test/deploy-gateway-router-units.test.ts.
 */
import { describe, expect, it } from '@jest/globals';
import {
  GATEWAY_API,
  GatewayRouter,
  refersTo,
  routesTo,
  type BackendRef,
  type HTTPRoute,
} from '../src/lib/deploy/gateway-router.js';
import type { DeployContext } from '../src/lib/deploy/types.js';
import type { KubeObject, Service } from '../src/lib/k8s/types.js';

/** Only the namespace: these never reach the cluster. */
const context = (): DeployContext => ({ settings: { namespace: 'default' } }) as DeployContext;

describe('which backendRefs and routes are the service’s', () => {
  it('refersTo: a Service of the route’s namespace by that name (core group, kind Service, same namespace)', () => {
    const yes: BackendRef[] = [
      { name: 'web' },
      { name: 'web', group: '', kind: 'Service', namespace: 'prod', port: 80 },
      { name: 'web', namespace: 'prod' },
    ];
    const no: BackendRef[] = [
      { name: 'web2' },
      { name: 'web', group: 'multicluster.x-k8s.io' },
      { name: 'web', kind: 'ServiceImport' },
      { name: 'web', namespace: 'staging' },
    ];
    expect(yes.map((b) => refersTo(b, 'web', 'prod'))).toEqual([true, true, true]);
    expect(no.map((b) => refersTo(b, 'web', 'prod'))).toEqual([false, false, false, false]);
  });

  it('routesTo: the gateway.networking.k8s.io/v1 HTTPRoutes with a rule to the Service, in their own namespace', () => {
    const r = (name: string, over: Partial<KubeObject> & { spec?: unknown } = {}): KubeObject => ({
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'HTTPRoute',
      metadata: { name },
      spec: { rules: [{ backendRefs: [{ name: 'static' }] }, { backendRefs: [{ name: 'web' }] }] },
      ...over,
    });
    const objects: KubeObject[] = [
      r('a'),
      r('b', { metadata: { name: 'b', namespace: 'prod' } }),
      r('c', { metadata: { name: 'c', namespace: 'staging' } }),
      r('d', { apiVersion: 'gateway.networking.k8s.io/v1beta1' }),
      r('e', { kind: 'GRPCRoute' }),
      r('f', { spec: { rules: [{ backendRefs: [{ name: 'static' }] }, {}] } }),
      r('g', { spec: {} }),
      { apiVersion: 'gateway.networking.k8s.io/v1', kind: 'HTTPRoute', metadata: { name: 'no-spec' } },
      r('h', { spec: { rules: [{ backendRefs: [{ name: 'web', namespace: 'staging' }] }] } }),
      r('i', {
        metadata: { name: 'i', namespace: 'staging' },
        spec: { rules: [{ backendRefs: [{ name: 'web', namespace: 'staging' }] }] },
      }),
      { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' } },
    ];
    // A route without a namespace is in the deploy's; a backendRef without one points into the route's own.
    expect(routesTo(objects, 'web', 'prod').map((o) => o.metadata.name)).toEqual(['a', 'b', 'c', 'i']);
    expect(routesTo(objects, 'web', 'staging').map((o) => o.metadata.name)).toEqual([
      'a',
      'b',
      'c',
      'h',
      'i',
    ]);
  });
});

describe('the rules and the route it writes', () => {
  const users: HTTPRoute = {
    apiVersion: GATEWAY_API,
    kind: 'HTTPRoute',
    metadata: { name: 'shop', namespace: 'default' },
    spec: {
      parentRefs: [{ name: 'gw' }],
      rules: [
        {
          matches: [{ path: { type: 'PathPrefix', value: '/' } }],
          backendRefs: [
            { name: 'web', port: 80, weight: 3 },
            { name: 'legacy', port: 80 },
          ],
        },
        {
          matches: [{ path: { type: 'PathPrefix', value: '/static' } }],
          backendRefs: [{ name: 'static', port: 80 }],
        },
        { matches: [{ path: { type: 'Exact', value: '/gone' } }] },
        { backendRefs: [{ name: 'web', namespace: 'default', port: 8080 }] },
      ],
    },
  };
  const web = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'web' },
    spec: { selector: { app: 'web' } },
  };

  it('a split: each ref to the live Service becomes one per color with a weight, the others scaled by 100', () => {
    const g = new GatewayRouter(context(), web as Service, structuredClone(users));
    const rules = g.rules({ blue: 90, green: 10 });
    expect(rules.map((r) => (r.backendRefs ?? []).map((b) => `${b.name}:${b.port}:${b.weight}`))).toEqual([
      ['web-blue:80:270', 'web-green:80:30', 'legacy:80:100'],
      ['static:80:undefined'],
      [],
      ['web-blue:8080:90', 'web-green:8080:10'],
    ]);
    // The rest of each rule is the users' own; rules without a ref to the service are theirs untouched.
    expect(rules[0]?.matches).toEqual([{ path: { type: 'PathPrefix', value: '/' } }]);
    expect(rules[1]).toEqual(users.spec?.rules?.[1]);
    expect(rules[2]).toEqual({ matches: [{ path: { type: 'Exact', value: '/gone' } }] });
    expect(rules[3]?.backendRefs?.[0]).toEqual({
      name: 'web-blue',
      namespace: 'default',
      port: 8080,
      weight: 90,
    });
    // A color at 0 % gets no backendRef (weight 0 would still be a ref to resolve).
    expect(g.rules({ blue: 100, green: 0 })[3]?.backendRefs).toEqual([
      { name: 'web-blue', namespace: 'default', port: 8080, weight: 100 },
    ]);
    expect(g.rules({ blue: 0, green: 100 })[0]?.backendRefs?.map((b) => `${b.name}:${b.weight}`)).toEqual([
      'web-green:300',
      'legacy:100',
    ]);
    // The users' route itself is not changed by what is written.
    rules[0]?.backendRefs?.push({ name: 'x' });
    expect(users.spec?.rules?.[0]?.backendRefs).toHaveLength(2);
    expect(g.rules({ blue: 50, green: 50 })[0]?.backendRefs).toHaveLength(3);
  });

  it('names, backend Services, and what the post step needs to put the route back', () => {
    const g = new GatewayRouter(context(), web as Service, structuredClone(users));
    expect([g.name, g.describe(), g.backendService('green')]).toEqual([
      'shop',
      'HTTPRoute shop',
      'web-green',
    ]);
    expect(g.restoreState()).toEqual({
      'bg-route': 'shop',
      'bg-route-rules': JSON.stringify(users.spec?.rules),
    });
    const bare = new GatewayRouter(
      context(),
      { apiVersion: 'v1', kind: 'Service', metadata: {} } as Service,
      { apiVersion: GATEWAY_API, kind: 'HTTPRoute', metadata: {} },
    );
    expect([bare.name, bare.backendService('blue'), bare.restoreState()]).toEqual([
      '',
      '-blue',
      { 'bg-route': '', 'bg-route-rules': '[]' },
    ]);
    expect(bare.rules({ blue: 100 })).toEqual([]);
  });
});
