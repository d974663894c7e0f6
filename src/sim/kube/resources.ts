import { Gateway } from '@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/Gateway';
import { GatewayClass } from '@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/GatewayClass';
import { HTTPRoute } from '@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/HTTPRoute';
import { CustomResourceDefinition } from 'kubernetes-models/apiextensions.k8s.io/v1/CustomResourceDefinition';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { ReplicaSet } from 'kubernetes-models/apps/v1/ReplicaSet';
import { Job } from 'kubernetes-models/batch/v1/Job';
import { Lease } from 'kubernetes-models/coordination.k8s.io/v1/Lease';
import { EndpointSlice } from 'kubernetes-models/discovery.k8s.io/v1/EndpointSlice';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import { IngressClass } from 'kubernetes-models/networking.k8s.io/v1/IngressClass';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Event } from 'kubernetes-models/v1/Event';
import { Namespace } from 'kubernetes-models/v1/Namespace';
import { Pod } from 'kubernetes-models/v1/Pod';
import { Secret } from 'kubernetes-models/v1/Secret';
import { Service } from 'kubernetes-models/v1/Service';

/** One REST resource the API server serves, with what discovery says about it. */
export interface ResourceType {
  group: string;
  version: string;
  kind: string;
  plural: string;
  singular: string;
  namespaced: boolean;
  shortNames: string[];
  categories: string[];
  /** Subresources served under `{plural}/{name}/…`. */
  subresources: string[];
  /** Throws a ValidationError (with `errors[].instancePath`) when the object does not fit the schema. */
  validate(obj: unknown): void;
  /**
   * A custom resource served only while its CustomResourceDefinition is installed (the AWS Load Balancer
   * Controller's TargetGroupBinding): absent from discovery and answering 404 otherwise.
   */
  crd?: string;
}

/** Validation of a custom resource against the few rules of its CRD's schema that matter here. */
function requireFields(kind: string, paths: string[][]): (obj: unknown) => void {
  return (obj) => {
    const errors: { instancePath: string; message: string }[] = [];
    for (const path of paths) {
      let cur: unknown = obj;
      for (const k of path)
        cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[k] : undefined;
      if (cur === undefined || cur === null || cur === '')
        errors.push({
          instancePath: `/${path.join('/')}`,
          message: `must have required property '${path[path.length - 1]}'`,
        });
    }
    if (errors.length) throw Object.assign(new Error(`${kind} is invalid`), { errors });
  };
}

type Validatable = { validate(): void };
function model<T>(Cls: new (data: T) => Validatable): (obj: unknown) => void {
  return (obj) => new Cls(obj as T).validate();
}

const VERBS = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

