import { resolve } from 'node:path';
import { InputError } from '../../lib/errors.js';
import { diffManifests, formatDiff } from '../../lib/terraform/diff.js';
import { hashPlan } from '../../lib/terraform/hash.js';
import { readPlanFile } from '../../lib/terraform/plan.js';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';

const help = `Usage: keelson plan-diff OLD_JSON NEW_JSON

Shows what differs between two plans (each the output of 'terraform show -json <planfile>'), as terraform-apply
does when the plan to apply is not the reviewed one: resources whose actions appeared, disappeared or changed,
resources whose planned values changed, and the same for outputs. Sensitive values are never printed.

Exit status: 0 when the plans hash the same, 1 when they differ (or a file is not a plan).`;

export const command: Command = {
  name: 'plan-diff',
  summary: 'Show how two Terraform/OpenTofu plan JSON files differ (what apply prints on a changed plan)',
  help,
  async run(argv, io) {
    const args = parseCommandArgs('plan-diff', argv, {});
    if (args.positionals.length !== 2) {
      throw new InputError('argv', `Expected OLD_JSON and NEW_JSON, got ${args.positionals.length} file(s).`);
    }
    const [a, b] = args.positionals.map((f) => hashPlan(readPlanFile(resolve(io.cwd, f)))) as [
      ReturnType<typeof hashPlan>,
      ReturnType<typeof hashPlan>,
    ];
    const d = diffManifests(a, b);
    io.stdout(formatDiff(d, a.hash, b.hash) + '\n');
    return d.same ? 0 : 1;
  },
};
