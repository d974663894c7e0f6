import type { Kube } from '../k8s/client.js';
import { parseServiceUrl, type HttpTransport } from './probes/http-request.js';

/** Sends a check's `k8s-service://` request through the Kubernetes API server's service proxy. */
export function serviceProxyTransport(kube: Kube): HttpTransport {
  return async (url, o) => {
    const t = parseServiceUrl(url);
    if (!t) throw new Error(`not a k8s-service URL: ${url}`);
    const res = await kube.proxyGet(t.namespace, t.service, t.port ?? '', t.path, { signal: o.signal });
    return { status: res.status, headers: res.headers, body: Buffer.from(res.text), truncated: false };
  };
}
