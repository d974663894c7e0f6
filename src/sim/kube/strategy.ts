import type { StatusCause } from './errors.js';
import type { ResourceType } from './resources.js';
import { matchesSelector } from './selectors.js';
import type {
  Container,
  Deployment,
  Job,
  KubeObject,
  LabelSelector,
  PodSpec,
  PodTemplateSpec,
  Service,
} from './types.js';
import { isRecord, jsonEqual } from './types.js';
import { errorMessage } from '../../lib/errors.js';

/**
 * What the API server's registry strategies do on top of storage: defaulting (a subset of SetDefaults_*),
 * PrepareForCreate / PrepareForUpdate, generation, and validation (the kubernetes-models schema plus the
 * cross-field rules of pkg/apis/.../validation that Keelson can trip over).
 */
export interface StrategyContext {
  allocateClusterIP(): string;
}

export const WITH_GENERATION = new Set([
  'Deployment',
  'ReplicaSet',
  'Job',
  'Ingress',
  'EndpointSlice',
  'HorizontalPodAutoscaler',
  'PodDisruptionBudget',
  'TargetGroupBinding',
  'GatewayClass',
  'Gateway',
  'HTTPRoute',
]);

const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const LABEL_KEY_NAME = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const CONFIG_KEY = /^[-._a-zA-Z0-9]+$/;

// ---- defaulting ------------------------------------------------------------------------------------------

function defaultProbe(p: unknown): void {
  if (!isRecord(p)) return;
  p.timeoutSeconds ??= 1;
  p.periodSeconds ??= 10;
  p.successThreshold ??= 1;
  p.failureThreshold ??= 3;
  if (isRecord(p.httpGet)) p.httpGet.scheme ??= 'HTTP';
}

function defaultContainer(c: Container): void {
  c.terminationMessagePath ??= '/dev/termination-log';
  c.terminationMessagePolicy ??= 'File';
  if (c.imagePullPolicy === undefined && typeof c.image === 'string') {
    const tag = /:([^/:@]+)$/.exec(c.image)?.[1];
    c.imagePullPolicy = c.image.includes('@')
      ? 'IfNotPresent'
      : !tag || tag === 'latest'
        ? 'Always'
        : 'IfNotPresent';
  }
  c.resources ??= {};
  for (const p of c.ports ?? []) p.protocol ??= 'TCP';
  defaultProbe(c.readinessProbe);
  defaultProbe(c.livenessProbe);
  defaultProbe(c.startupProbe);
}

function defaultPodSpec(spec: PodSpec | undefined): void {
  if (!spec) return;
  spec.restartPolicy ??= 'Always';
  spec.terminationGracePeriodSeconds ??= 30;
  spec.dnsPolicy ??= 'ClusterFirst';
  spec.securityContext ??= {};
  spec.schedulerName ??= 'default-scheduler';
  for (const c of spec.containers ?? []) defaultContainer(c);
  for (const c of spec.initContainers ?? []) defaultContainer(c);
}

function defaultTemplate(t: PodTemplateSpec | undefined): void {
  if (!t) return;
  t.metadata ??= {};
  defaultPodSpec(t.spec);
}

function dropNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropNulls);
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== null && v !== undefined) out[k] = dropNulls(v);
  return out;
}

/** Pod templates as the Go types serialise them: a zero metav1.Time comes out as `creationTimestamp: null`. */
function templateTimestamps(rt: ResourceType, obj: KubeObject): void {
  if (!['Deployment', 'ReplicaSet', 'Job'].includes(rt.kind) || !isRecord(obj.spec)) return;
  const t = obj.spec.template;
  if (!isRecord(t)) return;
  const meta = isRecord(t.metadata) ? t.metadata : {};
  meta.creationTimestamp = null;
  t.metadata = meta;
}

export function applyDefaults(
  rt: ResourceType,
  obj: KubeObject,
  old: KubeObject | undefined,
  ctx: StrategyContext,
): void {
  // Decoding into Go structs drops explicit nulls (a merge patch's null has already removed its field).
  for (const k of Object.keys(obj)) if (k !== 'status' && k !== 'metadata') obj[k] = dropNulls(obj[k]);
  obj.metadata = dropNulls(obj.metadata) as KubeObject['metadata'];
  try {
    defaultKind(rt, obj, old, ctx);
  } finally {
    templateTimestamps(rt, obj);
  }
}

