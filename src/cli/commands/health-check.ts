import { realClock } from '../../lib/clock.js';
import { Inputs } from '../../lib/inputs.js';
import { fileOrText, parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';

const help = `Usage: keelson health-check --checks FILE|YAML [--mode until-healthy|watch] [--duration 5m]
                            [--cluster-name NAME --aws-region REGION | --kubeconfig FILE]

Runs the health checks the deploy and health-check actions run (http, dns, tls, tcp, prometheus, kubernetes)
and prints the results table. Exit status 0 when they pass, 1 when one fails.`;

export const command: Command = {
  name: 'health-check',
  summary: 'Run health checks from YAML and print the results table',
  help,
  async run(argv, io) {
    const args = parseCommandArgs('health-check', argv, {
      checks: { type: 'string' },
      mode: { type: 'string' },
      duration: { type: 'string' },
      'cluster-name': { type: 'string' },
      'aws-region': { type: 'string' },
      kubeconfig: { type: 'string' },
      context: { type: 'string' },
    });
    const checks = fileOrText(io.cwd, args.inputs.raw('checks'));
    const inputs = new Inputs((name) => (name === 'checks' ? checks : args.inputs.raw(name)));
    const { readHealthCheckSettings, runHealthChecks } = await import('../../lib/health/action.js');
    const settings = readHealthCheckSettings(inputs);
    const { result, markdown } = await runHealthChecks(settings, {
      clock: realClock,
      onProbe: (m) => io.stderr(m + '\n'),
    });
    io.stdout(markdown + '\n');
    return result.status === 'passed' ? 0 : 1;
  },
};
