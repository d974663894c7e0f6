import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { InputError } from '../src/lib/errors.js';
import { parseJUnit, totals } from '../src/lib/junit/parse.js';
import { annotations, renderMarkdown } from '../src/lib/junit/render.js';

const fixture = (p: string): string =>
  readFileSync(new URL(`./fixtures/junit/${p}`, import.meta.url), 'utf8');
const data = (p: string): string => readFileSync(new URL(`./data/junit/${p}`, import.meta.url), 'utf8');
const count = (xml: string, path = 'r.xml') => totals(parseJUnit(xml, path).cases);

describe('counting contract on real runner output (../shared/fixtures/junit)', () => {
  it.each([
    ['jest-junit-failures.xml', { total: 6, passed: 1, failed: 4, errors: 0, skipped: 1, flaky: 0 }],
    // tests="0" on the suites, yet two test cases with <error>: suite attributes lie, test cases count.
    ['jest-junit-suite-errors.xml', { total: 2, passed: 0, failed: 2, errors: 2, skipped: 0, flaky: 0 }],
    ['jest-junit-empty.xml', { total: 0, passed: 0, failed: 0, errors: 0, skipped: 0, flaky: 0 }],
    ['pytest-junitxml.xml', { total: 3, passed: 1, failed: 2, errors: 0, skipped: 0, flaky: 0 }],
    [
      'go-junit-report-pass-fail-skip.xml',
      { total: 5, passed: 2, failed: 1, errors: 0, skipped: 2, flaky: 0 },
    ],
    [
      'maven-surefire-TEST-StringUtilsTest.xml',
      { total: 5, passed: 2, failed: 2, errors: 0, skipped: 1, flaky: 0 },
    ],
    // TestNG writes the same test name twice (skipped, then failed): two results.
    ['testng-junitreport-pulsar.xml', { total: 2, passed: 0, failed: 1, errors: 0, skipped: 1, flaky: 0 }],
  ])('%s', (file, expected) => {
    expect(count(fixture(file))).toMatchObject(expected);
  });

  it('sums test case times, not suite times', () => {
    expect(count(fixture('go-junit-report-pass-fail-skip.xml')).durationSeconds).toBeCloseTo(0.461, 3);
  });

  it('keeps CDATA stack traces and the failure message', () => {
    const failed = parseJUnit(fixture('testng-junitreport-pulsar.xml'), 'x').cases.find(
      (c) => c.status === 'failed',
    );
    expect(failed?.message).toBe('expected [1.2.1] but found [1.2.0]');
    expect(failed?.details).toContain('at org.testng.Assert.fail(Assert.java:99)');
  });
});

describe('formats written from documentation (test/data/junit)', () => {
  it('nextest: flakyFailure alone = passed and flaky; failure + rerunFailure = one failed result', () => {
    const cases = parseJUnit(data('nextest-retries.xml'), 'n').cases;
    expect(totals(cases)).toMatchObject({ total: 4, passed: 2, failed: 1, skipped: 1, flaky: 1 });
    expect(cases.find((c) => c.name === 'test_flaky_mod_2')).toMatchObject({ status: 'passed', flaky: true });
  });
  it('PHPUnit: nested suites per data set, file and line attributes', () => {
    const cases = parseJUnit(data('phpunit-log-junit.xml'), 'p').cases;
    expect(totals(cases)).toMatchObject({ total: 5, passed: 2, failed: 2, errors: 1, skipped: 1 });
    expect(cases.find((c) => c.name === 'testDivide with data set #1')).toMatchObject({
      file: '/work/app/tests/CalculatorTest.php',
      line: 20,
      suite: 'App\\Tests\\CalculatorTest::testDivide',
    });
  });
  it('mocha-junit-reporter: empty root suite, entities decoded, CDATA failure', () => {
    const cases = parseJUnit(data('mocha-junit-reporter.xml'), 'm').cases;
    expect(totals(cases)).toMatchObject({ total: 4, passed: 2, failed: 1, skipped: 1 });
    const failed = cases.find((c) => c.status === 'failed');
    expect(failed?.name).toBe('Cart totals <prices> & taxes');
    expect(failed?.details).toContain('test/cart.spec.js:14:22');
    expect(failed?.file).toBe('test/cart.spec.js');
  });
  it('Catch2: sections in names, <error> counted in errors', () => {
    expect(count(data('catch2-junit.xml'))).toMatchObject({ total: 4, passed: 2, failed: 2, errors: 1 });
  });
});

