/**
 * The local workflow runner: a workflow file parsed by GitHub's own parser, every expression evaluated by GitHub's
 * own evaluator, jobs run one at a time in `needs` order with matrices expanded, `if:` honoured with the status
 * functions, job and step outputs wired, reusable workflows called into (`uses: ./.github/workflows/x.yml` and
 * Keelson's own). Steps: Keelson's actions in this process through the local runner (one ActionContext each),
 * `run:` with bash in a scratch workspace, a few outside actions through local stand-ins, anything else refused
 * with one line. What the machine provides (the actions, stand-ins, emulators, clocks) comes in `RunOptions.host`.
 *
 * Before a workflow runs, the contract checks of src/lib/workflows (the same ones Keelson's own workflows pass)
 * look at it: a `with:` key the callee does not have, a required input not given, a reference to an output or a
 * job that does not exist stop the run with the workflow's file and line, as GitHub would stop it at start-up
 * (or, for outputs, as GitHub would silently read an empty string).
 */
import { errorMessage } from '../../errors.js';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve as resolvePath } from 'node:path';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';
import type {
  Job,
  ReusableWorkflowJob,
  Step,
  WorkflowJob,
} from '@actions/workflow-parser/model/workflow-template';
import { commandsOf, parseEnvFile, runLocally } from '../../local-runner.js';
import { checkWorkflow, type Finding } from '../contract.js';
import {
  parseUses,
  parseWithGitHub,
  readWorkflowMeta,
  resolveUses,
  type ActionMeta,
  type WorkflowMeta,
} from '../load.js';
import {
  asString,
  child,
  condition,
  entries,
  evaluate,
  evaluateString,
  evaluateStringMap,
  evaluateToken,
  items,
  lineOf,
  loadExpressions,
  WorkflowError,
  type Json,
  type Scope,
  type Status,
} from './expressions.js';
import { expandMatrix, matrixLabel, type Combination } from './matrix.js';
import { StepLog } from './step-log.js';
import type {
  Conclusion,
  EnvironmentUse,
  JobResult,
  JobView,
  RunEvent,
  RunOptions,
  StandIn,
  StandInResult,
  StandInRun,
  StepResult,
  WorkflowRunResult,
} from './types.js';

/** GitHub's limit on nested reusable workflows (GitHub.com: 10 levels, the caller included). */
const MAX_DEPTH = 10;

/** Variables of this machine a step may see; everything else (tokens, AWS keys of the person running it) stays out. */
const PASSED =
  /^(PATH|HOME|USER|LOGNAME|SHELL|LANG|LANGUAGE|LC_\w+|TZ|TERM|TMPDIR|COLORTERM|NO_COLOR|FORCE_COLOR|SSL_CERT_FILE|SSL_CERT_DIR)$/;

interface Loaded {
  file: string;
  /** The name in messages: relative to its repository. */
  shown: string;
  repoRoot: string;
  meta: WorkflowMeta;
  jobs: WorkflowJob[];
  root: TemplateToken;
  envToken?: TemplateToken;
  name: string;
}

interface CallContext {
  wf: Loaded;
  inputs: Record<string, Json>;
  secrets: Record<string, string>;
  path: string[];
  depth: number;
}

interface JobState {
  result: Conclusion;
  outputs: Record<string, string>;
}

class Run {
  private readonly loaded = new Map<string, Loaded>();
  private readonly checked = new Set<string>();
  readonly annotations: WorkflowRunResult['annotations'] = [];
  readonly artifacts: WorkflowRunResult['artifacts'] = [];
  private jobSeq = 0;
  readonly eventPath: string;

  constructor(readonly o: RunOptions) {
    mkdirSync(o.workDir, { recursive: true });
    this.eventPath = join(o.workDir, 'event.json');
    writeFileSync(this.eventPath, JSON.stringify(o.github.event, null, 2));
    o.masker.add(o.github.token);
    for (const v of Object.values(o.secrets)) o.masker.add(v);
    for (const env of Object.values(o.environments))
      for (const v of Object.values(env.secrets ?? {})) o.masker.add(v);
  }

  get cancelled(): boolean {
    return this.o.signal?.aborted === true;
  }

  emit(e: RunEvent): void {
    this.o.onEvent?.(e);
  }

  /** Parses a workflow once (GitHub's parser) and checks it once (Keelson's contract checks, the runnable rules). */
  /** Runs a step's work inside the host's aroundStep (the local platform starts the cluster's clock there). */
  private around<T>(
    info: { action?: string; environment?: string; inputs?: Record<string, string> },
    fn: () => Promise<T>,
  ): Promise<T> {
    return this.o.host.aroundStep ? this.o.host.aroundStep(info, fn) : fn();
  }

  async load(file: string, repoRoot: string): Promise<Loaded> {
    const cached = this.loaded.get(file);
    if (cached) return cached;
    const text = readFileSync(file, 'utf8');
    const shown = relative(repoRoot, file).startsWith('..') ? file : relative(repoRoot, file);
    const parsed = await parseWithGitHub(shown, text, repoRoot, this.o.resolver);
    if (parsed.errors.length || !parsed.template || !parsed.root) {
      throw new RunRefused(
        parsed.errors.length ? parsed.errors : [`${shown}: GitHub's parser could not read it`],
      );
    }
    const meta = readWorkflowMeta(file, text);
    const wf: Loaded = {
      file,
      shown,
      repoRoot,
      meta,
      jobs: parsed.template.jobs,
      root: parsed.root,
      envToken: child(parsed.root, 'env'),
      name: typeof meta.raw.name === 'string' ? meta.raw.name : shown,
    };
    this.loaded.set(file, wf);
    await this.preflight(wf);
    return wf;
  }

  private async preflight(wf: Loaded): Promise<void> {
    if (this.checked.has(wf.file)) return;
    this.checked.add(wf.file);
    const findings = await checkWorkflow(wf.file, {
      ...this.o.resolver,
      repoRoot: wf.repoRoot,
      permissions: new Map(),
    });
    const stopping: Finding['rule'][] = ['with', 'reference', 'needs', 'called-permissions'];
    const fatal = findings.filter(
      (f) => stopping.includes(f.rule) || (f.rule === 'uses' && !/no stored action\.yml/.test(f.message)),
    );
    for (const f of findings.filter((x) => x.rule === 'run-expression'))
      this.emit({
        type: 'note',
        message: `${wf.shown}:${findingLine(wf.root, f.where) ?? ''} ${f.where} ${f.message}`,
      });
    if (fatal.length) {
      throw new RunRefused(
        fatal.map((f) => {
          const line = findingLine(wf.root, f.where);
          return `${wf.shown}${line ? `:${line}` : ''}: ${f.where}: ${f.message}`;
        }),
      );
    }
  }

  nextJobDir(): { workspace: string; temp: string } {
    const n = ++this.jobSeq;
    const repo = this.o.github.repository.split('/')[1] ?? 'repo';
    const workspace = join(this.o.workDir, 'jobs', String(n), repo);
    const temp = join(this.o.workDir, 'jobs', String(n), '_temp');
    mkdirSync(workspace, { recursive: true });
    mkdirSync(temp, { recursive: true });
    return { workspace, temp };
  }

