/**
 * HorizontalPodAutoscalers and the replica count: who owns `.spec.replicas` (server-side apply's managedFields)
 * and how Keelson stays out of an autoscaler's way. An HPA writes through /scale as kube-controller-manager;
 * Keelson never applies `replicas` to a Deployment an HPA targets, and hands the field over the way the
 * server-side-apply documentation describes when it owned it before.
 */
import type { Kube } from '../k8s/client.js';
import type { Deployment, KubeObject } from '../k8s/types.js';

export interface Hpa extends KubeObject {
  spec?: {
    scaleTargetRef?: { apiVersion?: string; kind?: string; name?: string };
    minReplicas?: number;
    maxReplicas?: number;
    [k: string]: unknown;
  };
  status?: { currentReplicas?: number; desiredReplicas?: number };
}

export const HANDOVER_MANAGER = 'keelson-handover-to-hpa';

export function isHpa(o: KubeObject): o is Hpa {
  return o.kind === 'HorizontalPodAutoscaler' && o.apiVersion.startsWith('autoscaling/');
}

/** True when the HPA's scaleTargetRef is the Deployment `name` (a manifest's ref without a kind is one). */
function scales(h: Hpa, name: string): boolean {
  return (
    (h.spec?.scaleTargetRef?.kind ?? 'Deployment') === 'Deployment' && h.spec?.scaleTargetRef?.name === name
  );
}

/** The HPA among `objects` whose scaleTargetRef is the Deployment `name`. */
export function hpaFor(objects: KubeObject[], name: string): Hpa | undefined {
  return objects.filter(isHpa).find((h) => scales(h, name));
}

/** The same HPA pointed at another Deployment (blue-green: the color that serves). */
export function retarget(hpa: Hpa, deployment: string): Hpa {
  const copy = structuredClone(hpa);
  copy.spec ??= {};
  copy.spec.scaleTargetRef = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    ...copy.spec.scaleTargetRef,
    name: deployment,
  };
  return copy;
}

/** The HPAs in the cluster that scale Deployment `name`. */
export async function liveHpasFor(kube: Kube, namespace: string, name: string): Promise<Hpa[]> {
  const all = await kube.list<Hpa>('autoscaling/v2', 'HorizontalPodAutoscaler', namespace).catch(() => []);
  return all.filter((h) => scales(h, name));
}

interface ManagedEntry {
  manager?: string;
  operation?: string;
  subresource?: string;
  fieldsV1?: { 'f:spec'?: { 'f:replicas'?: unknown } };
}

/** Managers that own `.spec.replicas` of a live object, as `name` or `name (subresource)`. */
export function replicaOwners(
  live: KubeObject | undefined,
): { manager: string; operation: string; subresource?: string }[] {
  return ((live?.metadata.managedFields ?? []) as ManagedEntry[])
    .filter((m) => m.fieldsV1?.['f:spec']?.['f:replicas'] !== undefined)
    .map((m) => ({ manager: m.manager ?? '', operation: m.operation ?? '', subresource: m.subresource }));
}

/** True when `manager`'s server-side apply owns `.spec.replicas`: dropping it from the next apply would reset it. */
export function appliesReplicas(live: KubeObject | undefined, manager: string): boolean {
  return replicaOwners(live).some((o) => o.manager === manager && o.operation === 'Apply' && !o.subresource);
}

/**
 * Before Keelson stops applying `replicas` (an HPA now scales the Deployment), a private manager first shares the
 * field at its current value, so the next apply without it leaves the count alone instead of resetting it to 1.
 * The private manager disappears by itself the next time the HPA writes the field.
 */
export async function handOverReplicas(kube: Kube, live: Deployment): Promise<boolean> {
  if (!appliesReplicas(live, kube.fieldManager) || live.spec?.replicas === undefined) return false;
  try {
    await kube.apply(
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: live.metadata.name, namespace: live.metadata.namespace },
        spec: { replicas: live.spec.replicas },
      },
      { force: false, fieldManager: HANDOVER_MANAGER },
    );
  } catch {
    // A conflict: the autoscaler already owns the field. Nothing to hand over.
  }
  return true;
}

/** The count a new color starts at: what serves now, or what the HPA already asks for if that is more. */
export function startingReplicas(
  live: Deployment | undefined,
  liveHpa: Hpa | undefined,
  manifest: Deployment,
  hpa: Hpa | undefined,
): number {
  const fromManifest = manifest.spec?.replicas ?? 1;
  if (!live) return Math.max(fromManifest, hpa?.spec?.minReplicas ?? 1);
  const serving = live.spec?.replicas ?? 1;
  if (!hpa && !liveHpa) return manifest.spec?.replicas ?? serving;
  return Math.max(serving, liveHpa?.status?.desiredReplicas ?? 0, hpa?.spec?.minReplicas ?? 1);
}