function defaultKind(
  rt: ResourceType,
  obj: KubeObject,
  old: KubeObject | undefined,
  ctx: StrategyContext,
): void {
  const name = obj.metadata.name ?? '';
  switch (rt.kind) {
    case 'Namespace': {
      obj.metadata.labels = { ...obj.metadata.labels, 'kubernetes.io/metadata.name': name };
      const spec = isRecord(obj.spec) ? obj.spec : {};
      spec.finalizers ??= ['kubernetes'];
      obj.spec = spec;
      break;
    }
    case 'Pod': {
      const spec = obj.spec as PodSpec | undefined;
      defaultPodSpec(spec);
      if (spec) {
        spec.serviceAccountName ??= 'default';
        spec.serviceAccount ??= spec.serviceAccountName;
        spec.enableServiceLinks ??= true;
        spec.priority ??= 0;
        spec.preemptionPolicy ??= 'PreemptLowerPriority';
        spec.tolerations ??= [
          {
            key: 'node.kubernetes.io/not-ready',
            operator: 'Exists',
            effect: 'NoExecute',
            tolerationSeconds: 300,
          },
          {
            key: 'node.kubernetes.io/unreachable',
            operator: 'Exists',
            effect: 'NoExecute',
            tolerationSeconds: 300,
          },
        ];
      }
      break;
    }
    case 'Deployment': {
      const d = obj as Deployment;
      if (!isRecord(d.spec)) break;
      d.spec.replicas ??= 1;
      d.spec.strategy ??= {};
      d.spec.strategy.type ??= 'RollingUpdate';
      if (d.spec.strategy.type === 'RollingUpdate') {
        d.spec.strategy.rollingUpdate ??= {};
        d.spec.strategy.rollingUpdate.maxSurge ??= '25%';
        d.spec.strategy.rollingUpdate.maxUnavailable ??= '25%';
      }
      d.spec.revisionHistoryLimit ??= 10;
      d.spec.progressDeadlineSeconds ??= 600;
      defaultTemplate(d.spec.template);
      break;
    }
    case 'ReplicaSet': {
      const spec = obj.spec;
      if (!isRecord(spec)) break;
      spec.replicas ??= 1;
      defaultTemplate(spec.template as PodTemplateSpec | undefined);
      break;
    }
    case 'Job': {
      const j = obj as Job;
      if (!isRecord(j.spec)) break;
      j.spec.completions ??= 1;
      j.spec.parallelism ??= 1;
      j.spec.backoffLimit ??= 6;
      j.spec.completionMode ??= 'NonIndexed';
      j.spec.suspend ??= false;
      j.spec.podReplacementPolicy ??= 'TerminatingOrFailed';
      const uid = obj.metadata.uid ?? '';
      if (!j.spec.manualSelector && !old) {
        j.spec.selector = { matchLabels: { 'batch.kubernetes.io/controller-uid': uid } };
        j.spec.template ??= {};
        j.spec.template.metadata ??= {};
        j.spec.template.metadata.labels = {
          ...j.spec.template.metadata.labels,
          'batch.kubernetes.io/controller-uid': uid,
          'batch.kubernetes.io/job-name': name,
          'controller-uid': uid,
          'job-name': name,
        };
      }
      defaultTemplate(j.spec.template);
      break;
    }
    case 'Service': {
      const s = obj as Service;
      s.spec ??= {};
      const spec = s.spec;
      spec.type ??= 'ClusterIP';
      spec.sessionAffinity ??= 'None';
      for (const p of spec.ports ?? []) {
        p.protocol ??= 'TCP';
        p.targetPort ??= p.port;
      }
      const previous = (old as Service | undefined)?.spec;
      if (spec.type !== 'ExternalName') {
        if (!spec.clusterIP) spec.clusterIP = previous?.clusterIP ?? ctx.allocateClusterIP();
        spec.clusterIPs ??= previous?.clusterIPs ?? [spec.clusterIP];
        spec.ipFamilies ??= ['IPv4'];
        spec.ipFamilyPolicy ??= 'SingleStack';
        spec.internalTrafficPolicy ??= 'Cluster';
      }
      if (spec.type === 'LoadBalancer' || spec.type === 'NodePort') {
        spec.externalTrafficPolicy ??= 'Cluster';
        let next = 30000 + ((Number(/\d+$/.exec(spec.clusterIP ?? '')?.[0] ?? '0') * 7) % 2000);
        for (const p of spec.ports ?? []) {
          const before = previous?.ports?.find((x) => x.port === p.port)?.nodePort;
          p.nodePort ??= before ?? next++;
        }
        if (spec.type === 'LoadBalancer') spec.allocateLoadBalancerNodePorts ??= true;
      }
      break;
    }
    case 'Secret': {
      obj.type ??= 'Opaque';
      if (isRecord(obj.stringData)) {
        const data: Record<string, unknown> = isRecord(obj.data) ? obj.data : {};
        for (const [k, v] of Object.entries(obj.stringData))
          data[k] = Buffer.from(String(v), 'utf8').toString('base64');
        obj.data = data;
        delete obj.stringData;
      }
      break;
    }
    case 'Ingress':
      break;
    case 'HTTPRoute': {
      // The CRD's schema defaults (gateway-api v1 standard channel).
      const spec = isRecord(obj.spec) ? obj.spec : undefined;
      if (!spec) break;
      for (const p of Array.isArray(spec.parentRefs) ? spec.parentRefs : []) {
        if (!isRecord(p)) continue;
        p.group ??= 'gateway.networking.k8s.io';
        p.kind ??= 'Gateway';
      }
      if (!Array.isArray(spec.rules))
        spec.rules = [{ matches: [{ path: { type: 'PathPrefix', value: '/' } }] }];
      for (const r of spec.rules as unknown[]) {
        if (!isRecord(r)) continue;
        if (!Array.isArray(r.matches)) r.matches = [{ path: { type: 'PathPrefix', value: '/' } }];
        for (const b of Array.isArray(r.backendRefs) ? r.backendRefs : []) {
          if (!isRecord(b)) continue;
          b.group ??= '';
          b.kind ??= 'Service';
          b.weight ??= 1;
        }
      }
      break;
    }
    case 'HorizontalPodAutoscaler': {
      // SetDefaults_HorizontalPodAutoscaler (autoscaling/v2)
      const spec = isRecord(obj.spec) ? obj.spec : undefined;
      if (!spec) break;
      spec.minReplicas ??= 1;
      if (!Array.isArray(spec.metrics) || spec.metrics.length === 0)
        spec.metrics = [
          {
            type: 'Resource',
            resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 80 } },
          },
        ];
      if (isRecord(spec.behavior)) {
        const fill = (r: unknown, window: number, policies: unknown[]): Record<string, unknown> => {
          const rules = isRecord(r) ? r : {};
          rules.stabilizationWindowSeconds ??= window;
          rules.selectPolicy ??= 'Max';
          if (!Array.isArray(rules.policies) || rules.policies.length === 0) rules.policies = policies;
          return rules;
        };
        spec.behavior.scaleUp = fill(spec.behavior.scaleUp, 0, [
          { type: 'Pods', value: 4, periodSeconds: 15 },
          { type: 'Percent', value: 100, periodSeconds: 15 },
        ]);
        spec.behavior.scaleDown = fill(spec.behavior.scaleDown, 300, [
          { type: 'Percent', value: 100, periodSeconds: 15 },
        ]);
      }
      break;
    }
    default:
      break;
  }
}

