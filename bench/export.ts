import { renderStructureSvg } from '../src/export/index.ts';
import { generateWorkspace } from './generate.ts';
import { median, printRows, type BenchRow } from './timing.ts';

const TARGET_MS = 300;

/** SVG export of a generated 1,000-node structure (layout, links, text and page), against the 300 ms target. */
export function benchExport(nodes = 1_000): BenchRow[] {
  const ws = generateWorkspace({ nodes, steps: 0, seed: 11 });
  const opts = { workspaceTitle: ws.title, exportedOn: '2026-01-01', hideNames: false };
  let bytes = 0;
  const fit = median(() => (bytes = renderStructureSvg(ws.baseline, { ...opts, page: 'fit' }).length), 9, 2);
  const a3 = median(() => renderStructureSvg(ws.baseline, { ...opts, page: 'a3' }), 9, 2);
  const rows: BenchRow[] = [
    { name: `export ${nodes} nodes to SVG, fit page (${(bytes / 1e6).toFixed(1)} MB)`, value: fit, target: `≤ ${TARGET_MS} ms`, pass: fit <= TARGET_MS },
    { name: `export ${nodes} nodes to SVG, A3 page`, value: a3, target: `≤ ${TARGET_MS} ms`, pass: a3 <= TARGET_MS },
  ];
  printRows(`Export: ${nodes}-node structure, ${ws.baseline.links?.length ?? 0} links (median of 9 runs)`, rows);
  return rows;
}
