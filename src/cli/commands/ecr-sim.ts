import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from '../../lib/errors.js';
import { parseRegion } from '../../lib/aws/regions.js';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';

const help = `Usage: keelson ecr-sim [--registry ACCOUNT:REGION]... [--env-out FILE] [--blob-mounting]

Starts the ECR emulator on 127.0.0.1 until interrupted: the ECR API (AWS JSON 1.1, SigV4-checked) and, per
registry, an ECR-style registry endpoint in front of a real OCI registry (Debian's docker-registry must be
installed). Prints (or writes to FILE as KEY=VALUE lines) the AWS_* environment that points the ecr-push and
ecr-promote actions, the AWS SDK and the aws CLI at it, with freshly generated keys.

  --registry ACCOUNT:REGION   an emulated registry (repeatable; default 111122223333:us-east-1)
  --env-out FILE             write the environment there instead of printing export lines
  --blob-mounting             enable ECR's BLOB_MOUNTING setting (off by default, as in ECR)`;

export const command: Command = {
  name: 'ecr-sim',
  summary: 'Run the ECR emulator (API + registry endpoints over a real OCI registry) until interrupted',
  help,
  async run(argv, io) {
    const args = parseCommandArgs('ecr-sim', argv, {
      registry: { type: 'string', multiple: true },
      'env-out': { type: 'string' },
      'blob-mounting': { type: 'boolean' },
    });
    const registries = args.inputs.list('registry', ['111122223333:us-east-1']).map((spec) => {
      const m = /^(\d{12}):(.+)$/.exec(spec);
      if (!m) throw InputError.invalid('registry', spec, 'ACCOUNT:REGION such as 111122223333:eu-west-1');
      return {
        accountId: m[1] as string,
        region: parseRegion('registry', m[2] as string),
        blobMounting: args.inputs.boolean('blob-mounting', false),
      };
    });
    const { startEcrSim, RegistryNotInstalledError } = await import('../../sim/ecr/index.js');
    let sim;
    try {
      sim = await startEcrSim({ registries });
    } catch (e) {
      if (e instanceof RegistryNotInstalledError) {
        throw new InputError('registry', `Cannot start the ECR emulator: ${e.message}.`);
      }
      throw e;
    }
    const first = registries[0] as { accountId: string; region: string };
    const env = sim.env(first.region, first.accountId);
    const envFile = args.inputs.string('env-out');
    if (envFile) {
      writeFileSync(
        resolve(io.cwd, envFile),
        Object.entries(env)
          .map(([k, v]) => `${k}=${v}`)
          .join('\n') + '\n',
        { mode: 0o600 },
      );
    } else {
      io.stdout(
        Object.entries(env)
          .map(([k, v]) => `export ${k}=${JSON.stringify(v)}`)
          .join('\n') + '\n',
      );
    }
    for (const r of sim.registries) io.stderr(`registry ${r.accountId} ${r.region}: ${r.host}\n`);
    io.stderr(`ECR API: ${sim.endpoint} (Ctrl-C to stop)\n`);
    await new Promise<void>((done) => {
      process.once('SIGINT', done);
      process.once('SIGTERM', done);
    });
    await sim.close();
    return 0;
  },
};
