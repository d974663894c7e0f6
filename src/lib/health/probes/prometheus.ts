import { clip } from '../format.js';
import { isInconclusive, type ProbeOutcome, type PrometheusCheck, type ThresholdOp } from '../types.js';
import { httpRequest, type HttpTransport } from './http-request.js';
import { errorText } from '../format.js';

/** `GET {url}/api/v1/query?query=…`; every returned series must satisfy the threshold; NaN never does. */
export async function probePrometheus(
  spec: PrometheusCheck,
  signal: AbortSignal,
  request: HttpTransport = httpRequest,
): Promise<ProbeOutcome> {
  const url = `${spec.url.replace(/\/+$/, '')}/api/v1/query?query=${encodeURIComponent(spec.query)}`;
  let answer;
  try {
    answer = await request(url, {
      method: 'GET',
      headers: { accept: 'application/json', ...spec.headers },
      insecure: spec.insecure,
      signal,
    });
  } catch (e) {
    if (signal.aborted || isInconclusive(e)) throw e;
    return { ok: false, message: errorText(e) };
  }
  const text = answer.body.toString('utf8');
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return {
      ok: false,
      message: `Prometheus answered HTTP ${answer.status} with a body that is not JSON: '${clip(text, 80)}'`,
    };
  }
  const body = (doc ?? {}) as { status?: unknown; error?: unknown; errorType?: unknown; data?: unknown };
  if (body.status !== 'success') {
    const why =
      typeof body.error === 'string'
        ? `${String(body.errorType ?? 'error')}: ${body.error}`
        : `status ${String(body.status)}`;
    return { ok: false, message: `Prometheus query failed (HTTP ${answer.status}): ${clip(why, 200)}` };
  }
  const data = (body.data ?? {}) as { resultType?: unknown; result?: unknown };
  let samples: { labels: string; raw: unknown }[];
  if (data.resultType === 'vector' && Array.isArray(data.result)) {
    samples = data.result.map((s: { metric?: Record<string, string>; value?: unknown[] }) => ({
      labels: labelsOf(s.metric),
      raw: Array.isArray(s.value) ? s.value[1] : undefined,
    }));
  } else if (data.resultType === 'scalar' && Array.isArray(data.result)) {
    samples = [{ labels: '', raw: data.result[1] }];
  } else {
    return {
      ok: false,
      message: `Prometheus returned a ${String(data.resultType)} result; expected a vector or scalar`,
    };
  }
  const want = `${spec.threshold.op} ${spec.threshold.value}`;
  if (samples.length === 0) {
    return spec.onEmpty === 'pass'
      ? { ok: true, message: 'empty result (on-empty: pass)' }
      : { ok: false, message: 'empty result (on-empty: fail)' };
  }
  for (const s of samples) {
    const value = sampleValue(s.raw);
    if (value === undefined)
      return { ok: false, message: `${s.labels}unreadable sample value ${JSON.stringify(s.raw)}` };
    if (Number.isNaN(value)) return { ok: false, message: `${s.labels}value is NaN, expected ${want}` };
    if (!compare(value, spec.threshold.op, spec.threshold.value)) {
      return { ok: false, message: `${s.labels}value ${formatValue(value)} is not ${want}` };
    }
  }
  const shown =
    samples.length === 1
      ? `value ${formatValue(sampleValue(samples[0]?.raw) as number)}`
      : `${samples.length} series`;
  return { ok: true, message: `${shown} ${want}` };
}

function labelsOf(metric: Record<string, string> | undefined): string {
  const entries = Object.entries(metric ?? {});
  return entries.length === 0 ? '' : `{${entries.map(([k, v]) => `${k}="${v}"`).join(',')}} `;
}

/** Prometheus encodes sample values as strings: "0.02", "NaN", "+Inf", "-Inf". */
function sampleValue(raw: unknown): number | undefined {
  if (typeof raw === 'number') return raw;
  if (typeof raw !== 'string') return undefined;
  if (raw === '+Inf' || raw === 'Inf') return Infinity;
  if (raw === '-Inf') return -Infinity;
  if (raw === 'NaN') return NaN;
  const n = Number(raw);
  return raw.trim() === '' || Number.isNaN(n) ? undefined : n;
}

function formatValue(v: number): string {
  return Number.isFinite(v) ? String(Number(v.toPrecision(6))) : v > 0 ? '+Inf' : '-Inf';
}

export function compare(value: number, op: ThresholdOp, threshold: number): boolean {
  switch (op) {
    case '<':
      return value < threshold;
    case '<=':
      return value <= threshold;
    case '>':
      return value > threshold;
    case '>=':
      return value >= threshold;
    case '==':
      return value === threshold;
  }
}
