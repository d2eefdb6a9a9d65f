import { parseCsv } from './csv.ts';
import { findColumn, normaliseHeader } from './headers.ts';
import { holderOf, isEliminated, isNoManager, parseAmount, unquote } from './values.ts';

describe('parseCsv', () => {
  it('drops a byte-order mark, reads CRLF and quoted commas, quotes and line breaks, and numbers rows as a spreadsheet does', () => {
    const t = parseCsv({ name: 'f.csv', text: '\uFEFFRef,Title\r\nA1,"Head of HR, Health ""and"" Safety"\r\nA2,"two\r\nlines"\r\n\r\nA3,x\r\n' });
    expect(t.ok).toBe(true);
    if (!t.ok) return;
    expect(t.headers).toEqual(['Ref', 'Title']);
    expect(t.rows).toEqual([
      { row: 2, cells: ['A1', 'Head of HR, Health "and" Safety'] },
      { row: 3, cells: ['A2', 'two\r\nlines'] },
      { row: 5, cells: ['A3', 'x'] },
    ]);
  });

  it('refuses an empty file, a blank header row and an unclosed quote, naming the file', () => {
    expect(parseCsv({ name: 'e.csv', text: ' \r\n' })).toEqual({ ok: false, error: { kind: 'unreadable', file: 'e.csv', reason: 'empty' } });
    expect(parseCsv({ name: 'h.csv', text: ',,\n1,2,3\n' })).toEqual({ ok: false, error: { kind: 'unreadable', file: 'h.csv', reason: 'no-header' } });
    const open = parseCsv({ name: 'q.csv', text: 'a,b\n1,2\n3,"never closed\n' });
    expect(open.ok).toBe(false);
    if (!open.ok) expect(open.error).toMatchObject({ kind: 'unreadable', reason: 'unclosed-quote', file: 'q.csv' });
  });
});

describe('headers', () => {
  it('match case-insensitively, ignoring (£), (or equivalent) and repeated spaces', () => {
    expect(normaliseHeader('Actual Pay Floor (£)')).toBe('actual pay floor');
    expect(normaliseHeader('Grade (or equivalent)')).toBe('grade');
    expect(normaliseHeader('  Reports  to Senior   Post ')).toBe('reports to senior post');
  });
  it('never match a blank header, such as a leading unnamed index column', () => {
    expect(findColumn(['', 'Post Unique Reference', ''], ['post unique reference'])).toEqual({ index: 1, header: 'Post Unique Reference' });
    expect(findColumn(['', ' '], [''])).toBeNull();
  });
});

describe('values', () => {
  it('reads money with thousands separators and a pound sign; refuses words, negatives and blanks', () => {
    expect(parseAmount('1,234,567')).toBe(1234567);
    expect(parseAmount('£54,633.50')).toBe(54633.5);
    expect(parseAmount('0.6')).toBe(0.6);
    expect(parseAmount('12 000')).toBe(12000);
    for (const bad of ['', 'N/D', '-5', '1,23', 'abc', '1.2.3']) expect(parseAmount(bad)).toBeNull();
  });
  it('reads holders as people.md says', () => {
    expect(holderOf('')).toBeNull();
    expect(holderOf("'Vacant'")).toBeNull();
    expect(holderOf('vacant')).toBeNull();
    expect(holderOf('N/A')).toBeNull();
    expect(holderOf('N/D')).toBe('Not disclosed');
    expect(holderOf('ND')).toBe('Not disclosed');
    expect(holderOf('"Person 1"')).toBe('Person 1');
  });
  it('knows eliminated posts and "no manager" markers, quoted or not', () => {
    expect(isEliminated("'Eliminated'")).toBe(true);
    expect(isEliminated('ELIMINATED')).toBe(true);
    expect(isEliminated('Person 1')).toBe(false);
    for (const none of ['XX', 'xx', 'x', 'N/A', '', "'XX'"]) expect(isNoManager(none)).toBe(true);
    expect(isNoManager('HR1')).toBe(false);
    expect(unquote("'a'")).toBe('a');
  });
});

describe('parseCsv in chunks', () => {
  const lines = ['Ref,Title,Note'];
  for (let i = 0; i < 400; i++) lines.push(`R${i},"Title ${i}, with a comma","two\nlines ${i}"`);
  const text = `${lines.join('\r\n')}\r\n`;

  it('reads the same rows, numbered the same, whatever the chunk size, and reports rows read after each chunk', () => {
    const whole = parseCsv({ name: 'f.csv', text }, { chunkSize: 1 << 24 });
    const reported: number[] = [];
    const small = parseCsv({ name: 'f.csv', text }, { chunkSize: 97, onRows: (n) => reported.push(n) });
    expect(small).toEqual(whole);
    expect(whole.ok && whole.rows.at(-1)).toEqual({ row: 401, cells: ['R399', 'Title 399, with a comma', 'two\nlines 399'] });
    expect(reported.length).toBeGreaterThan(10);
    expect(reported.at(-1)).toBe(402); // the header, 400 rows and the blank line after the last line break
    expect(reported).toEqual([...reported].sort((a, b) => a - b));
  });

  it('names the row where a quote opens and is never closed, in a later chunk', () => {
    const open = parseCsv({ name: 'q.csv', text: `${text}X,"never closed\nY,1,2\n` }, { chunkSize: 97 });
    expect(open).toEqual({ ok: false, error: { kind: 'unreadable', file: 'q.csv', reason: 'unclosed-quote', row: 402 } });
  });
});