  // ---------------------------------------------------------------------------------------------------------
  // Workflows

  async workflow(
    call: CallContext,
  ): Promise<{ jobs: JobResult[]; outputs: Record<string, string>; result: Conclusion }> {
    const { wf } = call;
    const states = new Map<string, JobState>();
    const results: JobResult[] = [];
    const order = topological(wf.jobs, wf.shown);
    for (const job of order) {
      const needs = (job.needs ?? []).map((n) => n.value);
      const jobResults = await this.job(job, call, needs, states);
      results.push(...jobResults.results);
      states.set(job.id.value, jobResults.state);
    }
    // on.workflow_call.outputs, from the jobs context.
    const outputs: Record<string, string> = {};
    const jobsCtx: Record<string, Json> = {};
    for (const [id, s] of states) jobsCtx[id] = { result: s.result, outputs: s.outputs };
    const outToken = child(child(child(wf.root, 'on'), 'workflow_call'), 'outputs');
    for (const { key, value } of entries(outToken)) {
      const v = child(value, 'value');
      if (!v) continue;
      outputs[key] = evaluateString(v, this.scope(call, { jobs: jobsCtx }), wf.shown);
    }
    const all = [...states.values()].map((s) => s.result);
    const result: Conclusion = all.includes('failure')
      ? 'failure'
      : all.includes('cancelled') || this.cancelled
        ? 'cancelled'
        : 'success';
    return { jobs: results, outputs, result };
  }

  /** Contexts every expression of this workflow sees (github, inputs, vars, secrets) plus `extra`. */
  scope(
    call: CallContext,
    extra: Record<string, Json | undefined> = {},
    env?: { vars?: Record<string, string>; secrets?: Record<string, string> },
  ): Scope {
    return {
      contexts: {
        github: this.githubContext(),
        inputs: call.inputs,
        vars: { ...this.o.vars, ...(env?.vars ?? {}) },
        secrets: { ...call.secrets, ...(env?.secrets ?? {}) },
        runner: this.runnerContext(),
        ...extra,
      },
    };
  }

