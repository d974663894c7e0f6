/** What a rollout records about itself outside the cluster (the GitHub Deployment's payload). */
import { containersOf } from '../k8s/manifests.js';
import type { KubeObject } from '../k8s/types.js';

/** The images a rollout puts in place, the service's own Deployment's containers first (what promote.yml reads). */
export function deployedImages(objects: KubeObject[], service: string): string[] {
  const own = objects.filter((x) => x.kind === 'Deployment' && x.metadata?.name === service);
  // A pod's own containers before its init containers (a migration init container is not the service's image).
  const ordered = (x: KubeObject) => {
    const all = containersOf(x);
    const init = new Set(all.slice(0, initContainerCount(x)));
    return [...all.filter((c) => !init.has(c)), ...init];
  };
  // An object without containers (a Service, a ConfigMap) adds none.
  return [...own, ...objects.filter((x) => !own.includes(x))]
    .flatMap((x) => ordered(x).map((c) => c.image ?? ''))
    .filter(Boolean);
}

function initContainerCount(x: KubeObject): number {
  const spec = x.spec as
    | {
        template?: { spec?: { initContainers?: unknown[] } };
        jobTemplate?: { spec?: { template?: { spec?: { initContainers?: unknown[] } } } };
      }
    | undefined;
  return (
    spec?.template?.spec?.initContainers ??
    spec?.jobTemplate?.spec?.template?.spec?.initContainers ??
    []
  ).length;
}
