/**
 * JUnit XML from any runner (jest-junit, pytest, go-junit-report, Surefire, TestNG, nextest, PHPUnit, mocha,
 * Catch2). Counting contract: one <testcase> is one result; failed if it has <failure> or <error>; else skipped
 * if it has <skipped>; else passed. Only <flakyFailure>/<rerunFailure> (and no failure) = passed on retry,
 * counted in `flaky`. Suite-level count attributes are ignored: real files lie.
 */
import { XMLParser } from 'fast-xml-parser';
import { InputError } from '../errors.js';

import type { Report, Status, TestCase } from './totals.js';
export type { Status, TestCase, Totals, Report } from './totals.js';
export { totals } from './totals.js';

const ARRAYS = new Set([
  'testsuite',
  'testcase',
  'failure',
  'error',
  'skipped',
  'flakyFailure',
  'flakyError',
  'rerunFailure',
  'rerunError',
]);

let parser: XMLParser | undefined;
function xmlParser(): XMLParser {
  parser ??= new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    textNodeName: '#text',
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: true,
    // Numeric character references (`&#10;` in every multi-line pytest and Surefire message) are decoded too.
    htmlEntities: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    trimValues: false,
    isArray: (name) => ARRAYS.has(name),
  });
  return parser;
}

type Node = Record<string, unknown>;

function asNode(v: unknown): Node | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Node) : undefined;
}
function nodes(v: unknown): Node[] {
  if (Array.isArray(v)) return v.map((x) => asNode(x) ?? { '#text': String(x ?? '') });
  if (v === undefined) return [];
  return [asNode(v) ?? { '#text': String(v) }];
}
function attr(n: Node, key: string): string | undefined {
  const v = n[key];
  return typeof v === 'string' ? v : undefined;
}
function text(n: Node): string {
  const t = n['#text'];
  return typeof t === 'string' ? t : '';
}

function seconds(raw: string | undefined): number {
  if (!raw) return 0;
  const n = Number(raw.replace(/,/g, ''));
  return Number.isFinite(n) && n >= 0 ? n : 0;
}

function toCase(tc: Node, suite: string, report: string, suiteFile: string | undefined): TestCase {
  const failures = nodes(tc.failure);
  const errors = nodes(tc.error);
  const skipped = nodes(tc.skipped);
  const retries = [
    ...nodes(tc.flakyFailure),
    ...nodes(tc.flakyError),
    ...nodes(tc.rerunFailure),
    ...nodes(tc.rerunError),
  ];
  let status: Status = 'passed';
  let problem: Node | undefined;
  if (failures.length > 0 || errors.length > 0) {
    status = 'failed';
    problem = failures[0] ?? errors[0];
  } else if (skipped.length > 0) {
    status = 'skipped';
    problem = skipped[0];
  }
  const lineRaw = attr(tc, 'line');
  const line = lineRaw && /^\d+$/.test(lineRaw) ? Number(lineRaw) : undefined;
  const c: TestCase = {
    suite,
    classname: attr(tc, 'classname') ?? attr(tc, 'class') ?? '',
    name: attr(tc, 'name') ?? '(unnamed)',
    status,
    error: errors.length > 0,
    flaky: status === 'passed' && retries.length > 0,
    seconds: seconds(attr(tc, 'time')),
    report,
  };
  const file = attr(tc, 'file') ?? attr(tc, 'filepath') ?? suiteFile;
  if (file) c.file = file;
  if (line !== undefined) c.line = line;
  if (problem) {
    const message = attr(problem, 'message');
    const details = text(problem).trim();
    if (message) c.message = message;
    if (details) c.details = details;
    if (!message && details) c.message = details.split('\n')[0];
  }
  return c;
}

function walkSuite(s: Node, report: string, out: TestCase[], parentName: string, parentFile?: string): void {
  const name = attr(s, 'name') ?? parentName;
  const file = attr(s, 'file') ?? parentFile;
  for (const tc of nodes(s.testcase)) out.push(toCase(tc, name, report, file));
  for (const child of nodes(s.testsuite)) walkSuite(child, report, out, name, file);
}

/** Parses one report's text. Throws InputError when the document is not JUnit XML. */
export function parseJUnit(xml: string, path: string): Report {
  let doc: Node;
  try {
    doc = asNode(xmlParser().parse(xml)) ?? {};
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new InputError('reports', `Report '${path}' is not valid XML: ${why}`);
  }
  const cases: TestCase[] = [];
  const rootNames = Object.keys(doc).filter((k) => !k.startsWith('?') && k !== '#text' && k !== '#comment');
  if (doc.testsuites !== undefined) {
    for (const root of nodes(doc.testsuites)) walkSuite(root, path, cases, '');
  } else if (doc.testsuite !== undefined) {
    for (const s of nodes(doc.testsuite)) walkSuite(s, path, cases, '');
  } else if (xml.trim() === '') {
    throw new InputError(
      'reports',
      `Report '${path}' is empty: expected JUnit XML with a <testsuites> or <testsuite> root.`,
    );
  } else {
    throw new InputError(
      'reports',
      `Report '${path}' is not JUnit XML: root element is <${rootNames[0] ?? '?'}>, expected <testsuites> or <testsuite>.`,
    );
  }
  return { path, cases };
}
