import { readFileSync } from 'node:fs';
import { renderStructurePages, type ExportOptions } from '../src/export/index.ts';
import { diffStructures } from '../src/diff/index.ts';
import type { Step, Structure } from '../src/model/types.ts';
import { applySteps } from '../src/options/index.ts';

// Issue 10: posts with the same title are told apart wherever a change names them, the paper's notes too.

const opts: ExportOptions = { workspaceTitle: 'Same titles', exportedOn: '2026-01-01', page: 'fit', hideNames: false };

describe('the note of posts a chart with changes cannot show', () => {
  it('tells same-titled posts apart, as the change lines do (cases/same-titles.json)', () => {
    const ws = JSON.parse(readFileSync('test/cases/same-titles.json', 'utf8')) as { baseline: Structure; options: { steps: Step[] }[] };
    const before = ws.baseline;
    const later = applySteps(before, ws.options[0]!.steps, 'rebalance').structure;
    const [svg] = renderStructurePages(later, { ...opts, changes: diffStructures(before, later), compareTo: before });
    expect(svg).toContain('Removed since Now: Team Leader (vacant).');
  });
});
