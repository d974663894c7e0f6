/**
 * The readable difference between the plan that was reviewed and the plan about to be applied: resources whose
 * actions appeared, disappeared or changed, resources whose planned values changed under the same actions, and
 * the same for outputs. Works on manifests, so the reviewed side can come from the PR comment.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { ManifestEntry, PlanManifest } from './hash.js';

export interface DiffLine {
  kind: 'appeared' | 'disappeared' | 'actions' | 'values';
  subject: 'resource' | 'output';
  key: string;
  before?: string;
  after?: string;
}

export interface PlanDiff {
  same: boolean;
  lines: DiffLine[];
}

function diffMaps(
  subject: DiffLine['subject'],
  old: Map<string, ManifestEntry>,
  now: Map<string, ManifestEntry>,
  out: DiffLine[],
): void {
  const keys = [...new Set([...old.keys(), ...now.keys()])].sort();
  for (const key of keys) {
    const a = old.get(key);
    const b = now.get(key);
    if (!a && b) out.push({ kind: 'appeared', subject, key, after: b.actions });
    else if (a && !b) out.push({ kind: 'disappeared', subject, key, before: a.actions });
    else if (a && b && a.actions !== b.actions)
      out.push({ kind: 'actions', subject, key, before: a.actions, after: b.actions });
    else if (a && b && a.digest !== b.digest)
      out.push({ kind: 'values', subject, key, before: a.actions, after: b.actions });
  }
}

export function diffManifests(reviewed: PlanManifest, current: PlanManifest): PlanDiff {
  const lines: DiffLine[] = [];
  diffMaps('resource', reviewed.resources, current.resources, lines);
  diffMaps('output', reviewed.outputs, current.outputs, lines);
  return { same: reviewed.hash === current.hash && lines.length === 0, lines };
}

function show(actions: string | undefined): string {
  return (actions ?? '').split(',').join(', ');
}

/** Plain text for logs and the CLI; at most `max` lines, then a count of the rest. */
export function formatDiff(d: PlanDiff, reviewedHash: string, currentHash: string, max = 200): string {
  if (d.same) return `The plans are the same (plan hash ${currentHash}).`;
  const out = [`Reviewed plan hash: ${reviewedHash}`, `Current plan hash:  ${currentHash}`, ''];
  if (d.lines.length === 0) {
    out.push(
      'The resources and outputs match, but the plans differ in detail the reviewed manifest does not hold.',
    );
    return out.join('\n');
  }
  let shown = 0;
  for (const subject of ['resource', 'output'] as const) {
    const lines = d.lines.filter((l) => l.subject === subject);
    if (lines.length === 0 || shown >= max) continue;
    out.push(subject === 'resource' ? 'Resources:' : 'Outputs:');
    for (const l of lines) {
      if (shown >= max) break;
      shown++;
      const name = subject === 'output' ? `output.${l.key}` : l.key;
      if (l.kind === 'appeared') out.push(`  + ${name}: ${show(l.after)} (not in the reviewed plan)`);
      else if (l.kind === 'disappeared')
        out.push(`  - ${name}: ${show(l.before)} (reviewed, no longer planned)`);
      else if (l.kind === 'actions') out.push(`  ~ ${name}: ${show(l.before)} -> ${show(l.after)}`);
      else out.push(`  ~ ${name}: ${show(l.after)} (same actions, different planned values)`);
    }
  }
  if (shown < d.lines.length) out.push(`  … and ${d.lines.length - shown} more`);
  return out.join('\n');
}

/**
 * A manifest packed for a hidden HTML comment: deflate + base64 of tab-separated lines. Base64 cannot contain
 * `-->`, and addresses (which may hold any for_each key) never appear in clear.
 */
export function encodeManifest(m: PlanManifest): string {
  const lines = [`H\t${m.hash}`];
  for (const [k, e] of m.resources) lines.push(`R\t${e.actions}\t${e.digest}\t${k}`);
  for (const [k, e] of m.outputs) lines.push(`O\t${e.actions}\t${e.digest}\t${k}`);
  return deflateRawSync(Buffer.from(lines.join('\n'), 'utf8'), { level: 9 }).toString('base64');
}

export function decodeManifest(text: string): PlanManifest | undefined {
  let raw: string;
  try {
    raw = inflateRawSync(Buffer.from(text.replace(/\s+/g, ''), 'base64')).toString('utf8');
  } catch {
    return undefined;
  }
  const m: PlanManifest = { hash: '', resources: new Map(), outputs: new Map(), detailed: true };
  for (const line of raw.split('\n')) {
    const [tag, a, b, ...rest] = line.split('\t');
    if (tag === 'H' && a) m.hash = a;
    else if ((tag === 'R' || tag === 'O') && a !== undefined && b !== undefined) {
      (tag === 'R' ? m.resources : m.outputs).set(rest.join('\t'), { actions: a, digest: b });
    }
  }
  return m.hash ? m : undefined;
}
