// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { parseWorkspace } from '../../io/index.ts';
import { resolveWorkspace } from '../../options/index.ts';
import { COLUMNS, evidenceFor } from '../../appraisal/index.ts';
import { MEASURES } from '../../words/staffing.ts';
import { MeasuresTable } from './MeasuresTable.tsx';

const parsed = parseWorkspace(readFileSync('fixtures/leeds.json', 'utf8'));
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const ws = parsed.workspace;
const { structures } = resolveWorkspace(ws);
const baseline = structures.get(ws.baseline.id)!;
const option5 = structures.get('option-5')!;
const evidence = evidenceFor(ws, structures);

afterEach(cleanup);

/** The two cells of the row headed `label`. */
function cells(label: string): string[] {
  const row = screen.getByRole('rowheader', { name: label }).closest('tr')!;
  return within(row).getAllByRole('cell').map((c) => c.textContent ?? '');
}

describe('the Measures table under the Changes panel', () => {
  beforeEach(() => render(<MeasuresTable a={baseline} b={option5} baseline={baseline} appraisal={ws.appraisal} />));

  it('counts organisations as the appraisal does: Leeds 2006 has 3, not the Board of Education Leeds that only governs (leeds-fidelity A1)', () => {
    const [before, after] = cells(MEASURES.organisations);
    expect(before).toMatch(/^3: /);
    expect(before).not.toContain('Board');
    expect(after).toMatch(/^2: /);
  });

  it('heads each measure the appraisal also shows with the appraisal column header', () => {
    const header = (key: string) => COLUMNS.find((c) => c.key === key)!.header;
    for (const key of ['nodes', 'layers', 'organisations', 'largestSpan', 'gaps', 'outsideHome'] as const) {
      expect(screen.getByRole('rowheader', { name: header(key) })).toBeInTheDocument();
    }
    expect(screen.queryByRole('rowheader', { name: /Widest span|Accountability gaps|\(roots\)/ })).toBeNull();
  });

  it('gives the same numbers as the appraisal for both structures', () => {
    const count = (cell: string) => (cell === 'none' ? 0 : Number(cell.split(/[: ]/)[0]));
    const rows = [evidence.find((e) => e.id === ws.baseline.id)!, evidence.find((e) => e.id === 'option-5')!];
    const column = (key: string) => COLUMNS.find((c) => c.key === key)!;
    const row = (e: (typeof rows)[number]) => ({ evidence: e, preferred: false, scores: {} }) as never;
    for (const [label, key] of [[MEASURES.nodes, 'nodes'], [MEASURES.layers, 'layers'], [MEASURES.organisations, 'organisations'], [MEASURES.largestSpan, 'largestSpan'], [MEASURES.gaps, 'gaps']] as const) {
      expect(cells(label).map(count)).toEqual(rows.map((e) => Number(column(key).value(row(e)))));
    }
    expect(cells(MEASURES.outsideHome).map((c) => (c === 'none' ? 0 : c.split(', ').length))).toEqual(rows.map((e) => e.outsideHome.length));
  });
});
