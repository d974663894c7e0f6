/**
 * The Terraform / OpenTofu plan JSON (`show -json <planfile>`), as far as Keelson reads it. Format 1.x is
 * accepted (1.0 to 1.2 exist today; minor versions only add keys), other majors are refused with the file's
 * name. Unknown keys are ignored: the model keeps only what Keelson reports on.
 */
import { readFileSync } from 'node:fs';
import { errorMessage, ToolError } from '../errors.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface Change {
  actions: string[];
  before: Json;
  after: Json;
  after_unknown: Json;
  before_sensitive: Json;
  after_sensitive: Json;
  replace_paths?: Json[];
  importing?: JsonObject;
}

export interface ResourceChange {
  address: string;
  previous_address?: string;
  module_address?: string;
  mode: string;
  type: string;
  name: string;
  provider_name?: string;
  action_reason?: string;
  deposed?: string;
  change: Change;
}

export interface OutputChange extends Change {
  name: string;
}

export interface Plan {
  /** Where the plan came from, for messages. */
  source: string;
  format_version: string;
  terraform_version?: string;
  errored: boolean;
  complete?: boolean;
  applyable?: boolean;
  /** How many entries `deferred_changes` holds (changes Terraform could only plan in a later run). */
  deferred: number;
  resource_changes: ResourceChange[];
  resource_drift: ResourceChange[];
  output_changes: OutputChange[];
  /** The whole document, for sensitive-value collection (planned_values, prior_state, variables, configuration). */
  raw: JsonObject;
}

export class PlanFormatError extends ToolError {
  override readonly name = 'PlanFormatError';
}

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function readChange(v: unknown): Change {
  const c: JsonObject = isObject(v) ? v : {};
  fixChange(c);
  return c as unknown as Change;
}

/** Brings a decoded `change` object to the Change shape in place (no copy: plans can hold 50k of them). */
function fixChange(c: JsonObject): void {
  const a = c.actions;
  if (!Array.isArray(a) || a.length === 0 || a.some((x) => typeof x !== 'string')) {
    const kept = Array.isArray(a) ? a.filter((x): x is string => typeof x === 'string') : [];
    c.actions = kept.length > 0 ? kept : ['no-op'];
  }
  c.before ??= null;
  c.after ??= null;
  c.after_unknown ??= false;
  c.before_sensitive ??= false;
  c.after_sensitive ??= false;
  if (c.replace_paths !== undefined && !Array.isArray(c.replace_paths)) delete c.replace_paths;
  if (c.importing !== undefined && !isObject(c.importing)) delete c.importing;
}

const OPTIONAL_STRINGS = [
  'previous_address',
  'module_address',
  'provider_name',
  'action_reason',
  'deposed',
] as const;

function readResourceChanges(v: unknown, source: string, key: string): ResourceChange[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v))
    throw new PlanFormatError(`${source}: '${key}' is not a list; is this a plan JSON file?`);
  for (const item of v) {
    if (!isObject(item) || typeof item.address !== 'string') {
      throw new PlanFormatError(`${source}: an entry of '${key}' has no address; is this a plan JSON file?`);
    }
    if (typeof item.mode !== 'string') item.mode = 'managed';
    if (typeof item.type !== 'string') item.type = '';
    if (typeof item.name !== 'string') item.name = '';
    for (const k of OPTIONAL_STRINGS)
      if (item[k] !== undefined && typeof item[k] !== 'string') delete item[k];
    if (!isObject(item.change)) item.change = {};
    fixChange(item.change as JsonObject);
  }
  return v as unknown as ResourceChange[];
}

/** Parses an already-decoded plan document. */
export function planFromJson(doc: unknown, source: string): Plan {
  if (!isObject(doc)) throw new PlanFormatError(`${source}: not a Terraform plan (expected a JSON object).`);
  const fv = doc.format_version;
  if (typeof fv !== 'string' || !/^\d+\.\d+$/.test(fv)) {
    throw new PlanFormatError(
      `${source}: not a Terraform plan JSON (no "format_version"); produce it with 'terraform show -json <planfile>'.`,
    );
  }
  const major = fv.split('.')[0];
  if (major !== '1') {
    throw new PlanFormatError(
      `${source}: plan format_version ${fv} is not supported (Keelson reads format 1.x); ` +
        'upgrade Keelson or produce the plan with a Terraform/OpenTofu release that writes format 1.x.',
    );
  }
  if (
    !Array.isArray(doc.resource_changes) &&
    doc.resource_changes !== undefined &&
    doc.resource_changes !== null
  ) {
    throw new PlanFormatError(`${source}: 'resource_changes' is not a list; is this a plan JSON file?`);
  }
  const outputs: OutputChange[] = [];
  if (isObject(doc.output_changes)) {
    for (const [name, change] of Object.entries(doc.output_changes))
      outputs.push({ name, ...readChange(change) });
  }
  outputs.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return {
    source,
    format_version: fv,
    terraform_version: str(doc.terraform_version),
    errored: doc.errored === true,
    complete: typeof doc.complete === 'boolean' ? doc.complete : undefined,
    applyable: typeof doc.applyable === 'boolean' ? doc.applyable : undefined,
    deferred: Array.isArray(doc.deferred_changes) ? doc.deferred_changes.length : 0,
    resource_changes: readResourceChanges(doc.resource_changes, source, 'resource_changes'),
    resource_drift: readResourceChanges(doc.resource_drift, source, 'resource_drift'),
    output_changes: outputs,
    raw: doc,
  };
}

/** Parses plan JSON text; `source` names the file in every error. */
export function parsePlan(text: string, source: string): Plan {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    const why = errorMessage(e);
    throw new PlanFormatError(
      `${source}: not valid JSON (${why}); expected the output of 'terraform show -json'.`,
    );
  }
  return planFromJson(doc, source);
}

export function readPlanFile(file: string): Plan {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new PlanFormatError(`${file}: cannot read the plan JSON (${code ?? String(e)}).`);
  }
  return parsePlan(text, file);
}

/** `module.a.module.b` for `module.a.module.b.aws_x.y[0]`; '' for the root module. */
export function moduleOf(rc: ResourceChange): string {
  if (rc.module_address !== undefined) return rc.module_address;
  const m = /^((?:module\.[^.[\]]+(?:\[[^\]]*\])?\.)*)/.exec(rc.address);
  return m && m[1] ? m[1].replace(/\.$/, '') : '';
}
