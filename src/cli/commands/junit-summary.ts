import { resolve } from 'node:path';
import { InputError } from '../../lib/errors.js';
import { readReports } from '../../lib/junit/collect.js';
import { totals } from '../../lib/junit/totals.js';
import { renderMarkdown } from '../../lib/junit/render.js';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';

const help = `Usage: keelson junit-summary [--format json|markdown] [--name NAME] FILE...

Counts JUnit XML reports from any runner with the same contract as the test action: one <testcase> is one
result; failed if it has <failure> or <error>, else skipped if it has <skipped>, else passed; passed after
<flakyFailure>/<rerunFailure> counts as flaky. Suite-level count attributes are ignored.

  --format json       one object over all files: total, passed, failed, errors, skipped, flaky, durationSeconds
  --format markdown   the job summary body the test action writes (default)
  --name NAME         title used in the markdown headline (default: Tests)

Exit status: 0 when every file parsed (whatever the tests' results), 1 on an unreadable or non-JUnit file.`;

export const command: Command = {
  name: 'junit-summary',
  summary: 'Count and summarise JUnit XML reports (json or markdown)',
  help,
  async run(argv, io) {
    const args = parseCommandArgs('junit-summary', argv, {
      format: { type: 'string' },
      name: { type: 'string' },
    });
    const format = args.inputs.enum('format', ['json', 'markdown'] as const, 'markdown');
    const name = args.inputs.string('name', { default: 'Tests' });
    if (args.positionals.length === 0) throw new InputError('FILE', 'Expected at least one JUnit XML file.');
    const files = args.positionals.map((f) => resolve(io.cwd, f));
    const reports = await readReports(files, io.cwd);
    const t = totals(reports.flatMap((r) => r.cases));
    if (format === 'json') io.stdout(JSON.stringify(t) + '\n');
    else io.stdout(renderMarkdown(reports, t, name));
    return 0;
  },
};
