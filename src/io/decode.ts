import type { DecodeProblem } from './problems.ts';

/** Bytes as workspace text, or why they are not text we read (typed; src/words/fileProblems.ts words it). */
export type DecodeResult = { ok: true; text: string } | { ok: false; error: DecodeProblem };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decodes a file's bytes as UTF-8, the only encoding the format allows (format.md: "a JSON file").
 * UTF-16 (with a byte-order mark, or the NUL bytes of ASCII written in UTF-16) is named as such;
 * any other invalid UTF-8 (Latin-1 bytes, say) gives the byte's offset (from 0), value and line,
 * so nothing is silently turned into U+FFFD. A UTF-8 byte-order mark is dropped.
 */
export function decodeWorkspaceBytes(bytes: Uint8Array): DecodeResult {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    return { ok: false, error: { kind: 'utf16', endian: b0 === 0xff ? 'little' : 'big' } };
  }
  if (bytes.length >= 2 && (b0 === 0 || b1 === 0)) {
    return { ok: false, error: { kind: 'utf16-no-bom', offset: b0 === 0 ? 0 : 1 } };
  }
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    let line = 1;
    for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
    return { ok: false, error: { kind: 'not-utf8', byte: bytes[at] ?? 0, offset: at, line } };
  }
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence (RFC 3629). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return n;
}
