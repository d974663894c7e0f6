// Mutation testing of the deploy engine and the rollout Lease (`npm run mutation`; slow, not part of .ci/run).
// Each mutant runs only the tests that cover it (coverage analysis per test), on the emulator's virtual clock.
// MUTATE=src/lib/deploy/preflight.ts npm run mutation narrows it to some files (comma-separated).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'jest',
  testRunnerNodeArgs: ['--experimental-vm-modules', '--no-warnings'],
  jest: { projectType: 'custom', configFile: 'jest.config.js', enableFindRelatedTests: false },
  mutate: process.env.MUTATE
    ? process.env.MUTATE.split(',')
    : ['src/lib/deploy/**/*.ts', 'src/lib/k8s/lease.ts'],
  coverageAnalysis: 'perTest',
  concurrency: 1,
  timeoutMS: 60_000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['dist', '.cache', 'reports', 'coverage'],
  thresholds: { high: 90, low: 80, break: null },
};