  githubContext(job?: string, workspace?: string, action?: string): Json {
    const g = this.o.github;
    const [owner] = g.repository.split('/');
    const refName = g.ref
      .replace(/^refs\/(heads|tags)\//, '')
      .replace(/^refs\/pull\/(\d+)\/merge$/, '$1/merge');
    return {
      event_name: this.o.event === 'workflow_call' ? 'workflow_call' : this.o.event,
      event: g.event,
      event_path: this.eventPath,
      repository: g.repository,
      repository_owner: owner ?? '',
      sha: g.sha,
      ref: g.ref,
      ref_name: refName,
      ref_type: g.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
      head_ref: g.headRef ?? '',
      base_ref: g.baseRef ?? '',
      actor: g.actor,
      triggering_actor: g.triggeringActor ?? g.actor,
      run_id: g.runId,
      run_number: g.runNumber,
      run_attempt: '1',
      server_url: g.serverUrl,
      api_url: g.apiUrl,
      graphql_url: `${g.apiUrl}/graphql`,
      token: g.token,
      workspace: workspace ?? '',
      job: job ?? '',
      action: action ?? '',
      workflow: this.topName,
      retention_days: '90',
    };
  }

  topName = '';

  runnerContext(temp?: string): Json {
    return {
      os: 'Linux',
      arch: process.arch === 'arm64' ? 'ARM64' : 'X64',
      name: 'keelson-local',
      environment: 'self-hosted',
      temp: temp ?? '',
      tool_cache: join(this.o.workDir, 'tool-cache'),
      debug: '',
    };
  }

  // ---------------------------------------------------------------------------------------------------------
  // Jobs

  async job(
    job: WorkflowJob,
    call: CallContext,
    needs: string[],
    states: Map<string, JobState>,
  ): Promise<{ results: JobResult[]; state: JobState }> {
    const { wf } = call;
    const id = job.id.value;
    const needsCtx: Record<string, Json> = {};
    for (const n of needs) {
      const s = states.get(n) ?? { result: 'skipped' as Conclusion, outputs: {} };
      needsCtx[n] = { result: s.result, outputs: s.outputs };
    }
    const ancestors = ancestorResults(id, wf.jobs, states);
    const status: Status = {
      failed: ancestors.includes('failure'),
      incomplete: needs.some((n) => states.get(n)?.result !== 'success'),
      cancelled: this.cancelled,
    };
    const baseScope = (extra: Record<string, Json | undefined> = {}): Scope => ({
      ...this.scope(call, { needs: needsCtx, ...extra }),
      status,
    });
    // GitHub's model names a job after its id when it has no name: look at the document itself.
    const named = child(rawJob(wf.root, id), 'name') !== undefined;
    const defaultName = (combo?: Combination): string => (combo ? `${id} (${matrixLabel(combo)})` : id);
    const view = (name: string, combo?: Combination, environment?: string): JobView => ({
      id,
      path: [...call.path, name],
      environment,
      matrix: combo,
    });
    const skipped = (name: string, why?: string): { results: JobResult[]; state: JobState } => {
      const r: JobResult = {
        id,
        path: [...call.path, name],
        name,
        file: wf.shown,
        result: 'skipped',
        durationMs: 0,
        outputs: {},
        steps: [],
        summary: '',
        error: why,
      };
      this.emit({ type: 'job-end', job: r });
      return { results: [r], state: { result: 'skipped', outputs: {} } };
    };
    const failed = (name: string, message: string): { results: JobResult[]; state: JobState } => {
      const r: JobResult = {
        id,
        path: [...call.path, name],
        name,
        file: wf.shown,
        result: 'failure',
        durationMs: 0,
        outputs: {},
        steps: [],
        summary: '',
        error: message,
      };
      this.emit({ type: 'job-start', job: view(name) });
      this.emit({ type: 'job-end', job: r });
      return { results: [r], state: { result: 'failure', outputs: {} } };
    };

    const plainName = (): string => {
      try {
        return named && job.name
          ? evaluateString(job.name, baseScope({ matrix: {}, strategy: {} }), wf.shown)
          : id;
      } catch {
        return id;
      }
    };

    // if: (already `success() && (…)` when it names no status function)
    let run: boolean;
    try {
      run =
        this.cancelled && !/always\(\)|cancelled\(\)/.test(job.if.expression)
          ? false
          : condition(job.if.expression, baseScope(), { file: wf.shown, line: lineOf(job.if) });
    } catch (e) {
      return failed(plainName(), errorLine(e));
    }
    if (!run) return skipped(plainName());

    // strategy
    let combos: (Combination | undefined)[] = [undefined];
    let failFast = true;
    let maxParallel: number | undefined;
    if (job.strategy) {
      let strategy: Json;
      try {
        strategy = evaluateToken(job.strategy, baseScope(), wf.shown);
      } catch (e) {
        return failed(plainName(), errorLine(e));
      }
      const s = (strategy ?? {}) as Record<string, Json>;
      failFast = s['fail-fast'] === undefined ? true : s['fail-fast'] === true || s['fail-fast'] === 'true';
      maxParallel = typeof s['max-parallel'] === 'number' ? s['max-parallel'] : undefined;
      if (s.matrix !== undefined) {
        try {
          combos = expandMatrix(s.matrix, { file: wf.shown, line: lineOf(job.strategy) });
        } catch (e) {
          return failed(plainName(), errorLine(e));
        }
      }
    }

    const results: JobResult[] = [];
    const outputs: Record<string, string> = {};
    const conclusions: Conclusion[] = [];
    let stop = false;
    for (let i = 0; i < combos.length; i++) {
      const combo = combos[i];
      const strategyCtx: Json = {
        'fail-fast': failFast,
        'job-index': i,
        'job-total': combos.length,
        'max-parallel': maxParallel ?? combos.length,
      };
      const scope = baseScope({ matrix: combo ?? {}, strategy: strategyCtx });
      let name: string;
      try {
        name = named && job.name ? evaluateString(job.name, scope, wf.shown) : defaultName(combo);
      } catch (e) {
        const r = failed(defaultName(combo) || id, errorLine(e));
        results.push(...r.results);
        conclusions.push('failure');
        continue;
      }
      if (stop) {
        const r: JobResult = {
          id,
          path: [...call.path, name],
          name,
          file: wf.shown,
          result: 'cancelled',
          durationMs: 0,
          outputs: {},
          steps: [],
          summary: '',
          matrix: combo,
          error: 'cancelled by fail-fast: an earlier job of this matrix failed',
        };
        this.emit({ type: 'job-end', job: r });
        results.push(r);
        conclusions.push('cancelled');
        continue;
      }
      const r =
        job.type === 'reusableWorkflowJob'
          ? await this.callJob(job, call, scope, name, combo, view)
          : await this.normalJob(job, call, scope, name, combo, view, needsCtx, strategyCtx);
      results.push(r);
      conclusions.push(r.result);
      for (const [k, v] of Object.entries(r.outputs)) if (v !== '' || !(k in outputs)) outputs[k] = v;
      if (r.result === 'failure' && failFast && combos.length > 1) stop = true;
    }
    const result: Conclusion = conclusions.includes('failure')
      ? 'failure'
      : conclusions.includes('cancelled')
        ? 'cancelled'
        : conclusions.every((c) => c === 'skipped')
          ? 'skipped'
          : 'success';
    return { results, state: { result, outputs } };
  }

  async callJob(
    job: ReusableWorkflowJob,
    call: CallContext,
    scope: Scope,
    name: string,
    combo: Combination | undefined,
    view: (name: string, combo?: Combination, environment?: string) => JobView,
  ): Promise<JobResult> {
    const started = Date.now();
    const v = view(name, combo);
    this.emit({ type: 'job-start', job: v });
    const base: JobResult = {
      id: job.id.value,
      path: v.path,
      name,
      file: call.wf.shown,
      result: 'failure',
      durationMs: 0,
      outputs: {},
      steps: [],
      summary: '',
      matrix: combo,
      children: [],
    };
    const finish = (r: JobResult): JobResult => {
      r.durationMs = Date.now() - started;
      this.emit({ type: 'job-end', job: r });
      return r;
    };
    try {
      if (call.depth + 1 > MAX_DEPTH)
        throw new WorkflowError(
          `more than ${MAX_DEPTH} levels of reusable workflows`,
          call.wf.shown,
          lineOf(job.ref),
        );
      const uses = job.ref.value;
      const resolved = resolveUses(uses, 'job', call.wf.repoRoot, this.o.resolver);
      if ('error' in resolved || resolved.callee.kind !== 'workflow')
        throw new WorkflowError(
          'error' in resolved ? resolved.error : `'${uses}' is not a workflow`,
          call.wf.shown,
          lineOf(job.ref),
        );
      const calleeRoot = resolved.target?.kind === 'keelson' ? this.o.resolver.keelsonRoot : call.wf.repoRoot;
      const callee = await this.load(resolved.callee.file, calleeRoot);
      const withValues = child(rawJob(call.wf.root, job.id.value), 'with');
      const given: Record<string, Json> = {};
      for (const { key, value } of entries(withValues))
        given[key] = evaluateToken(value, scope, call.wf.shown);
      const inputs = workflowCallInputs(callee, given, this.scope(call), call.wf.shown, lineOf(job.ref));
      const secrets: Record<string, string> = { GITHUB_TOKEN: this.o.github.token };
      if (job['inherit-secrets']) Object.assign(secrets, call.secrets);
      const secretsToken = child(rawJob(call.wf.root, job.id.value), 'secrets');
      if (secretsToken && secretsToken.templateTokenType !== 0) {
        for (const [k, val] of Object.entries(evaluateStringMap(secretsToken, scope, call.wf.shown)))
          if (val !== '') secrets[k] = val;
      }
      const inner = await this.workflow({
        wf: callee,
        inputs,
        secrets,
        path: v.path,
        depth: call.depth + 1,
      });
      base.children = inner.jobs;
      base.outputs = inner.outputs;
      base.result = inner.result;
      return finish(base);
    } catch (e) {
      if (e instanceof RunRefused) {
        base.error = e.lines.join('\n');
        return finish(base);
      }
      base.error = errorLine(e);
      return finish(base);
    }
  }

  async normalJob(
    job: Job,
    call: CallContext,
    scope0: Scope,
    name: string,
    combo: Combination | undefined,
    view: (name: string, combo?: Combination, environment?: string) => JobView,
    needsCtx: Record<string, Json>,
    strategyCtx: Json,
  ): Promise<JobResult> {
    const { wf } = call;
    const started = Date.now();
    const raw = rawJob(wf.root, job.id.value);
    const dirs = this.nextJobDir();
    const result: JobResult = {
      id: job.id.value,
      path: [...call.path, name],
      name,
      file: wf.shown,
      result: 'success',
      durationMs: 0,
      outputs: {},
      steps: [],
      summary: '',
      matrix: combo,
    };
    let environment: EnvironmentUse | undefined;
    let envConfig: { vars?: Record<string, string>; secrets?: Record<string, string> } | undefined;
    let v = view(name, combo);
    const fail = (message: string): JobResult => {
      result.result = 'failure';
      result.error = message;
      result.durationMs = Date.now() - started;
      this.emit({ type: 'job-end', job: result });
      return result;
    };
    // environment, runs-on, env
    let jobEnv: Record<string, string> = {};
    let workflowEnv: Record<string, string> = {};
    try {
      if (job.environment) {
        const envScope = scope0;
        const e = job.environment;
        const nameToken = e.templateTokenType === 3 || e.templateTokenType === 0 ? e : child(e, 'name');
        const envName = evaluateString(nameToken, envScope, wf.shown);
        if (envName) {
          environment = { name: envName };
          envConfig = this.o.environments[envName] ?? this.o.environments['*'] ?? {};
        }
      }
      v = view(name, combo, environment?.name);
      this.emit({ type: 'job-start', job: v });
      if (environment) {
        const reviewers =
          (this.o.environments[environment.name] ?? this.o.environments['*'])?.reviewers ?? [];
        this.emit({
          type: 'note',
          job: v,
          message:
            `environment ${environment.name}: its variables and secrets apply` +
            (reviewers.length
              ? `; required reviewers (${reviewers.join(', ')}) are not waited for in a local run`
              : ''),
        });
      }
      for (const key of ['container', 'services'])
        if (child(raw, key))
          throw new WorkflowError(
            `not runnable locally: a job with ${key}: (no container engine here)`,
            wf.shown,
            lineOf(child(raw, key)),
          );
      const runsOn = child(raw, 'runs-on');
      if (runsOn)
        result.runsOn = JSON.stringify(evaluateToken(runsOn, scope0, wf.shown)).replace(/^"|"$/g, '');
      const full = this.scope(
        call,
        { needs: needsCtx, matrix: combo ?? {}, strategy: strategyCtx },
        envConfig,
      );
      workflowEnv = wf.envToken ? evaluateStringMap(wf.envToken, full, wf.shown) : {};
      jobEnv = job.env
        ? evaluateStringMap(job.env, { ...full, contexts: { ...full.contexts, env: workflowEnv } }, wf.shown)
        : {};
    } catch (e) {
      if (!environment) this.emit({ type: 'job-start', job: v });
      return fail(errorLine(e));
    }
    result.environment = environment;

    const jobState = {
      failed: false,
      exported: {} as Record<string, string>,
      path: [] as string[],
      steps: {} as Record<
        string,
        { outputs: Record<string, string>; outcome: Conclusion; conclusion: Conclusion }
      >,
      posts: [] as { name: string; id: string; run: () => Promise<StepResult> }[],
    };
    const contexts = (): Record<string, Json | undefined> => ({
      github: this.githubContext(job.id.value, dirs.workspace),
      inputs: call.inputs,
      vars: { ...this.o.vars, ...(envConfig?.vars ?? {}) },
      secrets: { ...call.secrets, ...(envConfig?.secrets ?? {}) },
      needs: needsCtx,
      matrix: combo ?? {},
      strategy: strategyCtx,
      runner: this.runnerContext(dirs.temp),
      job: { status: jobState.failed ? 'failure' : 'success' },
      steps: jobState.steps as unknown as Json,
      env: { ...workflowEnv, ...jobEnv, ...jobState.exported },
    });
    const defaults = {
      shell:
        evaluateMaybe(child(child(child(raw, 'defaults'), 'run'), 'shell')) ??
        evaluateMaybe(child(child(child(wf.root, 'defaults'), 'run'), 'shell')),
      workingDirectory:
        evaluateMaybe(child(child(child(raw, 'defaults'), 'run'), 'working-directory')) ??
        evaluateMaybe(child(child(child(wf.root, 'defaults'), 'run'), 'working-directory')),
    };
    const timeoutToken = child(raw, 'timeout-minutes');
    let timeoutMs = 360 * 60_000;
    if (timeoutToken) {
      const t = Number(evaluateString(timeoutToken, { contexts: contexts() }, wf.shown));
      if (Number.isFinite(t) && t > 0) timeoutMs = t * 60_000;
    }
    const deadline = Date.now() + timeoutMs;

    const rawSteps = items(child(raw, 'steps'));
    for (let i = 0; i < job.steps.length; i++) {
      const step = job.steps[i] as Step;
      const rawStep = rawSteps[i];
      const r = await this.step(step, rawStep, {
        call,
        view: v,
        dirs,
        jobState,
        contexts,
        workflowEnv,
        jobEnv,
        defaults,
        environment: environment?.name,
        deadline,
      });
      result.steps.push(r.result);
      if (r.summary) result.summary += r.summary;
      if (step.id && !step.id.startsWith('__'))
        jobState.steps[step.id] = {
          outputs: r.result.outputs,
          outcome: r.result.outcome,
          conclusion: r.result.conclusion,
        };
      if (r.result.conclusion === 'failure') jobState.failed = true;
    }
    // Post steps, in reverse order.
    for (const post of [...jobState.posts].reverse()) {
      const r = await post.run();
      result.steps.push(r);
      if (r.conclusion === 'failure') jobState.failed = true;
    }
    // outputs
    try {
      const outScope: Scope = { contexts: contexts() };
      const secretValues = new Set(
        Object.values({ ...call.secrets, ...(envConfig?.secrets ?? {}) }).filter((s) => s.length >= 3),
      );
      for (const { key, value } of entries(job.outputs)) {
        const val = evaluateString(value, outScope, wf.shown);
        if ([...secretValues].some((s) => val.includes(s))) {
          this.emit({ type: 'note', job: v, message: `Skip output '${key}' since it may contain secret.` });
          continue;
        }
        result.outputs[key] = val;
      }
      if (environment && job.environment && job.environment.templateTokenType === 2) {
        const url = child(job.environment, 'url');
        if (url) environment.url = evaluateString(url, outScope, wf.shown) || undefined;
      }
    } catch (e) {
      jobState.failed = true;
      result.error = errorLine(e);
    }
    result.result = this.cancelled ? 'cancelled' : jobState.failed ? 'failure' : 'success';
    result.durationMs = Date.now() - started;
    this.emit({ type: 'job-end', job: result });
    return result;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Steps

  async step(
    step: Step,
    raw: TemplateToken | undefined,
    j: {
      call: CallContext;
      view: JobView;
      dirs: { workspace: string; temp: string };
      jobState: {
        failed: boolean;
        exported: Record<string, string>;
        path: string[];
        posts: { name: string; id: string; run: () => Promise<StepResult> }[];
      };
      contexts: () => Record<string, Json | undefined>;
      workflowEnv: Record<string, string>;
      jobEnv: Record<string, string>;
      defaults: { shell?: string; workingDirectory?: string };
      environment?: string;
      deadline: number;
    },
  ): Promise<{ result: StepResult; summary: string }> {
    const { wf } = j.call;
    const file = wf.shown;
    const uses = 'uses' in step ? step.uses.value : undefined;
    const script = 'run' in step ? step.run : undefined;
    const status: Status = { failed: j.jobState.failed, cancelled: this.cancelled };
    const displayName = (): string => {
      try {
        if (step.name) return evaluateString(step.name, { contexts: j.contexts(), status }, file);
      } catch {
        // fall through to the default name
      }
      if (uses) return `Run ${uses}`;
      const text = script
        ? 'value' in script
          ? String((script as { value: unknown }).value)
          : String((script as { source?: string }).source ?? '')
        : '';
      const first = (text.split('\n').find((l) => l.trim()) ?? '').trim();
      return `Run ${first ?? ''}`.trim();
    };
    const name = displayName();
    const started = Date.now();
    const log = new StepLog(this.o.masker, (line) =>
      this.emit({ type: 'log', job: j.view, step: step.id, line }),
    );
    const result: StepResult = {
      id: step.id,
      name,
      outcome: 'success',
      conclusion: 'success',
      durationMs: 0,
      outputs: {},
      log: log.lines,
      kind: 'none',
    };
    const done = (outcome: Conclusion, summary = ''): { result: StepResult; summary: string } => {
      log.flush();
      result.outcome = outcome;
      let continueOnError = false;
      const coe = step['continue-on-error'];
      if (typeof coe === 'boolean') continueOnError = coe;
      else if (coe) {
        try {
          continueOnError =
            asString(
              evaluate(
                String((coe as { expression?: string }).expression ?? (coe as { value?: unknown }).value),
                { contexts: j.contexts() },
              ),
            ) === 'true';
        } catch {
          continueOnError = false;
        }
      }
      result.conclusion = outcome === 'failure' && continueOnError ? 'success' : outcome;
      result.durationMs = Date.now() - started;
      for (const c of commandsOf(log.lines))
        if (['error', 'warning', 'notice'].includes(c.command))
          this.annotations.push({
            job: j.view.path.join(' / '),
            step: name,
            command: c.command,
            message: c.message,
            props: c.props,
          });
      this.emit({ type: 'step-end', job: j.view, step: result });
      return { result, summary };
    };

    // if:
    let runIt: boolean;
    try {
      const expr = step.if?.expression ?? 'success()';
      runIt = condition(
        expr,
        { contexts: j.contexts(), status, workspace: j.dirs.workspace },
        { file, line: lineOf(step.if) },
      );
    } catch (e) {
      this.emit({ type: 'step-start', job: j.view, step: { id: step.id, name } });
      log.annotate('error', errorLine(e));
      return done('failure');
    }
    if (!runIt) {
      result.outcome = 'skipped';
      result.conclusion = 'skipped';
      this.emit({ type: 'step-end', job: j.view, step: result });
      return { result, summary: '' };
    }
    this.emit({ type: 'step-start', job: j.view, step: { id: step.id, name } });
    if (Date.now() > j.deadline) {
      log.annotate('error', 'The job has exceeded its timeout-minutes.');
      return done('failure');
    }

    // env
    let env: Record<string, string>;
    let stepEnv: Record<string, string>;
    try {
      const ctx = j.contexts();
      stepEnv = 'env' in step && step.env ? evaluateStringMap(step.env, { contexts: ctx, status }, file) : {};
      env = { ...j.workflowEnv, ...j.jobEnv, ...j.jobState.exported, ...stepEnv };
    } catch (e) {
      log.annotate('error', errorLine(e));
      return done('failure');
    }
    const baseEnv = this.stepEnv(j, step.id, env);

    if (script) {
      result.kind = 'run';
      return this.runScript(script, raw, j, baseEnv, log, done, file);
    }
    if (!uses) {
      log.annotate(
        'error',
        `${file}:${lineOf(raw) ?? ''}: this kind of step is not supported by the local runner`,
      );
      return done('failure');
    }

    // with:
    let given: Record<string, string>;
    try {
      given = evaluateStringMap(child(raw, 'with'), { contexts: j.contexts(), status }, file);
    } catch (e) {
      log.annotate('error', errorLine(e));
      return done('failure');
    }
    const target = parseUses(uses, this.o.resolver);
    const line = lineOf(raw);
    const where = `${file}${line ? `:${line}` : ''}`;
    let keelsonAction: string | undefined;
    if (target?.kind === 'keelson' && /^actions\/[^/]+$/.test(target.path))
      keelsonAction = target.path.slice(8);
    if (
      target?.kind === 'local' &&
      /^actions\/[^/]+$/.test(target.path) &&
      resolvePath(j.call.wf.repoRoot) === resolvePath(this.o.resolver.keelsonRoot)
    )
      keelsonAction = target.path.slice(8);
    if (keelsonAction) {
      const resolved = resolveUses(uses, 'step', j.call.wf.repoRoot, this.o.resolver);
      if ('error' in resolved || resolved.callee.kind !== 'action') {
        log.annotate('error', `${where}: ${'error' in resolved ? resolved.error : uses}`);
        return done('failure');
      }
      const inputs = this.actionInputs(resolved.callee, given, j, log, where);
      if (!inputs) return done('failure');
      const substitute = this.o.host.substitute?.(keelsonAction);
      if (substitute) {
        result.kind = 'stand-in';
        return this.runStandIn(substitute, inputs, j, baseEnv, log, done, step.id, name);
      }
      const impl = this.o.host.actions[keelsonAction];
      if (!impl) {
        log.annotate(
          'error',
          `not runnable locally: ${uses} (no in-process entry for Keelson's '${keelsonAction}')`,
        );
        return done('failure');
      }
      result.kind = 'keelson';
      return this.runKeelson(
        keelsonAction,
        resolved.callee,
        impl,
        inputs,
        j,
        baseEnv,
        log,
        done,
        step.id,
        name,
        result,
      );
    }
    if (target?.kind === 'remote') {
      const key = [target.owner, target.repo, target.path].filter(Boolean).join('/').toLowerCase();
      const standIn = this.o.host.standIns.find((s) => s.key === key);
      if (standIn) {
        const known = new Set(standIn.meta.inputs.keys());
        const unknown = Object.keys(given).filter((k) => !known.has(k));
        if (unknown.length) {
          log.annotate(
            'error',
            `${where}: with: ${unknown.map((k) => `'${k}'`).join(', ')} is not an input of ${key} (inputs: ${[...known].join(', ')})`,
          );
          return done('failure');
        }
        const inputs: Record<string, string> = {};
        for (const [k, m] of standIn.meta.inputs) {
          if (k in given) inputs[k] = given[k] as string;
          else if (m.default !== undefined) inputs[k] = interpolate(m.default, { contexts: j.contexts() });
          else inputs[k] = '';
        }
        result.kind = 'stand-in';
        return this.runStandIn(standIn, inputs, j, baseEnv, log, done, step.id, name);
      }
    }
    log.annotate('error', `not runnable locally: ${uses}`);
    return done('failure');
  }

  /** The environment of a step: this machine's basics, the runner's variables, the host's, then the workflow's. */
  stepEnv(
    j: { dirs: { workspace: string; temp: string }; view: JobView; jobState: { path: string[] } },
    stepId: string,
    env: Record<string, string>,
  ): Record<string, string> {
    const g = this.o.github;
    const base: Record<string, string> = {};
    for (const [k, val] of Object.entries(process.env))
      if (PASSED.test(k) && val !== undefined) base[k] = val;
    const ghc = this.githubContext() as Record<string, string>;
    const runner: Record<string, string> = {
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_ACTION: stepId,
      GITHUB_ACTOR: g.actor,
      GITHUB_API_URL: g.apiUrl,
      GITHUB_BASE_REF: g.baseRef ?? '',
      GITHUB_EVENT_NAME: ghc.event_name as string,
      GITHUB_EVENT_PATH: this.eventPath,
      GITHUB_GRAPHQL_URL: `${g.apiUrl}/graphql`,
      GITHUB_HEAD_REF: g.headRef ?? '',
      GITHUB_JOB: j.view.id,
      GITHUB_REF: g.ref,
      GITHUB_REF_NAME: ghc.ref_name as string,
      GITHUB_REF_TYPE: ghc.ref_type as string,
      GITHUB_REPOSITORY: g.repository,
      GITHUB_REPOSITORY_OWNER: ghc.repository_owner as string,
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_RUN_ID: g.runId,
      GITHUB_RUN_NUMBER: g.runNumber,
      GITHUB_SERVER_URL: g.serverUrl,
      GITHUB_SHA: g.sha,
      GITHUB_TRIGGERING_ACTOR: g.triggeringActor ?? g.actor,
      GITHUB_WORKFLOW: this.topName,
      GITHUB_WORKSPACE: j.dirs.workspace,
      RUNNER_ARCH: process.arch === 'arm64' ? 'ARM64' : 'X64',
      RUNNER_NAME: 'keelson-local',
      RUNNER_OS: 'Linux',
      RUNNER_TEMP: j.dirs.temp,
      RUNNER_TOOL_CACHE: join(this.o.workDir, 'tool-cache'),
    };
    const out = { ...base, ...this.o.host.env, ...runner, ...env };
    if (j.jobState.path.length) out.PATH = [...j.jobState.path, out.PATH ?? ''].join(':');
    return out;
  }

  /** An action's inputs: `with:` plus its action.yml defaults (expressions in them evaluated). */
  actionInputs(
    meta: ActionMeta,
    given: Record<string, string>,
    j: { contexts: () => Record<string, Json | undefined> },
    log: StepLog,
    where: string,
  ): Record<string, string> | undefined {
    const unknown = Object.keys(given).filter((k) => !meta.inputs.has(k));
    if (unknown.length) {
      log.annotate(
        'error',
        `${where}: with: ${unknown.map((k) => `'${k}'`).join(', ')} is not an input of ${meta.key} (inputs: ${[...meta.inputs.keys()].join(', ')})`,
      );
      return undefined;
    }
    const inputs: Record<string, string> = {};
    for (const [k, m] of meta.inputs) {
      if (k in given) inputs[k] = given[k] as string;
      else if (m.default !== undefined) inputs[k] = interpolate(m.default, { contexts: j.contexts() });
    }
    return inputs;
  }

  async runKeelson(
    action: string,
    meta: ActionMeta,
    impl: NonNullable<RunOptions['host']['actions'][string]>,
    inputs: Record<string, string>,
    j: Parameters<Run['step']>[2],
    env: Record<string, string>,
    log: StepLog,
    done: (outcome: Conclusion, summary?: string) => { result: StepResult; summary: string },
    stepId: string,
    name: string,
    result: StepResult,
  ): Promise<{ result: StepResult; summary: string }> {
    const clock = this.o.host.clockFor?.(action, inputs);
    const fn = await impl.main();
    const r = await this.around({ action, environment: j.environment, inputs }, () =>
      runLocally(fn, {
        inputs,
        env: { ...env },
        baseEnv: {},
        masker: this.o.masker,
        clock,
        hostUrl: this.o.host.hostUrl?.bind(this.o.host),
        echo: (line) => log.line(line),
      }),
    );
    result.outputs = r.outputs;
    Object.assign(j.jobState.exported, r.exported);
    j.jobState.path.unshift(...r.path);
    if (meta.runs?.post && impl.post) {
      const postIf = meta.runs.postIf ?? 'always()';
      const state = r.state;
      const mainFailed = r.failed;
      j.jobState.posts.push({
        name: `Post ${name}`,
        id: stepId,
        run: async () => {
          const plog = new StepLog(this.o.masker, (line) =>
            this.emit({ type: 'log', job: j.view, step: `post-${stepId}`, line }),
          );
          const pres: StepResult = {
            id: stepId,
            name: `Post ${name}`,
            outcome: 'success',
            conclusion: 'success',
            durationMs: 0,
            outputs: {},
            log: plog.lines,
            kind: 'keelson',
            post: true,
          };
          const started = Date.now();
          const status: Status = { failed: j.jobState.failed || mainFailed, cancelled: this.cancelled };
          const cond = postIf.replace(/^\$\{\{\s*|\s*\}\}$/g, '');
          if (!condition(cond, { contexts: j.contexts(), status })) {
            pres.outcome = pres.conclusion = 'skipped';
            return pres;
          }
          this.emit({ type: 'step-start', job: j.view, step: { id: stepId, name: pres.name, post: true } });
          const postFn = await (impl.post as NonNullable<typeof impl.post>)();
          const pr = await this.around({ action, environment: j.environment, inputs }, () =>
            runLocally(postFn, {
              inputs,
              env: { ...env },
              baseEnv: {},
              state,
              masker: this.o.masker,
              clock,
              hostUrl: this.o.host.hostUrl?.bind(this.o.host),
              echo: (line) => plog.line(line),
            }),
          );
          plog.flush();
          pres.outcome = pres.conclusion = pr.failed ? 'failure' : 'success';
          pres.durationMs = Date.now() - started;
          this.emit({ type: 'step-end', job: j.view, step: pres });
          return pres;
        },
      });
    }
    return done(r.failed ? 'failure' : 'success', r.summary);
  }

  async runStandIn(
    standIn: StandIn,
    inputs: Record<string, string>,
    j: Parameters<Run['step']>[2],
    env: Record<string, string>,
    log: StepLog,
    done: (outcome: Conclusion, summary?: string) => { result: StepResult; summary: string },
    stepId: string,
    name: string,
  ): Promise<{ result: StepResult; summary: string }> {
    log.note(`Local stand-in for ${standIn.key}: ${standIn.description}`);
    const run: StandInRun = {
      inputs,
      workspace: j.dirs.workspace,
      temp: j.dirs.temp,
      runDir: this.o.workDir,
      repoRoot: this.o.repoRoot,
      env,
      log: (l) => log.line(l),
      masker: this.o.masker,
      host: this.o.host,
      state: {},
      artifacts: this.artifacts,
    };
    let r: StandInResult;
    try {
      r = await this.around({ action: standIn.key, environment: j.environment, inputs }, () =>
        standIn.run(run),
      );
    } catch (e) {
      r = { error: errorLine(e) };
    }
    const applied = applyStandIn(r, j.jobState);
    if (r.error) log.annotate('error', r.error);
    if (r.post) {
      const post = r.post;
      j.jobState.posts.push({
        name: `Post ${name}`,
        id: stepId,
        run: async () => {
          const plog = new StepLog(this.o.masker, (line) =>
            this.emit({ type: 'log', job: j.view, step: `post-${stepId}`, line }),
          );
          this.emit({
            type: 'step-start',
            job: j.view,
            step: { id: stepId, name: `Post ${name}`, post: true },
          });
          const started = Date.now();
          let pr: StandInResult;
          try {
            pr = await post({ ...run, log: (l) => plog.line(l) });
          } catch (e) {
            pr = { error: errorLine(e) };
          }
          if (pr.error) plog.annotate('error', pr.error);
          plog.flush();
          const res: StepResult = {
            id: stepId,
            name: `Post ${name}`,
            outcome: pr.error ? 'failure' : 'success',
            conclusion: pr.error ? 'failure' : 'success',
            durationMs: Date.now() - started,
            outputs: {},
            log: plog.lines,
            kind: 'stand-in',
            post: true,
          };
          this.emit({ type: 'step-end', job: j.view, step: res });
          return res;
        },
      });
    }
    const d = done(r.error ? 'failure' : 'success', r.summary ?? '');
    d.result.outputs = applied;
    return d;
  }

  async runScript(
    script: TemplateToken,
    raw: TemplateToken | undefined,
    j: Parameters<Run['step']>[2],
    env: Record<string, string>,
    log: StepLog,
    done: (outcome: Conclusion, summary?: string) => { result: StepResult; summary: string },
    file: string,
  ): Promise<{ result: StepResult; summary: string }> {
    let text: string;
    let shell: string;
    let cwd: string;
    try {
      const ctx = {
        contexts: j.contexts(),
        status: { failed: j.jobState.failed, cancelled: this.cancelled },
      };
      text = evaluateString(script, ctx, file);
      shell = evaluateMaybe(child(raw, 'shell')) ?? j.defaults.shell ?? '';
      const wd =
        evaluateString(child(raw, 'working-directory'), ctx, file) || j.defaults.workingDirectory || '';
      cwd = wd ? (isAbsolute(wd) ? wd : join(j.dirs.workspace, wd)) : j.dirs.workspace;
    } catch (e) {
      log.annotate('error', errorLine(e));
      return done('failure');
    }
    let argv: string[];
    const scriptFile = join(j.dirs.temp, `${randomUUID()}.sh`);
    if (shell === '') argv = ['bash', '-e', scriptFile];
    else if (shell === 'bash') argv = ['bash', '--noprofile', '--norc', '-eo', 'pipefail', scriptFile];
    else if (shell === 'sh') argv = ['sh', '-e', scriptFile];
    else {
      log.annotate('error', `not runnable locally: shell '${shell}' (the local runner has bash and sh)`);
      return done('failure');
    }
    if (!existsSync(cwd)) {
      log.annotate(
        'error',
        `An error occurred trying to start process 'bash' with working directory '${cwd}'. No such file or directory`,
      );
      return done('failure');
    }
    writeFileSync(scriptFile, text);
    const files = stepFiles(j.dirs.temp);
    const childEnv = { ...env, ...files.env };
    const code = await this.around(
      { environment: j.environment },
      () =>
        new Promise<number>((resolve) => {
          const p = spawn(argv[0] as string, argv.slice(1), {
            cwd,
            env: childEnv,
            stdio: ['ignore', 'pipe', 'pipe'],
            detached: true,
          });
          const remaining = Math.max(1000, j.deadline - Date.now());
          const timer = setTimeout(() => {
            log.annotate('error', 'The job has exceeded its timeout-minutes: the step was stopped.');
            try {
              process.kill(-(p.pid as number), 'SIGKILL');
            } catch {
              // already gone
            }
          }, remaining);
          const onAbort = (): void => {
            try {
              process.kill(-(p.pid as number), 'SIGINT');
            } catch {
              // already gone
            }
          };
          this.o.signal?.addEventListener('abort', onAbort, { once: true });
          p.stdout.setEncoding('utf8').on('data', (c: string) => log.chunk(c));
          p.stderr.setEncoding('utf8').on('data', (c: string) => log.chunk(c));
          p.on('error', (e) => {
            log.annotate('error', `could not start ${argv[0]}: ${e.message}`);
            clearTimeout(timer);
            resolve(127);
          });
          p.on('close', (c, signal) => {
            clearTimeout(timer);
            this.o.signal?.removeEventListener('abort', onAbort);
            resolve(c ?? (signal ? 128 : 1));
          });
        }),
    );
    log.flush();
    const outputs = parseEnvFile(readFileSync(files.output, 'utf8'));
    Object.assign(j.jobState.exported, parseEnvFile(readFileSync(files.envFile, 'utf8')));
    j.jobState.path.unshift(
      ...readFileSync(files.path, 'utf8')
        .split(/\r?\n/)
        .filter((l) => l.trim()),
    );
    const summary = readFileSync(files.summary, 'utf8');
    if (code !== 0) log.annotate('error', `Process completed with exit code ${code}.`);
    const d = done(code === 0 ? 'success' : 'failure', summary ? this.o.masker.mask(summary) : '');
    d.result.outputs = outputs;
    return d;
  }
}

/** The file commands of one step. */
function stepFiles(temp: string): {
  output: string;
  envFile: string;
  path: string;
  summary: string;
  env: Record<string, string>;
} {
  const dir = join(temp, '_runner_file_commands', randomUUID());
  mkdirSync(dir, { recursive: true });
  const f = {
    output: join(dir, 'output'),
    envFile: join(dir, 'env'),
    path: join(dir, 'path'),
    summary: join(dir, 'summary'),
    state: join(dir, 'state'),
  };
  for (const x of Object.values(f)) writeFileSync(x, '');
  return {
    ...f,
    env: {
      GITHUB_OUTPUT: f.output,
      GITHUB_ENV: f.envFile,
      GITHUB_PATH: f.path,
      GITHUB_STEP_SUMMARY: f.summary,
      GITHUB_STATE: f.state,
    },
  };
}

function applyStandIn(
  r: StandInResult,
  jobState: { exported: Record<string, string>; path: string[] },
): Record<string, string> {
  Object.assign(jobState.exported, r.exported ?? {});
  jobState.path.unshift(...(r.path ?? []));
  return r.outputs ?? {};
}

/** A literal (non-expression) value of a token, or undefined. */
function evaluateMaybe(token: TemplateToken | undefined): string | undefined {
  if (!token) return undefined;
  const v = (token as { value?: unknown }).value;
  return v === undefined || v === null ? undefined : String(v);
}

/** `${{ }}` in a plain string (action.yml defaults): each replaced by its value's string form. */
export function interpolate(text: string, scope: Scope): string {
  const whole = /^\s*\$\{\{([\s\S]*?)\}\}\s*$/.exec(text);
  if (whole) return asString(evaluate((whole[1] as string).trim(), scope));
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_m, e: string) => asString(evaluate(e.trim(), scope)));
}