describe('shapes', () => {
  it('single <testsuite> root, testcases straight under <testsuites>, nested suites', () => {
    expect(
      count('<testsuite><testcase name="a"/><testcase name="b"><skipped/></testcase></testsuite>'),
    ).toMatchObject({
      total: 2,
      passed: 1,
      skipped: 1,
    });
    expect(count('<testsuites><testcase name="a"/></testsuites>').total).toBe(1);
    expect(
      count(
        '<testsuites><testsuite name="o"><testsuite name="i"><testsuite name="j"><testcase name="deep"><failure/></testcase></testsuite></testsuite></testsuite></testsuites>',
      ),
    ).toMatchObject({ total: 1, failed: 1 });
  });
  it('failure wins over skipped; error and failure together count once', () => {
    expect(count('<testsuite><testcase name="a"><skipped/><failure/></testcase></testsuite>')).toMatchObject({
      failed: 1,
      skipped: 0,
    });
    expect(count('<testsuite><testcase name="a"><failure/><error/></testcase></testsuite>')).toMatchObject({
      total: 1,
      failed: 1,
      errors: 1,
    });
  });
  it('flakyFailure next to a failure is a failure, not flaky', () => {
    expect(
      count('<testsuite><testcase name="a"><flakyFailure/><failure/></testcase></testsuite>'),
    ).toMatchObject({
      failed: 1,
      flaky: 0,
    });
  });
  it('bad time attributes count as 0, thousands separators are read', () => {
    expect(
      count('<testsuite><testcase name="a" time="abc"/><testcase name="b" time="1,234.5"/></testsuite>')
        .durationSeconds,
    ).toBe(1234.5);
  });
  it('refuses a document that is not JUnit, naming the file and the root element', () => {
    expect(() => parseJUnit('<html><body/></html>', 'reports/page.xml')).toThrow(
      new InputError(
        'reports',
        "Report 'reports/page.xml' is not JUnit XML: root element is <html>, expected <testsuites> or <testsuite>.",
      ),
    );
    expect(() => parseJUnit('   ', 'e.xml')).toThrow(/Report 'e.xml' is empty/);
  });
});

