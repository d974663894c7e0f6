import { realClock } from '../../lib/clock.js';
import * as core from '../../lib/core.js';
import { readContext } from '../../lib/github/context.js';
import { Inputs } from '../../lib/inputs.js';
import { runAction } from '../../lib/run-action.js';
import { readPushSettings } from '../../lib/ecr/settings.js';

export async function run(): Promise<void> {
  await runAction(async () => {
    const context = readContext(core.io.env);
    const settings = readPushSettings(new Inputs(core.getInput), context, core.io.env);
    for (const value of Object.values(settings.build.secrets)) core.setSecret(value);
    const { createEcr } = await import('../../lib/ecr/api.js');
    const { pushImage } = await import('../../lib/ecr/push.js');
    const { renderPushSummary } = await import('../../lib/ecr/summary.js');
    const ecr = createEcr({ region: settings.region, clock: realClock, env: core.io.env });
    for (const o of settings.tags.omitted) core.info(`Tag template '${o.template}' left out: ${o.reason}.`);
    const result = await pushImage(settings, {
      ecr,
      addSecret: core.setSecret,
      log: core.info,
      streamBuild: (fn) => core.group(`Build (${settings.build.builder})`, () => core.passThrough(fn)),
      env: core.io.env,
      tempDir: context.runnerTemp || undefined,
    });
    for (const d of result.ensured.differences) {
      core.warning(
        `Repository ${result.repositoryUri}: ${d.setting} is ${d.actual}, input '${d.input}' asks for ${d.wanted}. ` +
          'ecr-push never changes an existing repository; change it where it is managed.',
      );
    }
    core.setOutput('image', result.image);
    core.setOutput('digest', result.digest);
    core.setOutput('tags', result.tags.map((t) => t.tag).join('\n'));
    core.setOutput('skipped', result.skipped);
    core.setOutput('repository-uri', result.repositoryUri);
    core.appendSummary(renderPushSummary(result));
  });
}
