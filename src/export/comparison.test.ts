// @vitest-environment jsdom
import { diffStructures } from '../diff/index.ts';
import { allText, parseSvg } from '../../test/support/svgDom.ts';
import { after, base, steps } from '../../test/support/exportSample.ts';
import { renderComparisonPages, renderComparisonSvg, type ExportOptions } from './index.ts';

const opts: ExportOptions = { workspaceTitle: 'Review', exportedOn: '2026-11-23', page: 'a3', hideNames: false, steps };
const d = diffStructures(base, after);

/** The numbers on the badges of each chart, by the node they sit on ('' for a badge on a link). */
function badges(doc: Document, pane: number): Map<string, number[]> {
  const chart = [...doc.querySelectorAll('g[transform*="scale"], g[transform]')].filter((g) => g.querySelector(':scope > g > g[data-node]'))[pane]!;
  const out = new Map<string, number[]>();
  for (const g of chart.querySelectorAll('g[data-node]')) {
    const nums = [...g.querySelectorAll('text')].map((t) => t.textContent ?? '').filter((t) => /^\d+(, \d+)*$/.test(t));
    if (nums.length > 0) out.set(g.getAttribute('data-node')!, nums.flatMap((t) => t.split(', ').map(Number)));
  }
  const onLinks = [...chart.querySelectorAll(':scope > g > text')].map((t) => /^(\d+(?:, \d+)*)(?: NEW LINK| LINK REMOVED)?$/.exec(t.textContent ?? '')?.[1])
    .filter((t) => t !== undefined);
  if (onLinks.length > 0) out.set('', onLinks.flatMap((t) => t.split(', ').map(Number)));
  return out;
}

describe('renderComparisonSvg', () => {
  const svg = renderComparisonSvg(base, after, d, opts);
  const doc = parseSvg(svg);
  const text = allText(doc);

  it('is well-formed, with both charts at one scale', () => {
    expect(svg.toLowerCase()).not.toContain('foreignobject');
    const scales = [...svg.matchAll(/scale\(([\d.]+)\)/g)].map((m) => m[1]);
    expect(scales.length).toBeGreaterThanOrEqual(2);
    expect(scales[0]).toBe(scales[1]);
    expect(text).toContain('Current: Before <b>&</b>');
    expect(text).toContain('Proposed: After');
  });

  it('numbers the changes in the spec order: moved, added, removed, changed, accountability, links', () => {
    const rows = [...text.matchAll(/(Moved|Added|Removed|Changed|Accountability|Link added|Link removed): /g)].map((m) => m[1]);
    expect(rows).toEqual(['Moved', 'Added', 'Removed', 'Changed', 'Accountability', 'Link added']);
    expect(text).toContain('Changes (6)');
    expect(text).toContain('Moved: Early Years: <script>alert("x")</script> & \'Q\' ]]> 🎉 → Deputy Director');
    expect(text).toContain('Accountability: Early years: <script>alert("x")</script> & \'Q\' ]]> 🎉 → Deputy Director');
  });

  it('puts each change number on the charts where the change is', () => {
    const current = badges(doc, 0);
    const proposed = badges(doc, 1);
    expect(current.get('u1')).toEqual([1]);
    expect(proposed.get('u1')).toEqual([1]);
    expect(proposed.get('dd')).toEqual([2, 5]);
    expect(current.get('u4')).toEqual([3]);
    expect(proposed.get('dcs')).toEqual([4]);
    expect(current.get('dcs')).toEqual([4, 5]);
    expect(proposed.get('')).toEqual([6]);
    expect(text).toContain('6 NEW LINK');
    const shown = new Set([...current.values(), ...proposed.values()].flat());
    expect([...shown].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("gives each change the reason of the step that made it", () => {
    for (const s of steps) expect(text).toContain(`Why: ${s.why}`);
    expect(text.indexOf('Why: Early years joins learning.')).toBeLessThan(text.indexOf('Added: Deputy Director'));
  });

  it('hides holders in the table too when names are hidden', () => {
    const hidden = renderComparisonSvg(base, after, d, { ...opts, hideNames: true });
    expect(hidden).not.toContain('Bob');
    expect(allText(parseSvg(hidden))).toContain('holder post holder → vacant');
  });

  it('says so when nothing differs', () => {
    const pages = renderComparisonPages(base, base, diffStructures(base, base), opts);
    const same = allText(parseSvg(pages[pages.length - 1]!));
    expect(same).toContain('No differences.');
  });

  it('keys the marks and numbers, and summarises for screen readers', () => {
    for (const s of ['Added', 'Moved (new line manager)', 'Removed', 'Change number, as in the change table']) expect(text).toContain(s);
    expect(doc.documentElement.getAttribute('aria-label')).toContain('6 numbered changes');
    expect(doc.querySelector('desc')?.textContent).toContain('1. Moved: Early Years');
  });
});
