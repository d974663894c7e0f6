/** The health-check action's flow (also `keelson health-check`): parse, run, render. */
import type { Clock } from '../clock.js';
import { InputError } from '../errors.js';
import type { Kube } from '../k8s/client.js';
import {
  parseHealthChecks,
  renderChecksSummary,
  runChecks,
  sensitiveValues,
  type CheckSpec,
  type RunResult,
} from './index.js';
import type { HealthCheckSettings } from './settings.js';
import { resolveChecks } from './variables.js';
import { parseMap } from '../inputs.js';
import { kubePodSource, serviceProxyTransport } from './kube-transport.js';
export { readHealthCheckSettings, type HealthCheckSettings } from './settings.js';

/** The `vars` input: a YAML mapping of names to text (numbers and booleans are written as text). */
async function readVariables(raw: string): Promise<Record<string, string>> {
  if (raw.trim() === '') return {};
  const map = await parseMap('vars', raw);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(map)) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(k))
      throw InputError.invalid('vars', k, 'variable names of letters, digits and _, such as API_TOKEN');
    if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') {
      throw new InputError(
        'vars',
        `Invalid input 'vars': '${k}' is not text. Expected a text value for each name.`,
      );
    }
    out[k] = String(v);
  }
  return out;
}

export async function runHealthChecks(
  s: HealthCheckSettings,
  deps: {
    clock: Clock;
    signal?: AbortSignal;
    kube?: Kube;
    setSecret?: (v: string) => void;
    onProbe?: (m: string) => void;
  },
): Promise<{ result: RunResult; markdown: string; specs: CheckSpec[] }> {
  const specs = await parseHealthChecks(s.checks, { input: 'checks' });
  const variables = await readVariables(s.vars);
  // Registered as they will be sent: a header like `Bearer ${TOKEN}` is masked with its value filled in.
  for (const v of sensitiveValues(resolveChecks(specs, variables, 'checks'))) deps.setSecret?.(v);
  const needsKube = specs.some(
    (c) => c.kind === 'kubernetes' || ('url' in c && c.url.startsWith('k8s-service:')),
  );
  let kube = deps.kube;
  let owned = false;
  if (needsKube && !kube) {
    if (!s.access)
      throw new InputError(
        'checks',
        "Kubernetes checks and k8s-service:// URLs need 'cluster-name' (EKS) or 'kubeconfig'.",
      );
    const { connect } = await import('../k8s/connect.js');
    kube = (await connect(s.access, deps.clock, { setSecret: (v) => deps.setSecret?.(v) })).kube;
    owned = true;
  }
  try {
    const result = await runChecks(specs, {
      clock: deps.clock,
      mode: s.mode,
      signal: deps.signal,
      deadline: deps.clock.now() + s.durationMs,
      input: 'checks',
      variables,
      pods: kube ? kubePodSource(kube) : undefined,
      serviceProxy: kube ? serviceProxyTransport(kube) : undefined,
      onProbe: (p) => deps.onProbe?.(`${p.check}: ${p.ok ? 'ok' : 'FAIL'} ${p.message}`),
    });
    return { result, markdown: renderChecksSummary(result), specs };
  } finally {
    if (owned) kube?.close();
  }
}
