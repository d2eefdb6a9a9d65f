import { readFileSync } from 'node:fs';
import { parseWorkspace } from '../io/index.ts';
import { resolveWorkspace } from '../options/index.ts';
import { appraisalTable } from './table.ts';
import { evidenceFor } from './evidence.ts';

const parsed = parseWorkspace(readFileSync('fixtures/leeds.json', 'utf8'));
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const ws = parsed.workspace;
const { structures } = resolveWorkspace(ws);
const rows = evidenceFor(ws, structures);
const row = (id: string) => rows.find((r) => r.id === id)!;

describe('appraisal evidence for Leeds', () => {
  it('has the baseline and Options 1 to 5, in order', () => {
    expect(rows.map((r) => r.id)).toEqual(['leeds-2006', 'option-1', 'option-2', 'option-3', 'option-4', 'option-5']);
  });

  it('finds the DCS as the statutory lead and the council as home without being told', () => {
    for (const r of rows) {
      expect(r.lead?.id).toBe('dcs');
      expect(r.home?.id).toBe('council');
    }
  });

  it('shows the baseline holding school improvement in Education Leeds, outside the council line', () => {
    const outside = row('leeds-2006').outsideHome.find((f) => f.id === 'school-improvement');
    expect(outside?.heldBy?.id).toBe('education-leeds-ceo');
    expect(outside?.organisation?.id).toBe('education-leeds');
    expect(row('leeds-2006').organisations.map((o) => o.id)).toContain('education-leeds');
  });

  it('shows Option 5 leaving no gap and no statutory function outside the council line', () => {
    const o5 = row('option-5');
    expect(o5.gaps).toEqual([]);
    expect(o5.outsideHome).toEqual([]);
    expect(o5.organisations.map((o) => o.id)).not.toContain('education-leeds');
    expect(o5.leadReports.map((p) => p.id)).toEqual(expect.arrayContaining(['deputy-director-learning', 'deputy-director-targeted']));
    expect(o5.disruption.added).toBeGreaterThanOrEqual(2);
  });

  it('reads an appraisal with a named lead and scores from the file', () => {
    const text = JSON.stringify({
      ...ws,
      appraisal: { lead: 'chief-executive', preferred: 'option-5', scores: { 'option-5': { leadership: { score: 5, note: 'One line' } } } },
    });
    const again = parseWorkspace(text);
    if (!again.ok) throw new Error(again.errors.join('\n'));
    const t = appraisalTable(again.workspace, resolveWorkspace(again.workspace).structures);
    expect(t.rows.map((r) => r.evidence.lead)).toEqual(rows.map(() => ({ id: 'chief-executive', name: expect.any(String), inferred: false })));
    expect(t.rows.find((r) => r.preferred)?.evidence.id).toBe('option-5');
    expect(t.rows.at(-1)!.judgements.leadership).toEqual({ score: 5, note: 'One line' });
  });
});

describe('appraisal measures that do not mislead (leeds-fidelity.md section 7)', () => {
  it('counts the council, the company and the city partnership as organisations, not the company\'s own Board (A1; Scoping 1.2)', () => {
    expect(row('leeds-2006').organisations.map((o) => o.id)).toEqual(['council', 'education-leeds', 'leeds-initiative']);
  });

  it('shows Option 5 transferring Education Leeds\'s services and staff into the council (A6; YEP, March 2010)', () => {
    expect(row('option-5').movedAcross.map((n) => n.id)).toEqual(expect.arrayContaining(['el-school-improvement', 'el-staff']));
    expect(row('option-3').movedAcross).toEqual([]);
  });

  it('marks Options 1-4 as reconstructions and dates Option 5 to April 2011 (A7, A8; Covering 5.1)', () => {
    expect(rows.filter((r) => r.reconstructed).map((r) => r.id)).toEqual(['option-1', 'option-2', 'option-3', 'option-4']);
    expect(row('option-5').asOf).toBe('2011-04-01');
  });
});
