/**
 * No AWS credentials anywhere: the ECR/ELBv2 clients and EKS access stop with one line naming the input and what
 * to do, from the SDK's chain (environment, profiles, web identity, IMDS) when the environment has no keys.
 */
import { describe, expect, it } from '@jest/globals';
import { defaultCredentials } from '../src/lib/aws/json-client.js';
import { ambientCredentials } from '../src/lib/k8s/access.js';
import { describeError } from '../src/lib/errors.js';
import { tempDir } from './helpers/tmp.js';

/** An environment with nothing the chain could use: no keys, no profile files, no web identity, IMDS off. */
function bareEnv(home: string): Record<string, string> {
  return {
    HOME: home,
    AWS_CONFIG_FILE: `${home}/config`,
    AWS_SHARED_CREDENTIALS_FILE: `${home}/credentials`,
    AWS_EC2_METADATA_DISABLED: 'true',
  };
}

async function failure(p: Promise<unknown>): Promise<{ message: string; expected: boolean }> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  if (e === undefined) throw new Error('expected the credential lookup to fail');
  return describeError(e);
}

describe('no AWS credentials', () => {
  it('keys in the step environment are used as they are, session token included', async () => {
    const env = {
      AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'secret',
      AWS_SESSION_TOKEN: 'tok',
    };
    expect(await defaultCredentials('aws-region', env)).toEqual({
      accessKeyId: 'AKIAEXAMPLE',
      secretAccessKey: 'secret',
      sessionToken: 'tok',
    });
    expect(await ambientCredentials({ AWS_ACCESS_KEY_ID: 'AKIA2', AWS_SECRET_ACCESS_KEY: 's2' })).toEqual({
      accessKeyId: 'AKIA2',
      secretAccessKey: 's2',
    });
  });

  it('one line naming the input and configure-aws-credentials; EKS access also offers a kubeconfig', async () => {
    const home = tempDir();
    const saved = { ...process.env };
    try {
      // the SDK's chain reads process.env, not the env passed for the keys
      for (const k of Object.keys(process.env)) if (k.startsWith('AWS_')) delete process.env[k];
      Object.assign(process.env, bareEnv(home.dir));
      const ecr = await failure(defaultCredentials('ecr-region', bareEnv(home.dir)));
      expect(ecr.expected).toBe(true);
      expect(ecr.message).toMatch(
        /^No AWS credentials found \(Could not load credentials from any providers\)\. Run aws-actions\/configure-aws-credentials before this step\.$/,
      );
      const eks = await failure(ambientCredentials(bareEnv(home.dir)));
      expect(eks.expected).toBe(true);
      expect(eks.message).toMatch(
        /^No AWS credentials found \(.+\)\. Run aws-actions\/configure-aws-credentials before this step, or pass a kubeconfig\.$/,
      );
      expect(eks.message.split('\n')).toHaveLength(1);
    } finally {
      process.env = saved;
      home.cleanup();
    }
  }, 30_000);
});
