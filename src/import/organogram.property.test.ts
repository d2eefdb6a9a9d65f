import fc from 'fast-check';
import { validateWorkspace } from '../io/index.ts';
import { importOrganogram } from './organogram.ts';
import { workspaceOf } from './returns.ts';

const HEADER = 'Post Unique Reference,Name,Grade,Job Title,Reports to Senior Post,FTE,Actual Pay Floor (£),Actual Pay Ceiling (£)';
const REFS = ['HR1', 'hr1', 'Fin-2', 'FIN-2', 'CEO', 'a.b', 'A B', 'x9', '7'];
const csvCell = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

const arbRow = fc.record({
  ref: fc.constantFrom(...REFS, '', '0'),
  name: fc.constantFrom('Person A', 'N/D', 'ND', "'Vacant'", 'Vacant', '', "'Eliminated'", 'Eliminated', 'N/A', 'Smith, J'),
  grade: fc.constantFrom('SCS1', 'SCS2', ''),
  title: fc.constantFrom('Director', "'Head of HR, Pay'", '', 'Chief\nExecutive'),
  to: fc.constantFrom(...REFS, 'XX', 'x', 'N/A', '', 'GONE'),
  fte: fc.constantFrom('1', '0.5', '', 'N/D', '1,0'),
  floor: fc.constantFrom('60000', '60,000', '0', 'N/D', ''),
  ceiling: fc.constantFrom('64999', '64,999', '0', 'N/D', ''),
});

type Row = typeof arbRow extends fc.Arbitrary<infer T> ? T : never;
const fileOf = (rows: Row[]) =>
  [HEADER, ...rows.map((r) => [r.ref, r.name, r.grade, r.title, r.to, r.fte, r.floor, r.ceiling].map(csvCell).join(','))].join('\r\n');

describe('importOrganogram on random returns', () => {
  it('gives a valid structure (or refuses with errors), one node per distinct kept reference, the same ids whatever the case of the references', () => {
    fc.assert(
      fc.property(fc.array(arbRow, { maxLength: 25 }), (rows) => {
        const r = importOrganogram({ senior: { name: 's.csv', text: fileOf(rows) } });
        if (!r.ok) {
          for (const e of r.errors) expect(['management-loop', 'id-collision']).toContain(e.kind);
          return;
        }
        const valid = validateWorkspace(workspaceOf(r.structure));
        expect(valid.ok ? [] : valid.errors).toEqual([]);
        const kept = rows.filter((x) => x.ref !== '' && x.ref !== '0' && !/^'?eliminated'?$/i.test(x.name));
        expect(r.structure.nodes).toHaveLength(new Set(kept.map((x) => x.ref.toLowerCase())).size);
        for (const w of r.warnings) expect(w.row).toBeGreaterThanOrEqual(2);
        const upper = importOrganogram({ senior: { name: 's.csv', text: fileOf(rows.map((x) => ({ ...x, ref: x.ref.toUpperCase(), to: x.to.toUpperCase() }))) } });
        expect(upper.ok && upper.structure.nodes.map((n) => [n.id, n.manager])).toEqual(r.structure.nodes.map((n) => [n.id, n.manager]));
      }),
      { numRuns: 300 },
    );
  });
});
