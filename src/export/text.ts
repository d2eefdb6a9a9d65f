import { ARIAL_BOLD, ARIAL_EXTRA, ARIAL_REGULAR } from './arialWidths.ts';
import { balanceIsolates } from '../words/index.ts';

/** Estimates run a little wide so that a font with slightly different metrics still fits its box. */
const SAFETY = 1.03;

function isZeroWidth(cp: number): boolean {
  // Combining marks, zero-width spaces and joiners, variation selectors, and the invisible bidi marks and isolates.
  return (cp >= 0x0300 && cp <= 0x036f) || (cp >= 0x200b && cp <= 0x200f) || cp === 0x061c || (cp >= 0x2066 && cp <= 0x2069) || (cp >= 0xfe00 && cp <= 0xfe0f);
}

function isWide(cp: number): boolean {
  return (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0x2600 && cp <= 0x27bf) || cp >= 0x1f000;
}

/** Advance width of one character in thousandths of an em. */
function charWidth(ch: string, bold: boolean): number {
  const cp = ch.codePointAt(0)!;
  if (cp >= 0x20 && cp <= 0x7e) return (bold ? ARIAL_BOLD : ARIAL_REGULAR)[cp - 0x20]!;
  const extra = ARIAL_EXTRA[ch];
  if (extra) return extra[bold ? 1 : 0];
  if (isZeroWidth(cp)) return 0;
  if (isWide(cp)) return 1000;
  return bold ? 611 : 556;
}

/** Estimated width of `text` set in Arial at `size` user units. */
export function textWidth(text: string, size: number, bold = false): number {
  let sum = 0;
  for (const ch of text) sum += charWidth(ch, bold);
  return (sum * size * SAFETY) / 1000;
}

/** Splits a word wider than `max` into pieces that fit, keeping characters (and surrogate pairs) whole. */
function breakWord(word: string, max: number, size: number, bold: boolean): string[] {
  const pieces: string[] = [];
  let cur = '';
  for (const ch of word) {
    if (cur !== '' && textWidth(cur + ch, size, bold) > max) {
      pieces.push(cur);
      cur = ch;
    } else {
      cur += ch;
    }
  }
  if (cur !== '') pieces.push(cur);
  return pieces;
}

/**
 * Greedy word wrap to lines no wider than `max`; words too long for a line are broken. Whitespace is collapsed.
 * An isolated name (FSI … PDI, src/words) cut across lines is closed and reopened on each, so every line stands alone.
 */
export function wrapText(text: string, max: number, size: number, bold = false): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let cur = '';
  for (const word of words) {
    const candidate = cur === '' ? word : `${cur} ${word}`;
    if (textWidth(candidate, size, bold) <= max) {
      cur = candidate;
      continue;
    }
    if (cur !== '') lines.push(cur);
    if (textWidth(word, size, bold) <= max) {
      cur = word;
    } else {
      const pieces = breakWord(word, max, size, bold);
      lines.push(...pieces.slice(0, -1));
      cur = pieces[pieces.length - 1] ?? '';
    }
  }
  if (cur !== '') lines.push(cur);
  return balanceIsolates(lines);
}
