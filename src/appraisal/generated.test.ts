import { generateWorkspace } from '../../bench/generate.ts';
import { roots } from '../model/queries.ts';
import type { Workspace } from '../model/types.ts';
import { resolveWorkspace } from '../options/index.ts';
import { diffCounts, diffStructures } from '../diff/index.ts';
import { evidenceFor } from './evidence.ts';
import { toCsv } from './csv.ts';
import { appraisalTable } from './table.ts';

const generated = generateWorkspace({ nodes: 400, steps: 60, seed: 11 });
const ws: Workspace = {
  ...generated,
  options: [
    ...generated.options,
    { id: 'derived', title: 'Derived', from: 'generated', steps: [{ op: 'update', node: 'n5', set: { name: 'Renamed' } }, { op: 'assign', function: 'f0', to: null }] },
    { id: 'unchanged', title: 'Unchanged', steps: [] },
  ],
};
const { structures, errors, stepErrors } = resolveWorkspace(ws);
const rows = evidenceFor(ws, structures);
const baseline = structures.get(ws.baseline.id)!;

describe('appraisal evidence for a generated workspace', () => {
  it('resolves cleanly and has a row for the baseline and every option', () => {
    expect(errors).toEqual([]);
    expect(stepErrors.get('derived') ?? []).toEqual([]);
    expect(rows.map((r) => r.id)).toEqual([ws.baseline.id, 'generated', 'derived', 'unchanged']);
  });

  it.each(['generated', 'derived', 'unchanged'])('counts the disruption of %s as the diff does', (id) => {
    const s = structures.get(id)!;
    expect(rows.find((r) => r.id === id)!.disruption).toEqual(diffCounts(diffStructures(baseline, s)));
  });

  it('agrees with the structures on size, organisations, gaps and links', () => {
    for (const r of rows) {
      const s = structures.get(r.id)!;
      const acc = s.accountable ?? {};
      expect(r.nodes).toBe(s.nodes.length);
      expect(r.organisations.map((o) => o.id)).toEqual(roots(s));
      expect(r.gaps.map((g) => g.id).sort()).toEqual((s.functions ?? []).filter((f) => acc[f.id] == null).map((f) => f.id).sort());
      expect(r.links).toBe((s.links ?? []).length);
      const statutory = new Set((s.functions ?? []).filter((f) => f.statutory).map((f) => f.id));
      for (const f of r.outsideHome) expect(statutory.has(f.id)).toBe(true);
      if (r.lead) {
        expect(s.nodes.find((n) => n.id === r.lead!.id)?.kind).toBe('post');
        expect(r.leadSpan).toBe(s.nodes.filter((n) => n.manager === r.lead!.id).length);
      }
    }
  });

  it('shows a derived option one rename and one more gap away from its parent', () => {
    const parent = rows.find((r) => r.id === 'generated')!;
    const derived = rows.find((r) => r.id === 'derived')!;
    expect(derived.gaps.map((g) => g.id)).toContain('f0');
    expect(rows.find((r) => r.id === 'unchanged')!.disruption).toMatchObject({ added: 0, removed: 0, moved: 0, changed: 0 });
    expect(derived.disruption.added).toBe(parent.disruption.added);
  });

  it('writes a CSV row per structure', () => {
    expect(toCsv(appraisalTable(ws, structures)).trimEnd().split('\r\n')).toHaveLength(rows.length + 1);
  });
});
