/**
 * The deploy action's flow, shared by the action, `keelson rollout` and the demo: manifests → objects,
 * cluster connection, checks, the rollout, and the Markdown the job summary shows.
 */
import { setMaxListeners } from 'node:events';
import type { Clock } from '../clock.js';
import { PolicyError } from '../errors.js';
import { createGitHubApi } from '../github/client.js';
import type { GitHubContext } from '../github/context.js';
import { parseHealthChecks, renderChecksTable, type CheckSpec } from '../health/index.js';
import type { Kube } from '../k8s/client.js';
import { connect } from '../k8s/connect.js';
import { containersOf, loadManifests, pinImages, stamp, versionOf } from '../k8s/manifests.js';
import type { KubeObject } from '../k8s/types.js';
import { table } from '../summary.js';
import { cloudWatchClient, type CloudWatch } from '../aws/cloudwatch.js';
import { sdkElbv2, type Elbv2, type Elbv2Access } from '../aws/elbv2.js';
import { InputError } from '../errors.js';
import { deploy } from './run.js';
import { checkServiceDeployment, type DeployInputs } from './settings.js';
import type { Timeline, TimelineEvent } from './timeline.js';
import type { DeployResult } from './types.js';
import { readChecksSource } from '../health/source.js';
import type { CloudWatchCheck } from '../health/types.js';

/**
 * The checks a rollout runs when none are configured: the new pods (Ready, not crash-looping, restarts not
 * rising), and 20 requests per probe to the service the way users reach it — the ALB when one fronts it, else the
 * API server's service proxy — on the readinessProbe path: more than 1 failed request in 20 fails a probe, two
 * failed probes in a row fail the check. A version that fails 30 % of requests does not pass.
 */
export const DEFAULT_CHECKS = `
- name: pods
  kind: kubernetes
  namespace: \${NAMESPACE}
  selector: \${SELECTOR}
  interval: 5s
  failure-threshold: 2
- name: requests
  kind: http
  url: \${TARGET_URL}\${PROBE_PATH}
  samples: 20
  max-error-ratio: 5%
  interval: 5s
  timeout: 4s
  failure-threshold: 2
`;

/**
 * `analysis: cloudwatch` (a canary behind an ALB): the canary's pods as by default, and from CloudWatch the ALB's
 * metrics of the canary's target group against stable's over the last five minutes (never before the canary took users) — the 5xx ratio at most 1.5 × stable's
 * + 1 point, the average TargetResponseTime at most 1.5 × stable's + 100 ms.
 */
export const CLOUDWATCH_CHECKS = `
- name: pods
  kind: kubernetes
  namespace: \${NAMESPACE}
  selector: \${SELECTOR}
  interval: 5s
  failure-threshold: 2
- name: alb-5xx-ratio
  kind: cloudwatch
  metric: 5xx-ratio
  window: 5m
  threshold: '<= 1.5 * stable + 0.01'
- name: alb-response-time
  kind: cloudwatch
  metric: TargetResponseTime
  window: 5m
  threshold: '<= 1.5 * stable + 0.1'
`;

export interface RunDeployDeps {
  clock: Clock;
  signal: AbortSignal;
  context: GitHubContext;
  cwd: string;
  /** A connected client (tests, the simulator); otherwise one is made from the inputs. */
  kube?: Kube;
  holder: string;
  /** Registers a credential (cluster token, a header value of a check) before anything can print it. */
  setSecret: (value: string) => void;
  onEvent?: (e: TimelineEvent, t: Timeline) => void;
  onWarning?: (m: string) => void;
  saveState?: (k: string, v: string) => void;
  kubectl?: string;
  helm?: string;
  /** ELBv2 for services an ALB fronts (the simulator's); otherwise the AWS SDK's, in the cluster's region. */
  elbv2?: Elbv2;
  /** CloudWatch for `cloudwatch` checks (the simulator's); otherwise Keelson's client in the same region. */
  cloudwatch?: CloudWatch;
  /** Where this runner reaches a load balancer's DNS name (the simulator maps it to loopback). */
  loadBalancerUrl?: (dnsName: string) => string;
  /** Changes the rendered objects before they are pinned and stamped (the simulator sets image tags). */
  transform?: (objects: KubeObject[]) => void;
  /** The step's environment: AWS credentials and endpoints for EKS and ELBv2 (default this process's). */
  env?: Record<string, string | undefined>;
}

