/** A key on the way to a value: an object's field name or an array's index (from 0, as in the file's own JSON). */
export type JsonKey = string | number;

/**
 * Why text stops being JSON. `found` is what stood where something else was wanted: a character, or a word of up
 * to 40 characters where a value was wanted; null at the end of the text. Worded in src/words/fileProblems.ts.
 */
export type JsonSyntaxReason =
  | { kind: 'expected-value'; found: string | null }
  | { kind: 'expected-property-name'; found: string | null }
  | { kind: 'expected-colon'; found: string | null }
  | { kind: 'expected-comma-or-brace'; found: string | null }
  | { kind: 'expected-comma-or-bracket'; found: string | null }
  | { kind: 'after-the-end'; found: string | null }
  | { kind: 'unterminated-string' }
  | { kind: 'control-character' }
  | { kind: 'bad-unicode-escape' }
  | { kind: 'bad-escape' };

/** Where `text` stops being JSON (a character offset) and why, or null when it is JSON. */
export interface JsonSyntax {
  offset: number;
  reason: JsonSyntaxReason;
}

/** What JSON.parse passes over in silence, found by `scanJson`. */
export interface JsonScan {
  syntax: JsonSyntax | null;
  /** A field named twice in one object: JSON.parse keeps the last and drops the first without a word. */
  duplicates: { path: JsonKey[]; key: string; offset: number }[];
  /** A number too large for a double (e.g. `1e400`), which JSON.parse turns into Infinity. */
  tooLarge: { path: JsonKey[]; literal: string; offset: number }[];
  /** The first place nested deeper than the limit, where the scan stopped. */
  tooDeep: { path: JsonKey[]; offset: number } | null;
}

/** Deeper than any workspace needs (its deepest field is 6 levels down) and shallow enough for any recursive reader. */
export const MAX_JSON_DEPTH = 200;
/** Each kind of finding is listed at most this many times. */
const MAX_FINDINGS = 1000;

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD = /[\w$.+-]*/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

class SyntaxStop {
  constructor(
    readonly offset: number,
    readonly reason: JsonSyntaxReason,
  ) {}
}

/**
 * Reads `text` as JSON without recursion (so any depth is safe) and reports what JSON.parse does
 * not: the first syntax error with its offset (V8's messages do not always give one), duplicate
 * field names, numbers too large for a double, and nesting deeper than `maxDepth`. Linear in the
 * length of the text.
 */
