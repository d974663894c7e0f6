/** The deploy action's inputs (and `keelson rollout`'s flags), parsed once into typed settings. */
import { InputError } from '../errors.js';
import type { Inputs } from '../inputs.js';
import { parseImagePins, type ImagePin } from '../k8s/manifests.js';
import type { Deployment, KubeObject } from '../k8s/types.js';
import { dnsLabel, readAccess, REGION, type ClusterAccess } from '../k8s/settings.js';
export { dnsLabel, readAccess, type ClusterAccess } from '../k8s/settings.js';
import { readCanaryInputs, type CanarySettings } from './canary-settings.js';
import type { RouterName, StrategyName } from './types.js';

export interface DeployInputs {
  access: ClusterAccess;
  namespace: string;
  service: string;
  strategy: StrategyName;
  manifests: string[];
  kustomize?: string;
  helmChart?: string;
  helmValues: string[];
  helmRelease?: string;
  images: ImagePin[];
  version?: string;
  healthChecks: string;
  /**
   * The checks when `health-checks` is empty: `default` (pods and requests), or `cloudwatch` (a canary on the ALB:
   * pods, and the ALB's per-target-group 5xx ratio and response time from CloudWatch, against stable's).
   */
  analysis?: 'default' | 'cloudwatch';
  readyTimeoutMs: number;
  verifyWindowMs: number;
  scaleDownDelayMs: number;
  switchTimeoutMs: number;
  /** How users are moved between versions: `auto` (the ALB when an ALB Ingress fronts the service), `service`, `alb`. */
  router: RouterName;
  /** Router gateway-api: the name of the users' HTTPRoute (in `namespace`). */
  httpRoute?: string;
  /** After a successful verify, delete objects of the release (ApplySet members) no longer in the manifests. */
  prune: boolean;
  waitForLockMs: number;
  /** How long one Kubernetes API call keeps retrying through connection failures, 429 and 5xx. */
  apiTimeoutMs: number;
  previewUrl?: string;
  liveUrl?: string;
  environment: string;
  environmentUrl?: string;
  githubToken: string;
  /** The AWS region for ELBv2 (an ALB in front of the service): the cluster's, `aws-region`, or AWS_REGION. */
  awsRegion?: string;
  /** Strategy canary: steps, analysis cadence, failure limit, action (run, promote, abort). */
  canary?: CanarySettings;
}

type Env = Record<string, string | undefined>;

function optionalUrl(inputs: Inputs, name: string): string | undefined {
  const v = inputs.string(name);
  if (!v) return undefined;
  try {
    const u = new URL(v);
    if (u.protocol === 'http:' || u.protocol === 'https:') return v.replace(/\/$/, '');
  } catch {
    // fall through
  }
  throw InputError.invalid(name, v, 'an http(s) URL');
}

/** The region Keelson reads ELBv2 in: the EKS cluster's, or `aws-region` / AWS_REGION with a kubeconfig. */
function elbv2Region(inputs: Inputs, access: ClusterAccess, env: Env): string | undefined {
  if (access.kind === 'eks') return access.region;
  const region = inputs.string('aws-region') || env.AWS_REGION || env.AWS_DEFAULT_REGION || '';
  if (region && !REGION.test(region))
    throw InputError.invalid('aws-region', region, 'an AWS region such as eu-west-1');
  return region || undefined;
}

