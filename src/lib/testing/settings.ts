import { confinedPath, type Inputs } from '../inputs.js';

// collect.ts loads the XML parser and the glob engine only when used: an input error stays cheap.
import { DEFAULT_REPORT_GLOBS } from '../junit/collect.js';

export { DEFAULT_REPORT_GLOBS };

export interface TestSettings {
  command: string;
  shell: 'none' | 'bash';
  workingDirectory: string;
  reports: string[];
  name: string;
  failOnFailure: boolean;
  failOnEmpty: boolean;
  maxAnnotations: number;
  summary: boolean;
  /** Withheld runner variables to pass to the test command anyway. */
  passEnv: string[];
}

export function readTestSettings(inputs: Inputs, workspace: string, temp?: string): TestSettings {
  return {
    command: inputs.string('command'),
    shell: inputs.enum('shell', ['none', 'bash'] as const, 'none'),
    workingDirectory: confinedPath(
      'working-directory',
      inputs.string('working-directory', { default: '.' }),
      {
        workspace,
        temp,
      },
    ),
    reports: inputs.globs('reports', DEFAULT_REPORT_GLOBS),
    name: inputs.string('name', { default: 'Tests' }),
    failOnFailure: inputs.boolean('fail-on-failure', true),
    failOnEmpty: inputs.boolean('fail-on-empty', true),
    maxAnnotations: inputs.integer('max-annotations', 50, { min: 0, max: 1000 }),
    summary: inputs.boolean('summary', true),
    passEnv: inputs.envNames('pass-env'),
  };
}
