import { fileProblemWords } from '../src/words/fileProblems.ts';
import { generateShape } from '../bench/generate.ts';
import { appraisalTable, toText } from '../src/appraisal/index.ts';
import { diffStructures } from '../src/diff/index.ts';
import { renderComparisonSvg, renderStructureSvg } from '../src/export/index.ts';
import { parseWorkspace, serializeWorkspace } from '../src/io/index.ts';
import { resolveWorkspace } from '../src/options/index.ts';

const opts = { workspaceTitle: 'Deep', exportedOn: '2026-01-01', page: 'fit' as const, hideNames: false };

/** Deep structures go through every path without recursion on data (timings are in `npm run bench`). */
describe('deep lines of management', () => {
  it.each([2_500, 10_000, 20_000])('%i layers: load, resolve, diff, export, compare and appraise succeed', (layers) => {
    const ws = generateShape({ nodes: layers, shape: 'chain' });
    const loaded = parseWorkspace(serializeWorkspace(ws));
    expect(loaded.ok).toBe(true);
    const { structures } = resolveWorkspace(ws);
    const base = structures.get('base')!;
    const option = structures.get('moves')!;
    expect(diffStructures(base, option).changed.length).toBe(20);
    const svg = renderStructureSvg(base, opts);
    expect(svg).toContain(`Post ${layers - 1}<`);
    expect(renderComparisonSvg(base, option, diffStructures(base, option), { ...opts, steps: ws.options[0]!.steps })).toContain('</svg>');
    const table = appraisalTable(ws, structures);
    expect(table.rows.map((r) => r.evidence.layers)).toEqual([layers, layers]);
    expect(toText(table)).toContain('base');
  }, 120_000);

  it('resolves 5,000 options derived in a chain, listed child first', () => {
    const ws = generateShape({ nodes: 50, shape: 'flat', derived: 5_000 });
    expect(ws.options[1]!.id).toBe('d5000');
    const loaded = parseWorkspace(serializeWorkspace(ws));
    expect(loaded.ok).toBe(true);
    const { structures, errors } = resolveWorkspace(ws);
    expect(errors).toEqual([]);
    expect(structures.size).toBe(5_002);
    expect(structures.get('d5000')!.nodes.find((n) => n.id === 'c0')!.holder).toBe('Derived holder 5000');
  }, 120_000);

  it('names a derivation loop 5,000 options long without overflowing', () => {
    const ws = generateShape({ nodes: 50, shape: 'flat', derived: 5_000 });
    ws.options.find((o) => o.id === 'd1')!.from = 'd5000';
    const { errors } = resolveWorkspace(ws);
    expect(errors).toHaveLength(1);
    expect(fileProblemWords(errors[0]!)).toMatch(/derivation loops: d5000 → d4999 → .* → d1 → d5000$/);
  }, 120_000);

  it('reports 200,000 errors in one file without overflowing the stack', () => {
    const ws = generateShape({ nodes: 10, shape: 'flat' });
    for (let i = 0; i < 200_000; i++) ws.baseline.nodes.push({ id: `x${i}`, kind: 'post', name: 'X', holder: null, manager: 'nowhere' });
    const r = parseWorkspace(JSON.stringify(ws));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toHaveLength(200_000);
  }, 120_000);
});
