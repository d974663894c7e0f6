/**
 * Nothing is written before everything is known to apply: a server-side dry run (`dryRun=All`) of every object a
 * strategy is about to write, before its first write. The API server runs the same validation, defaulting,
 * RBAC and admission webhooks as for the real write (nothing is stored), so a PodDisruptionBudget a policy
 * rejects, an Ingress the caller may not write or a custom resource whose CRD is not served stops the rollout
 * before any workload changed.
 */
import { KubeApiError } from '../k8s/client.js';
import { describeRef, refOf, type KubeObject } from '../k8s/types.js';
import { ApplyError } from './common.js';
import type { DeployContext } from './types.js';

/** Why the API server refuses an object, in its own words (the Status message, and a cause naming a field it leaves out). */
function serverReason(e: KubeApiError): string {
  // The client's message starts with the request (`Kubernetes API PATCH /apis/…: 403 `): the object is named already.
  const message = e.serverMessage ?? e.message.replace(/^Kubernetes API \S+ \S+: \d+ /, '');
  const fields = e.causes.filter((c) => c.field && c.message && !message.includes(c.message));
  const detail = fields.map((c) => `${c.field}: ${c.message}`).join(', ');
  return `${e.status} ${e.reason ? `${e.reason}: ` : ''}${message}${detail ? ` (${detail})` : ''}`;
}

/**
 * Dry-runs every object (server-side apply, `dryRun=All`). Objects the API server refuses are named in one
 * `ApplyError` line with the server's reason; nothing has been written then. An API server that cannot be
 * reached (or answers 5xx after the client's retries) is not a refusal: that error goes up unchanged.
 */
export async function dryRunAll(
  ctx: Pick<DeployContext, 'kube' | 'timeline'>,
  objects: KubeObject[],
): Promise<void> {
  // Objects in a namespace the manifests create cannot be dry-run before it exists: the server answers 404.
  const creates = new Set(objects.filter((o) => o.kind === 'Namespace').map((o) => o.metadata.name));
  const refused: string[] = [];
  for (const o of objects) {
    try {
      await ctx.kube.apply(o, { dryRun: true, force: true });
    } catch (e) {
      if (!(e instanceof KubeApiError) || e.status === 0 || e.status === 429 || e.status >= 500) throw e;
      if (e.status === 404 && creates.has(o.metadata.namespace) && e.verb !== 'discover') continue;
      refused.push(`${describeRef(refOf(o))}: ${serverReason(e)}`);
    }
  }
  if (refused.length > 0) {
    throw new ApplyError(
      `The API server refuses ${refused.length === 1 ? '' : `${refused.length} objects: `}${refused.join('; ')} — dry run, nothing was written.`,
    );
  }
  ctx.timeline.add('apply', `dry run: the API server accepts all ${objects.length} object(s)`);
}