export const RESOURCES: ResourceType[] = [
  {
    group: '',
    version: 'v1',
    kind: 'Namespace',
    plural: 'namespaces',
    singular: 'namespace',
    namespaced: false,
    shortNames: ['ns'],
    categories: [],
    subresources: ['status'],
    validate: model(Namespace),
  },
  {
    group: '',
    version: 'v1',
    kind: 'Pod',
    plural: 'pods',
    singular: 'pod',
    namespaced: true,
    shortNames: ['po'],
    categories: ['all'],
    subresources: ['status', 'log', 'proxy', 'eviction'],
    validate: model(Pod),
  },
  {
    group: '',
    version: 'v1',
    kind: 'Service',
    plural: 'services',
    singular: 'service',
    namespaced: true,
    shortNames: ['svc'],
    categories: ['all'],
    subresources: ['status', 'proxy'],
    validate: model(Service),
  },
  {
    group: '',
    version: 'v1',
    kind: 'ConfigMap',
    plural: 'configmaps',
    singular: 'configmap',
    namespaced: true,
    shortNames: ['cm'],
    categories: [],
    subresources: [],
    validate: model(ConfigMap),
  },
  {
    group: '',
    version: 'v1',
    kind: 'Secret',
    plural: 'secrets',
    singular: 'secret',
    namespaced: true,
    shortNames: [],
    categories: [],
    subresources: [],
    validate: model(Secret),
  },
  {
    group: '',
    version: 'v1',
    kind: 'Event',
    plural: 'events',
    singular: 'event',
    namespaced: true,
    shortNames: ['ev'],
    categories: [],
    subresources: [],
    validate: model(Event),
  },
  {
    group: 'apps',
    version: 'v1',
    kind: 'Deployment',
    plural: 'deployments',
    singular: 'deployment',
    namespaced: true,
    shortNames: ['deploy'],
    categories: ['all'],
    subresources: ['status', 'scale'],
    validate: model(Deployment),
  },
  {
    group: 'apps',
    version: 'v1',
    kind: 'ReplicaSet',
    plural: 'replicasets',
    singular: 'replicaset',
    namespaced: true,
    shortNames: ['rs'],
    categories: ['all'],
    subresources: ['status', 'scale'],
    validate: model(ReplicaSet),
  },
  {
    group: 'batch',
    version: 'v1',
    kind: 'Job',
    plural: 'jobs',
    singular: 'job',
    namespaced: true,
    shortNames: [],
    categories: ['all'],
    subresources: ['status'],
    validate: model(Job),
  },
  {
    group: 'coordination.k8s.io',
    version: 'v1',
    kind: 'Lease',
    plural: 'leases',
    singular: 'lease',
    namespaced: true,
    shortNames: [],
    categories: [],
    subresources: [],
    validate: model(Lease),
  },
  {
    group: 'discovery.k8s.io',
    version: 'v1',
    kind: 'EndpointSlice',
    plural: 'endpointslices',
    singular: 'endpointslice',
    namespaced: true,
    shortNames: [],
    categories: [],
    subresources: [],
    validate: model(EndpointSlice),
  },
  {
    group: 'networking.k8s.io',
    version: 'v1',
    kind: 'Ingress',
    plural: 'ingresses',
    singular: 'ingress',
    namespaced: true,
    shortNames: ['ing'],
    categories: [],
    subresources: ['status'],
    validate: model(Ingress),
  },
  {
    group: 'autoscaling',
    version: 'v2',
    kind: 'HorizontalPodAutoscaler',
    plural: 'horizontalpodautoscalers',
    singular: 'horizontalpodautoscaler',
    namespaced: true,
    shortNames: ['hpa'],
    categories: ['all'],
    subresources: ['status'],
    validate: model(HorizontalPodAutoscaler),
  },
  {
    group: 'networking.k8s.io',
    version: 'v1',
    kind: 'NetworkPolicy',
    plural: 'networkpolicies',
    singular: 'networkpolicy',
    namespaced: true,
    shortNames: ['netpol'],
    categories: [],
    subresources: [],
    validate: model(NetworkPolicy),
  },
  {
    group: 'policy',
    version: 'v1',
    kind: 'PodDisruptionBudget',
    plural: 'poddisruptionbudgets',
    singular: 'poddisruptionbudget',
    namespaced: true,
    shortNames: ['pdb'],
    categories: [],
    subresources: ['status'],
    validate: model(PodDisruptionBudget),
  },
  {
    group: 'networking.k8s.io',
    version: 'v1',
    kind: 'IngressClass',
    plural: 'ingressclasses',
    singular: 'ingressclass',
    namespaced: false,
    shortNames: [],
    categories: [],
    subresources: [],
    validate: model(IngressClass),
  },
  {
    group: 'apiextensions.k8s.io',
    version: 'v1',
    kind: 'CustomResourceDefinition',
    plural: 'customresourcedefinitions',
    singular: 'customresourcedefinition',
    namespaced: false,
    shortNames: ['crd', 'crds'],
    categories: ['api-extensions'],
    subresources: ['status'],
    validate: model(CustomResourceDefinition),
  },
  {
    group: 'elbv2.k8s.aws',
    version: 'v1beta1',
    kind: 'TargetGroupBinding',
    plural: 'targetgroupbindings',
    singular: 'targetgroupbinding',
    namespaced: true,
    shortNames: [],
    categories: [],
    subresources: ['status'],
    validate: requireFields('TargetGroupBinding', [
      ['spec', 'serviceRef', 'name'],
      ['spec', 'serviceRef', 'port'],
    ]),
    crd: 'targetgroupbindings.elbv2.k8s.aws',
  },
  {
    group: 'gateway.networking.k8s.io',
    version: 'v1',
    kind: 'GatewayClass',
    plural: 'gatewayclasses',
    singular: 'gatewayclass',
    namespaced: false,
    shortNames: ['gc'],
    categories: ['gateway-api'],
    subresources: ['status'],
    validate: model(GatewayClass),
    crd: 'gatewayclasses.gateway.networking.k8s.io',
  },
  {
    group: 'gateway.networking.k8s.io',
    version: 'v1',
    kind: 'Gateway',
    plural: 'gateways',
    singular: 'gateway',
    namespaced: true,
    shortNames: ['gtw'],
    categories: ['gateway-api'],
    subresources: ['status'],
    validate: model(Gateway),
    crd: 'gateways.gateway.networking.k8s.io',
  },
  {
    group: 'gateway.networking.k8s.io',
    version: 'v1',
    kind: 'HTTPRoute',
    plural: 'httproutes',
    singular: 'httproute',
    namespaced: true,
    shortNames: [],
    categories: ['gateway-api'],
    subresources: ['status'],
    validate: model(HTTPRoute),
    crd: 'httproutes.gateway.networking.k8s.io',
  },
];

