import { diffStructures } from '../src/diff/index.ts';
import { renderComparisonPages, renderStructurePages } from '../src/export/index.ts';
import { resolveWorkspace } from '../src/options/index.ts';
import { generateDeepChain, generateShape } from './generate.ts';
import { median, printRows, type BenchRow } from './timing.ts';

/**
 * Board pages on A3 for the tester's cases of issue 10: a 10,000-layer chain (before: still running after 600 s; its
 * comparison after 300 s) and a comparison of 10,000 posts in one layer (before: 20.7 s on the tester's machine,
 * 16 s here). Once each: they take seconds. Targets are ours: the flat comparison's is the 1,000-node comparison's
 * (2 × PAGED_TARGET_MS = 20 s in bench/export.ts), since both come to some 150-200 pages.
 */
export function benchPaginate(nodes = 10_000): BenchRow[] {
  const opts = { workspaceTitle: 'Paginate', exportedOn: '2026-01-01', page: 'a3' as const, hideNames: false };
  const compare = (ws: ReturnType<typeof generateShape>, from: string, to: string) => {
    const { structures } = resolveWorkspace(ws);
    const a = structures.get(from)!;
    const b = structures.get(to)!;
    const steps = ws.options.find((o) => o.id === to)!.steps;
    return () => renderComparisonPages(a, b, diffStructures(a, b), { ...opts, steps }).length;
  };
  const chain = generateDeepChain(nodes);
  const pages = { chain: 0, chainCompare: 0, flatCompare: 0 };
  const chainMs = median(() => (pages.chain = renderStructurePages(chain.baseline, opts).length), 1, 0);
  const chainCompare = compare(chain, 'now', 'flatten');
  const chainCompareMs = median(() => (pages.chainCompare = chainCompare()), 1, 0);
  const flatCompare = compare(generateShape({ nodes, shape: 'flat' }), 'base', 'moves');
  const flatCompareMs = median(() => (pages.flatCompare = flatCompare()), 1, 0);
  const row = (name: string, value: number, target: number): BenchRow => ({ name, value, target: `≤ ${target / 1000} s`, pass: value <= target });
  const rows: BenchRow[] = [
    row(`${nodes}-layer chain on A3 (${pages.chain} pages; before: over 600 s)`, chainMs, 30_000),
    row(`${nodes}-layer chain compared on A3 (${pages.chainCompare} pages; before: over 300 s)`, chainCompareMs, 60_000),
    row(`${nodes} in one layer compared on A3 (${pages.flatCompare} pages; before: 16 s)`, flatCompareMs, 20_000),
  ];
  printRows(`Pagination: ${nodes} nodes deep and flat on A3 (one run each)`, rows);
  return rows;
}
