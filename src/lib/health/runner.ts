/**
 * Runs health checks in parallel, each on its own interval, and decides:
 *
 * - `until-healthy`: passes as soon as every check has reached its success-threshold; fails as soon as any
 *   check reaches its failure-threshold, or when the deadline comes first.
 * - `watch` (a verify window): probes until the deadline and passes then; fails the moment any check reaches
 *   its failure-threshold. Probes start on a fixed grid (start + k × interval) and a probe never outlives its
 *   timeout (≤ interval), so from the start of the first failing probe to the verdict takes at most
 *   failure-threshold × interval.
 *
 * Every wait goes through the Clock given; every probe gets an AbortSignal that fires at its timeout, and all
 * probes still in flight are aborted before runChecks returns.
 */
import type { Clock } from '../clock.js';
import { InputError, PolicyError } from '../errors.js';
import { clip, errorText, formatMs } from './format.js';
import { probeDns, nodeResolver } from './probes/dns.js';
import { probeHttp } from './probes/http.js';
import {
  ALB_PREVIEW_SCHEME,
  SERVICE_SCHEME,
  httpRequest,
  type HttpTransport,
} from './probes/http-request.js';
import { kubernetesProber } from './probes/kubernetes.js';
import { probePrometheus } from './probes/prometheus.js';
import { probeCloudWatch } from './probes/cloudwatch.js';
import type { CloudWatch } from '../aws/cloudwatch.js';
import { probeTcp } from './probes/tcp.js';
import { probeTls } from './probes/tls.js';
import { renderChecksTable } from './render.js';
import { isInconclusive } from './types.js';
import type {
  CheckResult,
  CheckSpec,
  CheckStatus,
  DnsResolverFactory,
  PodSource,
  ProbeEvent,
  ProbeOutcome,
  RunMode,
  RunResult,
} from './types.js';
import { resolveChecks } from './variables.js';

export interface RunOptions {
  clock: Clock;
  mode: RunMode;
  /** Cancels the run: it returns with status `cancelled` after aborting every probe. */
  signal?: AbortSignal;
  /**
   * Clock time (ms) to stop at. `until-healthy`: optional; not healthy by then fails. `watch`: required; the end
   * of the verify window.
   */
  deadline?: number;
  /** Values for `${NAME}` placeholders in the checks' target fields. */
  variables?: Readonly<Record<string, string>>;
  /** Cluster access for `kubernetes` checks. */
  pods?: PodSource;
  /** CloudWatch for `cloudwatch` checks (the deploy action's, in its AWS region). */
  cloudwatch?: CloudWatch;
  /** Resolver for `dns` checks; node:dns/promises `Resolver` by default. */
  dns?: DnsResolverFactory;
  /** Called after every probe, for progress logs and timelines. */
  onProbe?: (event: ProbeEvent) => void;
  /** How k8s-service:// URLs are reached (the deploy engine passes the API server's service proxy). */
  serviceProxy?: HttpTransport;
  /** How URLs of other schemes are reached, by scheme with its colon (the deploy engine's `alb-preview:`). */
  transports?: Readonly<Record<string, HttpTransport>>;
  /** Input name for error messages. Default `health-checks`. */
  input?: string;
}

type Prober = (signal: AbortSignal) => Promise<ProbeOutcome>;

class ProbeTimeout extends Error {
  override readonly name = 'ProbeTimeout';
}

const MAX_LATENCIES = 10_000;

class CheckState {
  status: CheckStatus = 'pending';
  probes = 0;
  failures = 0;
  inconclusive = 0;
  successes = 0;
  consecutiveSuccesses = 0;
  consecutiveFailures = 0;
  lastError?: string;
  lastMessage?: string;
  firstFailureAt?: number;
  failingSince?: number;
  verdictAt?: number;
  readonly latencies: number[] = [];

  constructor(
    readonly spec: CheckSpec,
    readonly probe: Prober,
  ) {}

  record(outcome: ProbeOutcome, at: number, latency: number, now: number): void {
    if (outcome.inconclusive) {
      this.inconclusive++;
      this.lastMessage = outcome.message;
      return;
    }
    this.probes++;
    this.lastMessage = outcome.message;
    if (this.latencies.length < MAX_LATENCIES) this.latencies.push(latency);
    if (outcome.ok) {
      this.successes++;
      this.consecutiveSuccesses++;
      this.consecutiveFailures = 0;
      this.failingSince = undefined;
      if (this.status === 'pending' && this.consecutiveSuccesses >= this.spec.successThreshold) {
        this.status = 'passed';
        this.verdictAt = now;
      }
    } else {
      this.failures++;
      this.consecutiveFailures++;
      this.consecutiveSuccesses = 0;
      this.lastError = outcome.message;
      this.firstFailureAt ??= at;
      this.failingSince ??= at;
      if (this.status !== 'failed' && this.consecutiveFailures >= this.spec.failureThreshold) {
        this.status = 'failed';
        this.verdictAt = now;
      }
    }
  }

