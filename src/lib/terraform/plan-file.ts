/**
 * The saved plan file between the plan job and the apply job. A `.tfplan` holds every value of the plan in
 * clear, sensitive ones included, so it is written 0600, removed by the post step, and — for an artifact that
 * anyone who can read the repository can download — encrypted with a key from the repository's secrets.
 *
 * The PR comment records the SHA-256 of the plain plan file; apply refuses a file whose digest differs.
 *
 * Encrypted format (`.tfplan.enc`): the ASCII magic `KEELSON-TFPLAN-1\n`, a 16-byte scrypt salt, a 12-byte
 * AES-256-GCM nonce, the 16-byte GCM tag, then the ciphertext. The key is scrypt(secret, salt) — N=2^15, r=8,
 * p=1 — so a short passphrase is still costly to guess, and GCM refuses a file changed by a single bit.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes, scryptSync } from 'node:crypto';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { PolicyError } from '../errors.js';

const MAGIC = Buffer.from('KEELSON-TFPLAN-1\n', 'ascii');
const SCRYPT = { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
/** Magic, salt, nonce and tag: a file shorter than this was cut (a partial artifact download). */
const HEADER_BYTES = MAGIC.length + 16 + 12 + 16;

export function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Makes the plan file readable by its owner only. */
export function protect(path: string): void {
  chmodSync(path, 0o600);
}

function key(secret: string, salt: Buffer): Buffer {
  return scryptSync(secret, salt, 32, SCRYPT);
}

export function isEncrypted(data: Buffer): boolean {
  return data.subarray(0, MAGIC.length).equals(MAGIC);
}

/** Writes `<plan>.enc` (0600) and returns its path. */
export function encryptPlanFile(path: string, secret: string): string {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(secret, salt), iv);
  const body = Buffer.concat([cipher.update(readFileSync(path)), cipher.final()]);
  const out = `${path}.enc`;
  writeFileSync(out, Buffer.concat([MAGIC, salt, iv, cipher.getAuthTag(), body]), { mode: 0o600 });
  protect(out);
  return out;
}

/**
 * Decrypts an encrypted plan file into `target` (0600). A wrong key and a modified file are the same
 * refusal: GCM cannot tell them apart, and neither may be applied.
 */
export function decryptPlanFile(path: string, secret: string, target: string): void {
  const data = readFileSync(path);
  if (!isEncrypted(data)) {
    throw new PolicyError(
      `The plan file '${path}' is not encrypted, but 'plan-encryption-key' is set; nothing was applied. ` +
        'Pass the .tfplan.enc file the plan job wrote.',
    );
  }
  let plain: Buffer;
  try {
    if (data.length < HEADER_BYTES) throw new Error('shorter than its header');
    let at = MAGIC.length;
    const salt = data.subarray(at, (at += 16));
    const iv = data.subarray(at, (at += 12));
    const tag = data.subarray(at, (at += 16));
    // authTagLength pins the tag to 16 bytes: GCM would otherwise accept a 4-byte tag from a crafted file.
    const decipher = createDecipheriv('aes-256-gcm', key(secret, salt), iv, { authTagLength: 16 });
    decipher.setAuthTag(tag);
    plain = Buffer.concat([decipher.update(data.subarray(at)), decipher.final()]);
  } catch {
    throw new PolicyError(
      `The encrypted plan file '${path}' could not be decrypted: the key differs from the plan job's, or the ` +
        'file was modified. Nothing was applied.',
    );
  }
  writeFileSync(target, plain, { mode: 0o600 });
  protect(target);
}
