/**
 * Validates SARIF against the OASIS SARIF 2.1.0 schema vendored in test/data/sarif (a draft-04 JSON Schema, so
 * ajv-draft-04), with formats checked (uri, uri-reference, date-time).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AjvDraft04Import from 'ajv-draft-04';
import addFormatsImport from 'ajv-formats';

type Validate = ((data: unknown) => boolean) & { errors?: unknown[] | null };

function cjs<T>(m: unknown): T {
  return (typeof m === 'function' ? m : (m as { default: unknown }).default) as T;
}

let validate: Validate | undefined;

export function sarifErrors(doc: unknown): string[] {
  if (!validate) {
    const Ajv = cjs<new (o: object) => { compile(s: object): Validate }>(AjvDraft04Import);
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: true });
    cjs<(a: unknown) => void>(addFormatsImport)(ajv);
    const schema = JSON.parse(
      readFileSync(fileURLToPath(new URL('../data/sarif/sarif-schema-2.1.0.json', import.meta.url)), 'utf8'),
    ) as object;
    validate = ajv.compile(schema);
  }
  if (validate(doc)) return [];
  return (validate.errors ?? []).map((e) => JSON.stringify(e));
}
