import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { realClock } from '../../lib/clock.js';
import { InputError } from '../../lib/errors.js';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { readIgnoreOption } from './trivy-ignore.js';

const help = `Usage: keelson trivy-gate [--fail-on CRITICAL,HIGH] [--ignore-unfixed] [--ignore-file F]
                          [--kinds vulnerabilities,misconfigurations,secrets] [--allow-empty]
                          [--sarif OUT.sarif] [--summary OUT.md] REPORT_JSON

The trivy-scan action's severity gate on a Trivy JSON report: exit 0 when it passes, 1 when it fails, with the
table of what failed; 2 on a usage or input error (a bad flag, a file that is not a Trivy report). The gate never changes the report or the SARIF; it only decides.

  --fail-on S         severities that fail (default CRITICAL,HIGH), or none
  --ignore-unfixed    vulnerabilities without a fixed version do not fail
  --ignore-file F     .trivyignore (ID [exp:YYYY-MM-DD] [# reason]) or YAML (id, paths, purls, expires, reason);
                      expired entries stop ignoring and are listed
  --kinds K           kinds the gate counts (default all three)
  --allow-empty       pass a report in which Trivy scanned nothing (default: fail)
  --sarif OUT         also write the SARIF (every finding) from the same pass
  --summary OUT       also write the job summary Markdown from the same pass`;

export const command: Command = {
  name: 'trivy-gate',
  summary: 'Apply the severity gate to a Trivy JSON report (exit 1 when it fails), optionally writing SARIF',
  help,
  async run(argv, io) {
    const args = parseCommandArgs('trivy-gate', argv, {
      'fail-on': { type: 'string' },
      'ignore-unfixed': { type: 'boolean' },
      'ignore-file': { type: 'string' },
      kinds: { type: 'string' },
      'allow-empty': { type: 'boolean' },
      sarif: { type: 'string' },
      summary: { type: 'string' },
    });
    const [{ parseSeverities, parseKinds }, { readReportData }] = await Promise.all([
      import('../../lib/trivy/settings.js'),
      import('../../lib/trivy/report.js'),
    ]);
    const failOn = parseSeverities('fail-on', args.inputs.string('fail-on', { default: 'CRITICAL,HIGH' }));
    const kinds = parseKinds(
      'kinds',
      args.inputs.string('kinds', { default: 'vulnerabilities,misconfigurations,secrets' }),
    );
    if (args.positionals.length !== 1) {
      throw new InputError('REPORT_JSON', `Expected one REPORT_JSON file, got ${args.positionals.length}.`);
    }
    const file = args.positionals[0] as string;
    // The report before anything else is loaded: its parse is most of the run's allocation, and a garbage
    // collection of the modules loaded before it lowers V8's first old-generation limit, so that the parse
    // would start a full marking of the report (a tenth of the run on a 100 MB report).
    const data = readReportData(resolve(io.cwd, file), file);
    const ignore = await readIgnoreOption(io.cwd, args.inputs.string('ignore-file'));
    const [{ analyzeReport }, { renderGate, text }, { writeSarif }] = await Promise.all([
      import('../../lib/trivy/analyze.js'),
      import('../../lib/trivy/render.js'),
      import('../../lib/trivy/sarif.js'),
    ]);
    const name = data.meta.artifactName;
    const sarifOut = args.inputs.string('sarif');
    const summaryOut = args.inputs.string('summary');
    const a = await analyzeReport(data, {
      gate: {
        failOn,
        ignoreUnfixed: args.flags['ignore-unfixed'] === true,
        kinds,
        ignore,
        now: realClock.now(),
        allowEmpty: args.flags['allow-empty'] === true,
      },
      category: `trivy:${name || file}`.replace(/[^A-Za-z0-9._\-/:@+]/g, '_'),
      title: `Trivy: ${text(name || file, 200)}`,
      sarif: sarifOut !== '',
    });
    if (sarifOut && a.sarif) writeSarif(resolve(io.cwd, sarifOut), a.sarif);
    if (sarifOut && a.sarif?.note) io.stderr(`keelson trivy-gate: ${a.sarif.note}\n`);
    if (summaryOut) writeFileSync(resolve(io.cwd, summaryOut), a.markdown);
    io.stdout(renderGate(a.gate));
    return a.gate.verdict === 'pass' ? 0 : 1;
  },
};
