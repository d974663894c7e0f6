/** The health-check action's inputs, apart from the checks' code so an input error loads none of it. */
import type { Inputs, PathRoots } from '../inputs.js';
import { readAccess, type ClusterAccess } from '../k8s/settings.js';
import { readChecksSource } from './source.js';

export interface HealthCheckSettings {
  /** The checks' YAML (read from the file when the input named one). */
  checks: string;
  /** The `vars` input's YAML mapping (parsed with the checks): values for `${NAME}` placeholders. */
  vars: string;
  mode: 'until-healthy' | 'watch';
  durationMs: number;
  access?: ClusterAccess;
}

export function readHealthCheckSettings(
  inputs: Inputs,
  roots: PathRoots,
  env: Record<string, string | undefined> = process.env,
): HealthCheckSettings {
  const checks = readChecksSource(
    'checks',
    inputs.string('checks', {
      required: true,
      expected: 'health checks as YAML, or the path of a file holding them (see docs/health-checks.md)',
    }),
    roots,
  );
  const needsCluster = inputs.has('cluster-name') || inputs.has('kubeconfig');
  return {
    checks,
    vars: inputs.string('vars'),
    mode: inputs.enum('mode', ['until-healthy', 'watch'] as const, 'until-healthy'),
    durationMs: inputs.duration('duration', '5m', { min: 1000, max: 6 * 3_600_000 }),
    access: needsCluster ? readAccess(inputs, env) : undefined,
  };
}
