// What the command line's bundle (build/cli.mjs) was built from, and whether the sources still say the same.
// The bundle's first line records the files it was built from and one SHA-256 of their contents; the `cli`
// script (scripts/cli.mjs) hashes the same files again on every run and rebuilds when the hashes differ.
// Contents, not modification times: a checkout, a copy or a restored backup changes times without changing
// code (a needless rebuild) and can leave a changed source older than the bundle (a stale bundle that runs).
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';

/** The first line of a bundle: `// cli-inputs {"sha256":"…","files":["src/cli.ts",…]}`. */
const PREFIX = '// cli-inputs ';

/** Files outside the bundle's own sources that decide what it is: the build recipe, the locked packages, the compiler settings. */
export const RECIPE = ['scripts/build-cli.mjs', 'scripts/cli-inputs.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

/**
 * SHA-256 (hex) of `files` (paths relative to `root`), each with its path and length, in the order given; null
 * when one cannot be read (moved or deleted: the bundle is stale).
 */
export function hashInputs(root, files) {
  const hash = createHash('sha256');
  for (const file of files) {
    let bytes;
    try {
      bytes = readFileSync(join(root, file));
    } catch {
      return null;
    }
    hash.update(`${file}\0${bytes.length}\0`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

/** The record line to put first in a bundle built from `files`. */
export function recordLine(root, files) {
  return `${PREFIX}${JSON.stringify({ sha256: hashInputs(root, files), files })}\n`;
}

/** The record at the head of the bundle at `path`; null when the file is missing or has none (an older or foreign bundle). */
function readRecord(path) {
  let fd;
  try {
    fd = openSync(path, 'r');
    const head = Buffer.alloc(64 * 1024);
    const length = readSync(fd, head, 0, head.length, 0);
    const text = head.toString('utf8', 0, length);
    const end = text.indexOf('\n');
    if (!text.startsWith(PREFIX) || end < 0) return null;
    const record = JSON.parse(text.slice(PREFIX.length, end));
    return typeof record?.sha256 === 'string' && Array.isArray(record.files) ? record : null;
  } catch {
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Whether the bundle at `bundle` is missing, unrecorded, or built from files whose contents have changed since. */
export function isStale(root, bundle) {
  const record = readRecord(bundle);
  return record === null || hashInputs(root, record.files) !== record.sha256;
}