/** PrepareForCreate: what the server owns on a new object. */
export function prepareForCreate(rt: ResourceType, obj: KubeObject): void {
  if (WITH_GENERATION.has(rt.kind)) obj.metadata.generation = 1;
  else delete obj.metadata.generation;
  switch (rt.kind) {
    case 'Deployment':
    case 'Job':
      obj.status = {};
      break;
    case 'ReplicaSet':
      obj.status = { replicas: 0 };
      break;
    case 'Service':
      obj.status = { loadBalancer: {} };
      break;
    case 'Ingress':
      obj.status = { loadBalancer: {} };
      break;
    case 'HorizontalPodAutoscaler':
      obj.status = { currentReplicas: 0, desiredReplicas: 0 };
      break;
    case 'PodDisruptionBudget':
      obj.status = { disruptionsAllowed: 0, currentHealthy: 0, desiredHealthy: 0, expectedPods: 0 };
      break;
    case 'Namespace':
      obj.status = { phase: 'Active' };
      break;
    case 'Pod':
      obj.status = { phase: 'Pending', qosClass: 'BestEffort' };
      break;
    default:
      break;
  }
}

/** The part of an object whose change bumps metadata.generation (everything but metadata and status). */
export function specChanged(old: KubeObject, next: KubeObject): boolean {
  const strip = (o: KubeObject): Record<string, unknown> => {
    const out: Record<string, unknown> = { ...o };
    delete out.metadata;
    delete out.status;
    delete out.apiVersion;
    delete out.kind;
    return out;
  };
  return !jsonEqual(strip(old), strip(next));
}