  result(): CheckResult {
    const sorted = [...this.latencies].sort((a, b) => a - b);
    const p50 = sorted.length > 0 ? sorted[Math.ceil(sorted.length * 0.5) - 1] : undefined;
    const max = sorted.length > 0 ? sorted[sorted.length - 1] : undefined;
    return {
      index: this.spec.index,
      name: this.spec.name,
      kind: this.spec.kind,
      target: describeTarget(this.spec),
      status: this.status,
      probes: this.probes,
      failures: this.failures,
      ...(this.inconclusive > 0 ? { inconclusive: this.inconclusive } : {}),
      consecutiveSuccesses: this.consecutiveSuccesses,
      consecutiveFailures: this.consecutiveFailures,
      ...(this.lastError !== undefined ? { lastError: this.lastError } : {}),
      ...(this.lastMessage !== undefined ? { lastMessage: this.lastMessage } : {}),
      latency: { ...(p50 !== undefined ? { p50 } : {}), ...(max !== undefined ? { max } : {}) },
      ...(this.firstFailureAt !== undefined ? { firstFailureAt: this.firstFailureAt } : {}),
      ...(this.failingSince !== undefined ? { failingSince: this.failingSince } : {}),
      ...(this.verdictAt !== undefined ? { verdictAt: this.verdictAt } : {}),
    };
  }
}

/** What a check probes, for people. Never includes header values. */
export function describeTarget(spec: CheckSpec): string {
  switch (spec.kind) {
    case 'http':
      return `${spec.method} ${redactUrl(spec.url)}`;
    case 'dns':
      return `${spec.hostname} ${spec.recordType}${spec.server !== undefined ? ` @${spec.server}` : ''}`;
    case 'tls':
    case 'tcp':
      return spec.host;
    case 'prometheus':
      return `${clip(spec.query, 100)} ${spec.threshold.op} ${spec.threshold.value}`;
    case 'cloudwatch':
      if (spec.metric === undefined) return `alarms ${clip(spec.alarms.join(', '), 100)}`;
      return `${spec.metric}${spec.stat ? ` ${spec.stat}` : ''} of ${spec.dimensions?.targetGroup ?? spec.targetGroup} over ${formatMs(spec.window)} ${spec.threshold?.op ?? ''} ${spec.threshold?.factor !== undefined ? `${spec.threshold.factor} × stable + ` : ''}${spec.threshold?.offset ?? ''}`;
    case 'kubernetes':
      return `pods ${spec.selector} in ${spec.namespace}`;
  }
}

function redactUrl(url: string): string {
  return url.replace(/^([a-z]+:\/\/)[^/@]*@/i, '$1***@');
}

function proberFor(spec: CheckSpec, options: RunOptions): Prober {
  const { clock } = options;
  const request: HttpTransport = (url, o) => {
    const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(url)?.[0].toLowerCase() ?? '';
    const transport = options.transports?.[scheme];
    if (transport) return transport(url, o);
    if (scheme === ALB_PREVIEW_SCHEME)
      return Promise.reject(new Error(`${url} is only reachable while the deploy action checks a preview`));
    if (!url.startsWith(SERVICE_SCHEME)) return httpRequest(url, o);
    if (!options.serviceProxy)
      return Promise.reject(new Error(`${url} needs cluster access (a k8s-service URL)`));
    return options.serviceProxy(url, o);
  };
  switch (spec.kind) {
    case 'http':
      return (signal) => probeHttp(spec, clock, signal, request);
    case 'dns': {
      const factory = options.dns ?? nodeResolver;
      return (signal) => probeDns(spec, factory(spec.server, spec.timeout, spec.resolver), signal);
    }
    case 'tls':
      return (signal) => probeTls(spec, clock, signal);
    case 'tcp':
      return (signal) => probeTcp(spec, signal);
    case 'prometheus':
      return (signal) => probePrometheus(spec, signal, request);
    case 'cloudwatch': {
      const cw = options.cloudwatch;
      if (!cw) {
        const input = options.input ?? 'health-checks';
        throw new InputError(
          input,
          `Invalid input '${input}': check ${spec.index} ('${spec.name}') field 'kind': 'cloudwatch'. ` +
            "Expected AWS access for cloudwatch checks: the deploy action with 'aws-region' (or AWS_REGION) and credentials allowed cloudwatch:GetMetricData and cloudwatch:DescribeAlarms.",
        );
      }
      return (signal) => probeCloudWatch(spec, cw, clock, signal);
    }
    case 'kubernetes': {
      const pods = options.pods;
      if (!pods) {
        const input = options.input ?? 'health-checks';
        throw new InputError(
          input,
          `Invalid input '${input}': check ${spec.index} ('${spec.name}') field 'kind': 'kubernetes'. ` +
            'Expected cluster access (cluster-name or kubeconfig) for kubernetes checks.',
        );
      }
      return kubernetesProber(spec, pods, clock);
    }
  }
}

