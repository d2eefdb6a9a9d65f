import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { decodeWorkspaceBytes } from '../io/decode.ts';
import { readFailureWords, type ReadFailure } from '../words/cli.ts';

/** The largest file the command line reads: 256 MiB, well above a 300,000-node workspace (63 MB). */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

/** A file the command line will not read, with the reason as a typed value (worded by src/words/cli.ts). */
export class InputError extends Error {
  constructor(readonly failure: ReadFailure) {
    super(readFailureWords(failure));
  }
}

const SYSTEM: Record<string, ReadFailure> = { ENOENT: { kind: 'missing' }, EISDIR: { kind: 'folder' }, EACCES: { kind: 'denied' } };

/** Why reading a file failed, from what `readInputBytes`/`readInputText` (or the system under them) threw. */
export function readFailureOf(e: unknown): ReadFailure {
  if (e instanceof InputError) return e.failure;
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (typeof code === 'string') return Object.hasOwn(SYSTEM, code) ? SYSTEM[code]! : { kind: 'system', code };
  return { kind: 'system', code: String(e) };
}

/**
 * Reads a file's bytes: only a regular file (not a device such as /dev/zero, a pipe or a folder), at most `cap`
 * bytes (checked on the open file, and again while reading, so a file that grows cannot run on). Throws
 * `InputError` with the reason, or the system's error (with its `code`) when the file cannot be opened.
 */
export function readInputBytes(path: string, cap = MAX_INPUT_BYTES): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new InputError({ kind: 'folder' });
    if (!st.isFile()) throw new InputError({ kind: 'not-regular' });
    if (st.size > cap) throw new InputError({ kind: 'too-large', size: st.size, cap });
    const chunks: Buffer[] = [];
    let got = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(st.size - got, 0) + 1, 16 * 1024 * 1024));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      got += n;
      if (got > cap) throw new InputError({ kind: 'too-large', size: null, cap });
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, got);
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads a workspace file as text: `readInputBytes`, decoded as UTF-8 by `decodeWorkspaceBytes`. Throws
 * `InputError` with the reason, or the system's error (with its `code`) when the file cannot be opened.
 */
export function readInputText(path: string, cap = MAX_INPUT_BYTES): string {
  const decoded = decodeWorkspaceBytes(readInputBytes(path, cap));
  if (!decoded.ok) throw new InputError({ kind: 'not-text', problem: decoded.error });
  return decoded.text;
}