// ---- validation ------------------------------------------------------------------------------------------

function show(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (v === undefined) return 'null';
  return JSON.stringify(v);
}

function schemaCauses(rt: ResourceType, obj: KubeObject): StatusCause[] {
  try {
    rt.validate(obj);
    return [];
  } catch (e: unknown) {
    const errs = isRecord(e) && Array.isArray(e.errors) ? e.errors : [];
    if (errs.length === 0) return [{ message: errorMessage(e) }];
    return errs.map((raw: unknown) => {
      const err = isRecord(raw) ? raw : {};
      const pointer = typeof err.instancePath === 'string' ? err.instancePath : '';
      const field = pointer
        .split('/')
        .filter(Boolean)
        .map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`))
        .join('');
      let value: unknown = obj;
      for (const seg of pointer.split('/').filter(Boolean))
        value = isRecord(value) || Array.isArray(value) ? (value as Record<string, unknown>)[seg] : undefined;
      const msg = typeof err.message === 'string' ? err.message : 'is invalid';
      return {
        field: field || undefined,
        message: `Invalid value: ${show(value)}: ${field ? `${field} in body ` : ''}${msg}`,
      };
    });
  }
}

function checkName(rt: ResourceType, obj: KubeObject, causes: StatusCause[]): void {
  const name = obj.metadata.name;
  if (!name) {
    causes.push({
      field: 'metadata.name',
      reason: 'FieldValueRequired',
      message: 'Required value: name or generateName is required',
    });
    return;
  }
  if (rt.kind === 'Service') {
    if (!DNS1035_LABEL.test(name) || name.length > 63) {
      causes.push({
        field: 'metadata.name',
        message: `Invalid value: "${name}": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')`,
      });
    }
  } else if (rt.kind === 'Namespace') {
    if (!DNS1123_LABEL.test(name) || name.length > 63) {
      causes.push({
        field: 'metadata.name',
        message: `Invalid value: "${name}": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`,
      });
    }
  } else if (!DNS1123_SUBDOMAIN.test(name) || name.length > 253) {
    causes.push({
      field: 'metadata.name',
      message: `Invalid value: "${name}": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`,
    });
  }
}

function checkLabels(labels: unknown, field: string, causes: StatusCause[]): void {
  if (!isRecord(labels)) return;
  for (const [k, v] of Object.entries(labels)) {
    const slash = k.lastIndexOf('/');
    const prefix = slash >= 0 ? k.slice(0, slash) : '';
    const nm = slash >= 0 ? k.slice(slash + 1) : k;
    if ((prefix && !DNS1123_SUBDOMAIN.test(prefix)) || !LABEL_KEY_NAME.test(nm) || nm.length > 63) {
      causes.push({
        field,
        message: `Invalid value: "${k}": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character`,
      });
    }
    if (typeof v !== 'string' || !LABEL_VALUE.test(v) || v.length > 63) {
      causes.push({
        field,
        message: `Invalid value: ${show(v)}: a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character`,
      });
    }
  }
}

