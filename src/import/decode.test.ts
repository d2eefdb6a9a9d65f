import { decodeCsv } from './decode.ts';
import { normaliseHeader } from './headers.ts';

describe('decodeCsv', () => {
  it('reads UTF-8, keeping its byte-order mark for the parser to drop', () => {
    expect(decodeCsv(new TextEncoder().encode('\uFEFFPay (£)\n'))).toEqual({ text: '\uFEFFPay (£)\n', encoding: 'utf-8' });
  });
  it('reads bytes that are not UTF-8 as Windows-1252, where £ is 0xA3', () => {
    expect(decodeCsv(new Uint8Array([0x50, 0x61, 0x79, 0x20, 0x28, 0xa3, 0x29]))).toEqual({ text: 'Pay (£)', encoding: 'windows-1252' });
  });
  it('reads UTF-16 with a byte-order mark', () => {
    expect(decodeCsv(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x2c, 0x00, 0x42, 0x00]))).toEqual({ text: 'A,B', encoding: 'utf-16le' });
  });
  it('headers whose £ was mangled by an earlier conversion still match', () => {
    expect(normaliseHeader('Actual Pay Floor (\uFFFD)')).toBe('actual pay floor');
    expect(normaliseHeader('Actual Pay Floor (Â£)')).toBe('actual pay floor');
  });
});
