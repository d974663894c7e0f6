/**
 * What stands behind `keelson workflow run`: the GitHub emulator (pull requests, comments, reviews,
 * Deployments) from the start; per AWS region, on the first configure-aws-credentials for it, an EKS cluster
 * (the Kubernetes simulator with the AWS Load Balancer Controller, ALBs and the HPA) and an ECR registry (the ECR
 * emulator over a real OCI registry); a PostgreSQL cluster when the workflow passes DATABASE_URL; and, where no
 * Trivy can run, the scan stage of trivy-scan on a Trivy JSON report given with --trivy-report. All on
 * 127.0.0.1, torn down by close(). The cluster's virtual clock moves only while a step that uses the cluster runs.
 */
import { existsSync } from 'node:fs';
import type { Clock } from '../../lib/clock.js';
import { Inputs } from '../../lib/inputs.js';
import type { Masker } from '../../lib/mask.js';
import type {
  EnvironmentConfig,
  LeftOnGitHub,
  RunnerHost,
  StandIn,
  StandInResult,
} from '../../lib/workflows/run/types.js';
import { VirtualClock } from '../clock.js';
import type { EcrSim } from '../ecr/index.js';
import type { GitHubEmulator } from '../github/index.js';
import type { Behaviour, KubeEmulator } from '../kube/index.js';
import type { LocalPostgres } from '../postgres.js';

/** The one AWS key of the emulated accounts: EKS tokens signed with it are accepted, ECR answers it. */
const LOCAL_KEY = {
  accessKeyId: 'AKIAKEELSONLOCAL0001',
  secretAccessKey: 'keelsonLocalSecretKey/000000000000000000001',
};

/** Actions whose steps reach the cluster: the cluster's clock runs while they do. */
const CLUSTER_ACTIONS = new Set(['deploy', 'health-check', 'eks-kubeconfig', 'deployed-image']);

/**
 * Whether a step works on the cluster (its clock runs during the step) or only beside it: migrate reaches the
 * cluster only as a Kubernetes Job; run as a command it talks to PostgreSQL, outside virtual time, and its
 * timeouts are wall-clock ones (on the cluster's clock they fired at once while PostgreSQL answered).
 */
function usesCluster(action: string, inputs: Record<string, string> | undefined): boolean {
  return CLUSTER_ACTIONS.has(action) || (action === 'migrate' && inputs?.mode === 'job');
}

export interface LocalEnvironmentOptions {
  /** owner/name: the repository the run stands for (created in the GitHub emulator). */
  repository: string;
  /** The run's fake GITHUB_TOKEN (the emulator accepts only it). */
  token: string;
  masker: Masker;
  /** The EKS cluster name every emulated region has (what vars.EKS_CLUSTER says). */
  clusterName: string;
  /** The emulated AWS account (role ARNs of other accounts are refused). */
  accountId: string;
  /** Namespaces each cluster has (as the platform team provisions them), labelled for ALB readiness gates. */
  namespaces: string[];
  /** Regions whose ECR registries exist (ecr-promote copies between them). */
  regions: string[];
  /** Start PostgreSQL (the workflow passes DATABASE_URL). */
  postgres: boolean;
  /** A Trivy JSON report for trivy-scan where no Trivy can run. */
  trivyReport?: string;
  /**
   * How images behave in every cluster (`image` or its tag → errors, latency, crash loop…): the demo's bad
   * release. Applied when a cluster starts and, for clusters already running, at once.
   */
  behaviours?: Record<string, Partial<Behaviour>>;
  /** Progress lines (an emulator started). */
  note: (line: string) => void;
}