export function scanJson(text: string, maxDepth = MAX_JSON_DEPTH): JsonScan {
  const out: JsonScan = { syntax: null, duplicates: [], tooLarge: [], tooDeep: null };
  const n = text.length;
  // The open containers, innermost last: kind (true: object), the current key or index, the keys seen so far.
  const isObject: boolean[] = [];
  const keys: JsonKey[] = [];
  const seen: (Set<string> | string | null)[] = [];
  let i = 0;
  const fail = (reason: JsonSyntaxReason): never => {
    throw new SyntaxStop(i, reason);
  };
  const space = () => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i++;
      else return;
    }
  };
  const found = (): string | null => (i >= n ? null : text[i]!);
  const badWord = (): never => {
    WORD.lastIndex = i;
    const w = WORD.exec(text)![0].slice(0, 40);
    return fail({ kind: 'expected-value', found: w === '' ? found() : w });
  };
  /** Reads the string starting at the quote at `i`; returns its text when `wanted`. */
  const string = (wanted: boolean): string => {
    const start = i;
    let escaped = false;
    i++;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 34) break;
      if (Number.isNaN(c)) fail({ kind: 'unterminated-string' });
      if (c < 32) fail({ kind: 'control-character' });
      if (c === 92) {
        escaped = true;
        i++;
        const e = text[i];
        if (e === 'u') {
          HEX4.lastIndex = i + 1;
          if (!HEX4.test(text)) fail({ kind: 'bad-unicode-escape' });
          i += 4;
        } else if (e === undefined || !'"\\/bfnrt'.includes(e)) fail({ kind: 'bad-escape' });
      }
      i++;
    }
    i++;
    if (!wanted) return '';
    return escaped ? (JSON.parse(text.slice(start, i)) as string) : text.slice(start + 1, i - 1);
  };
  const path = (): JsonKey[] => keys.slice();
  const key = () => {
    space();
    if (text.charCodeAt(i) !== 34) fail({ kind: 'expected-property-name', found: found() });
    const at = i;
    const k = string(true);
    const top = seen.length - 1;
    const had = seen[top]!;
    if (had === null) seen[top] = k;
    else if (typeof had === 'string') {
      if (had === k) duplicate(k, at);
      else seen[top] = new Set([had, k]);
    } else if (had.has(k)) duplicate(k, at);
    else had.add(k);
    keys[top] = k;
    space();
    if (text.charCodeAt(i) !== 58) fail({ kind: 'expected-colon', found: found() });
    i++;
  };
  const duplicate = (k: string, at: number) => {
    if (out.duplicates.length < MAX_FINDINGS) out.duplicates.push({ path: keys.slice(0, -1), key: k, offset: at });
  };
  const open = (object: boolean) => {
    if (isObject.length >= maxDepth) {
      out.tooDeep = { path: path(), offset: i };
      throw out;
    }
    isObject.push(object);
    keys.push(object ? '' : 0);
    seen.push(null);
    i++;
    space();
  };
  const close = () => {
    isObject.pop();
    keys.pop();
    seen.pop();
    i++;
  };
  try {
    value: for (;;) {
      space();
      const c = text.charCodeAt(i);
      if (c === 123) {
        open(true);
        if (text.charCodeAt(i) === 125) close();
        else {
          key();
          continue value;
        }
      } else if (c === 91) {
        open(false);
        if (text.charCodeAt(i) === 93) close();
        else continue value;
      } else if (c === 34) string(false);
      else if (c === 116 || c === 102 || c === 110) {
        const lit = c === 116 ? 'true' : c === 102 ? 'false' : 'null';
        if (!text.startsWith(lit, i)) badWord();
        i += lit.length;
      } else if (c === 45 || (c >= 48 && c <= 57)) {
        NUMBER.lastIndex = i;
        const m = NUMBER.exec(text);
        if (!m || m[0] === '-') badWord();
        const lit = m![0];
        if ((lit.length > 300 || /[eE]/.test(lit)) && !Number.isFinite(Number(lit)) && out.tooLarge.length < MAX_FINDINGS) {
          out.tooLarge.push({ path: path(), literal: lit, offset: i });
        }
        i += lit.length;
      } else badWord();
      // After a value: close containers until one continues with another member.
      for (;;) {
        space();
        const top = isObject.length - 1;
        if (top < 0) {
          if (i < n) fail({ kind: 'after-the-end', found: found() });
          return out;
        }
        const d = text.charCodeAt(i);
        if (isObject[top]) {
          if (d === 44) {
            i++;
            key();
            continue value;
          }
          if (d === 125) close();
          else fail({ kind: 'expected-comma-or-brace', found: found() });
        } else {
          if (d === 44) {
            i++;
            keys[top] = (keys[top] as number) + 1;
            continue value;
          }
          if (d === 93) close();
          else fail({ kind: 'expected-comma-or-bracket', found: found() });
        }
      }
    }
  } catch (e) {
    if (e === out) return out;
    if (e instanceof SyntaxStop) {
      out.syntax = { offset: e.offset, reason: e.reason };
      return out;
    }
    throw e;
  }
}

/** 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let k = text.indexOf('\n'); k >= 0 && k < offset; k = text.indexOf('\n', k + 1)) {
    line++;
    start = k + 1;
  }
  return { line, column: offset - start + 1 };
}

/** Brackets, whole strings (with a following colon when a field name), and exponents or digit runs that may overflow a double. */
const TOKEN = /[{}[\]]|"((?:[^"\\]|\\.)*)"(\s*:)?|[eE][+-]?\d{3,}|\d{309,}/g;

/**
 * True when JSON text that JSON.parse accepted has none of `scanJson`'s findings. A regular
 * expression walks the brackets and strings (skipping the rest natively), so this costs about a
 * third of what `scanJson` does; when it says false, `scanJson` says what and where.
 */
export function looksClean(text: string, maxDepth = MAX_JSON_DEPTH): boolean {
  const seen: (Set<string> | null)[] = [];
  const isObject: boolean[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const t = m[0];
    const c = t.charCodeAt(0);
    if (c === 123 || c === 91) {
      if (isObject.length >= maxDepth) return false;
      isObject.push(c === 123);
      seen.push(null);
    } else if (c === 125 || c === 93) {
      isObject.pop();
      seen.pop();
    } else if (c === 34) {
      if (m[2] === undefined) continue;
      const raw = m[1]!;
      const k = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
      const top = seen.length - 1;
      const set = seen[top] ?? (seen[top] = new Set());
      if (set.has(k)) return false;
      set.add(k);
    } else if (!Number.isFinite(Number(`1${t}`))) {
      return false;
    }
  }
  return true;
}
