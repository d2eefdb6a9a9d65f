import { escapeXml } from './escape.ts';

/** A coordinate rounded to hundredths, without trailing zeros. */
export const num = (x: number): string => String(Math.round(x * 100) / 100);

export type Attrs = Record<string, string | number | undefined>;

/** Attributes as ` name="value"`, values escaped, numbers rounded, undefined left out. */
export function attrs(a: Attrs): string {
  let out = '';
  for (const [k, v] of Object.entries(a)) {
    if (v === undefined) continue;
    out += ` ${k}="${typeof v === 'number' ? num(v) : escapeXml(v)}"`;
  }
  return out;
}

/** One `<text>` element per line, each line escaped. */
export function textLines(lines: readonly string[], x: number, y: number, lineHeight: number, a: Attrs): string {
  return lines.map((line, i) => `<text${attrs({ x, y: y + i * lineHeight, ...a })}>${escapeXml(line)}</text>`).join('');
}