export interface DeployRun {
  result: DeployResult;
  timeline: Timeline;
  markdown: string;
  /** The names of the manifests' Deployments: the workloads of the release. */
  deployments: string[];
}

export async function runDeploy(s: DeployInputs, deps: RunDeployDeps): Promise<DeployRun> {
  // Every probe and wait listens to the cancel signal at once; that is expected, not a leak.
  setMaxListeners(0, deps.signal);
  // The checks' YAML, or a file in the workspace holding it (the reusable workflows pass k8s/health-checks.yaml).
  const checksYaml = readChecksSource('health-checks', s.healthChecks, { workspace: deps.cwd });
  const objects = await loadManifests({
    manifests: s.manifests,
    kustomize: s.kustomize,
    helmChart: s.helmChart,
    helmValues: s.helmValues,
    helmRelease: s.helmRelease ?? s.service,
    namespace: s.namespace,
    cwd: deps.cwd,
    kubectl: deps.kubectl,
    helm: deps.helm,
  });
  checkServiceDeployment(objects, s.service);
  deps.transform?.(objects);
  pinImages(objects, s.images);
  const version =
    s.version ??
    versionOf(
      s.images,
      imageTag(objects) ?? (deps.context.sha ? deps.context.sha.slice(0, 12) : 'unversioned'),
    );
  stamp(objects, { version, commit: deps.context.sha || undefined, runUrl: deps.context.runUrl });
  const fallback = s.analysis === 'cloudwatch' ? CLOUDWATCH_CHECKS : DEFAULT_CHECKS;
  const checks: CheckSpec[] = await parseHealthChecks(checksYaml.trim() ? checksYaml : fallback, {
    input: 'health-checks',
    emptyHint: 'Leave it empty for the default checks.',
  });
  const cloudwatchCheck = checks.find((c) => c.kind === 'cloudwatch');
  const versioned = checks.find(
    (c): c is CloudWatchCheck => c.kind === 'cloudwatch' && c.metric !== undefined && !c.dimensions,
  );
  if (versioned && s.strategy !== 'canary')
    throw new InputError(
      'health-checks',
      `Invalid input 'health-checks': check ${versioned.index} ('${versioned.name}') field 'target-group': '${versioned.targetGroup}'. Expected a target group ARN with load-balancer: canary and stable are the target groups of strategy canary (this deploy is ${s.strategy}).`,
    );
  if (cloudwatchCheck && !deps.cloudwatch && !s.awsRegion)
    throw new InputError(
      'aws-region',
      `Invalid input 'aws-region': ''. Expected the AWS region CloudWatch is read in (check ${cloudwatchCheck.index} ('${cloudwatchCheck.name}') is of kind cloudwatch), or AWS_REGION.`,
    );

  const kube =
    deps.kube ??
    (
      await connect(s.access, deps.clock, {
        setSecret: deps.setSecret,
        env: deps.env,
        retryFor: s.apiTimeoutMs,
        // One warning per call that has to retry, not one per attempt.
        onRetry: (r) => {
          if (r.attempt === 1)
            deps.onWarning?.(
              `Kubernetes API ${r.verb} ${r.path} answered ${r.status}; retrying for up to ${Math.round(s.apiTimeoutMs / 1000)}s (api-timeout)`,
            );
        },
      })
    ).kube;
  const github =
    s.githubToken && deps.context.repo && deps.context.sha
      ? {
          api: await createGitHubApi(s.githubToken, deps.context.apiUrl),
          repo: deps.context.repo,
          ref: deps.context.sha,
          environment: s.environment,
          environmentUrl: s.environmentUrl,
          logUrl: deps.context.runUrl,
        }
      : undefined;
  try {
    const { result, timeline } = await deploy({
      kube,
      clock: deps.clock,
      signal: deps.signal,
      settings: {
        strategy: s.strategy,
        namespace: s.namespace,
        service: s.service,
        version,
        readyTimeoutMs: s.readyTimeoutMs,
        verifyWindowMs: s.verifyWindowMs,
        scaleDownDelayMs: s.scaleDownDelayMs,
        switchTimeoutMs: s.switchTimeoutMs,
        router: s.router,
        httpRoute: s.httpRoute,
        prune: s.prune,
        checks,
        previewUrl: s.previewUrl,
        liveUrl: s.liveUrl,
        canary: s.canary,
        analysis: checksYaml.trim() ? 'default' : (s.analysis ?? 'default'),
      },
      objects,
      holder: deps.holder,
      waitForLockMs: s.waitForLockMs,
      github,
      saveState: deps.saveState,
      onEvent: deps.onEvent,
      onWarning: deps.onWarning,
      elbv2: deps.elbv2 ?? (s.awsRegion ? sdkElbv2(elbv2Access(s.awsRegion, deps.env)) : undefined),
      loadBalancerUrl: deps.loadBalancerUrl,
      cloudwatch:
        deps.cloudwatch ??
        (cloudwatchCheck && s.awsRegion
          ? cloudWatchClient({ region: s.awsRegion, clock: deps.clock, env: deps.env })
          : undefined),
    });
    return {
      result,
      timeline,
      markdown: renderDeploySummary(s, result, timeline),
      deployments: objects.filter((o) => o.kind === 'Deployment').map((o) => o.metadata.name ?? ''),
    };
  } finally {
    if (!deps.kube) kube.close();
  }
}