function checkPodSpec(
  spec: PodSpec | undefined,
  field: string,
  causes: StatusCause[],
  restartPolicies?: string[],
): void {
  if (!isRecord(spec)) {
    causes.push({ field, reason: 'FieldValueRequired', message: 'Required value' });
    return;
  }
  const containers = Array.isArray(spec.containers) ? spec.containers : [];
  if (containers.length === 0)
    causes.push({ field: `${field}.containers`, reason: 'FieldValueRequired', message: 'Required value' });
  const seen = new Set<string>();
  const all: [string, Container[]][] = [
    ['initContainers', Array.isArray(spec.initContainers) ? spec.initContainers : []],
    ['containers', containers],
  ];
  for (const [list, items] of all) {
    items.forEach((c, i) => {
      const f = `${field}.${list}[${i}]`;
      if (!c.name)
        causes.push({ field: `${f}.name`, reason: 'FieldValueRequired', message: 'Required value' });
      else if (!DNS1123_LABEL.test(c.name))
        causes.push({
          field: `${f}.name`,
          message: `Invalid value: "${c.name}": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character`,
        });
      else if (seen.has(c.name))
        causes.push({
          field: `${f}.name`,
          reason: 'FieldValueDuplicate',
          message: `Duplicate value: "${c.name}"`,
        });
      else seen.add(c.name);
      if (!c.image)
        causes.push({ field: `${f}.image`, reason: 'FieldValueRequired', message: 'Required value' });
      for (const [j, p] of (c.ports ?? []).entries()) {
        if (!(p.containerPort >= 1 && p.containerPort <= 65535)) {
          causes.push({
            field: `${f}.ports[${j}].containerPort`,
            message: `Invalid value: ${show(p.containerPort)}: must be between 1 and 65535, inclusive`,
          });
        }
      }
    });
  }
  const rp = spec.restartPolicy;
  const allowed = restartPolicies ?? ['Always', 'OnFailure', 'Never'];
  if (rp !== undefined && !allowed.includes(rp)) {
    causes.push({
      field: `${field}.restartPolicy`,
      reason: 'FieldValueNotSupported',
      message: `Unsupported value: "${rp}": supported values: ${allowed.map((x) => `"${x}"`).join(', ')}`,
    });
  }
}

function selectorText(s: unknown): string {
  return JSON.stringify(s ?? null);
}

function checkSelectorTemplate(
  selector: LabelSelector | undefined,
  template: PodTemplateSpec | undefined,
  kind: string,
  causes: StatusCause[],
): void {
  const empty =
    !selector ||
    (!Object.keys(selector.matchLabels ?? {}).length && !(selector.matchExpressions ?? []).length);
  if (empty) {
    causes.push({ field: 'spec.selector', reason: 'FieldValueRequired', message: `Required value` });
    causes.push({
      field: 'spec.selector',
      message: `Invalid value: ${selectorText(selector)}: empty selector is invalid for ${kind}`,
    });
    return;
  }
  if (!matchesSelector(selector, template?.metadata?.labels)) {
    causes.push({
      field: 'spec.template.metadata.labels',
      message: `Invalid value: ${selectorText(template?.metadata?.labels ?? {})}: \`selector\` does not match template \`labels\``,
    });
  }
}

function intOrPercent(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^\d+%$/.test(v)) return Number(v.slice(0, -1));
  return undefined;
}

