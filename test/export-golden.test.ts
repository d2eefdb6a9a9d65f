import { readFileSync, writeFileSync } from 'node:fs';
import { diffStructures } from '../src/diff/index.ts';
import { renderComparisonSvg, renderStructureSvg, type ExportOptions } from '../src/export/index.ts';
import { parseWorkspace } from '../src/io/index.ts';
import { resolveWorkspace } from '../src/options/index.ts';

// The Leeds Option 5 charts, reviewed by eye once and kept. After a deliberate change to the drawing,
// regenerate with `UPDATE_GOLDEN=1 npx vitest run test/export-golden.test.ts`, then look at them again.

const parsed = parseWorkspace(readFileSync('fixtures/leeds.json', 'utf8'));
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const ws = parsed.workspace;
const structures = resolveWorkspace(ws).structures;
const baseline = structures.get('leeds-2006')!;
const option5 = structures.get('option-5')!;
const steps = ws.options.find((o) => o.id === 'option-5')!.steps;
const opts: ExportOptions = { workspaceTitle: ws.title, exportedOn: '2026-01-01', page: 'a3', hideNames: false, steps };

const goldens: [string, () => string][] = [
  ['test/golden/leeds-option-5.svg', () => renderStructureSvg(option5, { ...opts, changes: diffStructures(baseline, option5), compareTo: baseline })],
  ['test/golden/leeds-option-5-comparison.svg', () => renderComparisonSvg(baseline, option5, diffStructures(baseline, option5), opts)],
];

describe('golden SVG of Leeds Option 5', () => {
  it.each(goldens)('%s is what the exporter draws today', (path, render) => {
    const svg = render();
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, svg);
    expect(svg).toBe(readFileSync(path, 'utf8'));
  });
});
