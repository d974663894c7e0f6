/* global fetch */
// Integration tests the pipeline runs against staging after its rollout, with ENVIRONMENT_URL set to the
// environment's URL (the environment variable ENVIRONMENT_URL). Locally: `npm start`, then
// ENVIRONMENT_URL=http://localhost:8080 npm run test:integration. Without a URL the test fails: a gate with
// nothing to check does not pass.
import { test } from 'node:test';
import assert from 'node:assert/strict';

test('the environment answers /healthz', async () => {
  const base = process.env.ENVIRONMENT_URL;
  assert.ok(base, 'ENVIRONMENT_URL is not set: set the environment variable ENVIRONMENT_URL on the GitHub environment');
  const res = await fetch(new URL('/healthz', base));
  assert.equal(res.status, 200);
});
