import type { ResourceType } from './resources.js';
import type { Deployment, Job, KubeObject, Pod, ReplicaSet, Service } from './types.js';
import { isRecord } from './types.js';

/**
 * Server-side printing (`Accept: application/json;as=Table;v=v1;g=meta.k8s.io`), the columns kubectl get shows
 * for the kinds Keelson touches. Ages are computed on the emulator clock.
 */
interface Column {
  name: string;
  type: 'string' | 'integer';
  format?: string;
  priority?: number;
}

/** k8s.io/apimachinery/pkg/util/duration.HumanDuration. */
export function humanDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 120) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 10) return seconds % 60 === 0 ? `${minutes}m` : `${minutes}m${seconds % 60}s`;
  if (minutes < 180) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 8) return minutes % 60 === 0 ? `${hours}h` : `${hours}h${minutes % 60}m`;
  if (hours < 48) return `${hours}h`;
  if (hours < 192)
    return hours % 24 === 0 ? `${Math.floor(hours / 24)}d` : `${Math.floor(hours / 24)}d${hours % 24}h`;
  const days = Math.floor(hours / 24);
  if (days < 730) return `${days}d`;
  const years = Math.floor(days / 365);
  return days % 365 === 0 ? `${years}y` : `${years}y${days % 365}d`;
}

function age(o: KubeObject, now: number): string {
  const t = Date.parse(o.metadata.creationTimestamp ?? '');
  return Number.isNaN(t) ? '<unknown>' : humanDuration(now - t);
}

function podStatusReason(p: Pod): string {
  if (p.metadata.deletionTimestamp) return 'Terminating';
  let reason = p.status?.reason ?? p.status?.phase ?? 'Unknown';
  for (const c of p.status?.containerStatuses ?? []) {
    if (c.state.waiting?.reason) reason = c.state.waiting.reason;
    else if (c.state.terminated?.reason && reason !== 'Running') reason = c.state.terminated.reason;
  }
  return reason;
}

function columnsFor(rt: ResourceType): Column[] {
  const name: Column = { name: 'Name', type: 'string', format: 'name' };
  const ageCol: Column = { name: 'Age', type: 'string' };
  switch (rt.kind) {
    case 'Pod':
      return [
        name,
        { name: 'Ready', type: 'string' },
        { name: 'Status', type: 'string' },
        { name: 'Restarts', type: 'string' },
        ageCol,
        { name: 'IP', type: 'string', priority: 1 },
        { name: 'Node', type: 'string', priority: 1 },
      ];
    case 'Deployment':
      return [
        name,
        { name: 'Ready', type: 'string' },
        { name: 'Up-to-date', type: 'integer' },
        { name: 'Available', type: 'integer' },
        ageCol,
        { name: 'Containers', type: 'string', priority: 1 },
        { name: 'Images', type: 'string', priority: 1 },
        { name: 'Selector', type: 'string', priority: 1 },
      ];
    case 'ReplicaSet':
      return [
        name,
        { name: 'Desired', type: 'integer' },
        { name: 'Current', type: 'integer' },
        { name: 'Ready', type: 'integer' },
        ageCol,
      ];
    case 'Service':
      return [
        name,
        { name: 'Type', type: 'string' },
        { name: 'Cluster-IP', type: 'string' },
        { name: 'External-IP', type: 'string' },
        { name: 'Port(s)', type: 'string' },
        ageCol,
      ];
    case 'Job':
      return [
        name,
        { name: 'Status', type: 'string' },
        { name: 'Completions', type: 'string' },
        { name: 'Duration', type: 'string' },
        ageCol,
      ];
    case 'Namespace':
      return [name, { name: 'Status', type: 'string' }, ageCol];
    case 'ConfigMap':
      return [name, { name: 'Data', type: 'integer' }, ageCol];
    case 'Secret':
      return [name, { name: 'Type', type: 'string' }, { name: 'Data', type: 'integer' }, ageCol];
    case 'Lease':
      return [name, { name: 'Holder', type: 'string' }, ageCol];
    case 'EndpointSlice':
      return [
        name,
        { name: 'AddressType', type: 'string' },
        { name: 'Ports', type: 'string' },
        { name: 'Endpoints', type: 'string' },
        ageCol,
      ];
    case 'Event':
      return [
        { name: 'Last Seen', type: 'string' },
        { name: 'Type', type: 'string' },
        { name: 'Reason', type: 'string' },
        { name: 'Object', type: 'string' },
        { name: 'Message', type: 'string' },
      ];
    default:
      return [name, ageCol];
  }
}

