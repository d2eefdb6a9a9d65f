// @vitest-environment jsdom
import { diffStructures } from '../diff/index.ts';
import { resolveWorkspace } from '../options/index.ts';
import { allText, parseSvg } from '../../test/support/svgDom.ts';
import { staffedWorkspace } from '../../test/people/staffed.ts';
import { sample } from '../../test/sampleStructure.ts';
import { renderComparisonSvg, renderStructureSvg, type ExportOptions } from './index.ts';

const ws = staffedWorkspace();
const structures = resolveWorkspace(ws).structures;
const base = structures.get('base')!;
const cut = structures.get('cut')!;
const opts: ExportOptions = { workspaceTitle: 'Review', exportedOn: '2026-11-30', page: 'fit', hideNames: false, currency: 'GBP' };

/** The text lines drawn in the box of one node. */
const boxLines = (doc: Document, id: string): string[] => [...doc.querySelectorAll(`g[data-node="${id}"] text`)].map((t) => t.textContent ?? '');

describe('export --people (people.md)', () => {
  it('shows rolled-up FTE and cost on each box with staff, and the totals in a note', () => {
    const doc = parseSvg(renderStructureSvg(base, { ...opts, people: true }));
    expect(boxLines(doc, 'dcs').join(' ')).toContain('351 FTE · £9.1m–£12.1m');
    expect(boxLines(doc, 'early-years').join(' ')).toContain('50 FTE');
    expect(boxLines(doc, 'finance').join(' ')).not.toContain('FTE');
    expect(allText(doc)).toContain('Staffing: 355 FTE · £9.4m–£12.4m a year · 50 FTE unpriced.');
    expect(doc.documentElement.outerHTML.toLowerCase()).not.toContain('foreignobject');
  });

  it('shows no figures without --people', () => {
    const doc = parseSvg(renderStructureSvg(base, opts));
    expect(allText(doc)).not.toContain('FTE');
  });

  it('states both totals and the change on the comparison page, whether or not boxes show figures', () => {
    const text = allText(parseSvg(renderComparisonSvg(base, cut, diffStructures(base, cut), opts)));
    expect(text).toContain('Staffing: Sample: 355 FTE · £9.4m–£12.4m a year · 50 FTE unpriced. Cut: 304 FTE · £9.3m–£12.4m a year. Change: −50.5 FTE · −£60k to −£65k a year · unpriced −50 FTE.');
    expect(text).toContain('Director of Children’s Services: FTE 1 → 0.5');
  });

  it('says nothing of staffing on a comparison of structures without staff figures', () => {
    const s = sample();
    expect(allText(parseSvg(renderComparisonSvg(s, s, diffStructures(s, s), opts)))).not.toContain('Staffing');
  });
});
