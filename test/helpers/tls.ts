/**
 * Certificates for the tests' TLS servers, made by the openssl CLI (Debian's openssl, which postgresql-15 pulls
 * in): a CA and a server certificate it signed, as RDS serves one signed by the RDS CA.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface TestCa {
  /** The CA's certificate file (what a client passes as sslrootcert). */
  caFile: string;
  /** A server certificate and key (PEM text) signed by this CA, valid for `names` (subjectAltName). */
  issue(names: string[]): { cert: string; key: string };
}

function openssl(dir: string, args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
}

/** A fresh CA in `dir` (its files are named after `name`). */
export function makeCa(dir: string, name: string): TestCa {
  const key = `${name}-ca.key`;
  const crt = `${name}-ca.crt`;
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  openssl(dir, ['req', '-x509', ...ec, '-keyout', key, '-out', crt, '-days', '2', '-subj', `/CN=${name} CA`]);
  let serial = 0;
  return {
    caFile: join(dir, crt),
    issue(names) {
      const base = `${name}-server-${++serial}`;
      openssl(dir, [
        'req',
        ...ec,
        '-keyout',
        `${base}.key`,
        '-out',
        `${base}.csr`,
        '-subj',
        `/CN=${names[0]}`,
      ]);
      const san = names.map((n) => (/^[\d.]+$/.test(n) ? `IP:${n}` : `DNS:${n}`)).join(',');
      writeFileSync(join(dir, `${base}.ext`), `subjectAltName=${san}\n`);
      openssl(dir, [
        'x509',
        '-req',
        '-in',
        `${base}.csr`,
        '-CA',
        crt,
        '-CAkey',
        key,
        '-set_serial',
        String(serial),
        '-days',
        '2',
        '-extfile',
        `${base}.ext`,
        '-out',
        `${base}.crt`,
      ]);
      return {
        cert: readFileSync(join(dir, `${base}.crt`), 'utf8'),
        key: readFileSync(join(dir, `${base}.key`), 'utf8'),
      };
    },
  };
}