export function groupVersion(rt: { group: string; version: string }): string {
  return rt.group ? `${rt.group}/${rt.version}` : rt.version;
}

/** `deployments.apps`, `pods`: how error messages name a resource. */
export function qualifiedResource(rt: ResourceType): string {
  return rt.group ? `${rt.plural}.${rt.group}` : rt.plural;
}

/** `Deployment.apps`: how Invalid messages name a kind. */
export function qualifiedKind(rt: ResourceType): string {
  return rt.group ? `${rt.kind}.${rt.group}` : rt.kind;
}

/** Which resources the server serves now (a custom resource only while its CRD is established). */
export type Served = (rt: ResourceType) => boolean;
const ALL: Served = () => true;

export function byPlural(
  group: string,
  version: string,
  plural: string,
  served: Served = ALL,
): ResourceType | undefined {
  return RESOURCES.find(
    (r) => r.group === group && r.version === version && r.plural === plural && served(r),
  );
}

export function byKind(kind: string): ResourceType {
  const rt = RESOURCES.find((r) => r.kind === kind || r.plural === kind.toLowerCase());
  if (!rt) throw new Error(`kube emulator: unknown kind '${kind}'`);
  return rt;
}

export function groups(served: Served = ALL): { name: string; versions: string[] }[] {
  const out: { name: string; versions: string[] }[] = [];
  for (const r of RESOURCES) {
    if (!r.group || !served(r)) continue;
    const g = out.find((x) => x.name === r.group);
    if (!g) out.push({ name: r.group, versions: [r.version] });
    else if (!g.versions.includes(r.version)) g.versions.push(r.version);
  }
  return out;
}

function subresourceVerbs(sub: string): string[] {
  if (sub === 'log') return ['get'];
  if (sub === 'eviction') return ['create'];
  if (sub === 'proxy') return ['create', 'delete', 'get', 'patch', 'update'];
  return ['get', 'patch', 'update'];
}

/** The APIResourceList served at `/api/v1` and `/apis/{group}/{version}`. */
export function resourceList(group: string, version: string, served: Served = ALL): Record<string, unknown> {
  const resources: Record<string, unknown>[] = [];
  for (const r of RESOURCES.filter((x) => x.group === group && x.version === version && served(x))) {
    resources.push({
      name: r.plural,
      singularName: r.singular,
      namespaced: r.namespaced,
      kind: r.kind,
      verbs: r.kind === 'Namespace' ? VERBS.filter((v) => v !== 'deletecollection') : VERBS,
      ...(r.shortNames.length ? { shortNames: r.shortNames } : {}),
      ...(r.categories.length ? { categories: r.categories } : {}),
    });
    for (const sub of r.subresources) {
      const scale = sub === 'scale';
      resources.push({
        name: `${r.plural}/${sub}`,
        singularName: '',
        namespaced: r.namespaced,
        ...(scale ? { group: 'autoscaling', version: 'v1' } : {}),
        ...(sub === 'eviction' ? { group: 'policy', version: 'v1' } : {}),
        kind: scale
          ? 'Scale'
          : sub === 'proxy'
            ? `${r.kind}ProxyOptions`
            : sub === 'eviction'
              ? 'Eviction'
              : r.kind,
        verbs: subresourceVerbs(sub),
      });
    }
  }
  return {
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion: group ? `${group}/${version}` : version,
    resources,
  };
}

/** The CustomResourceDefinition object for a CRD-backed resource type (as its installer would apply it). */
export function crdObject(rt: ResourceType): Record<string, unknown> {
  return {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: rt.crd },
    spec: {
      group: rt.group,
      names: {
        kind: rt.kind,
        listKind: `${rt.kind}List`,
        plural: rt.plural,
        singular: rt.singular,
        ...(rt.shortNames.length ? { shortNames: rt.shortNames } : {}),
      },
      scope: rt.namespaced ? 'Namespaced' : 'Cluster',
      versions: [
        {
          name: rt.version,
          served: true,
          storage: true,
          schema: { openAPIV3Schema: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true } },
          ...(rt.subresources.includes('status') ? { subresources: { status: {} } } : {}),
        },
      ],
    },
  };
}
