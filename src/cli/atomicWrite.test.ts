import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from './atomicWrite.ts';

describe('writeFileAtomic', () => {
  it('replaces the file and leaves no temporary file behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atomic-'));
    const path = join(dir, 'out.svg');
    writeFileSync(path, 'old');
    writeFileAtomic(path, '<svg/>');
    expect(readFileSync(path, 'utf8')).toBe('<svg/>');
    expect(readdirSync(dir)).toEqual(['out.svg']);
  });

  it('keeps the old file when the write cannot happen', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atomic-'));
    const path = join(dir, 'out.svg');
    writeFileSync(path, 'old');
    // A non-empty folder in the way of the rename: the write fails after the temporary file is written.
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'keep'), 'k');
    expect(() => writeFileAtomic(join(dir, 'sub'), 'x')).toThrow();
    expect(readFileSync(path, 'utf8')).toBe('old');
    expect(readdirSync(dir).sort()).toEqual(['out.svg', 'sub']);
  });
});
