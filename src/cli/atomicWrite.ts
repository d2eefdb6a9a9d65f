import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `content` to `path` without ever leaving a half-written file there: the bytes go to a
 * temporary file in the same folder (so the rename stays on one file system), are flushed to disk,
 * and the temporary file is renamed over `path` in one step. If anything fails, the temporary file
 * is removed and `path` keeps what it held before; the error is re-thrown for the caller to word.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let fd: number | null = null;
  try {
    fd = openSync(temp, 'wx', 0o644);
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    let done = 0;
    while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(temp, path);
  } catch (e) {
    if (fd !== null) closeSync(fd);
    rmSync(temp, { force: true });
    throw e;
  }
}
