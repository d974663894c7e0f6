import type { Clock } from '../../clock.js';
import { formatMs, clip } from '../format.js';
import { getJsonPath, jsonEqual } from '../json-path.js';
import { describeStatuses } from '../parse.js';
import type { HttpCheck, ProbeOutcome } from '../types.js';
import { httpRequest, type HttpTransport } from './http-request.js';
import { errorText } from '../format.js';

export async function probeHttp(
  spec: HttpCheck,
  clock: Clock,
  signal: AbortSignal,
  request: HttpTransport = httpRequest,
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
    if (signal.aborted) throw e;
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
