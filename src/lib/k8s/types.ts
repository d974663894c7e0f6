/** The few Kubernetes object fields Keelson reads and writes, typed loosely enough for any kind. */
export interface ObjectMeta {
  name?: string;
  namespace?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  resourceVersion?: string;
  uid?: string;
  generation?: number;
  creationTimestamp?: string;
  deletionTimestamp?: string;
  ownerReferences?: { kind: string; name: string; uid: string; controller?: boolean }[];
  managedFields?: unknown[];
}

export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  [key: string]: unknown;
}

export interface KubeList<T extends KubeObject = KubeObject> {
  items: T[];
  metadata?: { resourceVersion?: string; continue?: string };
}

export interface ObjectRef {
  apiVersion: string;
  kind: string;
  name: string;
  namespace?: string;
}

export interface Container {
  name: string;
  image?: string;
  [key: string]: unknown;
}

export interface PodTemplate {
  metadata?: ObjectMeta;
  spec?: { containers?: Container[]; initContainers?: Container[]; [key: string]: unknown };
}

export interface Deployment extends KubeObject {
  spec?: {
    replicas?: number;
    selector?: { matchLabels?: Record<string, string> };
    template?: PodTemplate;
    progressDeadlineSeconds?: number;
    paused?: boolean;
    [key: string]: unknown;
  };
  status?: {
    observedGeneration?: number;
    replicas?: number;
    updatedReplicas?: number;
    readyReplicas?: number;
    availableReplicas?: number;
    unavailableReplicas?: number;
    conditions?: { type: string; status: string; reason?: string; message?: string }[];
  };
}

export interface Service extends KubeObject {
  spec?: {
    selector?: Record<string, string>;
    ports?: { name?: string; port: number; targetPort?: number | string }[];
    [k: string]: unknown;
  };
}

export interface Pod extends KubeObject {
  spec?: { containers?: Container[]; [k: string]: unknown };
  status?: {
    phase?: string;
    conditions?: { type: string; status: string }[];
    containerStatuses?: {
      name: string;
      ready: boolean;
      restartCount: number;
      image?: string;
      state?: {
        waiting?: { reason?: string; message?: string };
        running?: unknown;
        terminated?: { reason?: string; exitCode?: number };
      };
    }[];
  };
}

export interface Lease extends KubeObject {
  spec?: {
    holderIdentity?: string;
    leaseDurationSeconds?: number;
    acquireTime?: string;
    renewTime?: string;
    leaseTransitions?: number;
  };
}

export function refOf(o: KubeObject): ObjectRef {
  return {
    apiVersion: o.apiVersion,
    kind: o.kind,
    name: o.metadata.name ?? '',
    namespace: o.metadata.namespace,
  };
}

export function describeRef(r: ObjectRef): string {
  return `${r.kind}/${r.name}${r.namespace ? ` in ${r.namespace}` : ''}`;
}
