import { STEP_OPS } from '../model/types.ts';

/** Longest quoted value in an error message: one bad 1 MB id must not make megabytes of errors. */
export const SHOWN_MAX = 80;

/** `text` cut to `max` characters (whole code points), saying how long it was. */
export function cut(text: string, max = SHOWN_MAX): string {
  if (text.length <= max) return text;
  const head = Array.from(text.slice(0, max)).slice(0, -1).join('');
  return `${head}… (${text.length.toLocaleString('en-GB')} characters)`;
}

/**
 * A place in the file for error messages: `baseline.nodes[4] "youth-work".kind`, labelling array items by their id.
 * Steps are counted from 1 with their op, as format.md words step errors: `options[2] "option-3" step 5 (move).to`.
 */
export function placeOf(root: unknown, path: readonly PropertyKey[]): string {
  let out = '';
  let cur: unknown = root;
  for (const key of path) {
    const next: unknown = cur !== null && typeof cur === 'object' ? (cur as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'number' && /(^|\.)steps$/.test(out) && Array.isArray(cur)) {
      out = out.slice(0, -'.steps'.length);
      const op = next !== null && typeof next === 'object' ? (next as { op?: unknown }).op : undefined;
      out += ` step ${key + 1}${typeof op === 'string' && (STEP_OPS as readonly string[]).includes(op) ? ` (${op})` : ''}`;
    } else if (typeof key === 'number') {
      out += `[${key}]`;
      const id = next !== null && typeof next === 'object' ? (next as { id?: unknown }).id : undefined;
      if (typeof id === 'string' && !Array.isArray(next)) out += ` ${cut(JSON.stringify(id))}`;
    } else {
      const name = String(key);
      out += out === '' ? cut(name) : /^[A-Za-z_$][\w$]*$/.test(name) ? `.${cut(name)}` : `[${cut(JSON.stringify(name))}]`;
    }
    cur = next;
  }
  return out;
}

/** `place: message`, or the message alone at the top of the file. */
export const at = (place: string, message: string): string => (place === '' ? message : `${place}: ${message}`);
