import { visibleKeepingLayout } from '../words/index.ts';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Characters XML 1.0 does not allow: controls other than tab, LF and CR; U+FFFE and U+FFFF. */
function forbidden(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffe || code === 0xffff;
}

/**
 * Text safe inside an XML element or a quoted attribute: control characters, bidi overrides and lone surrogates
 * are shown as escapes (`\x1b`, `\u202e`: src/words `visibleKeepingLayout`), so the paper shows them rather than
 * obeying them; the five special characters become entities; anything else XML 1.0 forbids becomes U+FFFD.
 */
export function escapeXml(text: string): string {
  let out = '';
  for (const ch of visibleKeepingLayout(text)) {
    const code = ch.codePointAt(0)!;
    if (ch.length === 1 && (forbidden(code) || (code >= 0xd800 && code <= 0xdfff))) out += '\uFFFD';
    else out += ENTITIES[ch] ?? ch;
  }
  return out;
}