/** The job's mapping in the document (for keys GitHub's model does not carry: with, shell, defaults…). */
function rawJob(root: TemplateToken, id: string): TemplateToken | undefined {
  return child(child(root, 'jobs'), id);
}

/** Jobs in an order that respects `needs`, file order otherwise. */
function topological(jobs: WorkflowJob[], shown: string): WorkflowJob[] {
  const byId = new Map(jobs.map((j) => [j.id.value, j]));
  const out: WorkflowJob[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (j: WorkflowJob): void => {
    const id = j.id.value;
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting')
      throw new RunRefused([`${shown}: the needs of job '${id}' form a cycle`]);
    state.set(id, 'visiting');
    for (const n of j.needs ?? []) {
      const dep = byId.get(n.value);
      if (dep) visit(dep);
    }
    state.set(id, 'done');
    out.push(j);
  };
  for (const j of jobs) visit(j);
  return out;
}

/** The results of every job `id` needs, directly or not. */
function ancestorResults(id: string, jobs: WorkflowJob[], states: Map<string, JobState>): Conclusion[] {
  const byId = new Map(jobs.map((j) => [j.id.value, j]));
  const seen = new Set<string>();
  const out: Conclusion[] = [];
  const walk = (jid: string): void => {
    for (const n of byId.get(jid)?.needs ?? []) {
      if (seen.has(n.value)) continue;
      seen.add(n.value);
      out.push(states.get(n.value)?.result ?? 'skipped');
      walk(n.value);
    }
  };
  walk(id);
  return out;
}

/** The callee's inputs context: given values typed by their definitions, defaults, required ones checked. */
function workflowCallInputs(
  callee: Loaded,
  given: Record<string, Json>,
  scope: Scope,
  callerFile: string,
  line: number | undefined,
): Record<string, Json> {
  const defs = callee.meta.call?.inputs ?? new Map();
  const out: Record<string, Json> = {};
  const where = `${callerFile}${line ? `:${line}` : ''}`;
  for (const k of Object.keys(given))
    if (!defs.has(k))
      throw new WorkflowError(`with: '${k}' is not an input of ${callee.shown}`, callerFile, line);
  for (const [k, d] of defs) {
    let v: Json | undefined = given[k];
    if (v === undefined || v === null) {
      if (d.default !== undefined) {
        v =
          typeof d.default === 'string' && d.default.includes('${{')
            ? interpolate(d.default, scope)
            : (d.default as Json);
      } else if (d.required) {
        throw new WorkflowError(`${where}: input '${k}' of ${callee.shown} is required and not given`);
      } else v = d.type === 'boolean' ? false : d.type === 'number' ? 0 : '';
    }
    if (d.type === 'boolean') {
      if (typeof v === 'string') {
        if (v !== 'true' && v !== 'false')
          throw new WorkflowError(
            `input '${k}' of ${callee.shown} is a boolean; got '${v}'`,
            callerFile,
            line,
          );
        v = v === 'true';
      }
    } else if (d.type === 'number') {
      if (typeof v === 'string') {
        const n = Number(v);
        if (!Number.isFinite(n))
          throw new WorkflowError(
            `input '${k}' of ${callee.shown} is a number; got '${v}'`,
            callerFile,
            line,
          );
        v = n;
      }
    } else if (typeof v !== 'string') v = typeof v === 'object' ? JSON.stringify(v) : String(v);
    out[k] = v as Json;
  }
  return out;
}

/** Inputs of a workflow started by workflow_dispatch (or workflow_call from the command line). */
function topInputs(
  wf: Loaded,
  event: string,
  raw: Record<string, string>,
  scope: Scope,
): Record<string, Json> {
  const defs = event === 'workflow_call' ? wf.meta.call?.inputs : wf.meta.dispatch;
  const out: Record<string, Json> = {};
  if (!defs) {
    const names = Object.keys(raw);
    if (names.length)
      throw new RunRefused([
        `--input ${names[0]}: ${wf.shown} takes no inputs on ${event} (only workflow_dispatch and workflow_call have inputs)`,
      ]);
    return out;
  }
  for (const k of Object.keys(raw))
    if (!defs.has(k))
      throw new RunRefused([
        `--input ${k}: not an input of ${wf.shown} on ${event} (inputs: ${[...defs.keys()].join(', ') || 'none'})`,
      ]);
  for (const [k, d] of defs) {
    let v: Json;
    if (k in raw) v = raw[k] as string;
    else if (d.default !== undefined)
      v =
        typeof d.default === 'string' && d.default.includes('${{')
          ? interpolate(d.default, scope)
          : (d.default as Json);
    else if (d.required) throw new RunRefused([`--input ${k}: required by ${wf.shown} and not given`]);
    else v = '';
    if (d.type === 'boolean') {
      const s = String(v);
      if (s !== 'true' && s !== 'false')
        throw new RunRefused([`--input ${k}: expected true or false, got '${s}'`]);
      v = event === 'workflow_dispatch' ? s : s === 'true';
      if (event === 'workflow_call') v = s === 'true';
    } else if (d.type === 'number') {
      const n = Number(v);
      if (!Number.isFinite(n)) throw new RunRefused([`--input ${k}: expected a number, got '${String(v)}'`]);
      v = n;
    } else if (d.type === 'choice') {
      if (d.options && !d.options.includes(String(v)))
        throw new RunRefused([`--input ${k}: '${String(v)}' is not one of ${d.options.join(', ')}`]);
      v = String(v);
    } else v = typeof v === 'string' ? v : String(v);
    out[k] = v;
  }
  return out;
}

/** A run that cannot start: each line names the file and line (GitHub's parser, the contract checks, inputs). */
export class RunRefused extends Error {
  override readonly name = 'RunRefused';
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

function errorLine(e: unknown): string {
  if (e instanceof RunRefused) return e.lines.join('\n');
  return errorMessage(e);
}

/** The line of a contract finding's `where` (`jobs.x`, `jobs.x.with`, `jobs.x.steps[id]`, `jobs.x.outputs`). */
function findingLine(root: TemplateToken, where: string): number | undefined {
  const m = /^jobs\.([^.[]+)(?:\.(with|outputs)|\.steps\[([^\]]+)\])?$/.exec(where);
  if (m) {
    const job = rawJob(root, m[1] as string);
    if (!job) return undefined;
    if (m[2]) return lineOf(child(job, m[2])) ?? lineOf(job);
    if (m[3] !== undefined) {
      const steps = items(child(job, 'steps'));
      const byId = steps.find((s) => evaluateMaybe(child(s, 'id')) === m[3]);
      const step = byId ?? (/^\d+$/.test(m[3]) ? steps[Number(m[3])] : undefined);
      return lineOf(step) ?? lineOf(job);
    }
    const key = entries(child(root, 'jobs')).find((e) => e.key === m[1]);
    return lineOf(key?.keyToken) ?? lineOf(job);
  }
  const o = /^on\.workflow_call\.outputs\.(.+)$/.exec(where);
  if (o) return lineOf(child(child(child(child(root, 'on'), 'workflow_call'), 'outputs'), o[1] as string));
  return undefined;
}

/** Runs a workflow file locally. Never throws for the workflow's own problems: they are in the result. */
export async function runWorkflow(o: RunOptions): Promise<WorkflowRunResult> {
  const started = Date.now();
  await loadExpressions();
  const run = new Run(o);
  const shown = relative(o.repoRoot, o.file).startsWith('..') ? o.file : relative(o.repoRoot, o.file);
  const base: WorkflowRunResult = {
    file: shown,
    name: basename(o.file),
    event: o.event,
    conclusion: 'failure',
    durationMs: 0,
    jobs: [],
    outputs: {},
    errors: [],
    annotations: run.annotations,
    artifacts: run.artifacts,
  };
  try {
    const wf = await run.load(o.file, o.repoRoot);
    base.name = wf.name;
    run.topName = wf.name;
    const events = wf.meta.raw.on;
    const names = eventNames(events);
    if (!names.includes(o.event))
      throw new RunRefused([
        `${shown} does not run on ${o.event} (its on: has ${names.join(', ') || 'nothing'})`,
      ]);
    const secrets: Record<string, string> = { ...o.secrets, GITHUB_TOKEN: o.github.token };
    const inputs = topInputs(
      wf,
      o.event,
      o.inputs,
      run.scope({ wf, inputs: {}, secrets, path: [], depth: 1 }),
    );
    const r = await run.workflow({ wf, inputs, secrets, path: [], depth: 1 });
    base.jobs = r.jobs;
    base.outputs = r.outputs;
    base.conclusion = r.result;
  } catch (e) {
    base.errors = e instanceof RunRefused ? e.lines : [errorLine(e)];
    base.conclusion = 'failure';
  }
  base.durationMs = Date.now() - started;
  return base;
}

function eventNames(on: unknown): string[] {
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.map(String);
  if (on && typeof on === 'object') return Object.keys(on);
  return [];
}
