import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run as runTestAction } from '../../actions/test/main.js';
import { runLocally } from '../../lib/local-runner.js';
import { keelsonRoot } from '../../lib/repo-root.js';
import { parseCommandArgs } from '../args.js';
import type { Command, CliIO } from '../command.js';
import { colour, plain, renderLogLine, type Style } from '../render-log.js';

const help = `Usage: keelson demo [--no-color]

Runs Keelson's main job on the sample service in examples/sample-service, on this machine, with nothing to
configure: the test action runs the service's tests (node --test with its JUnit reporter), and the demo prints
what GitHub would show: the step log with annotations, the step outputs and the job summary.`;

function section(io: CliIO, s: Style, title: string): void {
  io.stdout(`\n${s.bold(title)}\n${s.dim('─'.repeat(Math.min(78, title.length + 8)))}\n`);
}

export const command: Command = {
  name: 'demo',
  summary: "Run Keelson's main job on the bundled sample service and show what GitHub would show",
  help,
  async run(argv, io) {
    const args = parseCommandArgs('demo', argv, { 'no-color': { type: 'boolean' } });
    if (args.help) {
      io.stdout(help + '\n');
      return 0;
    }
    const s = io.isTTY && args.flags['no-color'] !== true && !io.env.NO_COLOR ? colour : plain;
    const work = mkdtempSync(join(tmpdir(), 'keelson-demo-'));
    try {
      const service = join(work, 'sample-service');
      cpSync(join(keelsonRoot(), 'examples', 'sample-service'), service, {
        recursive: true,
        filter: (src) => !/node_modules|junit\.xml$/.test(src),
      });
      io.stdout(
        s.bold('Keelson demo') + ' — the CI job of examples/sample-service, as GitHub would show it\n',
      );
      const command = `${JSON.stringify(process.execPath)} --test --test-reporter=spec --test-reporter-destination=stdout --test-reporter=junit --test-reporter-destination=junit.xml test/app.test.js`;
      section(io, s, 'Step: uses: keelson/actions/test@v1');
      io.stdout(
        s.dim(
          `  with:\n    command: node --test --test-reporter=junit … test/app.test.js\n    name: sample-service unit tests\n`,
        ),
      );
      const depth = { groups: 0 };
      const result = await runLocally(runTestAction, {
        inputs: { command, name: 'sample-service unit tests' },
        env: {
          GITHUB_WORKSPACE: service,
          GITHUB_REPOSITORY: 'acme/sample-service',
          GITHUB_EVENT_NAME: 'push',
        },
        echo: (line) => {
          const shown = renderLogLine(line, s, depth);
          if (shown !== undefined) io.stdout(shown + '\n');
        },
      });
      section(io, s, 'Step outputs');
      for (const [k, v] of Object.entries(result.outputs)) io.stdout(`  ${k.padEnd(17)} ${v}\n`);
      section(io, s, 'Job summary (Markdown)');
      io.stdout(result.summary);
      io.stdout(`\n${result.failed ? s.red('✖ The step failed.') : s.green('✔ The step passed.')}\n`);
      return result.failed ? 1 : 0;
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  },
};
