import { describe, expect, it } from '@jest/globals';
import { X509Certificate, createPrivateKey } from 'node:crypto';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { makeSimTls } from '../../src/sim/tls.js';

describe('simulator TLS', () => {
  it('makes a CA and a server certificate for localhost and 127.0.0.1, signed by that CA', () => {
    const t = makeSimTls();
    const ca = new X509Certificate(t.caPem);
    const server = new X509Certificate(t.cert);
    expect(ca.ca).toBe(true);
    expect(server.ca).toBe(false);
    expect(server.checkIssued(ca)).toBe(true);
    expect(server.verify(ca.publicKey)).toBe(true);
    expect(server.subjectAltName).toBe('DNS:localhost, IP Address:127.0.0.1');
    expect(server.checkHost('localhost')).toBe('localhost');
    expect(server.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(createPrivateKey(t.key).asymmetricKeyType).toBe('ec');
    expect(Date.parse(server.validTo)).toBeGreaterThan(Date.now());
    // A new CA every time: nothing is shared between two emulators.
    expect(makeSimTls().caPem).not.toBe(t.caPem);
  });

  it('a TLS client that trusts only the CA accepts the server', async () => {
    const t = makeSimTls();
    const server = https.createServer({ key: t.key, cert: t.cert }, (_req, res) => res.end('ok'));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    try {
      const body = await new Promise<string>((resolve, reject) => {
        https
          .get({ host: '127.0.0.1', port, path: '/', ca: t.caPem, servername: 'localhost' }, (res) => {
            let text = '';
            res.on('data', (c: Buffer) => (text += c.toString()));
            res.on('end', () => resolve(text));
          })
          .on('error', reject);
      });
      expect(body).toBe('ok');
      const other = makeSimTls();
      await expect(
        new Promise((resolve, reject) =>
          https.get({ host: '127.0.0.1', port, path: '/', ca: other.caPem }, resolve).on('error', reject),
        ),
      ).rejects.toThrow(/self-signed|unable to verify|certificate/);
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });
});
