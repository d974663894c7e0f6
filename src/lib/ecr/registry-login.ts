/**
 * Registry credentials from GetAuthorizationToken, registered as secrets (through the caller's `addSecret`)
 * before anything else can see them, and the mapping between an ECR registry (account + region) and the host
 * clients push to.
 */
import type { Ecr } from './api.js';
import { RegistryClient } from './registry.js';

export interface RegistryLogin {
  username: string;
  password: string;
  /** https://<host> (the emulator answers with http://127.0.0.1:<port>) */
  endpoint: string;
  host: string;
  insecure: boolean;
  expiresAt: number;
}

export async function registryLogin(
  ecr: Ecr,
  registryId: string | undefined,
  addSecret: (value: string) => void,
): Promise<RegistryLogin> {
  const auth = await ecr.getAuthorizationToken(registryId);
  // Masked before it can reach a log line, an error message or a child process's output.
  addSecret(auth.password);
  addSecret(Buffer.from(`${auth.username}:${auth.password}`).toString('base64'));
  const url = new URL(
    auth.proxyEndpoint.includes('://') ? auth.proxyEndpoint : `https://${auth.proxyEndpoint}`,
  );
  return {
    username: auth.username,
    password: auth.password,
    endpoint: url.origin,
    host: url.host,
    insecure: url.protocol === 'http:',
    expiresAt: auth.expiresAt,
  };
}

export function registryClient(login: RegistryLogin): RegistryClient {
  return new RegistryClient(login.endpoint, login);
}
