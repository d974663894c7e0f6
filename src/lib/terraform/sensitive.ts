/**
 * Every value a plan marks sensitive, so it can be masked before anything is printed: `before_sensitive` /
 * `after_sensitive` markers at any depth (resource changes and drift), `sensitive_values` in planned values and
 * prior state, sensitive outputs, and root variables declared `sensitive` in the configuration. Plus the
 * action's `mask` input: literal values or `/regex/flags`.
 */
import { errorMessage, InputError } from '../errors.js';
import { compilePattern, type MaskPattern } from '../mask.js';
import type { Json, JsonObject, Plan } from './plan.js';

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Every scalar leaf of `value` (strings and numbers; booleans and null say nothing secret). */
function leaves(value: Json | undefined, out: Set<string>): void {
  if (value === null || value === undefined || typeof value === 'boolean') return;
  if (typeof value === 'string') {
    if (value !== '') out.add(value);
    return;
  }
  if (typeof value === 'number') {
    out.add(String(value));
    return;
  }
  if (Array.isArray(value)) {
    for (const v of value) leaves(v, out);
    return;
  }
  for (const v of Object.values(value)) leaves(v, out);
}

/** Walks `value` alongside its sensitivity marker (`true` marks the whole subtree). */
function marked(value: Json | undefined, marker: Json | undefined, out: Set<string>): void {
  if (marker === true) {
    leaves(value, out);
    return;
  }
  if (value === null || value === undefined || marker === null || marker === undefined) return;
  if (Array.isArray(marker) && Array.isArray(value)) {
    marker.forEach((m, i) => marked(value[i], m, out));
  } else if (isObject(marker) && isObject(value)) {
    for (const [k, m] of Object.entries(marker)) marked(value[k], m, out);
  }
}

function moduleValues(mod: Json | undefined, out: Set<string>): void {
  if (!isObject(mod)) return;
  if (Array.isArray(mod.resources)) {
    for (const r of mod.resources) if (isObject(r)) marked(r.values, r.sensitive_values, out);
  }
  if (Array.isArray(mod.child_modules)) for (const child of mod.child_modules) moduleValues(child, out);
}

function valuesBlock(values: Json | undefined, out: Set<string>): void {
  if (!isObject(values)) return;
  if (isObject(values.outputs)) {
    for (const o of Object.values(values.outputs))
      if (isObject(o) && o.sensitive === true) leaves(o.value, out);
  }
  moduleValues(values.root_module, out);
}

/** All sensitive values in the plan, longest first (a short secret inside a long one must not split it). */
export function collectSensitive(plan: Plan): string[] {
  const out = new Set<string>();
  for (const rc of [...plan.resource_changes, ...plan.resource_drift]) {
    marked(rc.change.before, rc.change.before_sensitive, out);
    marked(rc.change.after, rc.change.after_sensitive, out);
  }
  for (const o of plan.output_changes) {
    marked(o.before, o.before_sensitive, out);
    marked(o.after, o.after_sensitive, out);
  }
  const raw = plan.raw;
  valuesBlock(raw.planned_values, out);
  if (isObject(raw.prior_state)) valuesBlock(raw.prior_state.values, out);
  const root =
    isObject(raw.configuration) && isObject(raw.configuration.root_module)
      ? raw.configuration.root_module
      : {};
  if (isObject(root.variables)) {
    const given = isObject(raw.variables) ? raw.variables : {};
    for (const [name, decl] of Object.entries(root.variables)) {
      if (!isObject(decl) || decl.sensitive !== true) continue;
      leaves(decl.default, out);
      const v = given[name];
      if (isObject(v)) leaves(v.value, out);
    }
  }
  if (isObject(root.outputs) && isObject(raw.planned_values) && isObject(raw.planned_values.outputs)) {
    const planned = raw.planned_values.outputs;
    for (const [name, decl] of Object.entries(root.outputs)) {
      const p = planned[name];
      if (isObject(decl) && decl.sensitive === true && isObject(p)) leaves(p.value, out);
    }
  }
  return [...out].sort((a, b) => b.length - a.length);
}

export interface MaskRules {
  values: string[];
  patterns: MaskPattern[];
}

/**
 * The `mask` input: one entry per line; `/regex/flags` is a pattern (run on RE2, linear time: no pattern can
 * hang the action), anything else a literal value. Errors name the line, never its text: the input holds
 * secrets.
 */
export async function parseMask(name: string, lines: readonly string[]): Promise<MaskRules> {
  const rules: MaskRules = { values: [], patterns: [] };
  for (const [i, line] of lines.entries()) {
    const m = /^\/(.+)\/([a-z]*)$/s.exec(line);
    if (!m) {
      rules.values.push(line);
      continue;
    }
    const where = `Invalid input '${name}': line ${i + 1}`;
    const flags = m[2] as string;
    if (!/^[imsu]*$/.test(flags)) {
      throw new InputError(
        name,
        `${where} has regular expression flags '${flags}'. Expected flags from i, m, s, u.`,
      );
    }
    let re: MaskPattern;
    try {
      re = await compilePattern(m[1] as string, flags);
    } catch (e) {
      throw new InputError(
        name,
        // RE2 quotes the pattern after a colon (`…: \`pattern\``): left out, the input holds secrets.
        `${where} is not a regular expression Keelson can run (${errorMessage(e).replace(/:\s*`[\s\S]*$/, '')}). ` +
          'Expected RE2 syntax: no backreferences or lookarounds.',
      );
    }
    if (re.test('')) {
      throw new InputError(name, `${where} matches the empty string. Expected a pattern that cannot.`);
    }
    rules.patterns.push(re);
  }
  return rules;
}
