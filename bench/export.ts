import { diffStructures } from '../src/diff/index.ts';
import { renderComparisonSvg, renderStructureSvg } from '../src/export/index.ts';
import { applySteps } from '../src/options/index.ts';
import { generateWorkspace } from './generate.ts';
import { median, printRows, type BenchRow } from './timing.ts';

const TARGET_MS = 300;

/** SVG export of a generated 1,000-node structure (layout, links, text and page), against the 300 ms target. */
export function benchExport(nodes = 1_000, steps = 100): BenchRow[] {
  const ws = generateWorkspace({ nodes, steps, seed: 11 });
  const option = ws.options[0]!;
  const proposed = applySteps(ws.baseline, option.steps, option.id).structure;
  const diff = diffStructures(ws.baseline, proposed);
  const opts = { workspaceTitle: ws.title, exportedOn: '2026-01-01', hideNames: false };
  let bytes = 0;
  const fit = median(() => (bytes = renderStructureSvg(ws.baseline, { ...opts, page: 'fit' }).length), 9, 3);
  const a3 = median(() => renderStructureSvg(ws.baseline, { ...opts, page: 'a3' }), 9, 3);
  const marked = median(() => renderStructureSvg(proposed, { ...opts, page: 'a3', changes: diff, compareTo: ws.baseline }), 9, 3);
  const comparison = median(() => renderComparisonSvg(ws.baseline, proposed, diff, { ...opts, page: 'a3', steps: option.steps }), 5, 2);
  const row = (name: string, value: number, target = TARGET_MS): BenchRow => ({ name, value, target: `≤ ${target} ms`, pass: value <= target });
  const rows: BenchRow[] = [
    row(`export ${nodes} nodes to SVG, fit page (${(bytes / 1e6).toFixed(1)} MB)`, fit),
    row(`export ${nodes} nodes to SVG, A3 page`, a3),
    row(`export ${nodes} nodes, ${steps}-step changes marked`, marked),
    row(`comparison page, ${nodes} + ${proposed.nodes.length} nodes (2 charts)`, comparison, 2 * TARGET_MS),
  ];
  printRows(`Export: ${nodes}-node structure, ${ws.baseline.links?.length ?? 0} links (median of 9 runs; comparison of 5)`, rows);
  return rows;
}