function cells(rt: ResourceType, o: KubeObject, now: number): unknown[] {
  const nm = o.metadata.name ?? '';
  const a = age(o, now);
  switch (rt.kind) {
    case 'Pod': {
      const p = o as Pod;
      const cs = p.status?.containerStatuses ?? [];
      const restarts = cs.reduce((n, c) => n + c.restartCount, 0);
      return [
        nm,
        `${cs.filter((c) => c.ready).length}/${p.spec.containers?.length ?? 0}`,
        podStatusReason(p),
        String(restarts),
        a,
        p.status?.podIP ?? '<none>',
        p.spec.nodeName ?? '<none>',
      ];
    }
    case 'Deployment': {
      const d = o as Deployment;
      const cs = d.spec.template?.spec?.containers ?? [];
      const sel = Object.entries(d.spec.selector?.matchLabels ?? {})
        .map(([k, v]) => `${k}=${v}`)
        .join(',');
      return [
        nm,
        `${d.status?.readyReplicas ?? 0}/${d.spec.replicas ?? 0}`,
        d.status?.updatedReplicas ?? 0,
        d.status?.availableReplicas ?? 0,
        a,
        cs.map((c) => c.name).join(','),
        cs.map((c) => c.image).join(','),
        sel,
      ];
    }
    case 'ReplicaSet': {
      const rs = o as ReplicaSet;
      return [nm, rs.spec.replicas ?? 0, rs.status?.replicas ?? 0, rs.status?.readyReplicas ?? 0, a];
    }
    case 'Service': {
      const s = o as Service;
      const ingress = s.status?.loadBalancer?.ingress ?? [];
      const external =
        ingress.map((i) => i.hostname ?? i.ip).join(',') ||
        (s.spec?.type === 'LoadBalancer' ? '<pending>' : '<none>');
      const ports =
        (s.spec?.ports ?? [])
          .map((p) => `${p.port}${p.nodePort ? `:${p.nodePort}` : ''}/${p.protocol ?? 'TCP'}`)
          .join(',') || '<none>';
      return [nm, s.spec?.type ?? 'ClusterIP', s.spec?.clusterIP ?? '<none>', external, ports, a];
    }
    case 'Job': {
      const j = o as Job;
      const conds = j.status?.conditions ?? [];
      const status = conds.some((c) => c.type === 'Complete' && c.status === 'True')
        ? 'Complete'
        : conds.some((c) => c.type === 'Failed' && c.status === 'True')
          ? 'Failed'
          : j.spec.suspend
            ? 'Suspended'
            : 'Running';
      const start = Date.parse(j.status?.startTime ?? '');
      const end = Date.parse(j.status?.completionTime ?? '');
      const duration = Number.isNaN(start) ? '' : humanDuration((Number.isNaN(end) ? now : end) - start);
      return [nm, status, `${j.status?.succeeded ?? 0}/${j.spec.completions ?? 1}`, duration, a];
    }
    case 'Namespace':
      return [nm, isRecord(o.status) && typeof o.status.phase === 'string' ? o.status.phase : 'Active', a];
    case 'ConfigMap':
      return [
        nm,
        Object.keys(isRecord(o.data) ? o.data : {}).length +
          Object.keys(isRecord(o.binaryData) ? o.binaryData : {}).length,
        a,
      ];
    case 'Secret':
      return [
        nm,
        typeof o.type === 'string' ? o.type : 'Opaque',
        Object.keys(isRecord(o.data) ? o.data : {}).length,
        a,
      ];
    case 'Lease':
      return [
        nm,
        isRecord(o.spec) && typeof o.spec.holderIdentity === 'string' ? o.spec.holderIdentity : '',
        a,
      ];
    case 'EndpointSlice': {
      const ports = Array.isArray(o.ports)
        ? o.ports.map((p: unknown) => (isRecord(p) ? String(p.port) : '')).join(',')
        : '<unset>';
      const eps = Array.isArray(o.endpoints)
        ? o.endpoints.flatMap((e: unknown) =>
            isRecord(e) && Array.isArray(e.addresses) ? e.addresses.map(String) : [],
          )
        : [];
      return [
        nm,
        typeof o.addressType === 'string' ? o.addressType : '',
        ports || '<unset>',
        eps.join(',') || '<unset>',
        a,
      ];
    }
    case 'Event': {
      const inv = isRecord(o.involvedObject) ? o.involvedObject : {};
      const last = typeof o.lastTimestamp === 'string' ? Date.parse(o.lastTimestamp) : NaN;
      return [
        Number.isNaN(last) ? '<unknown>' : humanDuration(now - last),
        o.type,
        o.reason,
        `${String(inv.kind ?? '').toLowerCase()}/${String(inv.name ?? '')}`,
        o.message,
      ];
    }
    default:
      return [nm, a];
  }
}

export function wantsTable(accept: string | undefined): boolean {
  return /as=Table/.test(accept ?? '');
}

export function toTable(
  rt: ResourceType,
  items: KubeObject[],
  now: number,
  includeObject: string,
  listMeta: Record<string, unknown>,
): Record<string, unknown> {
  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata: listMeta,
    columnDefinitions: columnsFor(rt).map((c) => ({
      name: c.name,
      type: c.type,
      format: c.format ?? '',
      description: '',
      priority: c.priority ?? 0,
    })),
    rows: items.map((o) => ({
      cells: cells(rt, o, now),
      object:
        includeObject === 'Object'
          ? { ...o, apiVersion: rt.group ? `${rt.group}/${rt.version}` : rt.version, kind: rt.kind }
          : includeObject === 'None'
            ? undefined
            : { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: o.metadata },
    })),
  };
}
