import Papa from 'papaparse';
import { appraisalTable, toCsv, toMarkdown, toText } from './index.ts';
import { resolveWorkspace } from '../options/index.ts';
import { staffedWorkspace } from '../../test/people/staffed.ts';
import { sample } from '../../test/sampleStructure.ts';
import { FORMAT } from '../model/types.ts';

const ws = staffedWorkspace();
const table = appraisalTable(ws, resolveWorkspace(ws).structures);
const row = (id: string) => table.rows.find((r) => r.evidence.id === id)!.evidence;

describe('appraisal: staffing and cost (people.md)', () => {
  it('gives each row FTE, cost, unpriced FTE and their change against the baseline', () => {
    expect(row('base')).toMatchObject({
      fte: 354.5, costMin: 9400000, costMax: 12430000, unpricedFte: 50,
      fteChange: 0, costMinChange: 0, costMaxChange: 0, unpricedFteChange: 0,
    });
    expect(row('cut')).toMatchObject({ fte: 304, costMin: 9340000, costMax: 12365000, unpricedFte: 0, fteChange: -50.5, costMinChange: -60000, costMaxChange: -65000, unpricedFteChange: -50 });
    expect(row('grow')).toMatchObject({ fteChange: 1, costMinChange: 90000, costMaxChange: 100000 });
    expect(table.currency).toBe('GBP');
  });

  it('carries the figures as numbers in CSV', () => {
    const [cols, , cells] = Papa.parse<string[]>(toCsv(table).trim()).data as [string[], string[], string[]];
    const at = (name: string) => cells[cols.indexOf(name)];
    expect(at('FTE')).toBe('304');
    expect(at('Cost a year, min')).toBe('9340000');
    expect(at('Cost a year, max')).toBe('12365000');
    expect(at('FTE vs baseline')).toBe('-50.5');
    expect(at('Cost min vs baseline')).toBe('-60000');
  });

  it('words them in Markdown, criterion (d) included', () => {
    const md = toMarkdown(table);
    expect(md).toContain('| FTE | Cost a year, min | Cost a year, max |');
    expect(md).toContain('| 304 | £9.3m | £12.4m | 0 |');
    expect(md).toContain('304 FTE · £9.3m–£12.4m a year; against the baseline −50.5 FTE · −£60k to −£65k a year · unpriced −50 FTE');
  });

  it('words them in the text table', () => {
    const text = toText(table);
    expect(text).toMatch(/^FTE\s+355\s+304\s+356$/m);
    expect(text).toContain('(d) Value for money and efficiencies, evidence: 355 FTE · £9.4m–£12.4m a year · 50 FTE unpriced');
  });

  it('words the cost of staff with no pay recorded as that, not as £0 (people.md: unpriced is never nought)', () => {
    const unpriced = staffedWorkspace();
    for (const n of unpriced.baseline.nodes) delete n.pay;
    for (const o of unpriced.options) {
      for (const s of o.steps) {
        if (s.op === 'update') delete s.set.pay;
        if (s.op === 'add') delete s.node.pay;
      }
    }
    const t = appraisalTable(unpriced, resolveWorkspace(unpriced).structures);
    const text = toText(t);
    expect(text).toMatch(/^Cost a year, min\s+(no pay recorded\s+)+no pay recorded$/m);
    expect(text).toMatch(/^Cost min vs baseline\s+(no pay recorded\s+)+no pay recorded$/m);
    expect(toMarkdown(t)).not.toContain('£0');
  });

  it('leaves staffing out of what officers read where no structure has staff figures, and keeps it in CSV', () => {
    const bare = { format: FORMAT, title: 'Bare', baseline: sample(), options: [] };
    const t = appraisalTable(bare, resolveWorkspace(bare).structures);
    expect(toMarkdown(t)).not.toContain('FTE');
    expect(toText(t)).not.toContain('FTE');
    expect(toCsv(t)).toContain('FTE');
  });
});
