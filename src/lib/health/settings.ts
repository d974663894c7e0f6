/** The health-check action's inputs, apart from the checks' code so an input error loads none of it. */
import type { Inputs } from '../inputs.js';
import { readAccess, type DeployInputs } from '../deploy/settings.js';

export interface HealthCheckSettings {
  checks: string;
  mode: 'until-healthy' | 'watch';
  durationMs: number;
  access?: DeployInputs['access'];
}

export function readHealthCheckSettings(inputs: Inputs): HealthCheckSettings {
  const checks = inputs.string('checks', {
    required: true,
    expected: 'health checks as YAML (see docs/health-checks.md)',
  });
  const needsCluster = inputs.has('cluster-name') || inputs.has('kubeconfig');
  return {
    checks,
    mode: inputs.enum('mode', ['until-healthy', 'watch'] as const, 'until-healthy'),
    durationMs: inputs.duration('duration', '5m', { min: 1000, max: 6 * 3_600_000 }),
    access: needsCluster ? readAccess(inputs) : undefined,
  };
}
