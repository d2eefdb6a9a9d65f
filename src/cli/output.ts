import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { andMore } from '../words/lists.ts';
import { lineCut } from '../words/cli.ts';

/** At most this many error lines are printed; the rest are counted. */
export const MAX_ERROR_LINES = 100;
/** Longest error line printed, in characters; longer ones are cut and their length given. */
export const MAX_LINE = 500;

/** The first MAX_ERROR_LINES lines, each cut to MAX_LINE characters, then "… and N more errors". */
export function capErrors(lines: readonly string[]): string[] {
  const shown = lines.slice(0, MAX_ERROR_LINES).map((l) => (l.length > MAX_LINE ? lineCut(l.slice(0, MAX_LINE), l.length) : l));
  const more = lines.length - shown.length;
  if (more > 0) shown.push(andMore(more, 'error', 'errors'));
  return shown;
}

// eslint-disable-next-line no-control-regex -- these are exactly the characters to find
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f\x80-\x9f]/g;

/**
 * Text for a terminal with every control character shown, not obeyed: C0 controls (but tab and
 * newline) and DEL as `\x1b`, C1 controls as `\u009b` (also a valid escape inside JSON strings,
 * which JSON.stringify leaves raw). So a name cannot clear the screen or print a fake "valid".
 */
export function terminalSafe(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code >= 0x80 ? `\\u${code.toString(16).padStart(4, '0')}` : `\\x${code.toString(16).padStart(2, '0')}`;
  });
}

/** Whether two paths name the same file: the same resolved path, or the same device and inode (links). */
export function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}
