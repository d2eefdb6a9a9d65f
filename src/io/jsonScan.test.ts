import { fileProblemWords } from '../words/fileProblems.ts';
import { readFileSync } from 'node:fs';
import { looksClean, scanJson } from './jsonScan.ts';
import { parseWorkspace } from './parse.ts';

const LEEDS = readFileSync('fixtures/leeds.json', 'utf8');

describe('scanJson', () => {
  it('finds nothing in a good file', () => {
    expect(scanJson(LEEDS)).toEqual({ syntax: null, duplicates: [], tooLarge: [], tooDeep: null });
  });

  it('agrees with JSON.parse on what is JSON', () => {
    for (const t of ['1', '"a\\u0041"', '[]', '{}', '[1,[2,{"a":[]}]]', ' {"a" : -0.5e3 } ', '[1,]', '{"a":1,}', '[01]', '"\\x"', '{"a" 1}', '[', 'tru', '"a\tb"', '{} x', '']) {
      let ok = true;
      try {
        JSON.parse(t);
      } catch {
        ok = false;
      }
      expect(scanJson(t).syntax === null, t).toBe(ok);
    }
  });

  it('reports duplicate field names with the path of their object, decoding escapes', () => {
    const s = scanJson('{"a":[{"x":1,"y":2,"\\u0078":3}],"a":0}');
    expect(s.duplicates.map((d) => [d.path, d.key])).toEqual([
      [['a', 0], 'x'],
      [[], 'a'],
    ]);
  });

  it('reports numbers too large for a double as written', () => {
    expect(scanJson('{"s":[1e400, 2e10, -1E+999]}').tooLarge.map((t) => [t.path, t.literal])).toEqual([
      [['s', 0], '1e400'],
      [['s', 2], '-1E+999'],
    ]);
  });

  it('stops at 100,000 levels of nesting without overflowing the stack', () => {
    const deep = `{"note":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const s = scanJson(deep);
    expect(s.tooDeep?.path.slice(0, 2)).toEqual(['note', 0]);
    const unclosed = scanJson('['.repeat(100_000), 1_000_000);
    expect(unclosed.syntax?.reason).toEqual({ kind: 'expected-value', found: null });
  });
});

describe('parseWorkspace on what JSON.parse accepts in silence', () => {
  const leeds = JSON.parse(LEEDS) as { baseline: { nodes: object[] } };

  it('names a duplicate field with its line, column and place', () => {
    const text = LEEDS.replace('"id": "dcs",', '"id": "dcs", "id": "dcs",');
    const r = parseWorkspace(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(fileProblemWords(r.errors[0]!)).toMatch(/^line \d+, column \d+: field "id" appears twice in baseline\.nodes\[\d+\] "dcs"/);
  });

  it('names the place of deep nesting inside a field instead of overflowing', () => {
    const ws = { ...leeds, title: 'x' };
    const text = JSON.stringify(ws).replace('"title":"x"', `"title":${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    const r = parseWorkspace(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map(fileProblemWords)).toEqual([expect.stringMatching(/nested more than 200 levels deep in title\[0\]/)]);
  });
});

describe('looksClean', () => {
  it('agrees with scanJson on valid JSON', () => {
    const cases = [LEEDS, '{"a":1,"a":2}', '{"a":{"b":1},"b":{"a":1}}', '{"a\\"":1,"a\\u0022":2}', '[1e400]', '[1e40]', '{"x":"e999"}', `${'['.repeat(300)}${']'.repeat(300)}`, '{"a":"\\\\","b":"\\\\\\""}'];
    for (const t of cases) {
      const s = scanJson(t);
      expect(looksClean(t), t.slice(0, 40)).toBe(s.duplicates.length === 0 && s.tooLarge.length === 0 && s.tooDeep === null);
    }
  });
});
