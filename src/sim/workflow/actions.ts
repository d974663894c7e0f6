/**
 * Keelson's actions as the local workflow runner runs them: each action's own `run()` (and `runPost()` when its
 * action.yml declares a post step), loaded only when a step uses it, run in this process through the local runner.
 * One line per action; test/workflow-run/host.test.ts checks this list against actions/*.
 */
import type { ActionContext } from '../../lib/core.js';
import type { InProcessAction } from '../../lib/workflows/run/types.js';

type Entry = (ctx: ActionContext) => Promise<void>;
interface Module {
  run: Entry;
  runPost?: Entry;
}

function action(load: () => Promise<Module>, post = false): InProcessAction {
  return {
    main: async () => {
      const m = await load();
      return (ctx) => m.run(ctx);
    },
    ...(post
      ? {
          post: async () => {
            const m = await load();
            const p = m.runPost;
            if (!p) throw new Error('the action module has no runPost');
            return (ctx) => p(ctx);
          },
        }
      : {}),
  };
}

export const KEELSON_ACTIONS: Record<string, InProcessAction> = {
  deploy: action(() => import('../../actions/deploy/main.js'), true),
  'deployed-image': action(() => import('../../actions/deployed-image/main.js')),
  'ecr-promote': action(() => import('../../actions/ecr-promote/main.js')),
  'ecr-push': action(() => import('../../actions/ecr-push/main.js')),
  'eks-kubeconfig': action(() => import('../../actions/eks-kubeconfig/main.js')),
  'health-check': action(() => import('../../actions/health-check/main.js')),
  migrate: action(() => import('../../actions/migrate/main.js'), true),
  'terraform-apply': action(() => import('../../actions/terraform-apply/main.js'), true),
  'terraform-plan': action(() => import('../../actions/terraform-plan/main.js'), true),
  test: action(() => import('../../actions/test/main.js')),
  'trivy-scan': action(() => import('../../actions/trivy-scan/main.js')),
};
