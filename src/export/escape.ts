const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Characters XML 1.0 does not allow: controls other than tab, LF and CR; U+FFFE and U+FFFF. */
function forbidden(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffe || code === 0xffff;
}

/**
 * Text safe inside an XML element or a quoted attribute: the five special characters become entities, and
 * characters XML 1.0 forbids (controls, lone surrogates, U+FFFE/U+FFFF) become U+FFFD.
 */
export function escapeXml(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ch.length === 1 && (forbidden(code) || (code >= 0xd800 && code <= 0xdfff))) out += '\uFFFD';
    else out += ENTITIES[ch] ?? ch;
  }
  return out;
}
