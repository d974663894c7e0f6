import type { CloudWatch } from '../aws/cloudwatch.js';
import type { Elbv2 } from '../aws/elbv2.js';
import type { Clock } from '../clock.js';
import type { CheckSpec, PodSource, RunResult } from '../health/index.js';
import type { Kube } from '../k8s/client.js';
import type { KubeObject } from '../k8s/types.js';
import type { CanarySettings } from './canary-settings.js';
import type { Release } from './release.js';
import type { Timeline } from './timeline.js';

export type StrategyName = 'rolling' | 'blue-green' | 'canary';
export type RouterName = 'auto' | 'service' | 'alb' | 'gateway-api' | 'replicas';
export type DeployResultKind = 'promoted' | 'rolled-back' | 'failed' | 'paused';

export interface DeploySettings {
  strategy: StrategyName;
  namespace: string;
  /** The service's name: the Lease, the live Service and the Deployment are found by it. */
  service: string;
  version: string;
  /** How long new pods may take to become ready. */
  readyTimeoutMs: number;
  /** How long the new version is watched after it takes traffic. */
  verifyWindowMs: number;
  /** Blue-green: how long the old color keeps running after a successful window. */
  scaleDownDelayMs: number;
  /** How long the router may take to make a switch take effect (the ALB applying new weights). */
  switchTimeoutMs: number;
  /** The traffic router: `auto` picks the ALB when an ALB Ingress of the manifests fronts the service. */
  router: RouterName;
  /** Router gateway-api: the users' HTTPRoute (default: the manifests' only HTTPRoute routing to the service). */
  httpRoute?: string;
  /** Checks run before the switch (blue-green) and through the verify window. */
  checks: CheckSpec[];
  /** Overrides for where checks reach the preview and live Services (default: the API server's service proxy). */
  previewUrl?: string;
  liveUrl?: string;
  /** `cloudwatch`: the checks are the `analysis: cloudwatch` set (errors about them name that input). */
  analysis?: 'default' | 'cloudwatch';
  /** Strategy canary: its steps, analysis cadence and action. */
  canary?: CanarySettings;
  /** After a successful verify, delete the release's objects (ApplySet members) no longer in the manifests. */
  prune?: boolean;
}

export interface DeployContext {
  kube: Kube;
  clock: Clock;
  /** Aborted when the job is cancelled: the strategy puts traffic back on the healthy version and returns. */
  signal: AbortSignal;
  settings: DeploySettings;
  /** The release's objects as written (config versioned, ApplySet labels): what the strategy applies. */
  objects: KubeObject[];
  /** The ApplySet the release belongs to (absent when a caller drives a strategy with bare objects). */
  release?: Release;
  timeline: Timeline;
  pods: PodSource;
  /** Records what the post step needs to restore traffic if this process dies (GITHUB_STATE). */
  saveState: (key: string, value: string) => void;
  /** HTTP through the API server's service proxy, for checks on `k8s-service://` URLs. */
  serviceUrl: (service: string, port?: number) => string;
  /** Reads ELBv2 (target health, rules): needed when an ALB Ingress fronts the service. */
  elbv2?: Elbv2;
  /** CloudWatch for `cloudwatch` checks, in the same region and with the same credentials as ELBv2. */
  cloudwatch?: CloudWatch;
  /** The URL this runner reaches a load balancer's DNS name at (`http://<name>`; the simulator maps it). */
  loadBalancerUrl: (dnsName: string) => string;
}

export interface DeployResult {
  result: DeployResultKind;
  rollbackReason?: string;
  version: string;
  previousVersion?: string;
  /** From the first failing probe to the verdict. */
  detectSeconds?: number;
  /** From the verdict to traffic back on the healthy version (and it confirmed healthy). */
  rollbackSeconds?: number;
  /** Blue-green: the color serving traffic at the end. */
  liveColor?: string;
  /** True when the version was already live and healthy: nothing was changed. */
  unchanged?: boolean;
  checks: RunResult[];
  /** Canary: the highest share of users (percent, as the router delivered it), and where it is paused. */
  canary?: { maxWeight: number; exposure: number; pausedAt?: number };
}