describe('rendering', () => {
  it('puts failures first with message and stack, cut to the first lines', () => {
    const report = parseJUnit(fixture('jest-junit-failures.xml'), 'reports/jest-junit.xml');
    const md = renderMarkdown([report], totals(report.cases), 'Unit');
    expect(md.startsWith('### ❌ Unit: 1 passed, 4 failed, 1 skipped (6 total, 7ms)\n')).toBe(true);
    expect(md).toContain('| 6 | 1 | 4 | 0 | 1 | 0 | 7ms |');
    expect(md).toContain('#### Failures (4)');
    expect(md.indexOf('#### Failures')).toBeLessThan(md.indexOf('<summary>Reports</summary>'));
    expect(md).toContain('Error: expect(received).toBeTruthy()');
    expect(md).toMatch(/… \d+ more lines/);
  });
  it('cuts a huge summary at a safe boundary and says so', () => {
    const many = Array.from(
      { length: 3000 },
      (_, i) =>
        `<testcase name="t${i}"><failure message="boom ${i}">${'x'.repeat(400)}\nline2\nline3</failure></testcase>`,
    ).join('');
    const report = parseJUnit(`<testsuite>${many}</testsuite>`, 'big.xml');
    const md = renderMarkdown([report], totals(report.cases), 'Big', 100_000);
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(100_000);
    expect(md).toMatch(/Summary cut to fit GitHub's 1 MiB limit: \d+ bytes of failure details left out/);
    expect((md.match(/^```/gm) ?? []).length % 2).toBe(0); // every fence closed
    expect((md.match(/<details>/g) ?? []).length).toBe((md.match(/<\/details>/g) ?? []).length);
  });
  it('annotates failures with a workspace file and line from the stack, up to the maximum', () => {
    const root = new URL('./data/junit/', import.meta.url).pathname;
    const xml = `<testsuite><testcase name="a"><failure message="m">Error
    at x (${root}mocha-junit-reporter.xml:7:3)</failure></testcase><testcase name="b"><failure/></testcase><testcase name="c"><failure/></testcase></testsuite>`;
    const report = parseJUnit(xml, 'r.xml');
    const anns = annotations([report], root, root, 2);
    expect(anns).toHaveLength(2);
    expect(anns[0]?.props).toEqual({ title: 'a', file: 'mocha-junit-reporter.xml', startLine: 7 });
    expect(anns[1]?.props).toEqual({ title: 'b' });
  });
  it('does not point annotations outside the workspace (Windows paths, node_modules)', () => {
    const report = parseJUnit(fixture('jest-junit-failures.xml'), 'r');
    const ws = new URL('.', import.meta.url).pathname;
    for (const a of annotations([report], ws, ws, 50)) expect(a.props.file).toBeUndefined();
  });
});

describe('what people read in the summary and annotations', () => {
  it('decodes numeric character references: a multi-line pytest message reads as lines, not &#10;', () => {
    const r = parseJUnit(fixture('pytest-junitxml.xml'), 'pytest.xml');
    const failed = r.cases.find((c) => c.name === 'test_which_fails');
    expect(failed?.message).toBe("AssertionError: assert 'test' == 'xyz'\n  - xyz\n  + test");
    const md = renderMarkdown([r], totals(r.cases), 'Tests');
    expect(md).toContain("**AssertionError: assert 'test' == 'xyz'**");
    expect(md).not.toContain('&#10;');
    expect(md).not.toContain('&amp;#10;');
    // Text that really says "&#10;" (escaped as &amp;#10; in the XML) stays as it was written.
    const literal = parseJUnit(
      '<testsuite name="s"><testcase classname="s" name="t"><failure message="a &amp;#10; b"/></testcase></testsuite>',
      'l.xml',
    );
    expect(literal.cases[0]?.message).toBe('a &#10; b');
  });

  it('keeps the head, the tail and every assertion line of a long traceback', () => {
    const frames = Array.from({ length: 30 }, (_, i) => `    frame ${i}`);
    const details = [
      'def test_totals():',
      ...frames.slice(0, 12),
      '>       assert total == 12',
      'E       assert 11 == 12',
      'E        +  where 11 = sum([5, 6])',
      ...frames.slice(12),
      'tests/test_cart.py:42: AssertionError',
    ].join('\n');
    const xml = `<testsuite name="s"><testcase classname="cart" name="totals"><failure message="assert 11 == 12">${details}</failure></testcase></testsuite>`;
    const r = parseJUnit(xml, 'cart.xml');
    const md = renderMarkdown([r], totals(r.cases), 'Tests');
    for (const line of [
      'def test_totals():',
      '>       assert total == 12',
      'E       assert 11 == 12',
      'E        +  where 11 = sum([5, 6])',
      'tests/test_cart.py:42: AssertionError',
    ]) {
      expect(md).toContain(line);
    }
    expect(md).toMatch(/… \d+ more lines/);
    const [a] = annotations([r], '/nowhere', '/nowhere', 10);
    expect(a?.message).toContain('E       assert 11 == 12');
    expect(a?.message).toContain('tests/test_cart.py:42: AssertionError');
  });

  it('says a jest-junit title once when classname and name repeat it', () => {
    const xml =
      '<testsuites><testsuite name="sum.test.js"><testcase classname="sum adds wrong" name="sum adds wrong"><failure>boom</failure></testcase></testsuite></testsuites>';
    const r = parseJUnit(xml, 'junit.xml');
    const md = renderMarkdown([r], totals(r.cases), 'Tests');
    expect(md).toContain('<summary>❌ sum.test.js › sum adds wrong</summary>');
    expect(md).not.toContain('sum adds wrong › sum adds wrong');
    expect(annotations([r], '/nowhere', '/nowhere', 10)[0]?.props.title).toBe('sum.test.js › sum adds wrong');
  });
});

describe('finding reports', () => {
  it('finds the same files on every Node (fs.glob on 24, tinyglobby before): dot directories only when named', async () => {
    const { findReports } = await import('../src/lib/junit/collect.js');
    const { mkdirSync, writeFileSync: write, rmSync, symlinkSync } = await import('node:fs');
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'keelson-glob-'));
    try {
      for (const d of ['a/.hidden', 'node_modules/x', 'b', '.git', 'junit-dir.xml', 'skip'])
        mkdirSync(join(dir, d), { recursive: true });
      for (const f of [
        'a/junit-1.xml',
        'a/.hidden/junit-2.xml',
        'node_modules/x/junit-3.xml',
        'b/TEST-x.xml',
        '.git/junit-4.xml',
        'skip/junit-5.xml',
      ])
        write(join(dir, f), '<testsuite/>');
      symlinkSync(join(dir, 'b'), join(dir, 'link'));
      const rel = (files: string[]) => files.map((f) => f.slice(dir.length + 1));
      expect(rel(await findReports(['**/junit*.xml', '**/TEST-*.xml', '!skip/**'], dir))).toEqual([
        'a/junit-1.xml',
        'b/TEST-x.xml',
      ]);
      expect(rel(await findReports(['a/.hidden/*.xml'], dir))).toEqual(['a/.hidden/junit-2.xml']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the default report patterns without a glob engine', () => {
  it('find exactly what the patterns find with a glob engine, in a tree with every case', async () => {
    const { findReports, DEFAULT_REPORT_GLOBS } = await import('../src/lib/junit/collect.js');
    const { mkdirSync, mkdtempSync, rmSync, writeFileSync: write } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'keelson-walk-'));
    const files = [
      'junit.xml',
      'junit-unit.xml',
      'a/report-junit.xml',
      'a/b/x.junit.xml',
      'a/TEST-Cart.xml',
      'test-results/jest/results.xml',
      'pkg/test-reports/x/y.xml',
      'target/surefire-reports/TEST-a.xml',
      'target/surefire-reports/plain.xml',
      'target/surefire-reports/deep/no.xml',
      'target/nextest/ci/junit.xml',
      'target/nextest/ci/other.xml',
      'other/results.xml',
      'node_modules/x/junit.xml',
      '.cache/junit.xml',
      'a/.hidden-junit.xml',
      'test-results/.x.xml',
      'junit.json',
    ];
    try {
      for (const f of files) {
        mkdirSync(join(dir, f, '..'), { recursive: true });
        write(join(dir, f), '<testsuite/>');
      }
      const walked = await findReports(DEFAULT_REPORT_GLOBS, dir);
      // The same patterns through the glob engine (a copy of the list, so the fast path is not taken).
      const globbed = await findReports([...DEFAULT_REPORT_GLOBS, '!nothing/**'], dir);
      expect(walked).toEqual(globbed);
      expect(walked.map((f) => f.slice(dir.length + 1))).toEqual(
        [
          'a/TEST-Cart.xml',
          'a/b/x.junit.xml',
          'a/report-junit.xml',
          'junit-unit.xml',
          'junit.xml',
          'pkg/test-reports/x/y.xml',
          'target/nextest/ci/junit.xml',
          'target/surefire-reports/TEST-a.xml',
          'target/surefire-reports/plain.xml',
          'test-results/jest/results.xml',
        ].sort(),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
