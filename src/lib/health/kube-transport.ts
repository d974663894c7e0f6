import type { Kube, KubeApiError } from '../k8s/client.js';
import type { Pod } from '../k8s/types.js';
import { parseServiceUrl, type HttpTransport } from './probes/http-request.js';
import { Inconclusive, type PodLike, type PodSource } from './types.js';

/**
 * Pods for `kubernetes` checks, shared by deploy and the health-check action: one attempt within the probe's
 * abort signal (no retries outliving the probe), and an API server that cannot be asked (unreachable, 429, 5xx)
 * makes the probe inconclusive rather than failed.
 */
export function kubePodSource(kube: Kube): PodSource {
  return {
    listPods: async (namespace, labelSelector, signal) => {
      try {
        return (await kube.list<Pod>('v1', 'Pod', namespace, {
          labelSelector,
          once: true,
          signal,
        })) as PodLike[];
      } catch (e) {
        // By name, not instanceof: the health-check bundle does not load the client unless it connects.
        const api =
          (e as Partial<KubeApiError> | null)?.name === 'KubeApiError' ? (e as KubeApiError) : undefined;
        if (api && (api.status === 0 || api.status === 429 || api.status >= 500)) {
          throw new Inconclusive(`the Kubernetes API could not be asked: ${api.message}`);
        }
        throw e;
      }
    },
  };
}

/** Sends a check's `k8s-service://` request through the Kubernetes API server's service proxy. */
export function serviceProxyTransport(kube: Kube): HttpTransport {
  return async (url, o) => {
    const t = parseServiceUrl(url);
    if (!t) throw new Error(`not a k8s-service URL: ${url}`);
    const res = await kube.proxyGet(t.namespace, t.service, t.port ?? '', t.path, { signal: o.signal });
    return { status: res.status, headers: res.headers, body: Buffer.from(res.text), truncated: false };
  };
}