interface Verdict {
  status: RunResult['status'];
  /** Clock time the verdict was reached (before probes in flight are aborted). */
  at?: number;
  reason: string;
  failed?: CheckState;
}

export async function runChecks(specs: readonly CheckSpec[], options: RunOptions): Promise<RunResult> {
  const { clock, mode } = options;
  if (mode === 'watch' && options.deadline === undefined)
    throw new Error('runChecks: watch mode needs a deadline');
  const resolved = resolveChecks(specs, options.variables ?? {}, options.input);
  const states = resolved.map((spec) => new CheckState(spec, proberFor(spec, options)));
  const startedAt = clock.now();

  const finish = (v: Verdict): RunResult => {
    const verdictAt = v.at ?? clock.now();
    const firstFailureAt = v.failed?.failingSince ?? v.failed?.firstFailureAt;
    return {
      status: v.status,
      mode,
      reason: v.reason,
      startedAt,
      verdictAt,
      ...(firstFailureAt !== undefined ? { firstFailureAt, detectMs: verdictAt - firstFailureAt } : {}),
      ...(v.failed ? { failedCheck: v.failed.spec.name } : {}),
      checks: states.map((s) => s.result()),
    };
  };

  if (states.length === 0) return finish({ status: 'passed', reason: 'no health checks to run' });
  if (options.signal?.aborted)
    return finish({ status: 'cancelled', reason: `cancelled: ${reasonText(options.signal)}` });

  const run = new AbortController();
  let settled: Verdict | undefined;
  let settle!: (v: Verdict) => void;
  const verdict = new Promise<Verdict>((resolve) => {
    settle = (v) => {
      if (settled) return;
      settled = { ...v, at: clock.now() };
      resolve(settled);
    };
  });

  const onCancel = (): void =>
    settle({ status: 'cancelled', reason: `cancelled: ${reasonText(options.signal as AbortSignal)}` });
  options.signal?.addEventListener('abort', onCancel, { once: true });

  const evaluate = (state: CheckState): void => {
    if (state.status === 'failed') {
      const n = state.consecutiveFailures;
      settle({
        status: 'failed',
        failed: state,
        reason:
          `check ${state.spec.index} ('${state.spec.name}') failed ${n} consecutive ` +
          `probe${n === 1 ? '' : 's'}: ${state.lastError ?? ''}`,
      });
    } else if (mode === 'until-healthy' && states.every((s) => s.status === 'passed')) {
      const n = states.length;
      settle({
        status: 'passed',
        reason: `${n === 1 ? 'the check is' : `all ${n} checks are`} healthy after ${formatMs(clock.now() - startedAt)}`,
      });
    }
  };

  const loop = async (state: CheckState): Promise<void> => {
    const { interval } = state.spec;
    const first = clock.now();
    let k = 0;
    while (!settled) {
      const at = clock.now();
      const outcome = await probeOnce(state, clock, run.signal);
      if (settled) return;
      const now = clock.now();
      state.record(outcome, at, now - at, now);
      if (options.onProbe) notify(options.onProbe, state, outcome, at, now - at);
      evaluate(state);
      if (settled) return;
      k++;
      const wait = first + k * interval - clock.now();
      if (wait > 0) {
        try {
          await clock.sleep(wait, run.signal);
        } catch {
          return;
        }
      } else {
        // The probe overran its slot (a late timer); probe now and stay on the grid afterwards.
        k = Math.floor((clock.now() - first) / interval);
      }
    }
  };

  if (options.deadline !== undefined) {
    // The window's length as given, not the time measured: a loaded machine waking late must not change it.
    const window = options.deadline - startedAt;
    clock.sleep(Math.max(0, options.deadline - clock.now()), run.signal).then(
      () => settle(atDeadline(mode, states, window)),
      () => undefined,
    );
  }

  const loops = states.map((s) => loop(s));
  const v = await verdict;
  run.abort(new Error('health checks finished'));
  options.signal?.removeEventListener('abort', onCancel);
  await Promise.allSettled(loops);
  if (mode === 'watch' && v.status === 'passed') {
    for (const s of states) {
      if (s.status === 'pending' && s.probes > 0) {
        s.status = 'passed';
        s.verdictAt = v.at;
      }
    }
  }
  return finish(v);
}

