import { diffStructures } from '../src/diff/index.ts';
import { renderComparisonPages, renderComparisonSvg, renderStructurePages, renderStructureSvg } from '../src/export/index.ts';
import { applySteps } from '../src/options/index.ts';
import { generateWorkspace } from './generate.ts';
import { median, printRows, type BenchRow } from './timing.ts';

const TARGET_MS = 300;
/** Splitting a chart into legible pages lays out each candidate page: seconds, not milliseconds, for 1,000 posts. */
const PAGED_TARGET_MS = 10_000;

/** SVG export of a generated 1,000-node structure (layout, links, text and page), against the 300 ms target. */
export function benchExport(nodes = 1_000, steps = 100): BenchRow[] {
  const ws = generateWorkspace({ nodes, steps, seed: 11 });
  const option = ws.options[0]!;
  const proposed = applySteps(ws.baseline, option.steps, option.id).structure;
  const diff = diffStructures(ws.baseline, proposed);
  const opts = { workspaceTitle: ws.title, exportedOn: '2026-01-01', hideNames: false };
  let bytes = 0;
  const fit = median(() => (bytes = renderStructureSvg(ws.baseline, { ...opts, page: 'fit' }).length), 9, 3);
  const marked = median(() => renderStructureSvg(proposed, { ...opts, page: 'fit', changes: diff, compareTo: ws.baseline }), 9, 3);
  const comparison = median(() => renderComparisonSvg(ws.baseline, proposed, diff, { ...opts, page: 'fit', steps: option.steps }), 5, 2);
  let pages = 0;
  let comparisonPages = 0;
  const a3 = median(() => (pages = renderStructurePages(ws.baseline, { ...opts, page: 'a3' }).length), 3, 1);
  const a3Comparison = median(() => (comparisonPages = renderComparisonPages(ws.baseline, proposed, diff, { ...opts, page: 'a3', steps: option.steps }).length), 1, 0);
  const row = (name: string, value: number, target = TARGET_MS): BenchRow => ({ name, value, target: `≤ ${target} ms`, pass: value <= target });
  const rows: BenchRow[] = [
    row(`export ${nodes} nodes to SVG, fit page (${(bytes / 1e6).toFixed(1)} MB)`, fit),
    row(`export ${nodes} nodes, ${steps}-step changes marked, fit page`, marked),
    row(`comparison page, ${nodes} + ${proposed.nodes.length} nodes (2 charts), fit page`, comparison, 2 * TARGET_MS),
    row(`export ${nodes} nodes to A3 pages at 7 pt or more (${pages} pages)`, a3, PAGED_TARGET_MS),
    row(`comparison on A3 pages at 7 pt or more (${comparisonPages} pages)`, a3Comparison, 2 * PAGED_TARGET_MS),
  ];
  printRows(`Export: ${nodes}-node structure, ${ws.baseline.links?.length ?? 0} links (median of 9 runs; comparison of 5; A3 pages of 3, their comparison once)`, rows);
  return rows;
}
