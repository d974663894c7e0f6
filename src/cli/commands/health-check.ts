import { parse } from 'node:path';
import { realClock } from '../../lib/clock.js';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';

const help = `Usage: keelson health-check --checks FILE|YAML [--vars YAML] [--mode until-healthy|watch]
                            [--duration 5m] [--cluster-name NAME --aws-region REGION | --kubeconfig FILE]

Runs the health checks the deploy and health-check actions run (http, dns, tls, tcp, prometheus, kubernetes)
and prints the results table. Exit status 0 when they pass, 1 when one fails.`;

export const command: Command = {
  name: 'health-check',
  summary: 'Run health checks from YAML and print the results table',
  help,
  async run(argv, io) {
    const args = parseCommandArgs('health-check', argv, {
      checks: { type: 'string' },
      vars: { type: 'string' },
      mode: { type: 'string' },
      duration: { type: 'string' },
      'cluster-name': { type: 'string' },
      'aws-region': { type: 'string' },
      kubeconfig: { type: 'string' },
      context: { type: 'string' },
    });
    const { readHealthCheckSettings, runHealthChecks } = await import('../../lib/health/action.js');
    // From a terminal the operator may name any file: the workspace is the working directory, the rest is allowed.
    const settings = readHealthCheckSettings(args.inputs, { workspace: io.cwd, temp: parse(io.cwd).root });
    const { result, markdown } = await runHealthChecks(settings, {
      clock: realClock,
      onProbe: (m) => io.stderr(m + '\n'),
    });
    io.stdout(markdown + '\n');
    return result.status === 'passed' ? 0 : 1;
  },
};
