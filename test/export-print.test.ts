import { fileProblemWords } from '../src/words/fileProblems.ts';
import { readFileSync } from 'node:fs';
import { diffStructures } from '../src/diff/index.ts';
import { renderComparisonPages, renderStructurePages, type ExportOptions } from '../src/export/index.ts';
import { parseWorkspace } from '../src/io/index.ts';
import type { Workspace } from '../src/model/types.ts';
import { resolveWorkspace } from '../src/options/index.ts';
import { printedText } from './support/printedSize.ts';

// Issue 12, part 4: every Board page prints its text at 7 pt or more on the sheet chosen. The size is measured
// from each page's SVG alone: font-size × the scales it is drawn at × the page's millimetres per viewBox unit.

function load(path: string): { ws: Workspace; get: (id: string) => ReturnType<ReturnType<typeof resolveWorkspace>['structures']['get']> & object } {
  const parsed = parseWorkspace(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.errors.map(fileProblemWords).join('\n'));
  const structures = resolveWorkspace(parsed.workspace).structures;
  return { ws: parsed.workspace, get: (id) => structures.get(id)! };
}

const leeds = load('fixtures/leeds.json');
const wide = load('fixtures/cases/wide-span-500-reports.json');
const SHEETS = [['a4', 'landscape'], ['a4', 'portrait'], ['a3', 'landscape'], ['a3', 'portrait']] as const;

const cases: [string, (o: ExportOptions) => string[]][] = [
  ['Leeds Option 5, changes marked', (o) => renderStructurePages(leeds.get('option-5'), {
    ...o, changes: diffStructures(leeds.get('leeds-2006'), leeds.get('option-5')), compareTo: leeds.get('leeds-2006'),
  })],
  ['Leeds comparison, 2006 and Option 5', (o) => renderComparisonPages(leeds.get('leeds-2006'), leeds.get('option-5'),
    diffStructures(leeds.get('leeds-2006'), leeds.get('option-5')), { ...o, steps: leeds.ws.options.find((x) => x.id === 'option-5')!.steps })],
  ['500 reports, with a team manager', (o) => renderStructurePages(wide.get('add-team-manager'), o)],
  ['500 reports, comparison', (o) => renderComparisonPages(wide.get('now'), wide.get('add-team-manager'),
    diffStructures(wide.get('now'), wide.get('add-team-manager')), { ...o, steps: wide.ws.options[0]!.steps })],
];

describe('printed text size of every exported page', () => {
  describe.each(SHEETS)('%s %s', (page, orientation) => {
    const sheet = page === 'a4' ? [210, 297] : [297, 420];
    it.each(cases)('%s: every page at 7 pt or more, on the sheet asked for', (_, render) => {
      const pages = render({ workspaceTitle: 'Print test', exportedOn: '2026-01-01', page, orientation, hideNames: false });
      expect(pages.length).toBeGreaterThan(0);
      for (const [i, svg] of pages.entries()) {
        const p = printedText(svg);
        expect({ page: i + 1, minPt: Math.round(p.minPt * 100) / 100, text: p.smallest }).toMatchObject({ page: i + 1 });
        expect(p.minPt, `page ${i + 1}: "${p.smallest}"`).toBeGreaterThanOrEqual(7);
        expect([p.widthMm, p.heightMm]).toEqual(orientation === 'landscape' ? [...sheet].reverse() : sheet);
        if (pages.length > 1) expect(svg).toContain(`Page ${i + 1} of ${pages.length}`);
      }
    });
  });

  it('measures what it claims: a page drawn at half scale prints at half the size', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="297mm" height="210mm" viewBox="0 0 1122.52 793.7">' +
      '<g transform="translate(10,10) scale(0.5)"><text font-size="12">small</text></g><text font-size="12">big</text></svg>';
    const p = printedText(svg);
    expect(p.smallest).toBe('small');
    expect(p.minPt).toBeCloseTo(4.5, 2);
  });
});
