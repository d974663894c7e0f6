import { confinedPath, type Inputs } from '../inputs.js';

/** Kept apart from the runner so an action reaches its input errors without loading the XML parser. */
export const DEFAULT_REPORT_GLOBS = [
  '**/junit*.xml',
  '**/*-junit.xml',
  '**/*.junit.xml',
  '**/TEST-*.xml',
  '**/test-results/**/*.xml',
  '**/test-reports/**/*.xml',
  '**/surefire-reports/*.xml',
  '**/nextest/**/junit.xml',
];

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
