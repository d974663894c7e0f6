/**
 * Reads one file out of a release archive in memory: `.tar.gz` (ustar, with pax and GNU long-name headers) or
 * `.zip` (stored or deflated). Only the named file at the archive's top level is returned, so nothing in an
 * archive can write outside the tool cache (no path traversal, no links followed), and no `tar` or `unzip`
 * binary is needed on the runner.
 */
import { gunzipSync, inflateRawSync } from 'node:zlib';
import { errorMessage } from '../errors.js';

export class ArchiveError extends Error {
  override readonly name = 'ArchiveError';
}

function cstring(buf: Buffer, start: number, len: number): string {
  const slice = buf.subarray(start, start + len);
  const nul = slice.indexOf(0);
  return slice.subarray(0, nul < 0 ? slice.length : nul).toString('utf8');
}

function octal(buf: Buffer, start: number, len: number): number {
  const s = cstring(buf, start, len).trim();
  if (s === '') return 0;
  if (!/^[0-7]+$/.test(s)) throw new ArchiveError(`bad tar header number '${s}'`);
  return parseInt(s, 8);
}

function baseName(path: string): string {
  return path.replace(/^\.\//, '');
}

/** The contents of the regular file `name` at the top level of a gzipped tar archive. */
export function extractFromTarGz(archive: Buffer, name: string): Buffer {
  let tar: Buffer;
  try {
    tar = gunzipSync(archive);
  } catch (e) {
    throw new ArchiveError(`not a gzip file (${errorMessage(e)})`);
  }
  let off = 0;
  let longName: string | undefined;
  while (off + 512 <= tar.length) {
    const header = tar.subarray(off, off + 512);
    if (header.every((b) => b === 0)) break;
    const size = octal(header, 124, 12);
    const type = String.fromCharCode(header[156] as number);
    const magic = cstring(header, 257, 6);
    let path = cstring(header, 0, 100);
    if (magic.startsWith('ustar')) {
      const prefix = cstring(header, 345, 155);
      if (prefix) path = `${prefix}/${path}`;
    }
    const dataStart = off + 512;
    const next = dataStart + Math.ceil(size / 512) * 512;
    if (dataStart + size > tar.length) throw new ArchiveError('truncated tar archive');
    const data = tar.subarray(dataStart, dataStart + size);
    if (type === 'L') {
      longName = cstring(data, 0, data.length);
    } else if (type === 'x') {
      const m = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(data.toString('utf8'));
      if (m) longName = m[1];
    } else if (type === 'g') {
      // global pax header: nothing Keelson needs
    } else {
      const entry = baseName(longName ?? path);
      longName = undefined;
      if ((type === '0' || type === '\0') && entry === name) return Buffer.from(data);
    }
    off = next;
  }
  throw new ArchiveError(`the archive has no file '${name}' at its top level`);
}

/** The contents of the file `name` at the top level of a zip archive. */
export function extractFromZip(zip: Buffer, name: string): Buffer {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ArchiveError('not a zip file (no end of central directory)');
  const entries = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  for (let n = 0; n < entries; n++) {
    if (p + 46 > zip.length || zip.readUInt32LE(p) !== 0x02014b50)
      throw new ArchiveError('corrupt zip directory');
    const method = zip.readUInt16LE(p + 10);
    const compressed = zip.readUInt32LE(p + 20);
    const nameLen = zip.readUInt16LE(p + 28);
    const extraLen = zip.readUInt16LE(p + 30);
    const commentLen = zip.readUInt16LE(p + 32);
    const local = zip.readUInt32LE(p + 42);
    const entry = zip.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    p += 46 + nameLen + extraLen + commentLen;
    if (baseName(entry) !== name) continue;
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new ArchiveError('corrupt zip entry');
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + compressed);
    if (method === 0) return Buffer.from(data);
    if (method === 8) return inflateRawSync(data);
    throw new ArchiveError(`unsupported zip compression method ${method}`);
  }
  throw new ArchiveError(`the archive has no file '${name}' at its top level`);
}