/** All causes why `obj` (replacing `old` when given) may not be stored. */
export function validateObject(rt: ResourceType, obj: KubeObject, old?: KubeObject): StatusCause[] {
  const causes = schemaCauses(rt, obj);
  checkName(rt, obj, causes);
  checkLabels(obj.metadata.labels, 'metadata.labels', causes);
  switch (rt.kind) {
    case 'Pod': {
      checkPodSpec(obj.spec as PodSpec | undefined, 'spec', causes);
      if (old) {
        const blank = (o: KubeObject): unknown => {
          const spec = structuredClone(o.spec) as PodSpec;
          for (const c of spec?.containers ?? []) delete c.image;
          for (const c of spec?.initContainers ?? []) delete c.image;
          if (isRecord(spec)) delete spec.activeDeadlineSeconds;
          return spec;
        };
        if (!jsonEqual(blank(old), blank(obj))) {
          causes.push({
            field: 'spec',
            reason: 'FieldValueForbidden',
            message:
              'Forbidden: pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)',
          });
        }
      }
      break;
    }
    case 'Deployment': {
      const d = obj as Deployment;
      if (!isRecord(d.spec)) {
        causes.push({ field: 'spec', reason: 'FieldValueRequired', message: 'Required value' });
        break;
      }
      checkSelectorTemplate(d.spec.selector, d.spec.template, 'deployment', causes);
      checkLabels(d.spec.template?.metadata?.labels, 'spec.template.metadata.labels', causes);
      checkPodSpec(d.spec.template?.spec, 'spec.template.spec', causes, ['Always']);
      if (typeof d.spec.replicas === 'number' && d.spec.replicas < 0) {
        causes.push({
          field: 'spec.replicas',
          message: `Invalid value: ${d.spec.replicas}: must be greater than or equal to 0`,
        });
      }
      const strategy = d.spec.strategy;
      if (strategy?.type && !['RollingUpdate', 'Recreate'].includes(strategy.type)) {
        causes.push({
          field: 'spec.strategy.type',
          reason: 'FieldValueNotSupported',
          message: `Unsupported value: "${strategy.type}": supported values: "Recreate", "RollingUpdate"`,
        });
      }
      if (strategy?.type === 'Recreate' && strategy.rollingUpdate) {
        causes.push({
          field: 'spec.strategy.rollingUpdate',
          reason: 'FieldValueForbidden',
          message: "Forbidden: may not be specified when strategy `type` is 'Recreate'",
        });
      }
      const ru = strategy?.rollingUpdate;
      if (ru) {
        const surge = intOrPercent(ru.maxSurge);
        const unavailable = intOrPercent(ru.maxUnavailable);
        if (ru.maxSurge !== undefined && surge === undefined)
          causes.push({
            field: 'spec.strategy.rollingUpdate.maxSurge',
            message: `Invalid value: ${show(ru.maxSurge)}: a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')`,
          });
        if (ru.maxUnavailable !== undefined && unavailable === undefined)
          causes.push({
            field: 'spec.strategy.rollingUpdate.maxUnavailable',
            message: `Invalid value: ${show(ru.maxUnavailable)}: a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')`,
          });
        if (surge === 0 && unavailable === 0)
          causes.push({
            field: 'spec.strategy.rollingUpdate.maxUnavailable',
            message: 'Invalid value: 0: may not be 0 when `maxSurge` is 0',
          });
        if (typeof ru.maxUnavailable === 'string' && (unavailable ?? 0) > 100)
          causes.push({
            field: 'spec.strategy.rollingUpdate.maxUnavailable',
            message: `Invalid value: ${show(ru.maxUnavailable)}: must not be greater than 100%`,
          });
      }
      const old_ = old as Deployment | undefined;
      if (old_ && !jsonEqual(old_.spec?.selector, d.spec.selector)) {
        causes.push({
          field: 'spec.selector',
          message: `Invalid value: ${selectorText(d.spec.selector)}: field is immutable`,
        });
      }
      const pds = d.spec.progressDeadlineSeconds;
      if (typeof pds === 'number' && pds <= (d.spec.minReadySeconds ?? 0)) {
        causes.push({
          field: 'spec.progressDeadlineSeconds',
          message: `Invalid value: ${pds}: must be greater than minReadySeconds`,
        });
      }
      break;
    }
    case 'ReplicaSet': {
      const spec = isRecord(obj.spec) ? obj.spec : {};
      checkSelectorTemplate(
        spec.selector as LabelSelector | undefined,
        spec.template as PodTemplateSpec | undefined,
        'replicaset',
        causes,
      );
      break;
    }
    case 'Job': {
      const j = obj as Job;
      if (!isRecord(j.spec)) {
        causes.push({ field: 'spec', reason: 'FieldValueRequired', message: 'Required value' });
        break;
      }
      const rp = j.spec.template?.spec?.restartPolicy;
      if (rp !== 'Never' && rp !== 'OnFailure') {
        causes.push({
          field: 'spec.template.spec.restartPolicy',
          reason: 'FieldValueRequired',
          message: 'Required value: valid values: "OnFailure", "Never"',
        });
      }
      checkPodSpec(j.spec.template?.spec, 'spec.template.spec', causes, ['OnFailure', 'Never']);
      if (j.spec.selector && !matchesSelector(j.spec.selector, j.spec.template?.metadata?.labels)) {
        causes.push({
          field: 'spec.template.metadata.labels',
          message: `Invalid value: ${selectorText(j.spec.template?.metadata?.labels)}: \`selector\` does not match template \`labels\``,
        });
      }
      const old_ = old as Job | undefined;
      if (old_ && !jsonEqual(old_.spec?.template, j.spec.template)) {
        causes.push({
          field: 'spec.template',
          message: `Invalid value: ${selectorText(j.spec.template)}: field is immutable`,
        });
      }
      if (old_ && !jsonEqual(old_.spec?.selector, j.spec.selector)) {
        causes.push({
          field: 'spec.selector',
          message: `Invalid value: ${selectorText(j.spec.selector)}: field is immutable`,
        });
      }
      break;
    }
    case 'Service': {
      const s = obj as Service;
      const spec = s.spec ?? {};
      const type = spec.type ?? 'ClusterIP';
      if (!['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'].includes(type)) {
        causes.push({
          field: 'spec.type',
          reason: 'FieldValueNotSupported',
          message: `Unsupported value: "${type}": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"`,
        });
      }
      const ports = spec.ports ?? [];
      if (type !== 'ExternalName' && spec.clusterIP !== 'None' && ports.length === 0) {
        causes.push({ field: 'spec.ports', reason: 'FieldValueRequired', message: 'Required value' });
      }
      ports.forEach((p, i) => {
        if (ports.length > 1 && !p.name)
          causes.push({
            field: `spec.ports[${i}].name`,
            reason: 'FieldValueRequired',
            message: 'Required value',
          });
        if (!(p.port >= 1 && p.port <= 65535))
          causes.push({
            field: `spec.ports[${i}].port`,
            message: `Invalid value: ${show(p.port)}: must be between 1 and 65535, inclusive`,
          });
      });
      const before = (old as Service | undefined)?.spec?.clusterIP;
      if (before && spec.clusterIP && before !== spec.clusterIP) {
        causes.push({
          field: 'spec.clusterIPs[0]',
          message: `Invalid value: []string{"${spec.clusterIP}"}: may not change once set`,
        });
      }
      break;
    }
    case 'ConfigMap':
    case 'Secret': {
      for (const field of ['data', 'binaryData']) {
        const data = obj[field];
        if (!isRecord(data)) continue;
        for (const k of Object.keys(data)) {
          if (!CONFIG_KEY.test(k))
            causes.push({
              field: `${field}[${k}]`,
              message: `Invalid value: "${k}": a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')`,
            });
        }
      }
      if (
        obj.immutable === true &&
        old?.immutable === true &&
        (!jsonEqual(old.data, obj.data) || !jsonEqual(old.binaryData, obj.binaryData))
      ) {
        causes.push({
          field: 'data',
          reason: 'FieldValueForbidden',
          message: 'Forbidden: field is immutable when `immutable` is set',
        });
      }
      break;
    }
    case 'HorizontalPodAutoscaler': {
      const spec = isRecord(obj.spec) ? obj.spec : {};
      const min = typeof spec.minReplicas === 'number' ? spec.minReplicas : 1;
      if (typeof spec.maxReplicas === 'number' && spec.maxReplicas < min)
        causes.push({
          field: 'spec.maxReplicas',
          reason: 'FieldValueInvalid',
          message: `Invalid value: ${spec.maxReplicas}: must be greater than or equal to \`minReplicas\``,
        });
      if (min < 1)
        causes.push({
          field: 'spec.minReplicas',
          reason: 'FieldValueInvalid',
          message: `Invalid value: ${min}: must be greater than or equal to 1`,
        });
      break;
    }
    case 'Ingress': {
      const spec = isRecord(obj.spec) ? obj.spec : {};
      const rules = Array.isArray(spec.rules) ? spec.rules : [];
      rules.forEach((r: unknown, i: number) => {
        const paths = isRecord(r) && isRecord(r.http) && Array.isArray(r.http.paths) ? r.http.paths : [];
        paths.forEach((p: unknown, j: number) => {
          if (isRecord(p) && !p.pathType)
            causes.push({
              field: `spec.rules[${i}].http.paths[${j}].pathType`,
              reason: 'FieldValueRequired',
              message: 'Required value: pathType must be specified',
            });
        });
      });
      break;
    }
    default:
      break;
  }
  return causes;
}
