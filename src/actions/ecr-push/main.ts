import { ActionContext } from '../../lib/core.js';
import { readContext } from '../../lib/github/context.js';
import { Inputs } from '../../lib/inputs.js';
import { runAction } from '../../lib/run-action.js';
import { readPushSettings } from '../../lib/ecr/settings.js';

export async function run(ctx: ActionContext = ActionContext.fromProcess()): Promise<void> {
  await runAction(ctx, async () => {
    const context = readContext(ctx.env);
    const settings = readPushSettings(new Inputs(ctx.getInput), context, ctx.env);
    for (const value of Object.values(settings.build.secrets)) ctx.setSecret(value);
    const { createEcr } = await import('../../lib/ecr/api.js');
    const { pushImage } = await import('../../lib/ecr/push.js');
    const { renderPushSummary } = await import('../../lib/ecr/summary.js');
    const ecr = createEcr({ region: settings.region, clock: ctx.clock, env: ctx.env });
    for (const o of settings.tags.omitted) ctx.info(`Tag template '${o.template}' left out: ${o.reason}.`);
    const result = await pushImage(settings, {
      ecr,
      addSecret: (v) => ctx.setSecret(v),
      log: (line) => ctx.info(line),
      streamBuild: (fn) => ctx.group(`Build (${settings.build.builder})`, () => ctx.passThrough(fn)),
      env: ctx.env,
      tempDir: context.runnerTemp || undefined,
    });
    for (const d of result.ensured.differences) {
      ctx.warning(
        `Repository ${result.repositoryUri}: ${d.setting} is ${d.actual}, input '${d.input}' asks for ${d.wanted}. ` +
          'ecr-push never changes an existing repository; change it where it is managed.',
      );
    }
    ctx.setOutput('image', result.image, { raw: true });
    ctx.setOutput('digest', result.digest, { raw: true });
    ctx.setOutput('tags', result.tags.map((t) => t.tag).join('\n'), { raw: true });
    ctx.setOutput('skipped', result.skipped);
    ctx.setOutput('repository-uri', result.repositoryUri, { raw: true });
    ctx.appendSummary(renderPushSummary(result));
  });
}
