import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError, readFailureOf, readInputBytes, readInputText } from './readInput.ts';
import { readFailureWords } from '../words/cli.ts';

const failure = (read: () => unknown) => {
  try {
    read();
  } catch (e) {
    return readFailureOf(e);
  }
  throw new Error('expected the read to fail');
};

describe('why a file is not read, as a typed value worded in src/words/cli.ts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'read-input-'));

  it('tells a missing file, a folder and a device apart', () => {
    expect(failure(() => readInputText(join(dir, 'none.json')))).toEqual({ kind: 'missing' });
    expect(failure(() => readInputText(dir))).toEqual({ kind: 'folder' });
    expect(failure(() => readInputBytes('/dev/null'))).toEqual({ kind: 'not-regular' });
  });

  it('says the size and the cap of a file too large', () => {
    const big = join(dir, 'big.json');
    writeFileSync(big, 'x'.repeat(3 * 1024 * 1024));
    const f = failure(() => readInputBytes(big, 1024 * 1024));
    expect(f).toEqual({ kind: 'too-large', size: 3 * 1024 * 1024, cap: 1024 * 1024 });
    expect(readFailureWords(f)).toBe('too large: 3 MiB, and the limit is 1 MiB');
  });

  it('words the reason the same way on the error itself and from the typed value', () => {
    const e = new InputError({ kind: 'not-regular' });
    expect(e.message).toBe(readFailureWords(readFailureOf(e)));
    expect(readFailureWords(readFailureOf(Object.assign(new Error('x'), { code: 'EMFILE' })))).toBe('EMFILE');
  });
});
