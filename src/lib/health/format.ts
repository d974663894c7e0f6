import { formatDuration } from '../inputs.js';

/** `12ms`, `1.5s`, `2m30s`. */
export function formatMs(ms: number): string {
  const r = Math.round(ms);
  if (r < 1000) return `${r}ms`;
  if (r < 60_000) return `${Number((r / 1000).toFixed(1))}s`;
  return formatDuration(Math.round(r / 1000) * 1000);
}

export function clip(text: string, max = 160): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/**
 * The first line of an error's message. Duck-typed: errors thrown by Node's core may come from another realm
 * (jest's VM contexts), where `instanceof Error` is false. Adds the `code` when the message lacks it.
 */
export function errorText(e: unknown): string {
  if (typeof e === 'object' && e !== null && typeof (e as { message?: unknown }).message === 'string') {
    const { message, code, name } = e as { message: string; code?: unknown; name?: unknown };
    const first = message.split('\n')[0] ?? '';
    const text = first !== '' ? first : typeof name === 'string' ? name : 'error';
    return typeof code === 'string' && !text.includes(code) ? `${text} (${code})` : text;
  }
  return String(e);
}
