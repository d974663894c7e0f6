/**
 * Secrets Manager GetSecretValue (AWS JSON 1.1) through one signed request. Errors are one line naming the
 * input and the secret id — never the value.
 */
import type { Clock } from '../clock.js';
import { InputError } from '../errors.js';
import { awsCredentials, endpointFor, signedRequest, type Env } from './signed-request.js';

export interface SecretValue {
  arn: string;
  name: string;
  secretString: string;
}

/** The region in a Secrets Manager ARN (`arn:aws:secretsmanager:eu-west-1:…:secret:name`), if it is one. */
export function regionOfSecretArn(id: string): string | undefined {
  return /^arn:aws[\w-]*:secretsmanager:([a-z]{2}(?:-[a-z]+)+-\d+):/.exec(id)?.[1];
}

export async function getSecretValue(
  secretId: string,
  opts: { input: string; region: string; env: Env; clock: Clock; signal?: AbortSignal },
): Promise<SecretValue> {
  const credentials = await awsCredentials(opts.input);
  const endpoint = endpointFor('secretsmanager', opts.region, opts.env);
  let res;
  try {
    res = await signedRequest({
      service: 'secretsmanager',
      region: opts.region,
      endpoint,
      credentials,
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'secretsmanager.GetSecretValue',
      },
      body: JSON.stringify({ SecretId: secretId }),
      clock: opts.clock,
      signal: opts.signal,
    });
  } catch (e) {
    throw new InputError(opts.input, `Cannot read secret '${secretId}': ${(e as Error).message}.`);
  }
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(res.body || '{}') as Record<string, unknown>;
  } catch {
    body = {};
  }
  if (res.status !== 200) {
    const type = String(body.__type ?? res.headers['x-amzn-errortype'] ?? `HTTP ${res.status}`)
      .split('#')
      .pop()
      ?.split(':')[0];
    const message = String(body.message ?? body.Message ?? '');
    const where = `in ${opts.region}`;
    const hint: Record<string, string> = {
      ResourceNotFoundException: `Secret '${secretId}' was not found ${where}. Check 'database-secret-id' and 'aws-region'.`,
      AccessDeniedException: `Not allowed to read secret '${secretId}' ${where} (secretsmanager:GetSecretValue, and kms:Decrypt for its key): ${message}`,
      DecryptionFailure: `Secrets Manager could not decrypt '${secretId}' with its KMS key: ${message}`,
      InvalidRequestException: `Secret '${secretId}' cannot be read now: ${message}`,
      UnrecognizedClientException: `The AWS credentials were rejected reading '${secretId}': ${message}`,
      InvalidSignatureException: `The AWS credentials were rejected reading '${secretId}': ${message}`,
    };
    throw new InputError(
      opts.input,
      hint[type ?? ''] ?? `GetSecretValue for '${secretId}' failed: ${type}: ${message}`,
    );
  }
  if (typeof body.SecretString !== 'string') {
    throw new InputError(
      opts.input,
      `Secret '${secretId}' holds binary data (SecretBinary). Expected a SecretString: the JSON RDS writes or a postgres:// URL.`,
    );
  }
  return {
    arn: String(body.ARN ?? ''),
    name: String(body.Name ?? secretId),
    secretString: body.SecretString,
  };
}
