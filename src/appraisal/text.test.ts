import { readFileSync } from 'node:fs';
import { parseWorkspace } from '../io/index.ts';
import { resolveWorkspace } from '../options/index.ts';
import { appraisalTable } from './table.ts';
import { toText } from './text.ts';
import { EMPTY_CELL } from '../words/appraisal.ts';
import { FSI, PDI } from '../words/text.ts';

// eslint-disable-next-line no-control-regex -- the test is that none of these reach the terminal
const ACTING = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2028\u2029]/;

function appraisalText(file: string, change: (ws: Record<string, unknown>) => void = () => {}): string {
  const ws = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  change(ws);
  const parsed = parseWorkspace(JSON.stringify(ws));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return toText(appraisalTable(parsed.workspace, resolveWorkspace(parsed.workspace).sound));
}

/** The grid: the head line (structure ids) and the rows under it, up to the blank line. */
function grid(text: string): { head: string; rows: string[] } {
  const lines = text.split('\n');
  const end = lines.indexOf('', 2);
  return { head: lines[2]!, rows: lines.slice(3, end) };
}

/** Where each column of the head ends (one past its last character). */
function columnEnds(head: string): number[] {
  return [...head.matchAll(/\S+(?: [†*])*/g)].map((m) => m.index + m[0].length);
}

describe('appraise as text (toText)', () => {
  const text = appraisalText('fixtures/leeds.json');
  const { head, rows } = grid(text);

  it('names the statutory lead in the grid, not its id', () => {
    const lead = rows.find((r) => r.startsWith('Statutory lead'))!;
    expect(lead).toContain("Director of Children's");
    expect(lead).not.toMatch(/\bdcs\b/);
  });

  it('ends every cell, an empty "—" one too, flush with its column head', () => {
    const ends = columnEnds(head);
    expect(ends).toHaveLength(6);
    expect(rows.find((r) => r.startsWith('Takes effect'))).toContain(EMPTY_CELL);
    for (const row of rows) {
      const points = Array.from(row);
      for (const end of ends) {
        expect(points[end - 1], `${row}: a cell should end at column ${end}`).toMatch(/\S/);
        expect(points[end] ?? ' ', `${row}: nothing should run past column ${end}`).toBe(' ');
      }
    }
  });

  it('shows control characters in names and notes rather than obeying them (cases/hostile)', () => {
    const hostile = appraisalText('test/cases/hostile/terminal-escapes-in-names.json');
    expect(hostile).not.toMatch(ACTING);
    expect(hostile).toContain('Line / sep / para');
  });

  it('isolates a right-to-left lead in the grid and keeps the columns flush (cases/right-to-left-names.json)', () => {
    const rtl = appraisalText('test/cases/right-to-left-names.json', (ws) => void (ws.appraisal = { lead: 'mayor', scores: {} }));
    const g = grid(rtl);
    const lead = g.rows.find((r) => r.startsWith('Statutory lead'))!;
    expect(lead).toContain(`${FSI}رئيس البلدية${PDI}`);
    const ends = columnEnds(g.head);
    for (const row of g.rows) {
      const points = Array.from(row).filter((c) => c !== FSI && c !== PDI);
      for (const end of ends) expect(points[end - 1], row).toMatch(/\S/);
    }
  });
});
