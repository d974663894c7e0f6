import { resolve } from 'node:path';
import { realClock } from '../../lib/clock.js';
import { InputError } from '../../lib/errors.js';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { readIgnoreOption } from './trivy-ignore.js';

const help = `Usage: keelson trivy-sarif [--category C] [--path-prefix DIR] [--ignore-file F] REPORT_JSON... > out.sarif

Writes SARIF 2.1.0 for GitHub code scanning from one or more Trivy JSON reports (one run each, at most 20), with
the same code as the trivy-scan action: every finding (vulnerabilities, failed misconfigurations, secrets), Trivy's
rule ids, levels and security-severity from Trivy's severity, and GitHub's limits kept (25,000 results per run,
10 MB gzipped: beyond them the least severe are left out and stderr says so).

  --category C        code scanning category (automationDetails.id); with several reports, C-1, C-2, …
                      (default: trivy-<image|fs>:<artifact name without tag>)
  --path-prefix DIR   repository-relative directory the fs/config scan ran in, prefixed to file locations
  --ignore-file F     .trivyignore or YAML ignore file: ignored findings stay in, marked as suppressed

Exit status: 0, or 2 when a file is not a Trivy JSON report or an option is wrong.`;

export const command: Command = {
  name: 'trivy-sarif',
  summary: 'Write SARIF 2.1.0 with every finding of Trivy JSON reports (for code scanning)',
  help,
  async run(argv, io) {
    const args = parseCommandArgs('trivy-sarif', argv, {
      category: { type: 'string' },
      'path-prefix': { type: 'string' },
      'ignore-file': { type: 'string' },
    });
    const files = args.positionals;
    if (files.length === 0) throw new InputError('REPORT_JSON', 'Expected at least one REPORT_JSON file.');
    if (files.length > 20) {
      throw new InputError(
        'REPORT_JSON',
        `Expected at most 20 REPORT_JSON files (GitHub accepts 20 runs per SARIF file), got ${files.length}.`,
      );
    }
    const category = args.inputs.string('category');
    if (category && !/^[A-Za-z0-9][A-Za-z0-9._\-/:@+]{0,199}$/.test(category)) {
      throw InputError.invalid('category', category, 'up to 200 characters from A-Z a-z 0-9 . _ - / : @ +');
    }
    const prefix = args.inputs.string('path-prefix').replace(/^\.\/?|\/+$/g, '');
    const { readReportData } = await import('../../lib/trivy/report.js');
    const { buildSarif } = await import('../../lib/trivy/sarif.js');
    const { activeIgnore } = await import('../../lib/trivy/analyze.js');
    const { stableImageName } = await import('../../lib/trivy/settings.js');
    let ignoredBy: ReturnType<typeof activeIgnore> | undefined;
    const rules = await readIgnoreOption(io.cwd, args.inputs.string('ignore-file'));
    if (rules) {
      ignoredBy = activeIgnore({
        failOn: [],
        ignoreUnfixed: false,
        kinds: [],
        ignore: rules,
        now: realClock.now(),
      });
    }
    const used = new Set<string>();
    const runs = files.map((file, i) => {
      const { meta, findings } = readReportData(resolve(io.cwd, file), file);
      const image = meta.artifactType === 'container_image';
      const artifact = meta.artifactName || file;
      let c = category
        ? files.length > 1
          ? `${category}-${i + 1}`
          : category
        : `trivy-${image ? 'image' : 'fs'}:${image ? stableImageName(artifact) : artifact}`
            .replace(/[^A-Za-z0-9._\-/:@+]/g, '_')
            .slice(0, 200);
      for (let n = 2; used.has(c); n++) c = `${c}-${n}`;
      used.add(c);
      return { meta, findings, category: c, pathPrefix: prefix, ignoredBy };
    });
    const sarif = await buildSarif(runs);
    for (const chunk of sarif.chunks) io.stdout(chunk.toString('utf8'));
    io.stdout('\n');
    if (sarif.note) io.stderr(`keelson trivy-sarif: ${sarif.note}\n`);
    return 0;
  },
};
