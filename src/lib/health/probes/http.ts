import { setMaxListeners } from 'node:events';
import type { Clock } from '../../clock.js';
import { formatMs, clip } from '../format.js';
import { getJsonPath, jsonEqual } from '../json-path.js';
import { describeStatuses } from '../parse.js';
import { isInconclusive, type HttpCheck, type ProbeOutcome } from '../types.js';
import { httpRequest, type HttpTransport } from './http-request.js';
import { errorText } from '../format.js';

/**
 * One probe: a single request, or `samples` requests at once judged by their error ratio, which catches a
 * version failing a share of requests that consecutive single probes would mostly miss.
 */
export async function probeHttp(
  spec: HttpCheck,
  clock: Clock,
  signal: AbortSignal,
  request: HttpTransport = httpRequest,
): Promise<ProbeOutcome> {
  const samples = spec.samples ?? 1;
  if (samples <= 1) return sampleHttp(spec, clock, signal, request);
  setMaxListeners(samples + 10, signal); // every sample's request listens to the probe's signal

  const outcomes = await Promise.all(
    Array.from({ length: samples }, () => sampleHttp(spec, clock, signal, request)),
  );
  const failed = outcomes.filter((o) => !o.ok);
  const ratio = failed.length / samples;
  const max = spec.maxErrorRatio ?? 0;
  const pct = (r: number): string => `${Math.round(r * 1000) / 10}%`;
  if (ratio > max) {
    return {
      ok: false,
      message: `${failed.length} of ${samples} requests failed (${pct(ratio)}, max ${pct(max)}): ${failed[0]?.message}`,
    };
  }
  return {
    ok: true,
    message: `${samples - failed.length} of ${samples} requests ok${failed.length ? ` (${pct(ratio)} failed)` : ''}`,
  };
}

async function sampleHttp(
  spec: HttpCheck,
  clock: Clock,
  signal: AbortSignal,
  request: HttpTransport,
): Promise<ProbeOutcome> {
  const started = clock.now();
  let answer;
  try {
    answer = await request(spec.url, {
      method: spec.method,
      headers: spec.headers,
      insecure: spec.insecure,
      signal,
    });
  } catch (e) {
    if (signal.aborted || isInconclusive(e)) throw e;
    return { ok: false, message: errorText(e) };
  }
  const latency = clock.now() - started;
  const { status } = answer;
  if (!spec.expectStatus.some((r) => status >= r.min && status <= r.max)) {
    return { ok: false, message: `HTTP ${status}, expected ${describeStatuses(spec.expectStatus)}` };
  }
  if (spec.maxLatency !== undefined && latency > spec.maxLatency) {
    return {
      ok: false,
      message: `HTTP ${status} in ${formatMs(latency)}, over max-latency ${formatMs(spec.maxLatency)}`,
    };
  }
  const text = answer.body.toString('utf8');
  if (spec.bodyContains !== undefined && !text.includes(spec.bodyContains)) {
    return { ok: false, message: `HTTP ${status}: body does not contain '${clip(spec.bodyContains, 60)}'` };
  }
  if (spec.json) {
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch {
      return {
        ok: false,
        message: `HTTP ${status}: body is not JSON${answer.truncated ? ' (cut at 1 MiB)' : ''}: '${clip(text, 60)}'`,
      };
    }
    const got = getJsonPath(doc, spec.json.segments);
    if (!got.found) return { ok: false, message: `HTTP ${status}: ${spec.json.path} not found in the body` };
    if (!jsonEqual(got.value, spec.json.equals)) {
      return {
        ok: false,
        message: `HTTP ${status}: ${spec.json.path} is ${clip(JSON.stringify(got.value) ?? 'undefined', 60)}, expected ${clip(JSON.stringify(spec.json.equals), 60)}`,
      };
    }
  }
  return { ok: true, message: `HTTP ${status} in ${formatMs(latency)}` };
}
