import { markdownCell, toMarkdown } from './markdown.ts';
import { toCsv } from './csv.ts';
import { toText } from './text.ts';
import { joinJudgements } from './table.ts';
import { sampleEvidence as evidence } from '../../test/appraisal/sampleEvidence.ts';
import type { Workspace } from '../model/types.ts';

const cellsOf = (line: string): string[] => line.slice(2, -2).split(/(?<!\\) \| /);

describe('markdownCell', () => {
  it('escapes pipes and backslashes, turns line breaks into <br> and allows no raw HTML', () => {
    expect(markdownCell('a|b')).toBe('a\\|b');
    expect(markdownCell('a\\|b')).toBe('a\\\\\\|b');
    expect(markdownCell('one\ntwo\r\nthree')).toBe('one<br>two<br>three');
    expect(markdownCell('<script>x</script> & co')).toBe('&lt;script&gt;x&lt;/script&gt; &amp; co');
  });

  it('shows control characters and bidi overrides rather than obeying them, and breaks lines at U+2028', () => {
    expect(markdownCell('Bidi \u202egnp.exe\u202c end')).toBe('Bidi \\u202egnp.exe\\u202c end');
    expect(markdownCell('a\u001b[2Jb')).toBe('a\\x1b[2Jb');
    expect(markdownCell('Line\u2028sep')).toBe('Line<br>sep');
  });
});

describe('toMarkdown', () => {
  const ws: Workspace = {
    format: 'org-options/1', title: 'Review | 2009', options: [],
    baseline: { id: 'base', title: 'Base', nodes: [] },
    appraisal: { preferred: 'opt', scores: { opt: { leadership: { score: 4, note: 'clear | single\nline' } } } },
  };
  const md = toMarkdown(joinJudgements(ws, [evidence('base', 'Base', true), evidence('opt', 'Option | two')]));
  const lines = md.trimEnd().split('\n');
  const table = lines.filter((l) => l.startsWith('|'));

  it('has the criteria in the header as the scoping paper words them', () => {
    expect(table[0]).toContain('(c) Clear and effective leadership and accountability');
    expect(table[0]).toContain('(b) Pace of transformation');
  });

  it('keeps every row as wide as the header, whatever the text holds', () => {
    expect(table).toHaveLength(4);
    const width = cellsOf(table[0]!).length;
    for (const line of table) expect(cellsOf(line)).toHaveLength(width);
  });

  it('marks the preferred option and shows scores with their notes', () => {
    const opt = cellsOf(table[3]!);
    expect(opt[1]).toBe('**Option \\| two** (preferred)');
    expect(opt).toContain('4: clear \\| single<br>line');
    expect(cellsOf(table[2]!)).toContain('not scored');
    expect(lines[0]).toBe('## Appraisal: Review \\| 2009');
  });
});

describe('reconstructed options in the exported tables (leeds-fidelity.md A8)', () => {
  const ws: Workspace = { format: 'org-options/1', title: 'T', options: [], baseline: { id: 'base', title: 'Base', nodes: [] } };
  const rows = [evidence('base', 'Base', true), { ...evidence('opt', 'Option two'), reconstructed: true }];
  const table = joinJudgements(ws, rows);

  it('marks the title with a dagger and explains it under the Markdown table', () => {
    const md = toMarkdown(table);
    expect(md).toContain('| Option two † |');
    expect(md).toMatch(/\n† reconstructed: not an option of the source papers/);
  });

  it('gives CSV a Reconstructed column and the text table a dagger and a footnote', () => {
    const csv = toCsv(table).split('\r\n');
    const col = csv[0]!.split(',').indexOf('Reconstructed');
    expect(col).toBeGreaterThan(-1);
    expect(csv.slice(1, 3).map((l) => l.split(',')[col])).toEqual(['', 'yes']);
    const text = toText(table);
    expect(text).toMatch(/opt †/);
    expect(text).toContain('† reconstructed');
  });

  it('says nothing of reconstructions when there are none', () => {
    expect(toMarkdown(joinJudgements(ws, [evidence('base', 'Base', true)]))).not.toContain('†');
  });
});