export interface LocalEnvironment {
  github: GitHubEmulator;
  /** The GITHUB_TOKEN every run on this environment uses (the emulator accepts only it). */
  token: string;
  host: Pick<RunnerHost, 'assumeRole' | 'clockFor' | 'aroundStep' | 'substitute' | 'hostUrl'>;
  /** Secrets the environment provides (DATABASE_URL). */
  secrets: Record<string, string>;
  /** The clusters started, by region. */
  clusters: Map<string, KubeEmulator>;
  ecr(): EcrSim | undefined;
  postgres(): LocalPostgres | undefined;
  /** Per-environment configuration for the run (the same emulated region and cluster for each). */
  environments(names: string[]): Record<string, EnvironmentConfig>;
  left(): LeftOnGitHub;
  /**
   * Where users reach `namespace` (an environment's namespace): the loopback listener of the ALB its ALB Ingress
   * made, once there is one ('' before) — what ENVIRONMENT_URL resolves to on this machine.
   */
  environmentUrl(namespace: string): string;
  /** Creates an ECR repository, as the platform team's Terraform does (a promotion's target must exist). */
  provisionRepository(region: string, name: string): Promise<void>;
  /** From now on `image` behaves so in every cluster, running pods included (the demo's bad release). */
  behave(image: string, behaviour: Partial<Behaviour>): void;
  close(): Promise<void>;
}

