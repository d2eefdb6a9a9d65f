import { fileProblemWords } from '../src/words/fileProblems.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import { diffStructures } from '../src/diff/index.ts';
import { renderComparisonPages, renderStructurePages, type ExportOptions } from '../src/export/index.ts';
import { parseWorkspace } from '../src/io/index.ts';
import { resolveWorkspace } from '../src/options/index.ts';

// Board pages reviewed by eye once and kept: the Leeds Option 5 chart (one A3 page; two A4 pages), the Leeds
// comparison (fitted, and paginated on A3) and the 500-report case paginated on A3. After a deliberate change to
// the drawing, regenerate with `UPDATE_GOLDEN=1 npx vitest run test/export-golden.test.ts`, render them
// (`rsvg-convert -w 1400 -o page.png page.svg`) and look at every page again.

function load(path: string) {
  const parsed = parseWorkspace(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.errors.map(fileProblemWords).join('\n'));
  return { ws: parsed.workspace, structures: resolveWorkspace(parsed.workspace).structures };
}
const leeds = load('fixtures/leeds.json');
const baseline = leeds.structures.get('leeds-2006')!;
const option5 = leeds.structures.get('option-5')!;
const steps = leeds.ws.options.find((o) => o.id === 'option-5')!.steps;
const wide = load('fixtures/cases/wide-span-500-reports.json');
const opts: ExportOptions = { workspaceTitle: leeds.ws.title, exportedOn: '2026-01-01', page: 'a3', hideNames: false, steps };
const changes = { changes: diffStructures(baseline, option5), compareTo: baseline };

const documents: [string, () => string[]][] = [
  ['leeds-option-5', () => renderStructurePages(option5, { ...opts, ...changes })],
  ['leeds-option-5-a4', () => renderStructurePages(option5, { ...opts, ...changes, page: 'a4' })],
  ['leeds-option-5-comparison', () => renderComparisonPages(baseline, option5, diffStructures(baseline, option5), { ...opts, page: 'fit' })],
  ['leeds-option-5-comparison-a3', () => renderComparisonPages(baseline, option5, diffStructures(baseline, option5), opts)],
  ['wide-span-500-a3', () => renderStructurePages(wide.structures.get('add-team-manager')!, { ...opts, workspaceTitle: wide.ws.title, steps: undefined })],
];

const goldens = documents.flatMap(([name, render]) => {
  let pages: string[] | undefined;
  const all = () => (pages ??= render());
  const count = all().length;
  return all().map((_, i): [string, () => string] => [`test/golden/${name}${count > 1 ? `-${i + 1}` : ''}.svg`, () => all()[i]!]);
});

describe('golden Board pages', () => {
  it.each(goldens)('%s is what the exporter draws today', (path, render) => {
    const svg = render();
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, svg);
    expect(svg).toBe(readFileSync(path, 'utf8'));
  });
});