/** ELBv2 in `region` with the step's endpoint override and keys when it has them (else the SDK's chain). */
function elbv2Access(region: string, env: Record<string, string | undefined> = process.env): Elbv2Access {
  const endpoint = env.AWS_ENDPOINT_URL_ELASTIC_LOAD_BALANCING_V2 || env.AWS_ENDPOINT_URL;
  return {
    region,
    ...(endpoint ? { endpoint } : {}),
    ...(env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY
      ? {
          credentials: {
            accessKeyId: env.AWS_ACCESS_KEY_ID,
            secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
            ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
          },
        }
      : {}),
  };
}

const HEADLINE: Record<DeployResult['result'], string> = {
  promoted: '✅ Promoted',
  'rolled-back': '↩️ Rolled back',
  failed: '❌ Failed',
  paused: '⏸️ Paused at a manual step',
};

export function renderDeploySummary(s: DeployInputs, r: DeployResult, timeline: Timeline): string {
  const lines = [
    `### ${HEADLINE[r.result]}: ${s.service} ${r.version} (${s.strategy}, ${s.namespace})${r.unchanged ? ' — already live, nothing changed' : ''}`,
    '',
  ];
  if (r.rollbackReason) lines.push(`> ${r.rollbackReason}`, '');
  const rows: (string | number)[][] = [
    ['result', r.result],
    ['version', r.version],
    ['previous version', r.previousVersion ?? '—'],
  ];
  if (r.liveColor) rows.push(['live color', r.liveColor]);
  if (r.canary) {
    rows.push(['canary max weight', `${r.canary.maxWeight}%`]);
    rows.push(['canary exposure', `${Math.round(r.canary.exposure * 1000) / 10}% of users over the rollout`]);
    if (r.canary.pausedAt !== undefined) rows.push(['paused at', `${r.canary.pausedAt}%`]);
  }
  if (r.detectSeconds !== undefined) rows.push(['detected in', `${r.detectSeconds}s`]);
  if (r.rollbackSeconds !== undefined) rows.push(['traffic restored in', `${r.rollbackSeconds}s`]);
  lines.push(table(['', ''], rows), '', '#### Timeline', '', timeline.render(), '');
  for (const c of r.checks) {
    lines.push(
      `#### Checks ${c.mode === 'watch' ? 'through the verify window' : 'before the switch'}`,
      '',
      renderChecksTable(c),
      '',
    );
  }
  return lines.join('\n');
}

export function failureOf(r: DeployResult): PolicyError | undefined {
  if (r.result === 'promoted' || r.result === 'paused') return undefined;
  return new PolicyError(
    `${r.result === 'rolled-back' ? 'Rolled back' : 'Deploy failed'}: ${r.rollbackReason ?? 'see the timeline'}`,
  );
}

/** A transform that sets every container of the Deployments to `image` (the simulator's version switch). */
export function withImage(image: string): (objects: KubeObject[]) => void {
  return (objects) => {
    for (const o of objects) if (o.kind === 'Deployment') for (const c of containersOf(o)) c.image = image;
  };
}

/** The tag of the first Deployment's first image (`app:v1.4.2` → `v1.4.2`), when it has one. */
function imageTag(objects: KubeObject[]): string | undefined {
  const image = objects.filter((o) => o.kind === 'Deployment').flatMap(containersOf)[0]?.image;
  const m = image ? /:([\w][\w.-]{0,127})$/.exec(image.split('@')[0] ?? '') : null;
  return m && m[1] !== 'latest' ? m[1] : undefined;
}