function atDeadline(mode: RunMode, states: CheckState[], window: number): Verdict {
  if (mode === 'watch') {
    const silent = states.find((s) => s.probes === 0);
    if (silent) {
      return {
        status: 'failed',
        reason: `the window (${formatMs(window)}) ended before check ${silent.spec.index} ('${silent.spec.name}') completed a probe`,
      };
    }
    const probes = states.reduce((n, s) => n + s.probes, 0);
    const n = states.length;
    return {
      status: 'passed',
      reason: `${n === 1 ? 'the check' : `all ${n} checks`} stayed healthy for ${formatMs(window)} (${probes} probes)`,
    };
  }
  const waiting = states.filter((s) => s.status !== 'passed');
  const shown = waiting
    .slice(0, 3)
    .map((s) => {
      const last = s.probes === 0 ? 'no probe completed' : `last: ${s.lastMessage ?? ''}`;
      return `check ${s.spec.index} ('${s.spec.name}') ${s.consecutiveSuccesses}/${s.spec.successThreshold} successes, ${last}`;
    })
    .join('; ');
  return {
    status: 'failed',
    reason: `not healthy within ${formatMs(window)}: ${shown}${waiting.length > 3 ? '; …' : ''}`,
  };
}

async function probeOnce(state: CheckState, clock: Clock, runSignal: AbortSignal): Promise<ProbeOutcome> {
  const { timeout } = state.spec;
  const probe = new AbortController();
  const onRunAbort = (): void => probe.abort(runSignal.reason);
  runSignal.addEventListener('abort', onRunAbort, { once: true });
  clock.sleep(timeout, probe.signal).then(
    () => probe.abort(new ProbeTimeout(`no answer within ${formatMs(timeout)} (timeout)`)),
    () => undefined,
  );
  // Even a probe that ignores its signal cannot hold the runner: the race ends when the signal fires.
  const aborted = new Promise<never>((_, reject) => {
    probe.signal.addEventListener('abort', () => reject(probe.signal.reason), { once: true });
  });
  try {
    return await Promise.race([state.probe(probe.signal), aborted]);
  } catch (e) {
    const reason: unknown = probe.signal.aborted ? probe.signal.reason : e;
    // CloudWatch not answering in time says nothing about the version.
    if (reason instanceof ProbeTimeout)
      return state.spec.kind === 'cloudwatch'
        ? { ok: false, inconclusive: true, message: `CloudWatch: ${reason.message}` }
        : { ok: false, message: reason.message };
    if (isInconclusive(reason)) return { ok: false, inconclusive: true, message: errorText(reason) };
    return { ok: false, message: errorText(reason) };
  } finally {
    runSignal.removeEventListener('abort', onRunAbort);
    if (!probe.signal.aborted) probe.abort(new Error('probe finished'));
  }
}

function notify(
  onProbe: (e: ProbeEvent) => void,
  s: CheckState,
  o: ProbeOutcome,
  at: number,
  latency: number,
): void {
  try {
    onProbe({
      check: s.spec.name,
      index: s.spec.index,
      ok: o.ok,
      message: o.message,
      ...(o.inconclusive ? { inconclusive: true } : {}),
      at,
      latency,
      status: s.status,
      consecutiveSuccesses: s.consecutiveSuccesses,
      consecutiveFailures: s.consecutiveFailures,
    });
  } catch {
    // A progress callback must not stop the checks.
  }
}

function reasonText(signal: AbortSignal): string {
  const r: unknown = signal.reason;
  return r === undefined ? 'aborted' : errorText(r);
}

/** Throws a PolicyError (reason + the checks table as details) unless the run passed. */
export function assertHealthy(result: RunResult): void {
  if (result.status === 'passed') return;
  throw new PolicyError(
    `Health checks ${result.status === 'cancelled' ? 'cancelled' : 'failed'}: ${result.reason}`,
    renderChecksTable(result),
  );
}
