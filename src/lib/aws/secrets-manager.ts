/**
 * Secrets Manager GetSecretValue (AWS JSON 1.1) through the small JSON client. Errors are one line naming the
 * input and the secret id — never the value.
 */
import type { Clock } from '../clock.js';
import { InputError } from '../errors.js';
import { AwsJsonClient, AwsServiceError } from './json-client.js';

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
  opts: { input: string; region: string; env: Record<string, string | undefined>; clock: Clock },
): Promise<SecretValue> {
  const client = new AwsJsonClient({
    service: 'secretsmanager',
    endpointPrefix: 'secretsmanager',
    targetPrefix: 'secretsmanager',
    endpointEnv: 'SECRETS_MANAGER',
    region: opts.region,
    clock: opts.clock,
    env: opts.env,
    regionInput: 'aws-region',
  });
  let body: { ARN?: string; Name?: string; SecretString?: string; SecretBinary?: string };
  try {
    body = await client.call('GetSecretValue', { SecretId: secretId });
  } catch (e) {
    if (!(e instanceof AwsServiceError)) {
      if (e instanceof InputError) throw e;
      const code = (e as NodeJS.ErrnoException).code;
      throw new InputError(
        opts.input,
        `Cannot read secret '${secretId}': Secrets Manager at ${client.endpoint.host} is unreachable (${code ?? (e as Error).message}).`,
      );
    }
    const where = `in ${opts.region}`;
    const hint: Record<string, string> = {
      ResourceNotFoundException: `Secret '${secretId}' was not found ${where}. Check 'database-secret-id' and 'aws-region'.`,
      AccessDeniedException: `Not allowed to read secret '${secretId}' ${where} (secretsmanager:GetSecretValue, and kms:Decrypt for its key): ${e.message}`,
      DecryptionFailure: `Secrets Manager could not decrypt '${secretId}' with its KMS key: ${e.message}`,
      InvalidRequestException: `Secret '${secretId}' cannot be read now: ${e.message}`,
      UnrecognizedClientException: `The AWS credentials were rejected reading '${secretId}': ${e.message}`,
      InvalidSignatureException: `The AWS credentials were rejected reading '${secretId}': ${e.message}`,
    };
    throw new InputError(
      opts.input,
      hint[e.code] ?? `GetSecretValue for '${secretId}' failed: ${e.code}: ${e.message}`,
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
