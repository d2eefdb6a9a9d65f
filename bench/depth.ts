import { appraisalTable } from '../src/appraisal/index.ts';
import { renderStructureSvg } from '../src/export/index.ts';
import { resolveWorkspace } from '../src/options/index.ts';
import { generateShape } from './generate.ts';
import { median, printRows, type BenchRow } from './timing.ts';

/**
 * Export and appraise of a 10,000-layer line of management against 10,000 nodes in one layer (issue 10: "in time
 * close to a flat structure of the same size"; before, export overflowed the stack at ~2,300 layers and appraise
 * took 5.6 s against 0.8 s). Target: the chain within 2× the flat structure.
 */
export function benchDepth(nodes = 10_000): BenchRow[] {
  const opts = { workspaceTitle: 'Depth', exportedOn: '2026-01-01', page: 'fit' as const, hideNames: false };
  const time = (shape: 'chain' | 'flat') => {
    const ws = generateShape({ nodes, shape });
    const { structures } = resolveWorkspace(ws);
    return {
      exp: median(() => renderStructureSvg(ws.baseline, opts), 5, 1),
      // Fresh structure objects each run: appraisal caches evidence per structure object.
      appraise: median(() => appraisalTable(ws, new Map([...structures].map(([id, s]) => [id, { ...s }]))), 5, 1),
    };
  };
  const chain = time('chain');
  const flat = time('flat');
  const rows: BenchRow[] = [
    { name: `export, ${nodes} in one layer`, value: flat.exp },
    { name: `export, ${nodes} layers`, value: chain.exp, target: `≤ 2× flat = ${(2 * flat.exp).toFixed(0)} ms`, pass: chain.exp <= 2 * flat.exp },
    { name: `appraise, ${nodes} in one layer`, value: flat.appraise },
    { name: `appraise, ${nodes} layers`, value: chain.appraise, target: `≤ 2× flat = ${(2 * flat.appraise).toFixed(0)} ms`, pass: chain.appraise <= 2 * flat.appraise },
  ];
  printRows(`Depth: a ${nodes}-layer chain against ${nodes} nodes in one layer (median of 5 runs)`, rows);
  return rows;
}
