// Mutation testing of the deploy engine and the rollout Lease (`npm run mutation`; slow, not part of .ci/run).
// Each mutant runs every selected test file (coverageAnalysis 'all': per-test coverage under jest's ESM mode
// attributed mutants to the wrong tests and reported survivors a test kills), on the emulator's virtual clock.
// MUTATE=src/lib/deploy/preflight.ts TESTS=test/deploy-preflight.test.ts npm run mutation narrows it (both
// comma-separated); by default every deploy test file may kill a mutant.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'jest',
  testRunnerNodeArgs: ['--experimental-vm-modules', '--no-warnings'],
  jest: {
    projectType: 'custom',
    configFile: 'jest.config.js',
    enableFindRelatedTests: false,
    config: {
      testMatch: process.env.TESTS
        ? process.env.TESTS.split(',').map((t) => `<rootDir>/${t}`)
        : ['<rootDir>/test/deploy-*.test.ts', '<rootDir>/test/cli-rollout.test.ts'],
    },
  },
  mutate: process.env.MUTATE
    ? process.env.MUTATE.split(',')
    : ['src/lib/deploy/**/*.ts', 'src/lib/k8s/lease.ts'],
  coverageAnalysis: 'all',
  concurrency: 1,
  timeoutMS: 60_000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  // test/fixtures links to ../shared/fixtures (the deploy tests do not read it; Stryker cannot copy a link).
  ignorePatterns: ['dist', '.cache', 'reports', 'coverage', 'test/fixtures'],
  thresholds: { high: 90, low: 80, break: null },
};
