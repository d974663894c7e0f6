/** The local workflow runner's inputs, its events while it runs, and what it leaves: data, not output. */
import type { Clock } from '../../clock.js';
import type { ActionContext } from '../../core.js';
import type { Masker } from '../../mask.js';
import type { ActionMeta, Resolver } from '../load.js';
import type { Json } from './expressions.js';

export type Conclusion = 'success' | 'failure' | 'cancelled' | 'skipped';

export type EventName = 'pull_request' | 'push' | 'workflow_dispatch' | 'workflow_call';

export interface StepResult {
  /** The step's id (`__run`, `__actions_checkout` when it has none, as GitHub numbers them). */
  id: string;
  name: string;
  /** What the step did; `conclusion` is that after continue-on-error. */
  outcome: Conclusion;
  conclusion: Conclusion;
  durationMs: number;
  outputs: Record<string, string>;
  /** Runner log lines (workflow commands included), masked; add-mask lines are not kept. */
  log: string[];
  /** How it ran: `keelson` (in-process), `run` (bash), `stand-in` (a local equivalent), `none` (skipped, refused). */
  kind: 'keelson' | 'run' | 'stand-in' | 'none';
  /** A post step (an action's `runs.post`), run at the end of the job. */
  post?: boolean;
}

export interface EnvironmentUse {
  name: string;
  url?: string;
}

export interface JobResult {
  /** The job id in its workflow. */
  id: string;
  /** GitHub's display: `pipeline / CI / test`, `production (us-west-2) / deploy web to production`. */
  path: string[];
  name: string;
  file: string;
  result: Conclusion;
  durationMs: number;
  outputs: Record<string, string>;
  steps: StepResult[];
  /** The job summary (every step's GITHUB_STEP_SUMMARY, in order). */
  summary: string;
  environment?: EnvironmentUse;
  matrix?: Record<string, Json>;
  /** For a job that calls a reusable workflow: the jobs of that workflow. */
  children?: JobResult[];
  /** Why the job failed before or between its steps (bad expression, not runnable locally…). */
  error?: string;
  runsOn?: string;
}

export interface WorkflowRunResult {
  file: string;
  name: string;
  event: EventName;
  conclusion: Conclusion;
  durationMs: number;
  jobs: JobResult[];
  /** on.workflow_call outputs (when run as workflow_call). */
  outputs: Record<string, string>;
  /** A problem that stopped the run before any job (the parser, the contract checks, inputs). */
  errors: string[];
  /** Every ::error/::warning/::notice of every step, with the job and step. */
  annotations: {
    job: string;
    step: string;
    command: string;
    message: string;
    props: Record<string, string>;
  }[];
  /** Artifacts uploaded through the stand-in, SARIF files stored: where they are on disk. */
  artifacts: { kind: 'artifact' | 'sarif' | 'cache'; name: string; path: string }[];
}

export interface JobView {
  id: string;
  path: string[];
  environment?: string;
  matrix?: Record<string, Json>;
}

export type RunEvent =
  | { type: 'job-start'; job: JobView }
  | { type: 'step-start'; job: JobView; step: { id: string; name: string; post?: boolean } }
  | { type: 'log'; job: JobView; step: string; line: string }
  | { type: 'step-end'; job: JobView; step: StepResult }
  | { type: 'job-end'; job: JobResult }
  | { type: 'note'; job?: JobView; message: string };

/** An action run in this process: its `run(ctx)` (and `runPost(ctx)` when action.yml declares a post step). */
export interface InProcessAction {
  main: () => Promise<(ctx: ActionContext) => Promise<void>>;
  post?: () => Promise<(ctx: ActionContext) => Promise<void>>;
}

export interface StandInRun {
  inputs: Record<string, string>;
  /** The job's workspace (GITHUB_WORKSPACE), temp and the run's scratch. */
  workspace: string;
  temp: string;
  runDir: string;
  /** The repository the run stands for (what actions/checkout copies). */
  repoRoot: string;
  env: Record<string, string | undefined>;
  log: (line: string) => void;
  masker: Masker;
  host: RunnerHost;
  /** Saved for the post step. */
  state: Record<string, string>;
  artifacts: WorkflowRunResult['artifacts'];
}

