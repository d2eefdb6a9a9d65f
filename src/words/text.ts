/**
 * User text (names, holders, notes, reasons) put safely into officer-facing text: control characters shown, not
 * obeyed, and right-to-left text isolated so it cannot reorder the words around it.
 */

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Characters that would act rather than show: C0 controls and DEL, C1 controls, the bidi embeddings, overrides
 * and isolates (U+202A-202E, U+2066-2069), line and paragraph separators (U+2028-2029), noncharacters U+FFFE-FFFF
 * and lone surrogates.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are shown, not obeyed.
const ACTING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const escape = (c: string): string => {
  const named = NAMED[c];
  if (named) return named;
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

/**
 * The text with every control character written out as an escape (`\x1b`, `\n`, `\u202e`), so a terminal,
 * an SVG or a screen shows it instead of obeying it. Everything else (letters of any script, emoji with their
 * zero-width joiners, LRM/RLM marks) is kept as written.
 */
export function visible(text: string): string {
  return text.replace(ACTING, escape);
}

// eslint-disable-next-line no-control-regex -- as ACTING, but tab, line feed, carriage return and the isolates (U+2066-2069) are kept.
const ACTING_BUT_LAYOUT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * As `visible`, but tabs and line breaks stay whitespace and isolates stay isolates: for markup (SVG) whose text was
 * already worded by src/words (user text in it isolated, its own isolates escaped) and whose layout wraps anyway.
 */
export function visibleKeepingLayout(text: string): string {
  return text.replace(ACTING_BUT_LAYOUT, escape);
}

/** Strong right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko …, their presentation forms) and RLM/ALM marks. */
const RTL = /[\u0590-\u08ff\u200f\u061c\ufb1d-\ufdff\ufe70-\ufefc]|[\ud802-\ud803\ud83a-\ud83b][\udc00-\udfff]/;

export const FSI = '\u2068';
export const PDI = '\u2069';

/**
 * The text between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE (Unicode Bidirectional Algorithm, UAX #9
 * §2.7) when it holds right-to-left letters, so "old → new" reads in order around it. Text without them cannot
 * reorder an English sentence, so it is left bare (no invisible characters in every line of a CSV or a terminal).
 * Call on text already made `visible`: explicit bidi controls are then escapes and cannot leak out.
 */
export function isolate(text: string): string {
  return RTL.test(text) ? `${FSI}${text}${PDI}` : text;
}

/**
 * Lines of one wrapped text, each standing alone: an isolate left open at a line's end is closed there (PDI)
 * and opened again (FSI) at the start of the next, so an SVG <text> per line never leaks direction.
 */
export function balanceIsolates(lines: readonly string[]): string[] {
  let open = 0;
  return lines.map((line) => {
    const text = FSI.repeat(open) + line;
    for (const ch of line) {
      if (ch === FSI) open++;
      else if (ch === PDI && open > 0) open--;
    }
    return text + PDI.repeat(open);
  });
}

/** User text as it goes into a sentence: control characters shown, right-to-left text isolated. */
export function userText(text: string): string {
  return isolate(visible(text));
}

/** A value written in a message (an id, a field, a number): strings quoted and shown safely, anything else as JSON. */
export function shownValue(v: unknown): string {
  if (typeof v === 'string') return `"${userText(cut(v))}"`;
  if (v === undefined) return 'nothing';
  const json = JSON.stringify(v) as string | undefined;
  return json === undefined ? String(v) : userText(cut(json));
}

/** At most `max` code points of the text, with "…" when cut (a value in a message stays short). */
export function cut(text: string, max = 60): string {
  if (text.length <= max) return text;
  const points = Array.from(text);
  return points.length <= max ? text : `${points.slice(0, max).join('')}…`;
}

/** User text (an id, a title, a file name) in straight quotes, as a sentence quotes it: `"x"`, shown safely (userText). */
export const quoted = (text: string): string => `"${userText(text)}"`;
