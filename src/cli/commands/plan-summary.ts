import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from '../../lib/errors.js';
import { COUNT_KEYS, countPlan } from '../../lib/terraform/counts.js';
import { readPlanFile } from '../../lib/terraform/plan.js';
import { assembleComment, manifestFor, renderComment } from '../../lib/terraform/report.js';
import { collectSensitive } from '../../lib/terraform/sensitive.js';
import { parseLabel } from '../../lib/terraform/settings.js';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';

const help = `Usage: keelson plan-summary [--format json|markdown] [--label LABEL] [--plan-text FILE] PLAN_JSON

Summarises a Terraform or OpenTofu plan (the output of 'terraform show -json <planfile>', format 1.x) with the
same code as the terraform-plan action. Counting follows Terraform's own "Plan:" line.

  --format json       {add, change, destroy, replace, import, move, forget, read, drift, outputs, errored, changes}
  --format markdown   exactly the PR comment body terraform-plan writes (default)
  --label LABEL       the comment's label (default: root)
  --plan-text FILE    human plan text ('terraform show -no-color <planfile>') to include, as the action does

Values the plan marks sensitive are never printed. Exit status: 0, or 1 when the file is not a plan.`;

export const command: Command = {
  name: 'plan-summary',
  summary: 'Summarise a Terraform/OpenTofu plan JSON (json counts, or the PR comment as markdown)',
  help,
  async run(argv, io) {
    const args = parseCommandArgs('plan-summary', argv, {
      format: { type: 'string' },
      label: { type: 'string' },
      'plan-text': { type: 'string' },
    });
    const format = args.inputs.enum('format', ['json', 'markdown'] as const, 'markdown');
    const label = parseLabel('label', args.inputs.string('label', { default: 'root' }));
    const textFile = args.inputs.string('plan-text');
    if (args.positionals.length !== 1) {
      throw new InputError('PLAN_JSON', `Expected one PLAN_JSON file, got ${args.positionals.length}.`);
    }
    const plan = readPlanFile(resolve(io.cwd, args.positionals[0] as string));
    const counts = countPlan(plan);
    if (format === 'json') {
      const out: Record<string, number | boolean> = {};
      for (const k of COUNT_KEYS) out[k] = counts[k];
      io.stdout(JSON.stringify(out) + '\n');
      return 0;
    }
    for (const v of collectSensitive(plan)) io.masker.add(v);
    let planText: string | undefined;
    if (textFile) {
      try {
        planText = readFileSync(resolve(io.cwd, textFile), 'utf8');
      } catch {
        throw InputError.invalid('plan-text', textFile, 'a readable file holding the plan text');
      }
    }
    const manifest = manifestFor(plan);
    const set = renderComment({ plan, counts, manifest, label, planText });
    const { body } = assembleComment(set, (t) => t, []);
    io.stdout(body, [set.marker, set.manifest, manifest.hash, manifest.hash.slice(0, 12)]);
    return 0;
  },
};
