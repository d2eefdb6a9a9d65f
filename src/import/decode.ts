/** Which encoding a CSV file's bytes were read in. */
export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * A CSV file's bytes as text. UTF-8 (a byte-order mark dropped later by the parser) when the bytes are valid
 * UTF-8; UTF-16 with its byte-order mark; otherwise Windows-1252, the encoding Excel on Windows saves "CSV" in
 * and many published returns use (its £ is byte 0xA3). The encoding is returned so the app can say how the
 * file was read.
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
