import type { ResourceType } from './resources.js';
import type { KubeObject } from './types.js';
import { clone } from './types.js';

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface StoreEvent {
  type: WatchEventType;
  rt: ResourceType;
  object: KubeObject;
  rv: number;
}

const HISTORY = 2000;

function resourceKey(rt: ResourceType): string {
  return `${rt.plural}.${rt.group}`;
}

/**
 * etcd, in memory: objects per resource keyed by namespace/name, one global resourceVersion counter bumped on
 * every write, and a bounded event history so watches can resume from a resourceVersion.
 */
export class Store {
  private rv = 1000;
  private readonly data = new Map<string, Map<string, KubeObject>>();
  private readonly history: StoreEvent[] = [];
  private readonly listeners = new Set<(e: StoreEvent) => void>();

  get resourceVersion(): number {
    return this.rv;
  }

  private bucket(rt: ResourceType): Map<string, KubeObject> {
    const key = resourceKey(rt);
    let b = this.data.get(key);
    if (!b) {
      b = new Map();
      this.data.set(key, b);
    }
    return b;
  }

  /** A copy of the stored object, or undefined. */
  get(rt: ResourceType, namespace: string | undefined, name: string): KubeObject | undefined {
    const o = this.bucket(rt).get(`${rt.namespaced ? (namespace ?? '') : ''}/${name}`);
    return o ? clone(o) : undefined;
  }

  /** Copies of the stored objects, sorted by namespace then name, optionally in one namespace. */
  list(rt: ResourceType, namespace?: string): KubeObject[] {
    return this.listShared(rt, namespace).map((o) => clone(o));
  }

  /**
   * The stored objects themselves, sorted, without copying: for the in-process controllers, which must clone
   * before they change anything (a write replaces the stored object, it never mutates it).
   */
  listShared(rt: ResourceType, namespace?: string): readonly KubeObject[] {
    const out: KubeObject[] = [];
    for (const [key, o] of this.bucket(rt)) {
      if (namespace !== undefined && rt.namespaced && !key.startsWith(`${namespace}/`)) continue;
      out.push(o);
    }
    return out.sort(
      (a, b) =>
        (a.metadata.namespace ?? '').localeCompare(b.metadata.namespace ?? '') ||
        (a.metadata.name ?? '').localeCompare(b.metadata.name ?? ''),
    );
  }

  /** Store `obj` (a new object or a replacement), stamping the next resourceVersion; returns a copy. */
  put(rt: ResourceType, obj: KubeObject, type: 'ADDED' | 'MODIFIED'): KubeObject {
    const stored = clone(obj);
    this.rv++;
    stored.metadata.resourceVersion = String(this.rv);
    this.bucket(rt).set(
      `${rt.namespaced ? (stored.metadata.namespace ?? '') : ''}/${stored.metadata.name}`,
      stored,
    );
    this.emit({ type, rt, object: clone(stored), rv: this.rv });
    return clone(stored);
  }

  remove(rt: ResourceType, namespace: string | undefined, name: string): KubeObject | undefined {
    const key = `${rt.namespaced ? (namespace ?? '') : ''}/${name}`;
    const existing = this.bucket(rt).get(key);
    if (!existing) return undefined;
    this.bucket(rt).delete(key);
    this.rv++;
    const gone = clone(existing);
    gone.metadata.resourceVersion = String(this.rv);
    this.emit({ type: 'DELETED', rt, object: clone(gone), rv: this.rv });
    return gone;
  }

  private emit(e: StoreEvent): void {
    this.history.push(e);
    if (this.history.length > HISTORY) this.history.splice(0, this.history.length - HISTORY);
    for (const l of this.listeners) l(e);
  }

  /** Events after `rv`, or 'expired' when the history no longer reaches back that far. */
  eventsSince(rv: number): StoreEvent[] | 'expired' {
    if (rv >= this.rv) return [];
    const first = this.history[0];
    if (!first || first.rv > rv + 1) return 'expired';
    return this.history.filter((e) => e.rv > rv);
  }

  subscribe(listener: (e: StoreEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