export async function startLocalEnvironment(o: LocalEnvironmentOptions): Promise<LocalEnvironment> {
  const { startGitHubEmulator } = await import('../github/index.js');
  const github = await startGitHubEmulator({
    repos: [o.repository],
    token: o.token,
    strict: false,
    validateResponses: false,
  });
  o.note(`GitHub emulator on ${github.url} (${o.repository})`);
  const clock = new VirtualClock();
  clock.hold();
  const clusters = new Map<string, KubeEmulator>();
  const behaviours: Record<string, Partial<Behaviour>> = { ...(o.behaviours ?? {}) };
  const starting = new Map<string, Promise<KubeEmulator>>();
  let ecr: EcrSim | undefined;
  let ecrStarting: Promise<EcrSim | string> | undefined;
  let pg: LocalPostgres | undefined;
  const secrets: Record<string, string> = {};
  const closers: (() => Promise<void>)[] = [() => github.close()];

  try {
    if (o.postgres) {
      const { startPostgres } = await import('../postgres.js');
      pg = await startPostgres();
      const db = await pg.createDatabase('app');
      secrets.DATABASE_URL = db.url;
      o.masker.add(pg.password);
      const p = pg;
      closers.push(() => p.stop());
      o.note(`PostgreSQL 15 on 127.0.0.1:${pg.port} (secrets.DATABASE_URL)`);
    }
  } catch (e) {
    await github.close();
    throw e;
  }

  const cluster = (region: string): Promise<KubeEmulator> => {
    const running = starting.get(region);
    if (running) return running;
    const p = (async () => {
      const { startKubeEmulator } = await import('../kube/index.js');
      const emulator = await startKubeEmulator({
        clock,
        region,
        clusterName: o.clusterName,
        credentials: [LOCAL_KEY],
        tickMs: 500,
        awsLoadBalancerController: true,
        // Gateways of class keelson-sim and their HTTPRoutes: a canary with router gateway-api
        gatewayApi: true,
        namespaces: o.namespaces.filter((n) => n !== 'default'),
      });
      const { KubeClient } = await import('../../lib/k8s/client.js');
      const kube = new KubeClient({ server: emulator.url, token: async () => emulator.token }, { clock });
      clock.release();
      try {
        for (const ns of new Set(['default', ...o.namespaces]))
          await kube.patch(
            { apiVersion: 'v1', kind: 'Namespace', name: ns },
            { metadata: { labels: { 'elbv2.k8s.aws/pod-readiness-gate-inject': 'enabled' } } },
          );
      } finally {
        clock.hold();
        kube.close();
      }
      for (const [image, b] of Object.entries(behaviours)) emulator.sim.behaviour(image, b);
      clusters.set(region, emulator);
      closers.push(() => emulator.close());
      o.note(`EKS cluster ${o.clusterName} in ${region}: Kubernetes simulator on ${emulator.url} (ALB, HPA)`);
      return emulator;
    })();
    starting.set(region, p);
    return p;
  };

  const registry = (): Promise<EcrSim | string> => {
    if (!ecrStarting) {
      ecrStarting = (async () => {
        const { startEcrSim, RegistryNotInstalledError } = await import('../ecr/index.js');
        try {
          const sim = await startEcrSim({
            registries: o.regions.map((region) => ({ accountId: o.accountId, region })),
            credentials: [{ ...LOCAL_KEY, accountId: o.accountId }],
          });
          ecr = sim;
          closers.push(() => sim.close());
          o.note(`ECR emulator on ${sim.endpoint} (registries in ${o.regions.join(', ')})`);
          return sim;
        } catch (e) {
          if (e instanceof RegistryNotInstalledError)
            return `no OCI registry here for the ECR emulator (${e.message})`;
          throw e;
        }
      })();
    }
    return ecrStarting;
  };

  const trivy: StandIn | undefined = {
    key: 'trivy-scan',
    description: o.trivyReport
      ? `no Trivy here: the scan stage (ignore file, gate, SARIF, outputs, summary) runs on ${o.trivyReport}`
      : 'no Trivy here',
    meta: { inputs: new Map(), outputs: new Set() },
    async run(r): Promise<StandInResult> {
      if (!o.trivyReport || !existsSync(o.trivyReport))
        return {
          error:
            'not runnable locally: trivy-scan (no Trivy and no vulnerability DB here; give --trivy-report FILE, a Trivy JSON report, to run the scan stage on it)',
        };
      const { readTrivyScanSettings } = await import('../../lib/trivy/settings.js');
      const { analyzeExistingReport } = await import('../../lib/trivy/scan.js');
      const { realClock } = await import('../../lib/clock.js');
      const settings = readTrivyScanSettings(new Inputs((n) => r.inputs[n] ?? ''), r.workspace, r.env);
      const out = await analyzeExistingReport(
        settings,
        { workspace: r.workspace, clock: realClock, log: r.log },
        { file: o.trivyReport, source: 'report given to keelson workflow run' },
      );
      r.log(out.analysis.headline);
      return {
        outputs: out.outputs,
        summary: settings.summary ? out.analysis.markdown : '',
        error: out.analysis.gate.verdict === 'fail' ? out.analysis.gate.reason : undefined,
      };
    },
  };

  // ecr-push's default builder is docker (GitHub's runners have an engine); here buildah builds the same
  // Dockerfile: the real action runs, with `builder: buildah` and its storage under the job's temp.
  const ecrPush: StandIn = {
    key: 'ecr-push',
    description:
      'the real action with builder buildah (vfs storage, chroot isolation): no Docker engine here',
    meta: { inputs: new Map(), outputs: new Set() },
    async run(r): Promise<StandInResult> {
      const { runLocally } = await import('../../lib/local-runner.js');
      const { run } = await import('../../actions/ecr-push/main.js');
      const done = await runLocally(run, {
        inputs: {
          ...r.inputs,
          builder: 'buildah',
          'buildah-storage-root': r.inputs['buildah-storage-root'] || `${r.temp}/buildah`,
        },
        env: { ...r.env },
        baseEnv: {},
        masker: r.masker,
        echo: r.log,
      });
      const error = done.failed
        ? (done.annotations.find((a) => a.command === 'error')?.message ?? 'ecr-push failed')
        : undefined;
      return {
        outputs: done.outputs,
        exported: done.exported,
        path: done.path,
        summary: done.summary,
        error,
      };
    },
  };

  const host: LocalEnvironment['host'] = {
    async assumeRole(roleArn, region) {
      const account = /^arn:aws[\w-]*:iam::(\d{12}):role\//.exec(roleArn)?.[1];
      if (account !== o.accountId)
        return `not runnable locally: ${roleArn} is in account ${account ?? '?'}; the emulated account is ${o.accountId}`;
      const [k, r] = await Promise.all([
        cluster(region),
        o.regions.includes(region) ? registry() : undefined,
      ]);
      const env: Record<string, string> = {
        AWS_ACCESS_KEY_ID: LOCAL_KEY.accessKeyId,
        AWS_SECRET_ACCESS_KEY: LOCAL_KEY.secretAccessKey,
        AWS_EC2_METADATA_DISABLED: 'true',
        AWS_ENDPOINT_URL_EKS: k.eksEndpoint,
        ...(k.elbv2Endpoint ? { AWS_ENDPOINT_URL_ELASTIC_LOAD_BALANCING_V2: k.elbv2Endpoint } : {}),
      };
      if (typeof r === 'object') env.AWS_ENDPOINT_URL_ECR = r.endpoint;
      else if (typeof r === 'string') o.note(r);
      return { env, accountId: o.accountId };
    },
    /** A load balancer's DNS name → its listener on loopback (what the runner's resolver would give). */
    hostUrl(name) {
      for (const c of clusters.values()) {
        const url = c.sim.loadBalancerUrl(name);
        if (url !== `http://${name}`) return url;
      }
      return undefined;
    },
    clockFor: (action, inputs): Clock | undefined => (usesCluster(action, inputs) ? clock : undefined),
    async aroundStep(info, fn) {
      // Steps that reach the cluster, and tests a deployment job runs against its environment (through the ALB).
      const uses =
        info.action !== undefined &&
        (usesCluster(info.action, info.inputs) || (info.action === 'test' && info.environment !== undefined));
      if (uses) clock.release();
      try {
        return await fn();
      } finally {
        if (uses) clock.hold();
      }
    },
    substitute: (action) => (action === 'trivy-scan' ? trivy : action === 'ecr-push' ? ecrPush : undefined),
  };

  return {
    github,
    token: o.token,
    host,
    secrets,
    clusters,
    ecr: () => ecr,
    postgres: () => pg,
    environments: (names) =>
      Object.fromEntries(
        names.map((n) => [n, { vars: {}, secrets: { ...secrets } } satisfies EnvironmentConfig]),
      ),
    left(): LeftOnGitHub {
      const [owner, repo] = o.repository.split('/') as [string, string];
      return {
        comments: github.state.comments(owner, repo).map((c) => ({
          where: `#${c.issueNumber}`,
          author: c.user.login,
          body: c.body,
        })),
        deployments: github.state.deployments(owner, repo).map((d) => ({
          id: d.id,
          environment: d.environment,
          ref: d.ref,
          sha: d.sha,
          state: d.statuses.at(-1)?.state ?? 'created',
          payload: d.payload && typeof d.payload === 'object' ? JSON.stringify(d.payload) : undefined,
        })),
      };
    },
    environmentUrl(namespace) {
      for (const c of clusters.values()) {
        for (const ing of c.objects.list('Ingress', namespace)) {
          if (!c.sim.lbc?.isAlb(ing)) continue;
          const dns = c.sim.lbc.loadBalancerOf(namespace, ing.metadata.name ?? '')?.dnsName;
          if (!dns) continue;
          const url = c.sim.loadBalancerUrl(dns);
          if (url !== `http://${dns}`) return url;
        }
      }
      return '';
    },
    async provisionRepository(region, name) {
      const sim = await registry();
      if (typeof sim === 'string') throw new Error(sim);
      const { createEcr } = await import('../../lib/ecr/api.js');
      const { realClock } = await import('../../lib/clock.js');
      const ecr = createEcr({ region, clock: realClock, env: sim.env(region, o.accountId) });
      await ecr.createRepository({
        repositoryName: name,
        imageTagMutability: 'IMMUTABLE',
        imageTagMutabilityExclusionFilters: [],
        scanOnPush: false,
        encryptionType: 'AES256',
      });
      o.note(`ECR repository ${name} in ${region} (as the platform's Terraform creates it)`);
    },
    behave(image, b) {
      behaviours[image] = b;
      for (const c of clusters.values()) c.sim.behaviour(image, b);
    },
    async close() {
      clock.stop();
      for (const c of closers.reverse()) await c().catch(() => undefined);
    },
  };
}
