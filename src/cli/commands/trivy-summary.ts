import { resolve } from 'node:path';
import { InputError } from '../../lib/errors.js';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';

const help = `Usage: keelson trivy-summary [--format json|markdown] REPORT_JSON

Counts a Trivy JSON report ('trivy <image|fs|config> --format json') with the same code as the trivy-scan action.
Every listed entry counts; a misconfiguration counts only when its Status is FAIL. A report without Results counts
zero everywhere.

  --format json       exactly {"vulnerabilities": S, "misconfigurations": S, "secrets": S}, where each S is
                      {"CRITICAL": n, "HIGH": n, "MEDIUM": n, "LOW": n, "UNKNOWN": n}
  --format markdown   the job summary trivy-scan writes, with its default gate (fail-on CRITICAL,HIGH) (default)

Exit status: 0, or 2 when the file is not a Trivy JSON report or an option is wrong.`;

export const command: Command = {
  name: 'trivy-summary',
  summary: 'Count a Trivy JSON report per kind and severity (json), or render its job summary (markdown)',
  help,
  async run(argv, io) {
    const args = parseCommandArgs('trivy-summary', argv, { format: { type: 'string' } });
    const format = args.inputs.enum('format', ['json', 'markdown'] as const, 'markdown');
    if (args.positionals.length !== 1) {
      throw new InputError('REPORT_JSON', `Expected one REPORT_JSON file, got ${args.positionals.length}.`);
    }
    const file = args.positionals[0] as string;
    const { readReportData, summarize, KINDS, SEVERITIES } = await import('../../lib/trivy/report.js');
    const data = readReportData(resolve(io.cwd, file), file);
    if (format === 'json') {
      const summary = summarize(data.findings);
      const out: Record<string, Record<string, number>> = {};
      for (const k of KINDS) {
        out[k] = {};
        for (const s of SEVERITIES) (out[k] as Record<string, number>)[s] = summary[k][s];
      }
      io.stdout(JSON.stringify(out) + '\n');
      return 0;
    }
    const { analyzeReport } = await import('../../lib/trivy/analyze.js');
    const { text } = await import('../../lib/trivy/render.js');
    const a = await analyzeReport(data, {
      gate: { failOn: ['CRITICAL', 'HIGH'], ignoreUnfixed: false, kinds: [...KINDS], now: Date.now() },
      category: 'trivy',
      title: `Trivy: ${text(data.meta.artifactName || file, 200)}`,
      sarif: false,
    });
    io.stdout(a.markdown);
    return 0;
  },
};