/** `env`: the step's environment, for the AWS_REGION default (an in-process run has one of its own). */
export function readDeployInputs(inputs: Inputs, env: Env = process.env): DeployInputs {
  const access = readAccess(inputs, env);
  const namespace = dnsLabel(inputs, 'namespace', 'default');
  const service = dnsLabel(inputs, 'service');
  const version = inputs.string('version');
  if (version && !/^[\w.@:+-]{1,128}$/.test(version)) {
    throw InputError.invalid(
      'version',
      version,
      'a version such as v1.4.2, a commit SHA or sha256:… (letters, digits, . _ - : @ +)',
    );
  }
  const strategy = inputs.enum('strategy', ['rolling', 'blue-green', 'canary'] as const, 'rolling');
  const httpRoute = inputs.string('http-route') || undefined;
  const asked = inputs.enum('router', ['auto', 'service', 'alb', 'gateway-api', 'replicas'] as const, 'auto');
  if (httpRoute !== undefined && strategy !== 'canary')
    throw new InputError(
      'http-route',
      `Invalid input 'http-route': '${httpRoute}'. Expected it only with strategy canary and router gateway-api (strategy is ${strategy}).`,
    );
  // Naming an HTTPRoute with router auto picks the Gateway API router.
  const router = asked === 'auto' && httpRoute !== undefined ? 'gateway-api' : asked;
  if (router === 'gateway-api' && strategy !== 'canary')
    throw new InputError(
      'router',
      `Invalid input 'router': 'gateway-api'. Expected auto, service or alb with strategy ${strategy} (the gateway-api router runs canaries: strategy canary).`,
    );
  if (httpRoute !== undefined && router !== 'gateway-api')
    throw new InputError(
      'http-route',
      `Invalid input 'http-route': '${httpRoute}'. Expected it only with router gateway-api (router is ${router}).`,
    );
  if (httpRoute !== undefined && !/^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/.test(httpRoute))
    throw InputError.invalid(
      'http-route',
      httpRoute,
      'the name of an HTTPRoute (a DNS subdomain such as web)',
    );
  const healthChecks = inputs.string('health-checks');
  const analysis = inputs.enum('analysis', ['default', 'cloudwatch'] as const, 'default');
  if (analysis === 'cloudwatch' && strategy !== 'canary')
    throw InputError.invalid(
      'analysis',
      analysis,
      `default with strategy ${strategy} (cloudwatch compares the canary's target group with stable's: strategy canary)`,
    );
  if (analysis === 'cloudwatch' && healthChecks !== '')
    throw InputError.invalid(
      'analysis',
      analysis,
      'default when health-checks is given (add kind: cloudwatch checks to health-checks instead)',
    );
  return {
    access,
    namespace,
    service,
    strategy,
    manifests: inputs.globs('manifests', []),
    kustomize: inputs.string('kustomize') || undefined,
    helmChart: inputs.string('helm-chart') || undefined,
    helmValues: inputs.lines('helm-values'),
    helmRelease: inputs.string('helm-release') || undefined,
    images: parseImagePins(inputs.lines('images')),
    version: version || undefined,
    healthChecks,
    analysis,
    readyTimeoutMs: inputs.duration('ready-timeout', '10m', { min: 1000, max: 6 * 3_600_000 }),
    verifyWindowMs: inputs.duration('verify-window', '5m', { min: 0, max: 6 * 3_600_000 }),
    scaleDownDelayMs: inputs.duration('scale-down-delay', '2m', { min: 0, max: 24 * 3_600_000 }),
    switchTimeoutMs: inputs.duration('switch-timeout', '2m', { min: 1000, max: 3_600_000 }),
    router,
    httpRoute,
    prune: inputs.boolean('prune', false),
    waitForLockMs: inputs.duration('wait-for-lock', '0', { min: 0, max: 6 * 3_600_000 }),
    apiTimeoutMs: inputs.duration('api-timeout', '60s', { min: 1000, max: 3_600_000 }),
    previewUrl: optionalUrl(inputs, 'preview-url'),
    liveUrl: optionalUrl(inputs, 'live-url'),
    environment: inputs.string('environment', { default: namespace }),
    environmentUrl: optionalUrl(inputs, 'environment-url'),
    githubToken: inputs.string('github-token'),
    awsRegion: elbv2Region(inputs, access, env),
    canary: strategy === 'canary' ? readCanaryInputs(inputs) : undefined,
  };
}

const SERVICE_LABELS = ['app', 'app.kubernetes.io/name', 'app.kubernetes.io/instance'];

/**
 * `service` must name the Deployment to roll out: one named like it, or the manifests' only Deployment when its
 * pods carry `app`, `app.kubernetes.io/name` or `app.kubernetes.io/instance` = service (a Helm release named after
 * the service). Checked once the manifests are read, before anything reaches the cluster.
 */
export function checkServiceDeployment(objects: KubeObject[], service: string): void {
  const all = objects.filter((o): o is Deployment => o.kind === 'Deployment' && o.apiVersion === 'apps/v1');
  if (all.some((d) => d.metadata.name === service)) return;
  const only = all.length === 1 ? all[0] : undefined;
  const labels = only?.spec?.template?.metadata?.labels ?? {};
  if (only && SERVICE_LABELS.some((l) => labels[l] === service)) return;
  const found = all.map((d) => d.metadata.name ?? '?');
  throw new InputError(
    'service',
    `Invalid input 'service': '${service}' matches no Deployment in the manifests (found: ${found.join(', ') || 'no apps/v1 Deployment'}). ` +
      'Expected the name of the Deployment to roll out.',
  );
}
