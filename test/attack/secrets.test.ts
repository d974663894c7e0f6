/**
 * Getting Keelson to print a secret, or getting a token to a child process.
 *
 * Each attack was tried against the real actions. Under "fixed": found in the security review and closed
 * since (each test failed before its fix). Under "blocked": tried, and the defences held.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run as healthCheck } from '../../src/actions/health-check/main.js';
import { runLocally, type LocalRun } from '../../src/lib/local-runner.js';
import { tempDir } from '../helpers/tmp.js';
import { DOUBLES, FIXTURES, NODE_DIR } from './harness.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

let ws: { dir: string; cleanup: () => void };
beforeEach(() => {
  ws = tempDir('keelson-attack-');
});
afterEach(() => ws.cleanup());

const health = (inputs: Record<string, string>): Promise<LocalRun> =>
  runLocally(healthCheck, { inputs: { duration: '2s', ...inputs }, env: { GITHUB_WORKSPACE: ws.dir } });
const printed = (r: LocalRun): string => r.log.filter((l) => !l.startsWith('::add-mask::')).join('\n');

describe('fixed (found in review): health-check error lines quote credentials', () => {
  // WAS: excerpt() hides a URL password only when the URL is `scheme://user:pass@` with no '@' or '/' in the
  // password. A URL with a typo in the scheme (`http//`) is quoted whole, and a password holding '@' (valid in a
  // URL once encoded, and what people paste) is cut at its first '@', so the rest is printed. The error is raised
  // while parsing, before sensitiveValues() registers anything, so nothing masks it. Severity: medium.
  it.each([
    ['a scheme typo', 'http//admin:Sup3rS3cret-pw@api.internal/healthz', 'Sup3rS3cret-pw'],
    [
      'a password with @ and a bad port',
      'https://admin:p@ssw0rd-9876@api.internal:99999/healthz',
      'ssw0rd-9876',
    ],
  ])('a bad url with %s: the password is printed', async (_what, url, secret) => {
    const r = await health({ checks: `- {kind: http, url: '${url}'}` });
    expect(r.failed).toBe(true);
    expect(printed(r)).not.toContain(secret);
  });

  // WAS: a list item that is not a mapping is quoted (up to 80 characters) whatever it holds. A header line that
  // lost its indentation or its space after the colon (`- Authorization:Bearer …`, a plain YAML string) is printed
  // with its token. The issue fixed this for a non-list `checks`, not for a non-mapping item. Severity: medium.
  it('a header written as a list item is printed with its token', async () => {
    const r = await health({
      checks:
        '- kind: http\n  url: https://api.example.com/healthz\n- Authorization:Bearer eyJhbGciOi.sEcReT-t0ken',
    });
    expect(r.failed).toBe(true);
    expect(printed(r)).not.toContain('sEcReT-t0ken');
  });
});

describe('fixed (found in review): one large secret crashes the masker, and the crash prints every secret', () => {
  // WAS: Masker.mask() joins every registered value into one RegExp. V8 refuses a literal of more than ~32 K
  // characters ("Regular expression too large"), so once a sensitive value that size is registered (a CA bundle,
  // a JSON secret, a rendered config: Terraform marks them sensitive all the time) every print throws. runAction's
  // catch then calls setFailed(), which masks again and throws again, so the error escapes the action, `void
  // run()` leaves an unhandled rejection, and Node prints it: the message is the regex source, i.e. every
  // registered secret, the github-token included, regex-escaped. The runner was told the raw values, so the
  // escaped copies (`\+`, `\.`) are not masked by it either. Severity: high (a plausible plan prints its secrets).
  it('a 40 KB sensitive value in the plan: the step crashes and prints the secret', () => {
    const bundle = join(ROOT, 'dist/terraform-plan/index.js');
    expect(existsSync(bundle)).toBe(true);
    mkdirSync(join(ws.dir, 'infra'), { recursive: true });
    writeFileSync(join(ws.dir, 'infra/main.tf'), '');
    // base64-looking, with the characters RegExp escaping changes
    const secret = Array.from(
      { length: 1000 },
      (_, i) => `MIIEvQIB+ADANBgk/qhkiG9w0.BAQEFAA${i}SCBKcwg`,
    ).join('');
    expect(secret.length).toBeGreaterThan(33_000);
    const fixture = JSON.parse(readFileSync(FIXTURES + 'tofu-show-json-sensitive-values.json', 'utf8')) as {
      resource_changes: { change: { after: { ami: string } } }[];
    };
    (fixture.resource_changes[0] as { change: { after: { ami: string } } }).change.after.ami = secret;
    const planJson = join(ws.dir, 'plan.json');
    writeFileSync(planJson, JSON.stringify(fixture));
    const temp = join(ws.dir, 'temp');
    mkdirSync(temp);
    for (const f of ['output', 'state', 'summary']) writeFileSync(join(ws.dir, f), '');
    const r = spawnSync(process.execPath, [bundle], {
      cwd: ws.dir,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: {
        PATH: `${DOUBLES}${delimiter}${NODE_DIR}`,
        INPUT_PATH: 'infra',
        'INPUT_GITHUB-TOKEN': 'ghs_repo_write_token_0123456789',
        GITHUB_WORKSPACE: ws.dir,
        RUNNER_TEMP: temp,
        GITHUB_EVENT_NAME: 'push',
        GITHUB_REPOSITORY: 'acme/infra',
        GITHUB_OUTPUT: join(ws.dir, 'output'),
        GITHUB_STATE: join(ws.dir, 'state'),
        GITHUB_STEP_SUMMARY: join(ws.dir, 'summary'),
        TF_DOUBLE_PLAN: planJson,
      },
    });
    const out = `${r.stdout}\n${r.stderr}`;
    // What the runner shows: everything but the add-mask lines; the regex escapes it cannot undo are dropped here.
    const shown = out
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n')
      .replace(/\\/g, '');
    // (booleans, so a failure does not print 40 KB of secret into the test report)
    expect(shown.includes(secret.slice(0, 200))).toBe(false);
    expect(out.includes('Regular expression too large')).toBe(false);
    // The plan of a push needs no comment: with the secret masked, the step simply succeeds.
    expect(out.split('\n').filter((l) => l.startsWith('::error::'))).toEqual([]);
    expect(r.status).toBe(0);
  });
});

describe('blocked: secret echo paths that hold', () => {
  it.each([
    [
      'a valid URL password, on a failing probe',
      "- {kind: http, url: 'http://admin:pw-0123456789@127.0.0.1:1/h'}",
      'pw-0123456789',
    ],
    ['a non-list checks with a header', '{Authorization: Bearer abcdef-0123456789}', 'abcdef-0123456789'],
    [
      'a bad header value',
      "- {kind: http, url: 'https://x.example/', headers: {Authorization: [tok-0123456789]}}",
      'tok-0123456789',
    ],
    ['a non-map vars', "- {kind: http, url: 'https://x.example/'}", 'vars-secret-0123456789'],
  ])('%s is not printed', async (_what, checks, secret) => {
    const r = await health({ checks, vars: _what === 'a non-map vars' ? `[${secret}]` : '' });
    expect(r.failed).toBe(true);
    expect(printed(r)).not.toContain(secret);
  });
});
