/**
 * `keelson workflow run` output in GitHub's shape: each job as it runs with its steps (status, duration) and their
 * logs with groups folded as the Actions UI folds them (a failed step's groups open), then the run's report: the
 * job tree, the job summaries rendered for a terminal, annotations, outputs, artifacts, and what the run left on
 * GitHub (pull request comments, Deployments) when the GitHub emulator ran behind it.
 */
import type {
  Conclusion,
  LeftOnGitHub,
  JobResult,
  RunEvent,
  StepResult,
  WorkflowRunResult,
} from '../lib/workflows/run/types.js';
import { parseWorkflowCommand } from '../lib/local-runner.js';
import { renderLogLine, type Style } from './render-log.js';

export type { LeftOnGitHub };

export function formatDuration(ms: number): string {
  if (ms < 10_000) return `${(ms / 1000).toFixed(1)}s`;
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m ${s % 60}s` : `${Math.floor(m / 60)}h ${m % 60}m`;
}

export function icon(c: Conclusion | 'running', s: Style): string {
  switch (c) {
    case 'success':
      return s.green('✓');
    case 'failure':
      return s.red('✗');
    case 'cancelled':
      return s.yellow('⊘');
    case 'skipped':
      return s.dim('-');
    default:
      return s.blue('●');
  }
}

/**
 * A step's log as the Actions UI shows it: `::group::` blocks folded to their title and line count (open with
 * `expand`), annotations as labelled lines, everything else as printed.
 */
export function renderStepLog(lines: string[], s: Style, expand: boolean): string[] {
  const out: string[] = [];
  const depth: { groups: number; stopToken?: string } = { groups: 0 };
  let folded: { title: string; count: number; kept: string[] } | undefined;
  for (const line of lines) {
    if (folded && !depth.stopToken) {
      const cmd = parseWorkflowCommand(line);
      if (cmd?.command === 'endgroup') {
        out.push(
          s.blue(`▸ ${folded.title}`) + s.dim(` (${folded.count} line${folded.count === 1 ? '' : 's'})`),
        );
        out.push(...folded.kept);
        folded = undefined;
        depth.groups = 0;
        continue;
      }
      if (cmd && ['error', 'warning', 'notice'].includes(cmd.command)) {
        const shown = renderLogLine(line, s, depth);
        if (shown !== undefined) folded.kept.push(shown);
        continue;
      }
      if (cmd?.command === 'stop-commands') {
        renderLogLine(line, s, depth);
        continue;
      }
      folded.count++;
      continue;
    }
    if (!expand && !depth.stopToken) {
      const cmd = parseWorkflowCommand(line);
      if (cmd?.command === 'group') {
        folded = { title: cmd.message, count: 0, kept: [] };
        continue;
      }
    }
    const shown = renderLogLine(line, s, depth);
    if (shown !== undefined) out.push(shown);
  }
  if (folded) {
    out.push(s.blue(`▸ ${folded.title}`) + s.dim(` (${folded.count} lines)`));
    out.push(...folded.kept);
  }
  return out;
}

export interface LiveOptions {
  style: Style;
  write: (text: string) => void;
  /** Open every group (default: open only in failed steps). */
  expand?: boolean;
}

/** Prints the run as it happens: job headers, each step's folded log when it ends, the job's result. */
export function liveRenderer(o: LiveOptions): (e: RunEvent) => void {
  const s = o.style;
  const pending = new Map<string, string[]>();
  const key = (path: string[], step: string): string => `${path.join('\u0000')}\u0000${step}`;
  const stepLine = (st: StepResult): string =>
    `  ${icon(st.conclusion, s)} ${st.name}` +
    (st.conclusion === 'skipped' ? s.dim('  skipped') : s.dim(`  ${formatDuration(st.durationMs)}`)) +
    (st.outcome === 'failure' && st.conclusion === 'success' ? s.yellow('  (continue-on-error)') : '');
  return (e) => {
    switch (e.type) {
      case 'job-start':
        o.write(
          `\n${s.bold(`● ${e.job.path.join(' / ')}`)}${e.job.environment ? s.dim(`  environment: ${e.job.environment}`) : ''}\n`,
        );
        break;
      case 'note':
        o.write(s.dim(`  ${e.job ? '' : '⚑ '}${e.message}\n`));
        break;
      case 'step-start':
        pending.set(key(e.job.path, e.step.id + (e.step.post ? '#post' : '')), []);
        break;
      case 'log': {
        const k = key(e.job.path, e.step.startsWith('post-') ? e.step.slice(5) + '#post' : e.step);
        const buf = pending.get(k);
        if (buf) buf.push(e.line);
        break;
      }
      case 'step-end': {
        const k = key(e.job.path, e.step.id + (e.step.post ? '#post' : ''));
        pending.delete(k);
        o.write(stepLine(e.step) + '\n');
        if (e.step.conclusion === 'skipped') break;
        const open = o.expand === true || e.step.outcome === 'failure';
        for (const l of renderStepLog(e.step.log, s, open)) o.write(`      ${l}\n`);
        break;
      }
      case 'job-end': {
        const j = e.job;
        if (j.result === 'skipped') {
          o.write(`\n${icon('skipped', s)} ${s.dim(`${j.path.join(' / ')}  skipped`)}\n`);
          break;
        }
        if (j.error) for (const l of j.error.split('\n')) o.write(`  ${s.red('Error')}: ${l}\n`);
        o.write(
          `${icon(j.result, s)} ${s.bold(j.path.join(' / '))}  ${j.result}  ${s.dim(formatDuration(j.durationMs))}\n`,
        );
        break;
      }
    }
  };
}

/** A job summary's Markdown for a terminal: HTML tags GitHub renders turned into text, the rest as written. */
export function renderMarkdown(md: string, s: Style): string {
  return md
    .replace(/<details[^>]*>\s*<summary>([\s\S]*?)<\/summary>/g, (_m, t: string) => `▸ ${t.trim()}\n`)
    .replace(/<\/details>/g, '')
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<\/?(code|sub|sup|b|strong|i|em|p|div|span)[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .split('\n')
    .map((l) => {
      const h = /^(#{1,6})\s+(.*)$/.exec(l);
      return h ? s.bold(h[2] as string) : l;
    })
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
}

function jobTree(jobs: JobResult[], s: Style, depth = 0): string[] {
  const out: string[] = [];
  for (const j of jobs) {
    const pad = '  '.repeat(depth + 1);
    const env = j.environment
      ? s.dim(`  → ${j.environment.name}${j.environment.url ? ` ${j.environment.url}` : ''}`)
      : '';
    const time = j.result === 'skipped' ? '' : s.dim(`  ${formatDuration(j.durationMs)}`);
    out.push(`${pad}${icon(j.result, s)} ${j.name}${time}${env}`);
    if (j.children?.length) out.push(...jobTree(j.children, s, depth + 1));
  }
  return out;
}

function allJobs(jobs: JobResult[]): JobResult[] {
  return jobs.flatMap((j) => [j, ...allJobs(j.children ?? [])]);
}

/** The run's report, printed after the live log. */
export function renderReport(r: WorkflowRunResult, s: Style, left?: LeftOnGitHub): string {
  const out: string[] = [];
  const section = (title: string): void => {
    out.push('', s.bold(title), s.dim('─'.repeat(Math.min(78, title.length + 8))));
  };
  section(`${r.name} · ${r.event} · ${r.conclusion} in ${formatDuration(r.durationMs)}`);
  if (r.errors.length) for (const e of r.errors) out.push(`  ${s.red('Error')}: ${e}`);
  out.push(...jobTree(r.jobs, s));
  const summaries = allJobs(r.jobs).filter((j) => j.summary.trim());
  for (const j of summaries) {
    section(`Summary · ${j.path.join(' / ')}`);
    out.push(renderMarkdown(j.summary.trimEnd(), s));
  }
  if (r.annotations.length) {
    section('Annotations');
    for (const a of r.annotations) {
      const tag =
        a.command === 'error'
          ? s.red('Error')
          : a.command === 'warning'
            ? s.yellow('Warning')
            : s.blue('Notice');
      const where = a.props.file ? ` ${a.props.file}${a.props.line ? `:${a.props.line}` : ''}` : '';
      out.push(`  ${tag} ${s.dim(`${a.job} › ${a.step}`)}${where}: ${a.message.split('\n')[0]}`);
    }
  }
  if (Object.keys(r.outputs).length) {
    section('Outputs');
    const w = Math.max(...Object.keys(r.outputs).map((k) => k.length));
    for (const [k, v] of Object.entries(r.outputs)) out.push(`  ${k.padEnd(w)}  ${v}`);
  }
  if (r.artifacts.length) {
    section('Artifacts, SARIF and caches');
    for (const a of r.artifacts) out.push(`  ${a.kind.padEnd(8)} ${a.name}  ${s.dim(a.path)}`);
  }
  if (left && (left.comments.length || left.deployments.length)) {
    section('Left on GitHub (emulator)');
    for (const c of left.comments) {
      out.push(`  ${s.bold(`Comment on ${c.where}`)} by ${c.author}:`);
      for (const l of renderMarkdown(c.body.trimEnd(), s).split('\n')) out.push(`    ${l}`);
    }
    for (const d of left.deployments)
      out.push(
        `  Deployment #${d.id} → ${d.environment}  ${d.state}  ref ${d.ref}  ${s.dim(d.sha.slice(0, 12))}${d.payload ? s.dim(`  ${d.payload}`) : ''}`,
      );
  }
  return out.join('\n') + '\n';
}