export interface StandInResult {
  outputs?: Record<string, string>;
  exported?: Record<string, string>;
  path?: string[];
  summary?: string;
  /** A failure: the step fails with this line. */
  error?: string;
  /** Run at the end of the job (actions/cache saves then). */
  post?: (run: StandInRun) => Promise<StandInResult>;
}

/** A local equivalent of an outside action. */
export interface StandIn {
  /** `owner/repo[/path]`, lower case. */
  key: string;
  /** One line: what it does here instead. */
  description: string;
  /** The real action's inputs and outputs (at the versions Keelson's workflows pin), so `with:` is checked. */
  meta: Omit<ActionMeta, 'file' | 'key' | 'kind'>;
  run(r: StandInRun): Promise<StandInResult>;
}

/** What the machine behind the runner provides: actions, stand-ins, environment, clocks, AWS. */
export interface RunnerHost {
  /** Keelson's actions by folder name (`deploy`, `test`…). */
  actions: Record<string, InProcessAction>;
  standIns: StandIn[];
  /** Variables every step gets (tool PATH, emulator endpoints that are not secret). */
  env: Record<string, string>;
  /**
   * configure-aws-credentials: what assuming `roleArn` in `region` gives here (keys for the emulators and their
   * endpoints), or a sentence saying why not.
   */
  assumeRole?(
    roleArn: string,
    region: string,
  ):
    | { env: Record<string, string>; accountId: string }
    | string
    | Promise<{ env: Record<string, string>; accountId: string } | string>;
  /** The clock an in-process action runs on (default the wall clock). */
  clockFor?(action: string, inputs?: Record<string, string>): Clock | undefined;
  hostUrl?(host: string): string | undefined;
  /** Called around every step (the simulator's clock runs only while steps that use it run). */
  aroundStep?<T>(
    info: { action?: string; environment?: string; inputs?: Record<string, string> },
    fn: () => Promise<T>,
  ): Promise<T>;
  /** Replaces an in-process Keelson action where this machine lacks its tool (trivy-scan without Trivy). */
  substitute?(action: string): StandIn | undefined;
}

export interface GitHubSeed {
  /** owner/repo */
  repository: string;
  defaultBranch: string;
  sha: string;
  ref: string;
  actor: string;
  triggeringActor?: string;
  serverUrl: string;
  apiUrl: string;
  token: string;
  runId: string;
  runNumber: string;
  /** The event payload (what GITHUB_EVENT_PATH holds). */
  event: Record<string, Json>;
  headRef?: string;
  baseRef?: string;
}

export interface EnvironmentConfig {
  vars?: Record<string, string>;
  secrets?: Record<string, string>;
  /** Required reviewers (shown: the local run does not wait for them). */
  reviewers?: string[];
}

export interface RunOptions {
  /** The workflow file to run (absolute). */
  file: string;
  /** The repository it belongs to: `./` references resolve here, actions/checkout copies it. */
  repoRoot: string;
  event: EventName;
  inputs: Record<string, string>;
  github: GitHubSeed;
  vars: Record<string, string>;
  secrets: Record<string, string>;
  /** GitHub environments by name; `*` applies to any environment not listed. */
  environments: Record<string, EnvironmentConfig>;
  resolver: Resolver;
  host: RunnerHost;
  masker: Masker;
  /** Scratch directory for workspaces, temp, artifacts (made if missing; not removed). */
  workDir: string;
  onEvent?: (e: RunEvent) => void;
  signal?: AbortSignal;
}

/** What a run left on GitHub (the emulator behind it): pull request comments and Deployments. */
export interface LeftOnGitHub {
  comments: { where: string; author: string; body: string }[];
  deployments: {
    id: number;
    environment: string;
    ref: string;
    sha: string;
    state: string;
    payload?: string;
  }[];
}
